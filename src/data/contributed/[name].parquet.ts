// Framework data loader for every contributed dataset (loaders/datasets/<file>): the table named
// by the path's [name] as Parquet on stdout, after validation.
import { parseArgs } from "node:util";
import { DATA_DIR } from "../../../loaders/step.ts";
import { loadContributed } from "../../../loaders/contributed.ts";
import { formatIssue } from "../../../loaders/issues.ts";
import { toParquet } from "../../../loaders/parquet.ts";

const { values } = parseArgs({ options: { name: { type: "string" } } });
const found = (await loadContributed(DATA_DIR)).find((c) => c.dataset?.name === values.name);
if (!found) {
  process.stderr.write(`no contributed dataset named "${values.name}" in loaders/datasets/\n`);
  process.exit(1);
}
if (found.issues.length) {
  for (const issue of found.issues) process.stderr.write(`${formatIssue(issue)}\n`);
  process.exit(1);
}
process.stdout.write(
  toParquet(found.rows, found.dataset.columns, { "tip_atlas.origin": JSON.stringify(found.origin) }),
);
