// glotip_revisions.parquet: the values UNODC changed between its GLOTIP editions.
import { join } from "node:path";
import { glotipRevisionsTable } from "../../src/lib/tables/glotip_revisions.ts";
import { defineStep, readOriginMeta } from "../step.ts";
import { GLOTIP_ORIGIN_FILE, glotipOf, glotipOrigin } from "./glotip.ts";

export default defineStep({
  table: glotipRevisionsTable,
  build(dataDir) {
    const result = glotipOf(dataDir);
    const issues = [...result.issues];
    const originFile = join(dataDir, GLOTIP_ORIGIN_FILE);
    const meta = readOriginMeta(originFile, "glotip_revisions", issues);
    return { rows: result.revisions, issues, origin: glotipOrigin("glotip_revisions", meta, result, originFile) };
  },
});
