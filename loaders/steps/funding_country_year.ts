// funding_country_year.parquet: US anti-trafficking grants per country (or programme) and fiscal year, 2001–2014
// (loaders/reference/funding.ts reads the table, the aligned sheet and the name list once).
import { join } from "node:path";
import { fundingCountryYearTable } from "../../src/lib/tables/funding_country_year.ts";
import { FUNDING_DIR } from "../reference/funding.ts";
import { fundingOf } from "../shared.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";

export default defineStep({
  table: fundingCountryYearTable,
  build(dataDir) {
    const funding = fundingOf(dataDir);
    const issues = [...funding.issues];
    const originFile = join(dataDir, FUNDING_DIR, "origin.yaml");
    const meta = readOriginMeta(originFile, "funding_country_year", issues);
    return {
      rows: funding.countryYears,
      issues,
      origin: makeOrigin("funding_country_year", meta, [...funding.inputs, originFile]),
    };
  },
});
