// candidates.parquet: figures awaiting review, from data/candidates.csv and from the extractor run
// over every stored document, minus what the ledger or candidates.csv already covers.
import { join } from "node:path";
import { candidatesTable, type CandidatesRow } from "../../src/lib/tables/candidates.ts";
import { extractFigures } from "../extract/index.ts";
import { dateRange } from "../origin.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";
import { ledgerOf, LEDGER_ORIGINS } from "../shared.ts";

/** Spans of figure text already in the ledger or candidates.csv, per document, for overlap tests. */
export class CoveredSpans {
  private bySource = new Map<string, { starts: number[]; maxEnds: number[] }>();
  constructor(spans: { source_id: string; figure_start: number; figure_end: number }[]) {
    const grouped = new Map<string, [number, number][]>();
    for (const s of spans) {
      const list = grouped.get(s.source_id) ?? [];
      list.push([s.figure_start, s.figure_end]);
      grouped.set(s.source_id, list);
    }
    for (const [id, list] of grouped) {
      list.sort((a, b) => a[0] - b[0]);
      let max = -Infinity;
      this.bySource.set(id, { starts: list.map((s) => s[0]), maxEnds: list.map((s) => (max = Math.max(max, s[1]))) });
    }
  }
  /**
   * Does [start, end) overlap a covered span? The spans starting before `end` are a prefix of the
   * sorted list; one of them reaches past `start` exactly when the prefix's largest end does.
   * A binary search per lookup keeps check linear-logarithmic in candidates, not quadratic.
   */
  overlaps(sourceId: string, start: number, end: number): boolean {
    const index = this.bySource.get(sourceId);
    if (!index) return false;
    let lo = 0;
    let hi = index.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index.starts[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && index.maxEnds[lo - 1] > start;
  }
}

/**
 * The extractor's rules as add-source wrote them into a candidate's note
 * ('proposed by the extractor from "…" (metric: …; country: …; year: …)'), else the whole note.
 */
export function reasonInNote(note: string | null): string | null {
  if (!note) return null;
  // The rules may hold parentheses themselves (a TIP chapter's `country: the chapter (header "…")`),
  // so they run from the last " (metric: " to the note's final ")", not to the first ")".
  const text = note.trimEnd();
  const at = text.lastIndexOf(" (metric: ");
  if (at < 0 || !text.endsWith(")")) return note;
  const rules = text.slice(at + 2, -1);
  return /^metric: .+; country: .+; year: .+$/.test(rules) ? rules : note;
}

export default defineStep({
  table: candidatesTable,
  build(dataDir) {
    const ledger = ledgerOf(dataDir);
    const issues = [...ledger.issues];
    const covered = new CoveredSpans([...ledger.figures, ...ledger.candidates]);
    const rows: CandidatesRow[] = [
      ...ledger.candidates
        .filter((c) => c.status === "candidate")
        .map((c) => ({
          candidate_id: c.figure_id,
          source_id: c.source_id,
          status: c.status,
          figure_text: c.figure_text,
          figure_start: c.figure_start,
          figure_end: c.figure_end,
          value: c.value,
          value_high: c.value_high,
          unit: c.unit,
          qualifier: c.qualifier,
          metric: c.metric,
          country: c.country,
          region: c.region,
          year: c.period_end ? Number(c.period_end.slice(0, 4)) : null,
          quote: c.quote,
          reason: reasonInNote(c.note),
          confidence: c.confidence,
        })),
      ...ledger.sources.flatMap((source) =>
        extractFigures(source.body, { documentDate: source.published })
          .filter((c) => !covered.overlaps(source.id, c.start, c.end))
          .map((c) => ({
            candidate_id: `${source.id}@${c.start}`,
            source_id: source.id,
            status: "candidate",
            figure_text: c.text,
            figure_start: c.start,
            figure_end: c.end,
            value: c.value,
            value_high: c.value_high,
            unit: c.unit,
            qualifier: c.qualifier,
            metric: c.metric,
            country: c.country,
            region: c.region,
            year: c.year,
            quote: c.quote,
            reason: c.reason,
            confidence: null,
          })),
      ),
    ];
    const meta = readOriginMeta(join(dataDir, LEDGER_ORIGINS), "candidates", issues);
    const origin = makeOrigin("candidates", meta, ledger.inputs, {
      date_range: dateRange(ledger.sources.map((s) => s.published)),
    });
    return { rows, issues, origin };
  },
});
