// CSV in, records with their line numbers out. Papaparse does the parsing; we keep track of the
// line each record starts on, because every error a contributor sees must name that line.
import Papa from "papaparse";
import { DataError, type DataIssue } from "./issues.ts";
import { fileProblem, MAX_TABLE_BYTES, readTextFile, writeFileAtomic } from "./files.ts";
import { deceptiveCharacters, showCodePoints } from "./codepoints.ts";

export interface CsvRecord {
  /** 1-based line of the file where the record starts (quoted fields may span lines). */
  line: number;
  values: Record<string, string>;
  /** The record's fields by position, for tables whose header repeats a name. */
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  issues: DataIssue[];
}

/** The line ending a CSV file uses (that of its header line), to append in kind. */
export type LineEnding = "\n" | "\r\n";

export function lineEnding(text: string): LineEnding {
  const nl = text.indexOf("\n");
  return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

const endingName = (e: LineEnding) => (e === "\r\n" ? "CRLF" : "LF");

/**
 * The first line (1-based) whose ending differs from the header's, or null. Line breaks inside a
 * quoted field are the field's own text (a quote copied from an LF document), not record endings.
 */
function mixedEnding(text: string, ending: LineEnding): number | null {
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34)
      quoted = !quoted; // '"'; an escaped "" toggles twice
    else if (c === 10) {
      if (!quoted && (text[i - 1] === "\r") !== (ending === "\r\n")) return line;
      line++;
    }
  }
  return null;
}

/**
 * Carriage returns that end no line (outside quoted fields, not followed by a line feed), as in
 * "…\r\r\n" written by a tool that turned each LF of a CRLF file into CRLF. Papaparse would
 * keep each in its row's last field, which then reads as a field holding a line break: one
 * misleading "stray quote" per line, 58,771 of them on a real file. Returns the first line holding
 * one, how many lines hold one, and the text without them, so that the records are still read.
 */
function strayCarriageReturns(text: string): { first: number; lines: number; text: string } | null {
  let line = 1;
  let quoted = false;
  let first = 0;
  let lines = 0;
  let lastLine = 0;
  const kept: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10) line++;
    else if (c === 13 && !quoted && text.charCodeAt(i + 1) !== 10) {
      if (!first) first = line;
      if (lastLine !== line) lines++;
      lastLine = line;
      kept.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (!first) return null;
  kept.push(text.slice(from));
  return { first, lines, text: kept.join("") };
}

/** Problems with a header row: names used twice, empty, or invisible characters in them. */
function headerProblems(header: string[], columns: readonly string[], allowExtra: boolean): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    // Third-party tables may repeat names among the columns we do not read ("%" in the GSI).
    const used = !allowExtra || columns.includes(name);
    if (name === "" && used) problems.push(`header column ${i + 1} has no name`);
    const first = seen.get(name);
    if (name !== "" && used && first !== undefined)
      problems.push(
        `header names column "${name}" twice (columns ${first + 1} and ${i + 1}): one would overwrite the other`,
      );
    else if (first === undefined) seen.set(name, i);
  });
  const missing = columns.filter((c) => !header.includes(c));
  const extra = [...new Set(header.filter((c) => c !== "" && !columns.includes(c)))];
  if (missing.length) problems.push(`header lacks column(s) ${missing.join(", ")}`);
  if (extra.length && !allowExtra) {
    const named = extra.map((c) => {
      const odd = deceptiveCharacters(c);
      return odd.length ? `"${showCodePoints(c)}" (${odd.join(", ")})` : c;
    });
    problems.push(`header has unknown column(s) ${named.join(", ")}`);
  }
  return problems;
}

/**
 * Parse `text` (the content of `file`) whose header must hold `columns`, in any order, once each,
 * and no other column unless `allowExtra` (third-party tables carry columns we do not use). Header
 * names are trimmed. A record with too few or too many fields is reported and left out; every
 * other record is kept. Line breaks inside a quoted field are refused unless `quotedNewlines`:
 * none of our tables has them, so a field running over several lines is a stray quote that
 * would silently swallow the rows after it, and is reported on the line where the quote opened.
 */
/** Columns whose text is copied verbatim from a document, so may hold the document's line breaks. */
const MULTILINE_COLUMNS = new Set(["quote"]);

