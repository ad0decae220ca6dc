// glotip.parquet: UNODC GLOTIP country data, both editions; reads only data/reference/glotip/.
import { join } from "node:path";
import { glotipTable } from "../../src/lib/tables/glotip.ts";

import { loadGlotip, type GlotipResult } from "../reference/glotip.ts";
import { defineStep, makeOrigin, readOriginMeta, shared, type OriginMeta } from "../step.ts";
import type { Origin } from "../origin.ts";

/** Both editions read once per process: glotip and glotip_revisions are built from the same pass. */
export const glotipOf = shared((dataDir) => loadGlotip(join(dataDir, "reference")));

export const GLOTIP_ORIGIN_FILE = "reference/glotip/origin.yaml";

/** A GLOTIP table's origin: its metadata, the editions with their original spreadsheets, the inputs' hashes. */
export function glotipOrigin(table: string, meta: OriginMeta, result: GlotipResult, originFile: string): Origin {
  return makeOrigin(table, meta, [...result.inputs, originFile], {
    details: {
      editions: result.editions.map((e) => ({
        edition: e.edition,
        file: e.csv,
        rows: e.rows,
        original_xlsx: e.xlsx_url,
        original_xlsx_sha256: e.xlsx_sha256,
        copy_kept_in: e.copy_kept_in,
      })),
      rows: result.rows.length,
      censored_rows: result.rows.filter((r) => r.censored).length,
      repeated_keys: result.repeatedKeys,
      revisions: result.revisions.length,
    },
  });
}

export default defineStep({
  table: glotipTable,
  build(dataDir) {
    const result = glotipOf(dataDir);
    const issues = [...result.issues];
    const originFile = join(dataDir, GLOTIP_ORIGIN_FILE);
    const meta = readOriginMeta(originFile, "glotip", issues);
    return { rows: result.rows, issues, origin: glotipOrigin("glotip", meta, result, originFile) };
  },
});
