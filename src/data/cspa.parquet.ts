// Framework data loader for cspa.parquet: runs only the cspa build step (loaders/steps/cspa.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/cspa.ts";

writeStepParquet(step);
