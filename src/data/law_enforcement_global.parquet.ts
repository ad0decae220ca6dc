// Framework data loader for law_enforcement_global.parquet: runs only the law_enforcement_global build step (loaders/steps/law_enforcement_global.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/law_enforcement_global.ts";

writeStepParquet(step);
