// npm run check: build every table in memory, exactly as the build does (loaders/catalog.ts),
// and print `path:line: problem` for each problem in the inputs; exit non-zero if there is any.
// Nothing is written.
import { buildCatalog } from "../loaders/catalog.ts";
import { formatIssue } from "../loaders/issues.ts";
import { readSearchAliases } from "../loaders/search-aliases.ts";

const dataDir = process.argv[2] ?? "data";
try {
  const { tables, issues: tableIssues } = buildCatalog(dataDir);
  // The search aliases are no table, but a wrong one misleads the reader all the same.
  const issues = [...tableIssues, ...readSearchAliases(dataDir).issues];
  for (const issue of issues) console.error(formatIssue(issue));
  const summary = tables.map((t) => `${t.rows.length} ${t.name}`).join(", ");
  if (issues.length) {
    console.error(`${summary}; ${issues.length} problem(s) found.`);
    process.exit(1);
  }
  console.log(`${summary} verified; no problems.`);
} catch (e) {
  // The last line of defence: a file the loaders could not open is named, not a stack trace.
  const err = e as NodeJS.ErrnoException;
  if (!err.path || !err.code) throw e;
  console.error(`${err.path}: cannot be read (${err.code === "ENOENT" ? "no such file" : err.code})`);
  process.exit(1);
}
