// Framework data loader for glotip_revisions.parquet (see loaders/glotip-outputs.ts).
import { writeGlotipOutput } from "../../loaders/glotip-outputs.ts";

writeGlotipOutput("glotip_revisions");
