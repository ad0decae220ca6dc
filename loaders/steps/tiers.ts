// tiers.parquet: one cell per country and TIP report year 2001–2025, merged from every tier source
// (loaders/reference/tier-sources.ts) with its agreement status.
import { join } from "node:path";
import { tiersTable } from "../../src/lib/tables/tiers.ts";
import { countryName, numericCode } from "../countries.ts";
import { loadTierPanel } from "../reference/tier-sources.ts";
import { defineStep, makeOrigin, readOriginMeta, shared } from "../step.ts";
import { factsOf } from "../shared.ts";

/** The merged panel, shared by tiers and tier_observations. */
export const tierPanelOf = shared((dataDir) => {
  const facts = factsOf(dataDir);
  const panel = loadTierPanel(facts.facts, join(dataDir, "reference"));
  return { facts, panel, issues: [...facts.issues, ...panel.issues] };
});

export const TIER_ORIGINS = "reference/tip-tiers/origin.yaml";

export default defineStep({
  table: tiersTable,
  build(dataDir) {
    const { facts, panel, issues: loaded } = tierPanelOf(dataDir);
    const issues = [...loaded];
    const originFile = join(dataDir, TIER_ORIGINS);
    const meta = readOriginMeta(originFile, "tiers", issues);
    const statuses = ["agree", "single", "conflict", "partial", "unknown"];
    const origin = makeOrigin("tiers", meta, [...panel.inputs, facts.file, originFile], {
      details: Object.fromEntries(statuses.map((s) => [s, panel.cells.filter((c) => c.status === s).length])),
    });
    const rows = panel.cells.map((c) => ({
      ...c,
      country_name: countryName(c.country),
      iso_numeric: numericCode(c.country),
    }));
    return { rows, issues, origin };
  },
});
