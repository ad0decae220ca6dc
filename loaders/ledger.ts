// The ledger: data/figures.csv and data/events.csv checked against the source documents.
// A row is published only when its quote is found verbatim in its source and, for figures, its
// value is a number written in that quote. Every problem is reported with its file and line;
// valid rows are never dropped because another row is bad.
import { lstatSync } from "node:fs";
import { join } from "node:path";
import { countryName } from "./countries.ts";
import { readCsv } from "./csv.ts";
import { describeCodePoint, isDeceptive, showCodePoints } from "./codepoints.ts";
import { FileProblem, fileProblem, MAX_TABLE_BYTES, readTextFile } from "./files.ts";
import { describeIssue, type DataIssue } from "./issues.ts";
import {
  BIDI_CONTROL,
  decimalText,
  INVISIBLE,
  MAX_EXACT,
  numberText,
  parseQuantities,
  quantityMatchesUnit,
  type Quantity,
} from "./numbers.ts";
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
  // Characters that print like others (a no-break space, a Cyrillic "А") are named by code point.
  const strange = [...quote].flatMap((ch, i) =>
    isDeceptive(ch) && !body.includes(ch) ? [`${describeCodePoint(ch)} at column ${i + 1}`] : [],
  );
  if (lo < 8)
    return `not even its first words occur there${strange.length ? `; the quote holds ${strange.join(", ")}, which the source never has` : ""}`;
  const at = body.indexOf(quote.slice(0, lo));
  const clip = (s: string) => JSON.stringify(s.length > 24 ? s.slice(0, 24) + "…" : s);
  const mine = String.fromCodePoint(quote.codePointAt(lo)!);
  const theirs = at + lo < body.length ? String.fromCodePoint(body.codePointAt(at + lo)!) : "";
  const named =
    isDeceptive(mine) || (theirs && isDeceptive(theirs))
      ? `: ${describeCodePoint(mine)} at column ${[...quote.slice(0, lo)].length + 1}${theirs ? ` where the source has ${describeCodePoint(theirs)}` : ""}`
      : "";
  return `its first ${lo} characters match, then the quote has ${clip(quote.slice(lo))} where the source has ${clip(body.slice(at + lo))}${named}`;
}

interface Parsed<T> {
  line: number;
  row: T;
  /** The fields as written in the file. */
  written: Record<string, string>;
}

/** Is there anything at `file` (a dangling link counts, to be reported)? */
function present(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** A table's text, or null with the problem reported (missing, a directory, a dangling link…). */
function readTable(file: string, issues: DataIssue[]): string | null {
  try {
    return readTextFile(file);
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    issues.push({ file, line: null, message: e.problem });
    return null;
  }
}

/** Validate each CSV record with `schema`; report each failing column with the record's line. */
function parseRows<T>(
  file: string,
  text: string | null,
  columns: readonly string[],
  schema: ZodType<T>,
  issues: DataIssue[],
): Parsed<T>[] {
  if (text === null) return [];
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
    rows.push({ line: record.line, row: result.data, written: record.values });
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
    // A quote may span lines (a table copied from a report), so a stray " that swallows the
    // following rows into the quote surfaces here: say so, naming the lines it took.
    const breaks = quote.match(/\n/g)?.length ?? 0;
    const swallowed = breaks
      ? `; the quote runs from this line to line ${line + breaks}: if those lines are rows, a stray " swallowed them`
      : "";
    issues.push({
      file,
      line,
      message: `quote is not in ${source.file}: ${quoteMismatch(quote, source.body)}${swallowed}`,
    });
    return null;
  }
  return { source, start };
}

/** "2130000" → "2,130,000": a reading of the quote, grouped for the eye, never rounded. */
const grouped = (exact: string) => exact.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ","));

/** The value and value_high fields as the CSV file holds them (canonical text of the parsed row otherwise). */
export interface WrittenValue {
  value: string;
  value_high: string;
}

/** An invisible character named by code point only (printing it would hide it again). */
function invisibleName(ch: string): string {
  const described = describeCodePoint(ch);
  if (!described.includes(ch)) return described;
  const hex = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return `${hex} (${BIDI_CONTROL.test(ch) ? "bidi control" : "invisible format character"})`;
}

/**
 * Why the quote cannot be checked by eye, or null: a bidi control anywhere in it reorders what is
 * displayed ("\u202E821" shows as 128), and an invisible character inside or beside a number makes
 * the digits a reader sees differ from those the text holds ("1,\u200D234" shows 1,234, reads 234).
 */
