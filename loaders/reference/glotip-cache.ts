// One GLOTIP pass per build, not one per loader: glotip.parquet, glotip_revisions.parquet, the
// first-paint slice, origins.json and catalog.json each run in their own process, and reading the
// two editions (105,000 rows) is most of their time. The first process stores its result under
// Framework's cache folder, which every `npm run build` and `npm run dev` empties first
// (scripts/clean-cache.mjs); the others read it back. The key hashes every input file and the
// source of every module the result depends on, so an edit to either is never served stale.
// Only the bundled data/ is cached: scratch copies (tests, benchmarks) are always read afresh.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { loadGlotip, type GlotipResult } from "./glotip.ts";

const CACHE_DIR = "src/.observablehq/cache/_tip-atlas";
const CODE = [
  "loaders/reference/glotip.ts",
  "loaders/reference/glotip-cache.ts",
  "loaders/csv.ts",
  "loaders/countries.ts",
  "src/lib/glotip-vocabulary.ts",
  "src/lib/vocabulary.ts",
  "src/lib/tables/glotip.ts",
  "src/lib/tables/glotip_revisions.ts",
  "node_modules/i18n-iso-countries/package.json",
  "node_modules/papaparse/package.json",
];

export function loadGlotipOnce(referenceDir: string): GlotipResult {
  if (resolve(referenceDir) !== resolve("data/reference")) return loadGlotip(referenceDir);
  const dir = join(referenceDir, "glotip");
  const hash = createHash("sha256").update(referenceDir);
  for (const file of [
    ...readdirSync(dir)
      .sort()
      .map((f) => join(dir, f)),
    ...CODE,
  ])
    hash.update(file).update(existsSync(file) ? readFileSync(file) : "");
  const file = join(CACHE_DIR, `glotip-${hash.digest("hex").slice(0, 32)}.v8`);
  if (existsSync(file)) return deserialize(readFileSync(file)) as GlotipResult;
  const result = loadGlotip(referenceDir);
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, serialize(result));
  renameSync(partial, file);
  return result;
}
