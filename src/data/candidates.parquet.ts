// Framework data loader for candidates.parquet: the extractor's unreviewed proposals.
import { writeParquetDataset } from "../../loaders/datasets.ts";

writeParquetDataset("candidates");
