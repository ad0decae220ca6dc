// One GLOTIP pass per build, not one per loader: glotip.parquet, glotip_revisions.parquet, the
// first-paint slice, origins.json and catalog.json each run in their own process, and reading the
// two editions (105,000 rows) is most of their time. The first process stores its result under
// Framework's cache folder, which every `npm run build` and `npm run dev` empties first
// (scripts/clean-cache.mjs); the others read it back. The key hashes every input file and the
// source of every module the result depends on, so an edit to either is never served stale.
// The key leaves out the folder's path, so a scratch copy with the same files (tests, benchmarks)
// is served too: the paths inside the result (source rows, problems, inputs) are rewritten to it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { fileSha256 } from "../origin.ts";
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

/**
 * Rows stored column by column: numbers in typed arrays, strings as a dictionary plus indices.
 * V8 serializes an array of 105,000 objects key by key (57 MB, about 2 s to read back with its
 * garbage collection); columns of typed arrays read back in a fraction of that, which is what
 * lets `npm run check` and the tests validate a data folder in well under a second more.
 */
type Column =
  | { kind: "number"; values: Float64Array; nulls: Uint8Array }
  | { kind: "boolean"; values: Uint8Array }
  | { kind: "string"; dictionary: (string | null)[]; indices: Uint32Array }
  // "file:line", a distinct string on every row: the file from a dictionary, the line a number.
  | { kind: "fileLine"; files: string[]; indices: Uint32Array; lines: Uint32Array };

const FILE_LINE = /^(.*):(\d{1,9})$/;

function dictionaryOf(values: readonly (string | null)[]): { dictionary: (string | null)[]; indices: Uint32Array } {
  const index = new Map<string | null, number>();
  const indices = Uint32Array.from(values, (v) => {
    let i = index.get(v);
    if (i === undefined) index.set(v, (i = index.size));
    return i;
  });
  return { dictionary: [...index.keys()], indices };
}
interface Columns {
  length: number;
  columns: Record<string, Column>;
}

function encodeRows(rows: readonly object[]): Columns | null {
  const records = rows as readonly Record<string, unknown>[];
  const names = records.length ? Object.keys(records[0]!) : [];
  const columns: Record<string, Column> = {};
  for (const name of names) {
    const values = records.map((r) => r[name]);
    if (values.every((v) => typeof v === "boolean")) {
      columns[name] = { kind: "boolean", values: Uint8Array.from(values, (v) => (v ? 1 : 0)) };
    } else if (values.every((v) => v === null || typeof v === "number")) {
      columns[name] = {
        kind: "number",
        values: Float64Array.from(values, (v) => (v === null ? 0 : (v as number))),
        nulls: Uint8Array.from(values, (v) => (v === null ? 1 : 0)),
      };
    } else if (
      values.every(
        (v) =>
          typeof v === "string" &&
          FILE_LINE.test(v) &&
          String(Number(v.slice(v.lastIndexOf(":") + 1))) === v.slice(v.lastIndexOf(":") + 1),
      )
    ) {
      const parts = (values as string[]).map((v) => FILE_LINE.exec(v)!);
      const { dictionary, indices } = dictionaryOf(parts.map((m) => m[1]!));
      const lines = Uint32Array.from(parts, (m) => Number(m[2]));
      columns[name] = { kind: "fileLine", files: dictionary as string[], indices, lines };
    } else if (values.every((v) => v === null || typeof v === "string")) {
      columns[name] = { kind: "string", ...dictionaryOf(values as (string | null)[]) };
    } else return null;
  }
  // Rows that do not share one set of keys would come back changed, and checkColumns must see
  // them as the loader made them: such a result is not cached.
  for (const r of records) {
    const keys = Object.keys(r);
    if (keys.length !== names.length || keys.some((k, i) => k !== names[i])) return null;
  }
  return { length: records.length, columns };
}

function decodeRows<T>({ length, columns }: Columns): T[] {
  // One object literal per row, built by a function made for these columns: V8 then gives every
  // row one shape, which is several times faster to make (and to collect) than keys added one by one.
  const names = Object.keys(columns);
  const cells = names.map((name, j) => {
    const c = columns[name]!;
    const at = `c[${j}]`;
    if (c.kind === "string") return `${JSON.stringify(name)}: ${at}.dictionary[${at}.indices[i]]`;
    if (c.kind === "fileLine") return `${JSON.stringify(name)}: ${at}.files[${at}.indices[i]] + ":" + ${at}.lines[i]`;
    if (c.kind === "boolean") return `${JSON.stringify(name)}: ${at}.values[i] === 1`;
    return `${JSON.stringify(name)}: ${at}.nulls[i] ? null : ${at}.values[i]`;
  });
  const makeRows = new Function(
    "c",
    "length",
    `const rows = new Array(length);
    for (let i = 0; i < length; i++) rows[i] = { ${cells.join(", ")} };
    return rows;`,
  ) as (c: Column[], length: number) => T[];
  return makeRows(
    names.map((n) => columns[n]!),
    length,
  );
}

interface Stored {
  dir: string;
  rest: Omit<GlotipResult, "rows" | "revisions">;
  rows: Columns;
  revisions: Columns;
}

/** Every string under `value` that starts with `from`, starting with `to` instead (in place). */
function rebase(value: unknown, from: string, to: string): unknown {
  if (typeof value === "string") return value.startsWith(from) ? to + value.slice(from.length) : value;
  if (ArrayBuffer.isView(value)) return value;
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

function fromStored(stored: Stored, dir: string): GlotipResult {
  // Paths live only in the dictionaries and the small fields, so rebasing touches few strings.
  const s = stored.dir === dir ? stored : (rebase(stored, stored.dir, dir) as Stored);
  return { ...s.rest, rows: decodeRows(s.rows), revisions: decodeRows(s.revisions) };
}

/** Keeps the newest few results: tests and edits each leave one, 10–20 MB apiece. */
function pruneCache(keep: string, newest = 4): void {
  const files = readdirSync(CACHE_DIR)
    .filter((n) => /^glotip-[0-9a-f]{32}\.v8$/.test(n))
    .map((n) => join(CACHE_DIR, n))
    .filter((p) => p !== keep)
    .map((p) => ({ p, t: statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t);
  for (const { p } of files.slice(newest - 1)) rmSync(p, { force: true });
}

export function loadGlotipOnce(referenceDir: string): GlotipResult {
  const dir = join(referenceDir, "glotip");
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).sort()) hash.update(name).update(fileSha256(join(dir, name)));
  for (const file of CODE) hash.update(file).update(existsSync(file) ? readFileSync(file) : "");
  const file = join(CACHE_DIR, `glotip-${hash.digest("hex").slice(0, 32)}.v8`);
  if (existsSync(file)) return fromStored(deserialize(readFileSync(file)) as Stored, dir);
  const result = loadGlotip(referenceDir);
  const { rows, revisions, ...rest } = result;
  const [rowColumns, revisionColumns] = [encodeRows(rows), encodeRows(revisions)];
  if (!rowColumns || !revisionColumns) return result;
  const stored: Stored = { dir, rest, rows: rowColumns, revisions: revisionColumns };
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, serialize(stored));
  renameSync(partial, file);
  pruneCache(file);
  return result;
}
