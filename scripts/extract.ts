// npm run --silent extract -- FILE... : every figure in each file, as JSON Lines on stdout.
//   --suggest   candidate rows for data/figures.csv instead (CSV with its header)
// Problems with a file go to stderr as `file:line: problem`; the other files are still read,
// and the exit code is 1 if any file could not be read.
import { basename, extname } from "node:path";
import Papa from "papaparse";
import { DocumentError, extractFigures, readExtractDocument, type ExtractedFigure } from "../loaders/extract/index.ts";
import { FIGURE_COLUMNS } from "../loaders/schema.ts";

const args = process.argv.slice(2);
const suggest = args.includes("--suggest");
const files = args.filter((a) => a !== "--suggest");
if (files.length === 0 || args.includes("--help")) {
  process.stderr.write("usage: npm run --silent extract -- [--suggest] FILE...\n");
  process.exit(files.length === 0 ? 2 : 0);
}

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);

function suggestion(sourceId: string, f: ExtractedFigure, n: number): Record<string, string> {
  const period = f.year === null ? "" : String(f.year);
  return {
    figure_id: `${slug(sourceId)}-${f.metric ? slug(f.metric) : "figure"}-${n}`,
    source_id: sourceId,
    quote: f.quote,
    value: String(f.value),
    value_high: f.value_high === null ? "" : String(f.value_high),
    unit: f.unit,
    qualifier: f.qualifier,
    metric: f.metric ?? "",
    country: f.country ?? "",
    region: f.region ?? "",
    period_start: period,
    period_end: period,
    claim_kind: "",
    note: `suggested by the extractor from "${f.text}" at offsets ${f.start}-${f.end}; review every column before committing`,
  };
}

let failed = false;
const out: string[] = [];
const rows: Record<string, string>[] = [];
for (const file of files) {
  try {
    const doc = readExtractDocument(file);
    const figures = extractFigures(doc.text, { from: doc.from, documentDate: doc.date });
    if (suggest) {
      const sourceId = doc.id ?? basename(file, extname(file));
      figures.forEach((f, i) => rows.push(suggestion(sourceId, f, i + 1)));
    } else {
      for (const f of figures) {
        out.push(JSON.stringify({ file, value: f.value, value_high: f.value_high, unit: f.unit, qualifier: f.qualifier, metric: f.metric, country: f.country, region: f.region, year: f.year, quote: f.quote, start: f.start, end: f.end }));
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
