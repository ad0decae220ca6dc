// Framework data loader for law_enforcement_global.parquet: validates every input, writes Parquet to stdout.
import { writeParquetDataset } from "../../loaders/datasets.ts";

writeParquetDataset("law_enforcement_global");
