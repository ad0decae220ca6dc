// npm run check: build every table in memory, exactly as the build does (loaders/catalog.ts),
// and print `path:line: problem` for each problem in the inputs; exit non-zero if there is any.
// Nothing is written.
//
// npm run check -- --pin FILE...: pin reference files deliberately changed (a new edition, a
// corrected copy) to their new SHA-256 in their folder's origin.yaml, then check. Only the files
// named are pinned: there is no "pin everything", which would accept any damage unseen.
import { relative, resolve, sep } from "node:path";
import { buildCatalog } from "../loaders/catalog.ts";
import { FileProblem } from "../loaders/files.ts";
import { formatIssue } from "../loaders/issues.ts";
import { pinReferenceFile } from "../loaders/reference/pins.ts";
import { readSearchAliases } from "../loaders/search-aliases.ts";

const args = process.argv.slice(2);
const pinAt = args.indexOf("--pin");
const toPin = pinAt >= 0 ? args.splice(pinAt).slice(1) : [];
const dataDir = args[0] ?? "data";

if (pinAt >= 0) {
  if (!toPin.length) {
    console.error("check: --pin needs the reference file(s) to pin, e.g. --pin data/reference/gsi/gsi-2023.csv");
    process.exit(2);
  }
  for (const file of toPin) {
    const inside = relative(resolve(dataDir, "reference"), resolve(file));
    if (inside.startsWith("..") || inside === "" || inside.startsWith(sep)) {
      console.error(`${file}: is not a file under ${dataDir}/reference/; only reference inputs are pinned`);
      process.exit(1);
    }
    try {
      const { originFile, sha256, previous } = pinReferenceFile(file);
      console.log(`${file}: pinned to ${sha256} in ${originFile}${previous ? ` (was ${previous})` : " (new pin)"}`);
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e;
      console.error(e.message);
      process.exit(1);
    }
  }
}

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
  if (e instanceof FileProblem) {
    console.error(e.message);
    process.exit(1);
  }
  if (!err.path || !err.code) throw e;
  console.error(`${err.path}: cannot be read (${err.code === "ENOENT" ? "no such file" : err.code})`);
  process.exit(1);
}
