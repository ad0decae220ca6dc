// Framework data loader for sources.parquet: validates the ledger, writes Parquet to stdout.
import { writeParquetDataset } from "../../loaders/datasets.ts";

writeParquetDataset("sources");
