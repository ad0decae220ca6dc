// Framework caches each data loader's output keyed on the loader file alone, so edits to
// loaders/ or data/ would not re-run it: remove the loader outputs before every build and
// preview. _node/ and _npm/ (bundled modules) are kept; they depend only on package versions.
import { readdirSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";

const cache = "src/.observablehq/cache";
if (existsSync(cache)) {
  for (const entry of readdirSync(cache)) {
    if (entry === "_node" || entry === "_npm") continue;
    rmSync(join(cache, entry), { recursive: true, force: true });
  }
}
