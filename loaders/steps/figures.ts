// figures.parquet: the ledger's figures (quoted from stored documents) and the cited figures of
// data/reference/facts.csv, told apart by `provenance`.
import { join } from "node:path";
import { figuresTable, type FiguresRow } from "../../src/lib/tables/figures.ts";
import { dateRange } from "../origin.ts";
import { factFigures } from "../reference/fact-tables.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";
import { factsOf, ledgerOf, LEDGER_ORIGINS } from "../shared.ts";

export default defineStep({
  table: figuresTable,
  build(dataDir) {
    const ledger = ledgerOf(dataDir);
    const facts = factsOf(dataDir);
    const cited = factFigures(facts.facts, join(dataDir, "reference"));
    const issues = [...ledger.issues, ...facts.issues, ...cited.issues];
    const rows: FiguresRow[] = [
      ...ledger.figures,
      ...cited.rows.map((f) => ({
        ...f,
        provenance: "dataset" as const,
        source_id: null,
        source_publisher: null,
        source_published: null,
        quote_start: null,
        quote_end: null,
        figure_text: null,
        figure_start: null,
        figure_end: null,
      })),
    ];
    const meta = readOriginMeta(join(dataDir, LEDGER_ORIGINS), "figures", issues);
    const origin = makeOrigin("figures", meta, [...ledger.inputs, facts.file, ...cited.inputs], {
      date_range: dateRange(ledger.sources.map((s) => s.published)),
      details: { from_documents: ledger.figures.length, from_reference_facts: cited.rows.length },
    });
    return { rows, issues, origin };
  },
});
