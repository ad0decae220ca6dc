// Framework data loader for sources.parquet: validates every input, writes Parquet to stdout.
import { writeParquetDataset } from "../../loaders/datasets.ts";

writeParquetDataset("sources");
