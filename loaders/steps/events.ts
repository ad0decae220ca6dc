// events.parquet: dated facts quoted from stored documents (data/events.csv) and the legal
// milestones cited in data/reference/facts.csv.
import { join } from "node:path";
import { eventsTable, type EventsRow } from "../../src/lib/tables/events.ts";
import { dateRange } from "../origin.ts";
import { factEvents } from "../reference/fact-tables.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";
import { factsOf, ledgerOf, LEDGER_ORIGINS } from "../shared.ts";

export default defineStep({
  table: eventsTable,
  build(dataDir) {
    const ledger = ledgerOf(dataDir);
    const facts = factsOf(dataDir);
    const cited = factEvents(facts.facts, join(dataDir, "reference"));
    const issues = [...ledger.issues, ...facts.issues, ...cited.issues];
    const rows: EventsRow[] = [
      ...ledger.events,
      ...cited.rows.map((e) => ({ ...e, provenance: "dataset" as const, source_id: null, quote_start: null })),
    ];
    const meta = readOriginMeta(join(dataDir, LEDGER_ORIGINS), "events", issues);
    const origin = makeOrigin("events", meta, [...ledger.inputs, facts.file, ...cited.inputs], {
      date_range: dateRange(rows.map((e) => e.date)),
      details: { from_documents: ledger.events.length, from_reference_facts: cited.rows.length },
    });
    return { rows, issues, origin };
  },
});