function invisibleInQuote(quote: string): string | null {
  const chars = [...quote];
  const digit = (i: number) => /\p{N}/u.test(chars[i] ?? "");
  // A number's neighbour, across one grouping or decimal mark ("1,<ZWJ>234").
  const besideNumber = (i: number) =>
    digit(i - 1) ||
    digit(i + 1) ||
    (/[,.]/.test(chars[i - 1] ?? "") && digit(i - 2)) ||
    (/[,.]/.test(chars[i + 1] ?? "") && digit(i + 2));
  for (const [i, ch] of chars.entries()) {
    if (BIDI_CONTROL.test(ch))
      return `quote holds ${invisibleName(ch)} at column ${i + 1}, which reorders the text on screen (821 can show as 128): a figure must be readable as written; quote a sentence without it, or correct the stored document visibly`;
    if (INVISIBLE.test(ch) && besideNumber(i))
      return `quote holds ${invisibleName(ch)} at column ${i + 1}, inside or beside a number: the digits a reader sees are not the number the text holds; quote a sentence without it, or correct the stored document visibly`;
  }
  return null;
}

/** Where the quote sits in its source, to read its numbers in their context. */
interface InSource {
  body: string;
  start: number;
}

/**
 * Why quantity `q` of a quote found at `at.start` in `at.body` is not a whole number of the
 * source, or null when it is: the source, read around it, must read the same number with the same
 * extent. A quote that starts or ends inside a number ("5 victims" out of "145 victims", "rescued
 * 1" out of "1,500") or cuts its scale off ("said 2.5" out of "2.5 million") reads another value.
 */
function cutFromSource(q: Quantity, at: InSource): string | null {
  const start = at.start + q.start;
  const end = at.start + q.end;
  // Read the source from the line holding the figure (masks anchor on line starts), within a
  // bounded window so that a line of megabytes costs no more than a short one.
  const lineStart = at.body.lastIndexOf("\n", start - 1) + 1;
  const from = Math.max(lineStart, start - 300);
  const next = at.body.indexOf("\n", end);
  const to = Math.min(next < 0 ? at.body.length : next, end + 300);
  const window = at.body.slice(from, to);
  const read = parseQuantities(window).map((r) => ({ ...r, start: r.start + from, end: r.end + from }));
  const same = read.find((r) => r.start === start && r.end === end && r.exact === q.exact);
  if (same) return null;
  const over = read.find((r) => r.start < end && start < r.end);
  // Shown with its invisible characters named (⟨U+00AD⟩), which are often why it reads otherwise.
  const context = `"${showCodePoints(at.body.slice(Math.max(0, start - 12), Math.min(at.body.length, end + 16))).replace(/\n/g, "\\n")}"`;
  if (!over)
    return `"${q.text}" is not a whole number of the source: there it is part of ${context}, which the source does not read as ${grouped(q.exact)}`;
  const how =
    over.start < start
      ? "the quote starts inside it"
      : over.end > end
        ? "the quote ends inside it, cutting off what follows"
        : `the source reads it as ${grouped(over.exact)}: a scale word outside the quote applies to it`;
  return `"${q.text}" is not a whole number of the source: the source writes "${over.text}" (${grouped(over.exact)}${over.unit ? " " + over.unit : ""}) and ${how}`;
}

/**
 * The quantity in the quote that the figure's value (and value_high) come from, compared as
 * exact decimals with what the file holds: 650.0000001 is not 650. The quote is read as the
 * extractor reads it, so a year, a date or a section number is not a quantity. Given where the
 * quote is in its source, the quantity must also be a whole number of the source.
 */
