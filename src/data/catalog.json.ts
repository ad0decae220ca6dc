// Framework data loader for catalog.json: every published table with its columns (the data
// dictionary, from loaders/schema.ts), its row count and its origin — for /explore.
import { DATASETS, loadCatalogOrExit } from "../../loaders/datasets.ts";

const { datasets } = loadCatalogOrExit();
process.stdout.write(JSON.stringify(DATASETS.map((name) => ({ name, rows: datasets[name].rows.length, columns: datasets[name].columns, origin: datasets[name].origin })), null, 2));
