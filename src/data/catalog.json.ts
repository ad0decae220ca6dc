// Framework data loader for catalog.json: every published table with its columns (the data
// dictionary, from loaders/schema.ts or the contributed dataset's file), its row count, its
// origin, and for contributed datasets the path of their Parquet file — for /explore.
import { DATA_DIR, DATASETS, loadCatalogOrExit } from "../../loaders/datasets.ts";
import { loadContributed } from "../../loaders/contributed.ts";
import { formatIssue } from "../../loaders/issues.ts";

const { datasets } = loadCatalogOrExit();
const contributed = await loadContributed(DATA_DIR);
const problems = contributed.flatMap((c) => c.issues);
if (problems.length) {
  for (const issue of problems) process.stderr.write(`${formatIssue(issue)}\n`);
  process.exit(1);
}
process.stdout.write(JSON.stringify([
  ...DATASETS.map((name) => ({ name, rows: datasets[name].rows.length, columns: datasets[name].columns, origin: datasets[name].origin })),
  ...contributed.map((c) => ({ name: c.dataset.name, rows: c.rows.length, columns: c.dataset.columns, origin: c.origin, path: `data/contributed/${c.dataset.name}.parquet` })),
], null, 2));
