// Framework data loader for figures.parquet: validates the ledger, writes Parquet to stdout.
import { writeParquetDataset } from "../../loaders/datasets.ts";

writeParquetDataset("figures");
