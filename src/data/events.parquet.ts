// Framework data loader for events.parquet: runs only the events build step (loaders/steps/events.ts).
import { writeStepParquet } from "../../loaders/step.ts";
import step from "../../loaders/steps/events.ts";

writeStepParquet(step);
