// Framework data loader for origins.json: where each published table comes from.
import { DATASETS, buildDataset, loadLedgerOrExit } from "../../loaders/datasets.ts";

const ledger = loadLedgerOrExit();
process.stdout.write(JSON.stringify(Object.fromEntries(DATASETS.map((name) => [name, buildDataset(name, ledger).origin])), null, 2));
