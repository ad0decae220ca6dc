// tiers.parquet: TIP Report tier placements from the 2001–2015 panel and the cited rows of facts.csv.
import { join } from "node:path";
import { tiersTable } from "../../src/lib/tables/tiers.ts";
import { loadTiers } from "../reference/tiers.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";
import { factsOf } from "./shared.ts";

export default defineStep({
  table: tiersTable,
  build(dataDir) {
    const facts = factsOf(dataDir);
    const tiers = loadTiers(facts.facts, join(dataDir, "reference"));
    const issues = [...facts.issues, ...tiers.issues];
    const originFile = join(dataDir, "reference/tip-tiers/origin.yaml");
    const meta = readOriginMeta(originFile, "tiers", issues);
    const origin = makeOrigin("tiers", meta, [...tiers.inputs, facts.file, originFile], {
      details: { dropped_rows: tiers.dropped },
    });
    return { rows: tiers.rows, issues, origin };
  },
});
