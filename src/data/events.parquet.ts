// Framework data loader for events.parquet: validates every input, writes Parquet to stdout.
import { writeParquetDataset } from "../../loaders/datasets.ts";

writeParquetDataset("events");
