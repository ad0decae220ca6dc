// Framework data loader for figures.parquet: runs only the figures build step (loaders/steps/figures.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/figures.ts";

writeStepParquet(step);
