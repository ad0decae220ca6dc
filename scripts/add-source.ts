// npm run add-source -- FILE --title T --publisher P --published YYYY-MM-DD [--url U] --kind K [--id ID]
//   [--country ISO3] [--report-year YYYY] [--excerpt --part PART --retrieved YYYY-MM-DD]
// Adds a report (.pdf, .html, .txt, .md) to data/sources/ and its proposed figures to
// data/candidates.csv. Problems are one line on stderr and exit code 1; nothing is written then.
import { parseArgs } from "node:util";
import { AddSourceError, addSource } from "../loaders/ingest/add-source.ts";
import { terminalSafe } from "../loaders/ingest/terminal.ts";

const USAGE =
  "usage: npm run add-source -- FILE --title T --publisher P --published YYYY-MM-DD [--url U] --kind news|government-report|ngo-statement [--id ID] [--language en] [--country ISO3] [--report-year YYYY] [--excerpt --part PART --retrieved YYYY-MM-DD] [--publisher-note TEXT] [--published-note TEXT]";
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      publisher: { type: "string" },
      published: { type: "string" },
      url: { type: "string" },
      kind: { type: "string" },
      id: { type: "string" },
      language: { type: "string" },
      country: { type: "string" },
      "report-year": { type: "string" },
      excerpt: { type: "boolean" },
      part: { type: "string" },
      retrieved: { type: "string" },
      "publisher-note": { type: "string" },
      "published-note": { type: "string" },
      help: { type: "boolean" },
    },
  });
} catch (e) {
  // Messages carry file names, titles and document text: shown, never obeyed by the terminal.
  process.stderr.write(`add-source: ${terminalSafe((e as Error).message)}\n${USAGE}\n`);
  process.exit(2);
}
if (parsed.values.help || parsed.positionals.length !== 1) {
  process.stderr.write(`${parsed.values.help ? "" : "add-source: give exactly one FILE\n"}${USAGE}\n`);
  process.exit(parsed.values.help ? 0 : 2);
}
try {
  const {
    "report-year": report_year,
    "publisher-note": publisher_note,
    "published-note": published_note,
    ...values
  } = parsed.values;
  const r = await addSource(
    { file: parsed.positionals[0], ...values, report_year, publisher_note, published_note },
    process.env.TIP_ATLAS_DATA || "data",
  );
  process.stdout.write(
    `added ${terminalSafe(r.sourceFile)} (${r.characters.toLocaleString("en-US")} characters); ${r.candidates} candidate figure(s) appended to data/candidates.csv — review them with npm run review\n`,
  );
} catch (e) {
  // A system error the loaders did not name (a disk failing while a report is read) is still one
  // line with its file, not a stack trace; anything else is a bug and keeps its trace.
  const err = e as NodeJS.ErrnoException;
  if (!(e instanceof AddSourceError) && !(err.code && err.path)) throw e;
  process.stderr.write(
    `add-source: ${terminalSafe(e instanceof AddSourceError ? e.message : `${err.path}: ${err.code}`)}\n`,
  );
  process.exit(1);
}
