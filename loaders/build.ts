// The build's one data pass: every table built once, in one process (loaders/catalog.ts), then
// written where Framework serves it from, before `observable build` or `observable preview`:
//
//   src/data/<table>.parquet    every table, with its origin and dictionary in the footer
//   src/data/glotip-totals.parquet  glotip's national totals, for the first chart of /glotip
//   src/data/catalog.json       every table: dictionary, row count, origin, file (pages, /explore)
//                               and, for tables with a `checks` column, each plausibility check's
//                               counts per edition, /explore query and first rows (/data-quality)
//   src/data/tables.js          every table's file URL (/explore loads them all into DuckDB)
//   src/data/site.json          the country and document pages to build, with their titles
//   src/data/country-search.json  every country with a page: its name and the other names readers
//                               type (data/reference/country-search-aliases.csv), for the pickers
//
// Framework runs data loaders one at a time, each in a new process, and caches their outputs keyed
// on the loader file alone; one pass here replaces a dozen loader processes that each rebuilt what
// they shared. Nothing is written unless every table is free of problems; files whose bytes did
// not change are left alone, so a preview only reloads what an edit changed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { GlotipRow } from "../src/lib/tables/glotip.ts";
import { buildCatalog, type Catalog } from "./catalog.ts";
import { countryName } from "./countries.ts";
import { writeFileAtomic } from "./files.ts";
import { TOTALS_COLUMNS, totalsSlice } from "./glotip-slice.ts";
import { toParquet } from "./parquet.ts";
import { declaredChecks } from "./plausibility.ts";
import { checkSummary, type CheckSummary } from "./quality.ts";
import { readSearchAliases } from "./search-aliases.ts";
import { DATA_DIR, exitOnIssues, type BuiltTable } from "./step.ts";

export const OUT_DIR = join("src", "data");

/**
 * What the site's configuration needs to know about the data: the pages Framework cannot discover
 * by links, with the name each page's title gives (scripts/postbuild.mjs writes it).
 */
export interface SitePaths {
  /** One page per country with data (countries/[iso3].md). */
  countries: { code: string; name: string }[];
  /** One page per stored document (sources/[id].md). */
  sources: { id: string; title: string }[];
}

/** The rule for "a country has a page": a three-letter code in a table a country page draws. */
export function sitePaths(catalog: Catalog): SitePaths {
  const codes = new Set<string>();
  for (const name of ["figures", "events", "gsi", "tiers", "cspa"])
    for (const row of catalog.byName[name]?.rows ?? []) codes.add(String(row.country));
  return {
    countries: [...codes]
      .filter((c) => /^[A-Z]{3}$/.test(c) && c !== "WLD" && c !== "SCA")
      .sort()
      .map((code) => ({ code, name: countryName(code) })),
    sources: (catalog.byName.sources?.rows ?? [])
      .map((s) => ({ id: String(s.id), title: String(s.title) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

const parquetOf = (t: BuiltTable) =>
  toParquet(t.rows, t.columns, {
    "tip_atlas.origin": JSON.stringify(t.origin),
    "tip_atlas.dictionary": JSON.stringify(t.columns),
  });

/**
 * The countries the pickers and /countries search: code, name and aliases, for every country with
 * a page (a code asked for in a URL is named, "No data here for Bhutan", not "BTN").
 */
export function countrySearch(paths: SitePaths, aliases: ReadonlyMap<string, string[]>) {
  return paths.countries.map(({ code, name }) => ({ code, name, aliases: aliases.get(code) ?? [] }));
}

/** One table in catalog.json. */
export interface CatalogEntry {
  name: string;
  description: string;
  rows: number;
  columns: BuiltTable["columns"];
  origin: BuiltTable["origin"];
  file: string;
  /** Its declared plausibility checks, counted (tables with a `checks` column only). */
  checks?: CheckSummary[];
}

/** Every output file of the data pass: name in src/data/ → bytes. */
export function siteFiles(
  catalog: Catalog,
  aliases: ReadonlyMap<string, string[]> = new Map(),
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const t of catalog.tables) files.set(`${t.name}.parquet`, parquetOf(t));
  const glotip = catalog.byName.glotip;
  if (glotip)
    files.set(
      "glotip-totals.parquet",
      toParquet(totalsSlice(glotip.rows as unknown as GlotipRow[]), TOTALS_COLUMNS, {
        "tip_atlas.origin": JSON.stringify(glotip.origin),
        "tip_atlas.dictionary": JSON.stringify(TOTALS_COLUMNS),
      }),
    );
  const declared = declaredChecks().checks;
  const catalogJson: CatalogEntry[] = catalog.tables.map((t) => ({
    name: t.name,
    description: t.description,
    rows: t.rows.length,
    columns: t.columns,
    origin: t.origin,
    file: `data/${t.name}.parquet`,
    ...(t.columns.some((c) => c.name === "checks") ? { checks: checkSummary(t.name, t.rows, declared) } : {}),
  }));
  files.set("catalog.json", JSON.stringify(catalogJson, null, 2) + "\n");
  files.set(
    "tables.js",
    [
      "// Written by loaders/build.ts from the list of tables (loaders/steps/): the URL of every table's",
      "// Parquet file. `.href` right after each call: Framework would otherwise fetch a Parquet reader.",
      'import { FileAttachment } from "observablehq:stdlib";',
      "export const TABLE_FILES = {",
      ...catalog.tables.map((t) => `  ${t.name}: FileAttachment("./${t.name}.parquet").href,`),
      "};",
      "",
    ].join("\n"),
  );
  const paths = sitePaths(catalog);
  files.set("site.json", JSON.stringify(paths, null, 2) + "\n");
  files.set("country-search.json", JSON.stringify(countrySearch(paths, aliases)) + "\n");
  return files;
}

const sameBytes = (file: string, data: string | Uint8Array) =>
  existsSync(file) && Buffer.from(readFileSync(file)).equals(typeof data === "string" ? Buffer.from(data) : data);

/**
 * Build every table from `dataDir` and write the site's data files into `outDir`. On any problem
 * the problems are printed (`path:line: message`), the process exits 1 and `outDir` is untouched.
 * Returns what changed.
 */
export function writeSiteData(
  dataDir = DATA_DIR,
  outDir = OUT_DIR,
): { written: string[]; kept: string[]; removed: string[] } {
  const catalog = buildCatalog(dataDir);
  const search = readSearchAliases(dataDir);
  exitOnIssues([...catalog.issues, ...search.issues]);
  const files = siteFiles(catalog, search.aliases);
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const kept: string[] = [];
  for (const [name, data] of files) {
    const file = join(outDir, name);
    if (sameBytes(file, data)) kept.push(name);
    else {
      writeFileAtomic(file, data);
      written.push(name);
    }
  }
  // src/data/ holds only this pass's outputs: a table removed from loaders/steps/ goes too.
  const removed = readdirSync(outDir).filter((name) => !files.has(name) && !name.startsWith("."));
  for (const name of removed) rmSync(join(outDir, name), { recursive: true, force: true });
  return { written, kept, removed };
}
