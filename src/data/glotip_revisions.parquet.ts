// Framework data loader for glotip_revisions.parquet: runs only its build step (loaders/steps/glotip_revisions.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/glotip_revisions.ts";

writeStepParquet(step);