export function readCsv(
  file: string,
  text: string,
  columns: readonly string[],
  { allowExtra = false, quotedNewlines = false } = {},
): CsvTable {
  const issues: DataIssue[] = [];
  const records: CsvRecord[] = [];
  let body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const stray = strayCarriageReturns(body);
  if (stray) {
    // Reported once for the whole file, with how many lines hold one; the records are still
    // read without them, so that the file's other problems are named too.
    issues.push({
      file,
      line: stray.first,
      message: `stray carriage return (U+000D) that ends no line${stray.lines > 1 ? ` (and on ${stray.lines - 1} more line(s))` : ""}: a line ends "\\r\\r\\n" or holds a lone "\\r"; save the file with one line ending (LF or CRLF) throughout`,
    });
    body = stray.text;
  }
  let ending = lineEnding(body);
  const mixed = mixedEnding(body, ending);
  if (mixed !== null)
    issues.push({
      file,
      line: mixed,
      message: `ends with ${endingName(ending === "\n" ? "\r\n" : "\n")} while the file's lines end with ${endingName(ending)}: use one line ending throughout`,
    });
  if (mixed !== null) {
    // Reported once above; the records are still read (each line is one), not merged.
    body = body.replace(/\r\n/g, "\n");
    ending = "\n";
  }
  let header: string[] | null = null;
  let headerBroken = false;
  let cursor = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = cursor; i < to; i++) if (body.charCodeAt(i) === 10) line++;
    cursor = to;
  };
  Papa.parse<string[]>(body, {
    delimiter: ",",
    newline: ending,
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const fields = result.data;
      // Papaparse reports the cursor after the row; the next row starts on the line after it.
      advance(result.meta.cursor);
      if (fields.length === 1 && fields[0] === "") return; // blank line
      // A verbatim quote may span lines (a table copied from a report): such a field is checked
      // against its source, so a stray quote swallowing rows there fails that check instead.
      const breaks = fields.flatMap((f, i) => (f.includes("\n") || f.includes("\r") ? [i] : []));
      const allowed = quotedNewlines || (header !== null && breaks.every((i) => MULTILINE_COLUMNS.has(header![i])));
      const unclosed = result.errors.some((e) => e.code === "MissingQuotes");
      if (breaks.length && (unclosed || !allowed)) {
        const end = start + fields.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
        issues.push({
          file,
          line: start,
          message: unclosed
            ? `a quote opens a field here and is never closed: the rest of the file (to line ${end}) would be one field; remove the stray " or close it`
            : `a quote opens a field here that is closed only on line ${end}, swallowing the lines between: remove the stray " or close it on this line (only a quote field may hold line breaks)`,
        });
        return;
      }
      for (const e of result.errors) issues.push({ file, line: start, message: `CSV syntax: ${e.message}` });
      if (header === null) {
        header = fields.map((f) => f.trim());
        const problems = headerProblems(header, columns, allowExtra);
        // Two columns of one name: which value a record holds would be a guess.
        headerBroken = problems.some((p) => p.includes(" twice "));
        for (const message of problems) issues.push({ file, line: start, message });
        return;
      }
      if (fields.length !== header.length) {
        issues.push({ file, line: start, message: `has ${fields.length} fields, the header has ${header.length}` });
        return;
      }
      if (headerBroken) return;
      const values: Record<string, string> = {};
      header.forEach((name, i) => (values[name] = fields[i]));
      records.push({ line: start, values, fields });
    },
  });
  if (header === null) issues.push({ file, line: null, message: "is empty: no header row" });
  return { header: header ?? [], records, issues };
}

/** Write rows as CSV with `columns` in order; null becomes an empty field. */
export function writeCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
  return (
    Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? "")) }, { newline: "\n" }) +
    "\n"
  );
}

/** One record as a CSV line (no line ending), fields in `header` order. */
const csvLine = (header: readonly string[], values: Record<string, unknown>): string =>
  Papa.unparse([header.map((c) => String(values[c] ?? ""))], { newline: "\n" });

/** A table read for an update: refused (DataError) unless it parses cleanly. */
function readForUpdate(file: string, columns: readonly string[]): { text: string; table: CsvTable } {
  const text = readTextFile(file);
  const table = readCsv(file, text, columns);
  // Changing a file that does not parse would bury the change among rows nobody can read.
  if (table.issues.length) throw new DataError(table.issues);
  return { text, table };
}

/**
 * Append `rows` to the CSV `file` (created with `columns` as header when absent or empty), in the
 * file's own column order and line ending, atomically. A file with any CSV problem is refused.
 */
export function appendCsvRows(file: string, columns: readonly string[], rows: Record<string, unknown>[]): void {
  if (!rows.length) return;
  const exists = fileProblem(file, MAX_TABLE_BYTES) !== "no such file";
  if (!exists || readTextFile(file).trim() === "") {
    writeFileAtomic(file, writeCsv(columns, rows));
    return;
  }
  const { text, table } = readForUpdate(file, columns);
  const ending = lineEnding(text);
  const lines = rows.map((r) => csvLine(table.header, r) + ending).join("");
  writeFileAtomic(file, `${text}${text.endsWith("\n") ? "" : ending}${lines}`);
}

/**
 * Rewrite some records of the CSV `file` in place, atomically: `change` returns the new values of
 * a record, or null to keep it. Only the lines of changed records are rewritten (in the file's
 * column order); every other byte stays as it was. Returns the number of records changed.
 */
export function updateCsvRecords(
  file: string,
  columns: readonly string[],
  change: (values: Record<string, string>) => Record<string, string> | null,
): number {
  const { text, table } = readForUpdate(file, columns);
  const ending = lineEnding(text);
  const lines = text.split(ending);
  let changed = 0;
  for (const record of table.records) {
    const values = change({ ...record.values });
    if (!values) continue;
    lines[record.line - 1] = csvLine(table.header, values);
    changed++;
  }
  if (changed) writeFileAtomic(file, lines.join(ending));
  return changed;
}
