// npm run check: validate every input (sources, ledger, candidates, reference data, contributed
// datasets in loaders/datasets/); print `path:line: problem` for each problem and exit
// non-zero if there is any.
import { buildCatalog } from "../loaders/catalog.ts";
import { loadContributed } from "../loaders/contributed.ts";
import { formatIssue } from "../loaders/issues.ts";

const dataDir = process.argv[2] ?? "data";
const { tables, issues } = buildCatalog(dataDir);
const contributed = await loadContributed(dataDir);
issues.push(...contributed.flatMap((c) => c.issues));
for (const issue of issues) console.error(formatIssue(issue));
const summary = [
  ...tables.map((t) => `${t.rows.length} ${t.name}`),
  ...contributed.filter((c) => c.dataset).map((c) => `${c.rows.length} ${c.dataset.name}`),
].join(", ");
if (issues.length) {
  console.error(`${summary}; ${issues.length} problem(s) found.`);
  process.exit(1);
}
console.log(`${summary} verified; no problems.`);
