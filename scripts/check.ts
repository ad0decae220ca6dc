// npm run check: validate every input (sources, ledger, candidates, reference data, contributed
// datasets in loaders/datasets/); print `path:line: problem` for each problem and exit
// non-zero if there is any.
import { loadCatalog } from "../loaders/datasets.ts";
import { loadContributed } from "../loaders/contributed.ts";
import { formatIssue } from "../loaders/issues.ts";

const dataDir = process.argv[2] ?? "data";
const { datasets, issues } = loadCatalog(dataDir);
const contributed = await loadContributed(dataDir);
issues.push(...contributed.flatMap((c) => c.issues));
for (const issue of issues) console.error(formatIssue(issue));
const summary = [
  ...Object.values(datasets).map((d) => `${d.rows.length} ${d.name}`),
  ...contributed.filter((c) => c.dataset).map((c) => `${c.rows.length} ${c.dataset.name}`),
].join(", ");
if (issues.length) {
  console.error(`${summary}; ${issues.length} problem(s) found.`);
  process.exit(1);
}
console.log(`${summary} verified; no problems.`);
