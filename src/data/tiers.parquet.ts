// Framework data loader for tiers.parquet: runs only the tiers build step (loaders/steps/tiers.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/tiers.ts";

writeStepParquet(step);
