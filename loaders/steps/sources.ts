// sources.parquet: every stored document with its metadata, full text and how many ledger rows cite it.
import { join } from "node:path";
import { sourcesTable, type SourcesRow } from "../../src/lib/tables/sources.ts";
import { dateRange } from "../origin.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";
import { ledgerOf, LEDGER_ORIGINS } from "../shared.ts";

export default defineStep({
  table: sourcesTable,
  build(dataDir) {
    const ledger = ledgerOf(dataDir);
    const issues = [...ledger.issues];
    const rows: SourcesRow[] = ledger.sources.map(
      ({ file: _file, seed_file: _seed, ingest_dropped: _dropped, ...s }) => ({
        ...s,
        publisher_note: s.publisher_note ?? null,
        published_note: s.published_note ?? null,
        country: s.country ?? null,
        report_year: s.report_year ?? null,
        excerpt: s.excerpt ?? false,
        part: s.part ?? null,
        retrieved: s.retrieved ?? null,
      }),
    );
    const meta = readOriginMeta(join(dataDir, LEDGER_ORIGINS), "sources", issues);
    const origin = makeOrigin(
      "sources",
      meta,
      ledger.sources.map((s) => s.file),
      { date_range: dateRange(ledger.sources.map((s) => s.published)) },
    );
    return { rows, issues, origin };
  },
});
