// npm run data: build every table once and write the site's data files into src/data/
// (loaders/build.ts). `npm run build` and `npm run dev` run it first; `--out DIR` writes elsewhere
// (tests). Data folder: the first argument, else TIP_ATLAS_DATA, else data/.
import { parseArgs } from "node:util";
import { OUT_DIR, writeSiteData } from "../loaders/build.ts";
import { DATA_DIR } from "../loaders/step.ts";

const { values, positionals } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: true });
const started = performance.now();
const { written, kept, removed } = writeSiteData(positionals[0] ?? DATA_DIR, values.out ?? OUT_DIR);
console.error(
  `data: ${written.length} file(s) written, ${kept.length} unchanged, ${removed.length} removed in ${Math.round(performance.now() - started)} ms` +
    (written.length ? ` (${written.join(", ")})` : ""),
);
