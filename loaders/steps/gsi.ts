// gsi.parquet: the Global Slavery Index country tables; reads only data/reference/gsi/ and the alias table.
import { join } from "node:path";
import { gsiTable } from "../../src/lib/tables/gsi.ts";
import { loadGsi } from "../reference/gsi.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";

export default defineStep({
  table: gsiTable,
  build(dataDir) {
    const gsi = loadGsi(join(dataDir, "reference"));
    const issues = [...gsi.issues];
    const originFile = join(dataDir, "reference/gsi/origin.yaml");
    const meta = readOriginMeta(originFile, "gsi", issues);
    const origin = makeOrigin("gsi", meta, [...gsi.inputs, originFile], { details: { dropped_rows: gsi.dropped } });
    return { rows: gsi.rows, issues, origin };
  },
});
