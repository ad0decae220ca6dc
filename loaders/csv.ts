// CSV in, records with their line numbers out. Papaparse does the parsing; we keep track of the
// line each record starts on, because every error a contributor sees must name that line.
import Papa from "papaparse";
import type { DataIssue } from "./issues.ts";

export interface CsvRecord {
  /** 1-based line of the file where the record starts (quoted fields may span lines). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  issues: DataIssue[];
}

/**
 * Parse `text` (the content of `file`) whose header must hold `columns`, in any order, and no
 * other column unless `allowExtra` (third-party tables carry columns we do not use). Header
 * names are trimmed. A record with too few or too many fields is reported and left out; every
 * other record is kept.
 */
export function readCsv(file: string, text: string, columns: readonly string[], { allowExtra = false } = {}): CsvTable {
  const issues: DataIssue[] = [];
  const records: CsvRecord[] = [];
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let header: string[] | null = null;
  let cursor = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = cursor; i < to; i++) if (body.charCodeAt(i) === 10) line++;
    cursor = to;
  };
  Papa.parse<string[]>(body, {
    delimiter: ",",
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const fields = result.data;
      // Papaparse reports the cursor after the row; the next row starts on the line after it.
      advance(result.meta.cursor);
      if (fields.length === 1 && fields[0] === "") return; // blank line
      for (const e of result.errors) issues.push({ file, line: start, message: `CSV syntax: ${e.message}` });
      if (header === null) {
        header = fields.map((f) => f.trim());
        const missing = columns.filter((c) => !header!.includes(c));
        const extra = header.filter((c) => !columns.includes(c));
        if (missing.length) issues.push({ file, line: start, message: `header lacks column(s) ${missing.join(", ")}` });
        if (extra.length && !allowExtra)
          issues.push({ file, line: start, message: `header has unknown column(s) ${extra.join(", ")}` });
        return;
      }
      if (fields.length !== header.length) {
        issues.push({ file, line: start, message: `has ${fields.length} fields, the header has ${header.length}` });
        return;
      }
      const values: Record<string, string> = {};
      header.forEach((name, i) => (values[name] = fields[i]));
      records.push({ line: start, values });
    },
  });
  if (header === null) issues.push({ file, line: null, message: "is empty: no header row" });
  return { header: header ?? [], records, issues };
}
