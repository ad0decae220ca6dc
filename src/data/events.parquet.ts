// Framework data loader for events.parquet: validates the ledger, writes Parquet to stdout.
import { writeParquetDataset } from "../../loaders/datasets.ts";

writeParquetDataset("events");
