// Framework data loader for tier_observations.parquet: runs only the tier_observations build step (loaders/steps/tier_observations.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/tier_observations.ts";

writeStepParquet(step);
