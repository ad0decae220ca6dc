// facts.csv rows that join the figures and events tables: GSI press figures, law-enforcement
// and context figures, and Pakistan's legal milestones. Each keeps its citation (title, URL,
// excerpt) and the facts.csv line it came from.
import { readTextFile } from "../files.ts";
import { countryName } from "../countries.ts";
import type { DataIssue } from "../issues.ts";
import { join } from "node:path";
import { readCsv } from "../csv.ts";
import type { EventsRow } from "../../src/lib/tables/events.ts";
import type { FiguresRow } from "../../src/lib/tables/figures.ts";
import {
  CLAIM_KINDS,
  EVENT_TYPES,
  METRICS,
  isUnit,
  unitFitsMetric,
  type ClaimKind,
  type EventType,
  type Metric,
} from "../schema.ts";
import { parseFactValue, parseYearSpan, type Fact } from "./facts.ts";

/** A mapping table of data/reference/ (fact-metrics.csv, …): its rows keyed by their first column. */
function readMapping(
  referenceDir: string,
  name: string,
  columns: readonly string[],
  check: (values: Record<string, string>) => string | null,
  issues: DataIssue[],
): { file: string; rows: Map<string, { line: number; values: Record<string, string> }> } {
  const file = join(referenceDir, name);
  const rows = new Map<string, { line: number; values: Record<string, string> }>();
  let text: string;
  try {
    text = readTextFile(file);
  } catch {
    issues.push({ file, line: null, message: "cannot be read" });
    return { file, rows };
  }
  const table = readCsv(file, text, columns);
  issues.push(...table.issues);
  for (const { line, values } of table.records) {
    const key = values[columns[0]].trim();
    const problem = check(values);
    if (problem) issues.push({ file, line, message: problem });
    else if (rows.has(key))
      issues.push({ file, line, message: `${columns[0]} "${key}" is already mapped on line ${rows.get(key)!.line}` });
    else rows.set(key, { line, values });
  }
  return { file, rows };
}

const isMetric = (m: string): m is Metric => Object.hasOwn(METRICS, m);

/**
 * facts.csv metric → our metric vocabulary (fact-metrics.csv), facts.csv unit → our units
 * (fact-units.csv), and who stands behind each cited figure (fact-claims.csv: reviewed by hand
 * per facts.csv line; the metric and source title are repeated there so that a facts.csv whose
 * lines moved is caught rather than silently attributed to the wrong source).
 */
function readFigureMappings(referenceDir: string, issues: DataIssue[]) {
  const metrics = readMapping(
    referenceDir,
    "fact-metrics.csv",
    ["facts_metric", "metric", "region", "note"],
    (v) => (isMetric(v.metric) ? null : `metric "${v.metric}" is not in the metric vocabulary (loaders/schema.ts)`),
    issues,
  );
  const units = readMapping(
    referenceDir,
    "fact-units.csv",
    ["facts_unit", "unit"],
    (v) => (isUnit(v.unit) ? null : `unit "${v.unit}" is not a unit of the vocabulary`),
    issues,
  );
  const claims = readMapping(
    referenceDir,
    "fact-claims.csv",
    ["facts_line", "metric", "source_title", "claim_kind"],
    (v) =>
      !/^\d+$/.test(v.facts_line)
        ? `facts_line "${v.facts_line}" is not a line number`
        : Object.hasOwn(CLAIM_KINDS, v.claim_kind)
          ? null
          : `claim_kind must be one of ${Object.keys(CLAIM_KINDS).join(", ")} (got "${v.claim_kind}")`,
    issues,
  );
  return { metrics, units, claims, inputs: [metrics.file, units.file, claims.file] };
}

/** A cited figure of facts.csv: a figures-table row without the stored-document columns. */
export type FactFigure = Omit<
  FiguresRow,
  | "provenance"
  | "source_id"
  | "source_publisher"
  | "source_published"
  | "quote_start"
  | "quote_end"
  | "figure_text"
  | "figure_start"
  | "figure_end"
>;

