// Framework data loader for gsi.parquet: runs only the gsi build step (loaders/steps/gsi.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/gsi.ts";

writeStepParquet(step);
