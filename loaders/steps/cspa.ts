// cspa.parquet: Child Soldiers Prevention Act listings 2010–2025 from the complete lists
// (reference/cspa/), facts.csv and the quoted events; years with no list are unknown.
import { join } from "node:path";
import { cspaTable } from "../../src/lib/tables/cspa.ts";
import { dateRange } from "../origin.ts";
import { loadCspa } from "../reference/cspa.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";
import { factsOf, ledgerOf, LEDGER_ORIGINS } from "../shared.ts";

export default defineStep({
  table: cspaTable,
  build(dataDir) {
    const ledger = ledgerOf(dataDir);
    const facts = factsOf(dataDir);
    const cspa = loadCspa(facts.facts, ledger.events, join(dataDir, "reference"));
    const issues = [...ledger.issues, ...facts.issues, ...cspa.issues];
    const meta = readOriginMeta(join(dataDir, LEDGER_ORIGINS), "cspa", issues);
    const origin = makeOrigin("cspa", meta, [facts.file, ...cspa.inputs, ...ledger.inputs], {
      date_range: dateRange(cspa.rows.map((r) => String(r.year))),
    });
    return { rows: cspa.rows, issues, origin };
  },
});
