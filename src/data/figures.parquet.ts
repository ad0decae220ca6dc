// Framework data loader for figures.parquet: validates every input, writes Parquet to stdout.
import { writeParquetDataset } from "../../loaders/datasets.ts";

writeParquetDataset("figures");