function deriveFigure(
  row: FigureRow,
  written?: WrittenValue,
  inSource?: InSource,
): { low: Quantity; high?: Quantity } | string {
  const hidden = invisibleInQuote(row.quote);
  if (hidden) return hidden;
  const asWritten = (field: "value" | "value_high") => {
    const n = row[field];
    const text = written?.[field]?.trim() || (n === null ? "" : String(n));
    return { text, exact: decimalText(text) ?? numberText(n ?? NaN) };
  };
  const value = asWritten("value");
  const high = row.value_high === null ? null : asWritten("value_high");
  for (const [field, v] of [
    ["value", value],
    ["value_high", high],
  ] as const) {
    if (v && Math.abs(Number(v.exact)) > MAX_EXACT)
      return `${field} ${v.text} is beyond 2^53 (${MAX_EXACT + 1}): it cannot be stored exactly as a number`;
  }
  const found = parseQuantities(row.quote);
  // The first quantity of that value which is a whole number of the source; if every one is cut
  // from a longer number, the reason why.
  let cut: string | null = null;
  const matching = (exact: string | null, after = -1) => {
    const fits = found.filter(
      (q) => q.not === null && q.start > after && q.exact === exact && quantityMatchesUnit(q, row.unit, row.quote),
    );
    if (!inSource) return fits[0];
    for (const q of fits) {
      const problem = cutFromSource(q, inSource);
      if (problem === null) return q;
      cut ??= problem;
    }
    return undefined;
  };
  const quantities = found.filter((q) => q.not === null);
  const others = found.filter((q) => q.not !== null);
  const read =
    (quantities.map((q) => `"${q.text}" = ${grouped(q.exact)}${q.unit ? " " + q.unit : ""}`).join(", ") ||
      "no quantity") + (others.length ? `; ${others.map((q) => `"${q.text}" is ${q.not}`).join(", ")}` : "");
  const low = matching(value.exact);
  if (!low && cut) return `value ${value.text} ${row.unit}: ${cut}`;
  if (!low) return `value ${value.text} ${row.unit} is not a number written in the quote (it reads ${read})`;
  if (!high) return { low };
  const upper = matching(high.exact, low.start);
  if (!upper && cut) return `value_high ${high.text} ${row.unit}: ${cut}`;
  if (!upper)
    return `value_high ${high.text} ${row.unit} is not a number written in the quote after the value (it reads ${read})`;
  return { low, high: upper };
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
    parseRows(figuresFile, readTable(figuresFile, issues), FIGURE_COLUMNS, FigureRowSchema, issues),
    (r) => r.figure_id,
    issues,
    "figure_id",
  );
  const figures: FigureRecord[] = [];
  for (const { line, row, written } of figureRows) {
    const located = locateQuote(figuresFile, line, row.source_id, row.quote, byId, issues, read.broken);
    if (!located) continue;
    const derived = deriveFigure(row, written as unknown as WrittenValue, {
      body: located.source.body,
      start: located.start,
    });
    if (typeof derived === "string") {
      issues.push({ file: figuresFile, line, message: derived });
      continue;
    }
    const { source, start } = located;
    const end = derived.high?.end ?? derived.low.end;
    figures.push({
      ...row,
      // -0 is 0 (a CSV may hold "-0"; it must not be published as "-0").
      value: row.value + 0,
      value_high: row.value_high === null ? null : row.value_high + 0,
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
    parseRows(eventsFile, readTable(eventsFile, issues), EVENT_COLUMNS, EventRowSchema, issues),
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
  if (present(candidatesFile)) {
    const rows = uniqueBy(
      candidatesFile,
      parseRows(candidatesFile, readTable(candidatesFile, issues), CANDIDATE_COLUMNS, CandidateRowSchema, issues),
      (r) => r.figure_id,
      issues,
      "figure_id",
    );
    // review writes figures.csv before it marks the candidate accepted: a run stopped between the
    // two leaves the figure in both files. Name it, so that nothing is reviewed twice unseen.
    const inLedger = new Set(figureRows.map(({ row }) => row.figure_id));
    for (const { line, row } of rows)
      if (row.status === "candidate" && inLedger.has(row.figure_id))
        issues.push({
          file: candidatesFile,
          line,
          message: `figure_id "${row.figure_id}" is already in ${figuresFile} but still marked candidate (a review stopped mid-accept?): npm run review marks it accepted`,
        });
    for (const { line, row, written } of rows) {
      const located = locateQuote(candidatesFile, line, row.source_id, row.quote, byId, issues, read.broken);
      if (!located) continue;
      const derived = deriveFigure(row as unknown as FigureRow, written as unknown as WrittenValue, {
        body: located.source.body,
        start: located.start,
      });
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
  // Only the tables that could be read (the others are reported above) are hashed.
  const inputs = [
    ...read.sources.map((s) => s.file),
    ...[figuresFile, eventsFile, candidatesFile].filter((f) => present(f) && fileProblem(f, MAX_TABLE_BYTES) === null),
  ];
  return { sources, figures, events, candidates, issues, inputs };
}

/**
 * Check one figure row against its source as the ledger does: the quote must be in the body and
 * the value a number written in the quote. Returns the problem, or null when the row holds.
 */
export function verifyAgainstSource(row: FigureRow, source: Source | undefined, written?: WrittenValue): string | null {
  if (!source) return `source_id "${row.source_id}" is not a document in data/sources/`;
  if (!source.body.includes(row.quote))
    return `quote is not in ${source.file}: ${quoteMismatch(row.quote, source.body)}`;
  const derived = deriveFigure(row, written, { body: source.body, start: source.body.indexOf(row.quote) });
  return typeof derived === "string" ? derived : null;
}
