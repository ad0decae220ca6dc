// npm run check: validate every input (sources, ledger, reference data); print
// `path:line: problem` for each problem and exit non-zero if there is any.
import { loadCatalog } from "../loaders/datasets.ts";
import { formatIssue } from "../loaders/issues.ts";

const dataDir = process.argv[2] ?? "data";
const { datasets, issues } = loadCatalog(dataDir);
for (const issue of issues) console.error(formatIssue(issue));
const summary = Object.values(datasets).map((d) => `${d.rows.length} ${d.name}`).join(", ");
if (issues.length) {
  console.error(`${summary}; ${issues.length} problem(s) found.`);
  process.exit(1);
}
console.log(`${summary} verified; no problems.`);
