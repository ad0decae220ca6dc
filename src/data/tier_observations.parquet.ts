// Framework data loader for tier_observations.parquet: validates every input, writes Parquet to stdout.
import { writeParquetDataset } from "../../loaders/datasets.ts";

writeParquetDataset("tier_observations");
