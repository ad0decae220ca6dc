// Framework data loader for glotip-origin.json: where the GLOTIP tables come from.
import { glotipOrigin, loadGlotipOrExit } from "../../loaders/glotip-outputs.ts";

const result = loadGlotipOrExit();
process.stdout.write(
  JSON.stringify({ glotip: glotipOrigin(result, "glotip"), glotip_revisions: glotipOrigin(result, "glotip_revisions") }, null, 2),
);
