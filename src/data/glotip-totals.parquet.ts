// Framework data loader for glotip-totals.parquet: the national totals slice of glotip for first
// paint (loaders/glotip-slice.ts), with glotip's origin.
import { exitOnIssues, runStep } from "../../loaders/step.ts";
import { toParquet } from "../../loaders/parquet.ts";
import { TOTALS_COLUMNS, totalsSlice } from "../../loaders/glotip-slice.ts";
import step from "../../loaders/steps/glotip.ts";

const built = runStep(step);
exitOnIssues(built.issues);
process.stdout.write(
  toParquet(totalsSlice(built.rows as never), TOTALS_COLUMNS, {
    "tip_atlas.origin": JSON.stringify(built.origin),
    "tip_atlas.dictionary": JSON.stringify(TOTALS_COLUMNS),
  }),
);
