// Framework data loader for catalog.json: every published table with its columns (the data
// dictionary, from src/lib/tables/ or the contributed dataset's file), its row count, its
// origin, and for contributed datasets the path of their Parquet file — for /explore.
import { buildCatalog } from "../../loaders/catalog.ts";
import { loadContributed } from "../../loaders/contributed.ts";
import { DATA_DIR, exitOnIssues } from "../../loaders/step.ts";

const { tables, issues } = buildCatalog();
const contributed = await loadContributed(DATA_DIR);
exitOnIssues([...issues, ...contributed.flatMap((c) => c.issues)]);
process.stdout.write(
  JSON.stringify(
    [
      ...tables.map((t) => ({
        name: t.name,
        description: t.description,
        rows: t.rows.length,
        columns: t.columns,
        origin: t.origin,
      })),
      ...contributed.map((c) => ({
        name: c.dataset.name,
        description: c.dataset.description,
        rows: c.rows.length,
        columns: c.dataset.columns,
        origin: c.origin,
        path: `data/contributed/${c.dataset.name}.parquet`,
      })),
    ],
    null,
    2,
  ),
);
