// Child Soldiers Prevention Act list membership by country and year, from every source we
// have: facts.csv rows and the CSPA listings quoted in our stored documents (data/events.csv).
// Sources that disagree are kept side by side, each row flagged as in conflict.
import { countryName } from "../countries.ts";
import type { DataIssue } from "../issues.ts";
import type { EventRecord } from "../ledger.ts";
import { parseYearSpan, type Fact } from "./facts.ts";

export interface CspaRow {
  country: string;
  country_name: string;
  year: number;
  listed: boolean;
  source_title: string;
  source_url: string | null;
  source_id: string | null;
  quote: string | null;
  reference_row: string;
  provenance: "document" | "dataset";
  conflict: boolean;
  note: string | null;
}

export function loadCspa(facts: Fact[], events: EventRecord[]): { rows: CspaRow[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const rows: CspaRow[] = [];
  for (const fact of facts.filter((f) => f.kind === "cspa" && f.metric === "cspa_listed")) {
    const file = fact.reference_row.replace(/:\d+$/, "");
    const span = parseYearSpan(fact.year);
    const listedText = /^(yes|no)\b/i.exec(fact.value)?.[1]?.toLowerCase();
    if (!span) {
      issues.push({ file, line: fact.line, message: `year "${fact.year}" is not a year or a span of years` });
      continue;
    }
    if (!listedText) {
      issues.push({ file, line: fact.line, message: `value "${fact.value}" must start with yes or no` });
      continue;
    }
    const flaggedConflict = /conflict/i.test(fact.value);
    for (const country of fact.countries) {
      for (let year = span[0]; year <= span[1]; year++) {
        rows.push({
          country,
          country_name: countryName(country),
          year,
          listed: listedText === "yes",
          source_title: fact.source_title,
          source_url: fact.source_url,
          source_id: null,
          quote: fact.excerpt,
          reference_row: fact.reference_row,
          provenance: "dataset",
          conflict: flaggedConflict,
          note: fact.qualifier || null,
        });
      }
    }
  }
  for (const event of events.filter((e) => e.event_type === "cspa_list")) {
    rows.push({
      country: event.country,
      country_name: event.country_name,
      year: event.year,
      listed: true,
      source_title: event.source_title,
      source_url: event.source_url,
      source_id: event.source_id,
      quote: event.quote,
      reference_row: `data/events.csv (${event.event_id})`,
      provenance: "document",
      conflict: false,
      note: event.note,
    });
  }
  // Sources that disagree on the same country and year are all flagged.
  const answers = new Map<string, Set<boolean>>();
  for (const r of rows) {
    const key = `${r.country}:${r.year}`;
    answers.set(key, (answers.get(key) ?? new Set()).add(r.listed));
  }
  for (const r of rows) if (answers.get(`${r.country}:${r.year}`)!.size > 1) r.conflict = true;
  rows.sort(
    (a, b) => a.country.localeCompare(b.country) || a.year - b.year || a.source_title.localeCompare(b.source_title),
  );
  return { rows, issues };
}