export function factFigures(
  facts: Fact[],
  referenceDir: string,
): { rows: FactFigure[]; issues: DataIssue[]; inputs: string[] } {
  const issues: DataIssue[] = [];
  const maps = readFigureMappings(referenceDir, issues);
  const rows: FactFigure[] = [];
  const wanted = facts.filter(
    (f) => f.kind === "gsi" || f.kind === "law_enforcement" || f.kind === "context" || f.metric === "cspa_list_size",
  );
  for (const fact of wanted) {
    const file = fact.reference_row.replace(/:\d+$/, "");
    const report = (message: string) => issues.push({ file, line: fact.line, message });
    // One row may hold several figures: "prosecutions;convictions;victims_identified".
    const metrics = fact.metric.split(";");
    const values = fact.value.split(";");
    const units = fact.unit.split(";");
    if (values.length !== metrics.length || (units.length !== 1 && units.length !== metrics.length)) {
      report(
        `metric, value and unit list ${metrics.length}, ${values.length} and ${units.length} items; they must match`,
      );
      continue;
    }
    const claim = maps.claims.rows.get(String(fact.line));
    if (!claim) {
      report(`no reviewed claim_kind for this row in ${maps.claims.file} (facts_line ${fact.line})`);
      continue;
    }
    if (claim.values.metric !== fact.metric || claim.values.source_title !== fact.source_title) {
      issues.push({
        file: maps.claims.file,
        line: claim.line,
        message: `names metric "${claim.values.metric}" and source "${claim.values.source_title}" but ${file}:${fact.line} holds "${fact.metric}" from "${fact.source_title}"`,
      });
      continue;
    }
    const claimKind = claim.values.claim_kind as ClaimKind;
    const span = parseYearSpan(fact.year);
    if (!span) {
      report(`year "${fact.year}" is not a year or a span of years`);
      continue;
    }
    metrics.forEach((name, i) => {
      const metricRow = maps.metrics.rows.get(name.trim())?.values;
      const mapped = metricRow && {
        metric: metricRow.metric as Metric,
        region: metricRow.region.trim() || undefined,
        note: metricRow.note.trim() || undefined,
      };
      const unit = maps.units.rows.get((units[i] ?? units[0]).trim())?.values.unit;
      const parsed = parseFactValue(values[i]);
      if (!mapped) return report(`metric "${name}" has no row in ${maps.metrics.file}`);
      if (!unit) return report(`unit "${units[i] ?? units[0]}" has no row in ${maps.units.file}`);
      if (!parsed) return report(`value "${values[i]}" is not a number, bound (>n, <n, ~n) or range (a-b)`);
      if (!unitFitsMetric(unit, mapped.metric)) return report(`unit ${unit} does not fit metric ${mapped.metric}`);
      for (const country of fact.countries) {
        rows.push({
          figure_id: `facts-${fact.line}-${country.toLowerCase()}${metrics.length > 1 ? `-${mapped.metric}` : ""}`,
          country,
          country_name: countryName(country),
          region: mapped.region ?? null,
          metric: mapped.metric,
          metric_label: METRICS[mapped.metric].label,
          ...parsed,
          unit,
          period_start: String(span[0]),
          period_end: String(span[1]),
          year: span[1],
          claim_kind: claimKind,
          source_title: fact.source_title,
          source_url: fact.source_url,
          quote: fact.excerpt,
          reference_row: fact.reference_row,
          note: [mapped.note, parsed.note, fact.qualifier].filter(Boolean).join(" ") || null,
        });
      }
    });
  }
  return { rows, issues, inputs: maps.inputs };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const month = (name: string) => String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, "0");

/**
 * When a legal milestone happened, from its free-text value and year: the first ISO date
 * ("2015-04-06 (Monday…)"), "before 2018-05-31", "Apr 2022-Mar 2023", "October 2002", or
 * the year column ("2022-23").
 */
export function parseMilestoneDate(value: string, year: string): { date: string; date_end: string | null } | null {
  const span = parseYearSpan(year);
  const before = /\bbefore (\d{4}-\d{2}-\d{2})/.exec(value);
  if (before && span) return { date: String(span[0]), date_end: before[1] };
  const months = /\b([A-Z][a-z]{2,8}) (\d{4})\s*-\s*([A-Z][a-z]{2,8}) (\d{4})\b/.exec(value);
  if (
    months &&
    MONTHS.includes(months[1].slice(0, 3).toLowerCase()) &&
    MONTHS.includes(months[3].slice(0, 3).toLowerCase())
  ) {
    return { date: `${months[2]}-${month(months[1])}`, date_end: `${months[4]}-${month(months[3])}` };
  }
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(value);
  if (iso) return { date: iso[1], date_end: null };
  const named = /\b([A-Z][a-z]{2,8}) (\d{4})\b/.exec(value);
  if (named && MONTHS.includes(named[1].slice(0, 3).toLowerCase()))
    return { date: `${named[2]}-${month(named[1])}`, date_end: null };
  if (!span) return null;
  return { date: String(span[0]), date_end: span[1] === span[0] ? null : String(span[1]) };
}

/** A legal milestone of facts.csv: an events-table row without the stored-document columns. */
export type FactEvent = Omit<EventsRow, "provenance" | "source_id" | "quote_start">;

export function factEvents(
  facts: Fact[],
  referenceDir: string,
): { rows: FactEvent[]; issues: DataIssue[]; inputs: string[] } {
  const issues: DataIssue[] = [];
  // facts.csv legal milestones → what happened, of which type, where (legal-milestones.csv).
  const milestones = readMapping(
    referenceDir,
    "legal-milestones.csv",
    ["facts_metric", "event_type", "title", "region"],
    (v) =>
      !Object.hasOwn(EVENT_TYPES, v.event_type)
        ? `event_type must be one of ${Object.keys(EVENT_TYPES).join(", ")} (got "${v.event_type}")`
        : v.title.trim()
          ? null
          : "title is empty",
    issues,
  );
  const rows: FactEvent[] = [];
  for (const fact of facts.filter((f) => f.kind === "legal")) {
    const file = fact.reference_row.replace(/:\d+$/, "");
    const row = milestones.rows.get(fact.metric)?.values;
    const mapped = row && {
      type: row.event_type as EventType,
      title: row.title.trim(),
      region: row.region.trim() || undefined,
    };
    if (!mapped) {
      issues.push({
        file,
        line: fact.line,
        message: `legal milestone "${fact.metric}" has no row in ${milestones.file}`,
      });
      continue;
    }
    const when = parseMilestoneDate(fact.value, fact.year);
    if (!when) {
      issues.push({ file, line: fact.line, message: `no date in value "${fact.value}" or year "${fact.year}"` });
      continue;
    }
    for (const country of fact.countries) {
      rows.push({
        event_id: `facts-${fact.line}`,
        ...when,
        year: Number(when.date.slice(0, 4)),
        event_type: mapped.type,
        country,
        country_name: countryName(country),
        region: mapped.region ?? null,
        title: mapped.title,
        source_title: fact.source_title,
        source_url: fact.source_url,
        quote: fact.excerpt,
        reference_row: fact.reference_row,
        note: [fact.value, fact.qualifier].filter(Boolean).join("; ") || null,
      });
    }
  }
  return { rows, issues, inputs: [milestones.file] };
}
