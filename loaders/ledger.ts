// The ledger: data/figures.csv and data/events.csv checked against the source documents.
// A row is published only when its quote is found verbatim in its source and, for figures, its
// value is a number written in that quote. Every problem is reported with its file and line;
// valid rows are never dropped because another row is bad.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { countryName } from "./countries.ts";
import { readCsv } from "./csv.ts";
import { describeIssue, type DataIssue } from "./issues.ts";
import { parseQuantities, quantityMatchesUnit, sameValue, type Quantity } from "./numbers.ts";
import {
  CANDIDATE_COLUMNS,
  CandidateRowSchema,
  EVENT_COLUMNS,
  EventRowSchema,
  FIGURE_COLUMNS,
  FigureRowSchema,
  METRICS,
  type CandidateRow,
  type EventRow,
  type FigureRow,
} from "./schema.ts";
import { readSources, type Source } from "./sources.ts";
import type { EventsRow } from "../src/lib/tables/events.ts";
import type { FiguresRow } from "../src/lib/tables/figures.ts";
import type { ZodType } from "zod";

/** A figure as published in figures.parquet, quoted from a stored document. */
export type FigureRecord = FiguresRow & {
  provenance: "document";
  source_id: string;
  source_publisher: string;
  source_published: string;
  quote_start: number;
  quote_end: number;
  figure_text: string;
  figure_start: number;
  figure_end: number;
};

/** An event as published in events.parquet, quoted from a stored document. */
export type EventRecord = EventsRow & { provenance: "document"; source_id: string; quote_start: number };

export interface SourceRecord extends Source {
  characters: number;
  figure_count: number;
  event_count: number;
}

/** A row of data/candidates.csv, located in its source. */
export interface CandidateRecord extends CandidateRow {
  line: number;
  quote_start: number;
  figure_text: string;
  figure_start: number;
  figure_end: number;
}

export interface Ledger {
  sources: SourceRecord[];
  figures: FigureRecord[];
  events: EventRecord[];
  candidates: CandidateRecord[];
  issues: DataIssue[];
  /** The files read, for the origin of each dataset (their hashes change when they change). */
  inputs: string[];
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 6 });

/** Where a quote stops matching its source, to tell a reviewer what to fix. */
function quoteMismatch(quote: string, body: string): string {
  let lo = 0;
  let hi = quote.length;
  // Longest prefix of the quote that occurs in the body (prefix occurrence is monotone).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (body.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 8) return "not even its first words occur there";
  const at = body.indexOf(quote.slice(0, lo));
  const clip = (s: string) => JSON.stringify(s.length > 24 ? s.slice(0, 24) + "…" : s);
  return `its first ${lo} characters match, then the quote has ${clip(quote.slice(lo))} where the source has ${clip(body.slice(at + lo))}`;
}

interface Parsed<T> {
  line: number;
  row: T;
}

/** Validate each CSV record with `schema`; report each failing column with the record's line. */
function parseRows<T>(
  file: string,
  text: string,
  columns: readonly string[],
  schema: ZodType<T>,
  issues: DataIssue[],
): Parsed<T>[] {
  const table = readCsv(file, text, columns);
  issues.push(...table.issues);
  const rows: Parsed<T>[] = [];
  if (table.issues.some((i) => i.message.startsWith("header"))) return rows;
  for (const record of table.records) {
    const result = schema.safeParse(record.values);
    if (!result.success) {
      for (const e of result.error.issues)
        issues.push({
          file,
          line: record.line,
          message: describeIssue(e as Parameters<typeof describeIssue>[0], record.values),
        });
      continue;
    }
    rows.push({ line: record.line, row: result.data });
  }
  return rows;
}

/** Report ids used twice, keeping the first. */
function uniqueBy<T>(
  file: string,
  rows: Parsed<T>[],
  id: (row: T) => string,
  issues: DataIssue[],
  idColumn = "id",
): Parsed<T>[] {
  const first = new Map<string, number>();
  return rows.filter(({ line, row }) => {
    const key = id(row);
    const seen = first.get(key);
    if (seen !== undefined) {
      issues.push({ file, line, message: `${idColumn} "${key}" is already used on line ${seen}` });
      return false;
    }
    first.set(key, line);
    return true;
  });
}

function locateQuote(
  file: string,
  line: number,
  sourceId: string,
  quote: string,
  sources: Map<string, Source>,
  issues: DataIssue[],
  broken: ReadonlySet<string>,
) {
  const source = sources.get(sourceId);
  // A document that exists but could not be read is reported once, not once per row citing it.
  if (!source && broken.has(sourceId)) return null;
  if (!source) {
    issues.push({ file, line, message: `source_id "${sourceId}" is not a document in data/sources/` });
    return null;
  }
  const start = source.body.indexOf(quote);
  if (start < 0) {
    issues.push({ file, line, message: `quote is not in ${source.file}: ${quoteMismatch(quote, source.body)}` });
    return null;
  }
  return { source, start };
}

