// funding_grants.parquet: every row of the US anti-trafficking grant table, 2001–2014
// (loaders/reference/funding.ts reads the table, the aligned sheet and the name list once).
import { join } from "node:path";
import { fundingGrantsTable } from "../../src/lib/tables/funding_grants.ts";
import { FUNDING_DIR } from "../reference/funding.ts";
import { fundingOf } from "../shared.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";

export default defineStep({
  table: fundingGrantsTable,
  build(dataDir) {
    const funding = fundingOf(dataDir);
    const issues = [...funding.issues];
    const originFile = join(dataDir, FUNDING_DIR, "origin.yaml");
    const meta = readOriginMeta(originFile, "funding_grants", issues);
    return {
      rows: funding.grants,
      issues,
      origin: makeOrigin("funding_grants", meta, [...funding.inputs, originFile]),
    };
  },
});
