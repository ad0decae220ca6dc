// tier_observations.parquet: what each tier source says, one row per source, country and year.
import { join } from "node:path";
import { tierObservationsTable } from "../../src/lib/tables/tier_observations.ts";
import { countryName } from "../countries.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";
import { TIER_ORIGINS, tierPanelOf } from "./tiers.ts";

export default defineStep({
  table: tierObservationsTable,
  build(dataDir) {
    const { facts, panel, issues: loaded } = tierPanelOf(dataDir);
    const issues = [...loaded];
    const originFile = join(dataDir, TIER_ORIGINS);
    const meta = readOriginMeta(originFile, "tier_observations", issues);
    const origin = makeOrigin("tier_observations", meta, [...panel.inputs, facts.file, originFile]);
    const rows = panel.observations.map((o) => ({ ...o, country_name: countryName(o.country) }));
    return { rows, issues, origin };
  },
});