/** The quantity in the quote that the figure's value (and value_high) come from. */
function deriveFigure(row: FigureRow): { low: Quantity; high?: Quantity } | string {
  const found = parseQuantities(row.quote);
  const matching = (value: number, after = -1) =>
    found.find((q) => q.start > after && sameValue(q.value, value) && quantityMatchesUnit(q, row.unit));
  const low = matching(row.value);
  const read = found.map((q) => `"${q.text}" = ${fmt(q.value)}${q.unit ? " " + q.unit : ""}`).join(", ") || "no number";
  if (!low) return `value ${fmt(row.value)} ${row.unit} is not a number written in the quote (it reads ${read})`;
  if (row.value_high === null) return { low };
  const high = matching(row.value_high, low.start);
  if (!high)
    return `value_high ${fmt(row.value_high)} ${row.unit} is not a number written in the quote after the value (it reads ${read})`;
  return { low, high };
}

export function loadLedger(dataDir = "data"): Ledger {
  const issues: DataIssue[] = [];
  const sourcesDir = join(dataDir, "sources");
  const figuresFile = join(dataDir, "figures.csv");
  const eventsFile = join(dataDir, "events.csv");
  const read = readSources(sourcesDir);
  issues.push(...read.issues);
  const byId = new Map(read.sources.map((s) => [s.id, s]));

  const figureRows = uniqueBy(
    figuresFile,
    parseRows(figuresFile, readFileSync(figuresFile, "utf8"), FIGURE_COLUMNS, FigureRowSchema, issues),
    (r) => r.figure_id,
    issues,
    "figure_id",
  );
  const figures: FigureRecord[] = [];
  for (const { line, row } of figureRows) {
    const located = locateQuote(figuresFile, line, row.source_id, row.quote, byId, issues, read.broken);
    if (!located) continue;
    const derived = deriveFigure(row);
    if (typeof derived === "string") {
      issues.push({ file: figuresFile, line, message: derived });
      continue;
    }
    const { source, start } = located;
    const end = derived.high?.end ?? derived.low.end;
    figures.push({
      ...row,
      provenance: "document",
      reference_row: `${figuresFile}:${line}`,
      source_title: source.title,
      source_publisher: source.publisher,
      source_published: source.published,
      source_url: source.url,
      quote_start: start,
      quote_end: start + row.quote.length,
      figure_text: row.quote.slice(derived.low.start, end),
      figure_start: start + derived.low.start,
      figure_end: start + end,
      metric_label: METRICS[row.metric].label,
      country_name: countryName(row.country),
      year: Number(row.period_end.slice(0, 4)),
    });
  }

  const eventRows = uniqueBy(
    eventsFile,
    parseRows(eventsFile, readFileSync(eventsFile, "utf8"), EVENT_COLUMNS, EventRowSchema, issues),
    (r) => r.event_id,
    issues,
    "event_id",
  );
  const events: EventRecord[] = [];
  for (const { line, row } of eventRows) {
    const located = locateQuote(eventsFile, line, row.source_id, row.quote, byId, issues, read.broken);
    if (!located) continue;
    events.push({
      ...row,
      provenance: "document",
      reference_row: `${eventsFile}:${line}`,
      source_title: located.source.title,
      source_url: located.source.url,
      quote_start: located.start,
      year: Number(row.date.slice(0, 4)),
      country_name: countryName(row.country),
    });
  }

  // Candidates: proposed figures awaiting review. Checked like ledger rows (quote in the source,
  // value in the quote), so that review starts from verifiable text.
  const candidatesFile = join(dataDir, "candidates.csv");
  const candidates: CandidateRecord[] = [];
  if (existsSync(candidatesFile)) {
    const rows = uniqueBy(
      candidatesFile,
      parseRows(candidatesFile, readFileSync(candidatesFile, "utf8"), CANDIDATE_COLUMNS, CandidateRowSchema, issues),
      (r) => r.figure_id,
      issues,
      "figure_id",
    );
    for (const { line, row } of rows) {
      const located = locateQuote(candidatesFile, line, row.source_id, row.quote, byId, issues, read.broken);
      if (!located) continue;
      const derived = deriveFigure(row as unknown as FigureRow);
      if (typeof derived === "string") {
        issues.push({ file: candidatesFile, line, message: derived });
        continue;
      }
      const end = derived.high?.end ?? derived.low.end;
      candidates.push({
        ...row,
        line,
        quote_start: located.start,
        figure_text: row.quote.slice(derived.low.start, end),
        figure_start: located.start + derived.low.start,
        figure_end: located.start + end,
      });
    }
  }

  const sources = read.sources.map((s) => ({
    ...s,
    characters: s.body.length,
    figure_count: figures.filter((f) => f.source_id === s.id).length,
    event_count: events.filter((e) => e.source_id === s.id).length,
  }));
  const inputs = [
    ...read.sources.map((s) => s.file),
    figuresFile,
    eventsFile,
    ...(existsSync(candidatesFile) ? [candidatesFile] : []),
  ];
  return { sources, figures, events, candidates, issues, inputs };
}

/**
 * Check one figure row against its source as the ledger does: the quote must be in the body and
 * the value a number written in the quote. Returns the problem, or null when the row holds.
 */
export function verifyAgainstSource(row: FigureRow, source: Source | undefined): string | null {
  if (!source) return `source_id "${row.source_id}" is not a document in data/sources/`;
  if (!source.body.includes(row.quote))
    return `quote is not in ${source.file}: ${quoteMismatch(row.quote, source.body)}`;
  const derived = deriveFigure(row);
  return typeof derived === "string" ? derived : null;
}
