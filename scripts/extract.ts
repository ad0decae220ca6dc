// npm run --silent extract -- FILE... : every figure in each file, as JSON Lines on stdout.
//   --suggest   candidate rows for data/figures.csv instead (CSV with its header)
//   --penalties also propose legal penalties (fines, prison terms a law prescribes) as legal_penalty
// Problems with a file go to stderr as `file:line: problem`; the other files are still read,
// and the exit code is 1 if any file could not be read.
import { basename, extname } from "node:path";
import Papa from "papaparse";
import { DocumentError, extractFigures, readExtractDocument } from "../loaders/extract/index.ts";
import { figureRows } from "../loaders/ingest/add-source.ts";
import { FIGURE_COLUMNS } from "../loaders/schema.ts";

const args = process.argv.slice(2);
const suggest = args.includes("--suggest");
const penalties = args.includes("--penalties");
const files = args.filter((a) => a !== "--suggest" && a !== "--penalties");
if (files.length === 0 || args.includes("--help")) {
  process.stderr.write("usage: npm run --silent extract -- [--suggest] [--penalties] FILE...\n");
  process.exit(files.length === 0 ? 2 : 0);
}

let failed = false;
const out: string[] = [];
const rows: Record<string, string>[] = [];
for (const file of files) {
  try {
    const doc = readExtractDocument(file);
    const figures = extractFigures(doc.text, { from: doc.from, documentDate: doc.date, penalties });
    if (suggest) {
      // The same rows add-source appends to data/candidates.csv, in the figures.csv columns.
      const sourceId = doc.id ?? basename(file, extname(file));
      const published = doc.date ?? "";
      rows.push(...figureRows(figures, { id: sourceId, published, kind: "" }));
    } else {
      for (const f of figures) {
        out.push(
          JSON.stringify({
            file,
            value: f.value,
            value_high: f.value_high,
            unit: f.unit,
            qualifier: f.qualifier,
            metric: f.metric,
            country: f.country,
            region: f.region,
            year: f.year,
            period_start: f.period_start,
            period_end: f.period_end,
            reason: f.reason,
            quote: f.quote,
            start: f.start,
            end: f.end,
          }),
        );
        // Documents one at a time: flush as we go so memory stays bounded.
        if (out.length >= 1000) process.stdout.write(`${out.splice(0).join("\n")}\n`);
      }
    }
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    failed = true;
    process.stderr.write(`${e.file}${e.line === null ? "" : `:${e.line}`}: ${e.message}\n`);
  }
}
if (suggest) process.stdout.write(`${Papa.unparse(rows, { columns: [...FIGURE_COLUMNS], newline: "\n" })}\n`);
else if (out.length) process.stdout.write(`${out.join("\n")}\n`);
process.exit(failed ? 1 : 0);
