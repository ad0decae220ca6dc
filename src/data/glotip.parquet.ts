// Framework data loader for glotip.parquet (see loaders/glotip-outputs.ts).
import { writeGlotipOutput } from "../../loaders/glotip-outputs.ts";

writeGlotipOutput("glotip");
