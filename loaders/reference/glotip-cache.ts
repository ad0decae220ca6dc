// One GLOTIP pass per build, not one per loader: glotip.parquet, glotip_revisions.parquet, the
// first-paint slice, origins.json and catalog.json each run in their own process, and reading the
// two editions (105,000 rows) is most of their time. The first process stores its result under
// Framework's cache folder, which every `npm run build` and `npm run dev` empties first
// (scripts/clean-cache.mjs); the others read it back. The key hashes every input file and the
// source of every module the result depends on, so an edit to either is never served stale.
// The key leaves out the folder's path, so a scratch copy with the same files (tests, benchmarks)
// is served too: the paths inside the result (source rows, problems, inputs) are rewritten to it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

/** Every string under `value` that starts with `from`, starting with `to` instead (in place). */
function rebase(value: unknown, from: string, to: string): unknown {
  if (typeof value === "string") return value.startsWith(from) ? to + value.slice(from.length) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = rebase(value[i], from, to);
    return value;
  }
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = rebase(o[k], from, to);
  }
  return value;
}

export function loadGlotipOnce(referenceDir: string): GlotipResult {
  const dir = join(referenceDir, "glotip");
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  for (const file of CODE) hash.update(file).update(existsSync(file) ? readFileSync(file) : "");
  const file = join(CACHE_DIR, `glotip-${hash.digest("hex").slice(0, 32)}.v8`);
  if (existsSync(file)) {
    const cached = deserialize(readFileSync(file)) as { dir: string; result: GlotipResult };
    return cached.dir === dir ? cached.result : (rebase(cached.result, cached.dir, dir) as GlotipResult);
  }
  const result = loadGlotip(referenceDir);
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, serialize({ dir, result }));
  renameSync(partial, file);
  return result;
}
