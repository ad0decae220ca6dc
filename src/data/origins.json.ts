// Framework data loader for origins.json: where each published table comes from.
import { DATASETS, loadCatalogOrExit } from "../../loaders/datasets.ts";

const { datasets } = loadCatalogOrExit();
process.stdout.write(JSON.stringify(Object.fromEntries(DATASETS.map((name) => [name, datasets[name].origin])), null, 2));
