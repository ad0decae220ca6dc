// Framework data loader for glotip.parquet: runs only its build step (loaders/steps/glotip.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/glotip.ts";

writeStepParquet(step);
