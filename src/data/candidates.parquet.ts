// Framework data loader for candidates.parquet: runs only the candidates build step (loaders/steps/candidates.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/candidates.ts";

writeStepParquet(step);
