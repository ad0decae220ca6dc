// npm run check: validate every source, figure and event; print `path:line: problem` for each
// problem and exit non-zero if there is any.
import { formatIssue } from "../loaders/issues.ts";
import { loadLedger } from "../loaders/ledger.ts";

const dataDir = process.argv[2] ?? "data";
const ledger = loadLedger(dataDir);
for (const issue of ledger.issues) console.error(formatIssue(issue));
const summary = `${ledger.sources.length} sources, ${ledger.figures.length} figures, ${ledger.events.length} events verified`;
if (ledger.issues.length) {
  console.error(`${summary}; ${ledger.issues.length} problem(s) found.`);
  process.exit(1);
}
console.log(`${summary}; no problems.`);
