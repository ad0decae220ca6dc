// Framework data loader for sources.parquet: runs only the sources build step (loaders/steps/sources.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/sources.ts";

writeStepParquet(step);
