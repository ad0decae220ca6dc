// UNODC's Global Report on Trafficking in Persons country data (GLOTIP), two editions, as copied
// in data/reference/glotip/. The quirks are the work: counts are text ("1,526"), the suppressed
// small cell "<5" is a censored value (1 to 4, never 0, never dropped), Sark has no ISO code, the
// 2023 edition uses codes that are no country's, the export repeats some keys on adjacent lines
// (the sub-category that told them apart was lost), and each edition rewrites the past.
import { readdirSync } from "node:fs";
import { readTextFile } from "../files.ts";
import { join } from "node:path";
import { countryName, isCountryCode } from "../countries.ts";
import { readCsv } from "../csv.ts";
import type { DataIssue } from "../issues.ts";
import {
  CENSORED_HIGH,
  CENSORED_LOW,
  CENSORED_TEXT,
  GLOTIP_AGES,
  GLOTIP_CLAIM_KIND,
  GLOTIP_DIMENSIONS,
  GLOTIP_INDICATORS,
  GLOTIP_SEXES,
  type GlotipCountryStatus,
} from "../../src/lib/vocabulary.ts";
import type { GlotipRow } from "../../src/lib/tables/glotip.ts";
import type { GlotipRevisionRow } from "../../src/lib/tables/glotip_revisions.ts";

export type { GlotipRow };

export const GLOTIP_COLUMNS = [
  "Iso3_code",
  "Country",
  "Region",
  "Subregion",
  "Indicator",
  "Dimension",
  "Category",
  "Sex",
  "Age",
  "Year",
  "Unit of measurement",
  "txtVALUE",
  "Source",
] as const;

/** One edition as data/reference/glotip/editions.csv describes it. */
export interface GlotipEdition {
  edition: string;
  csv: string;
  rows: number;
  xlsx_url: string;
  xlsx_sha256: string;
  copy_kept_in: string;
  note: string;
}
const EDITION_COLUMNS = ["edition", "csv", "rows", "xlsx_url", "xlsx_sha256", "copy_kept_in", "note"] as const;

export type GlotipRevision = GlotipRevisionRow;

export interface GlotipResult {
  editions: GlotipEdition[];
  rows: GlotipRow[];
  revisions: GlotipRevision[];
  issues: DataIssue[];
  inputs: string[];
  /** Keys the export repeats on adjacent lines (their rows are kept, numbered by `part`). */
  repeatedKeys: number;
}

interface KnownCode {
  country: string;
  status: Exclude<GlotipCountryStatus, "iso">;
}

const COUNT = /^\d{1,3}(,\d{3})*$|^\d+$/;

/** A txtVALUE cell: "1,526" → 1526; "<5" → censored 1–4; anything else is null (an error). */
export function parseGlotipValue(
  text: string,
): Pick<GlotipRow, "value" | "value_low" | "value_high" | "censored"> | null {
  const t = text.trim();
  if (t === CENSORED_TEXT) return { value: null, value_low: CENSORED_LOW, value_high: CENSORED_HIGH, censored: true };
  if (!COUNT.test(t)) return null;
  const n = Number(t.replace(/,/g, ""));
  return { value: n, value_low: n, value_high: n, censored: false };
}

function readCodes(dir: string, issues: DataIssue[]): { file: string; codes: Map<string, KnownCode> } {
  const file = join(dir, "codes.csv");
  const table = readCsv(file, readTextFile(file), ["code_in_file", "country", "status", "note"]);
  issues.push(...table.issues);
  const codes = new Map<string, KnownCode>();
  for (const { line, values } of table.records) {
    const status = values.status;
    if (status !== "no_iso_code" && status !== "unidentified") {
      issues.push({ file, line, message: `status "${status}" must be no_iso_code or unidentified` });
      continue;
    }
    if (isCountryCode(values.code_in_file))
      issues.push({ file, line, message: `code "${values.code_in_file}" is an ISO 3166-1 code: it needs no entry` });
    if (!values.note.trim()) issues.push({ file, line, message: "note is required: say why the code is kept" });
    // Rows without a code are told apart by their name; rows with an unknown code by the code.
    codes.set(`${values.code_in_file}|${values.code_in_file ? "" : values.country}`, {
      country: values.country,
      status,
    });
  }
  return { file, codes };
}

function readEditions(
  dir: string,
  issues: DataIssue[],
): { file: string; editions: GlotipEdition[]; lines: Map<GlotipEdition, number>; named: Set<string> } {
  const file = join(dir, "editions.csv");
  const table = readCsv(file, readTextFile(file), EDITION_COLUMNS);
  issues.push(...table.issues);
  const editions: GlotipEdition[] = [];
  const lines = new Map<GlotipEdition, number>();
  // Each edition once, each file for one edition only: a doubled row would double every count,
  // and two editions read from one file would show no revision at all.
  const editionLine = new Map<string, number>();
  const csvLine = new Map<string, number>();
  for (const { line, values: v } of table.records) {
    const problems: string[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.edition)) problems.push(`edition "${v.edition}" is not a date YYYY-MM-DD`);
    if (!/^[\w.-]+\.csv$/.test(v.csv)) problems.push(`csv "${v.csv}" is not a CSV file name in this folder`);
    // The copy's name carries UNODC's export date (cell A2 of the sheet, dropped with the preamble):
    // it is what the file says of its edition, and it must be this row's.
    else if (/^\d{4}-\d{2}-\d{2}$/.test(v.edition)) {
      const dates = v.csv.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
      if (dates.length !== 1 || dates[0] !== v.edition)
        problems.push(
          dates.length
            ? `csv "${v.csv}" is the export of ${dates.join(", ")}, not of this row's edition ${v.edition}`
            : `csv "${v.csv}" does not carry its export date (name it like data_glotip_${v.edition}.csv)`,
        );
    }
    if (!/^\d+$/.test(v.rows)) problems.push(`rows "${v.rows}" is not a count`);
    if (!/^https:\/\//.test(v.xlsx_url)) problems.push(`xlsx_url "${v.xlsx_url}" is not an https URL`);
    if (!/^[0-9a-f]{64}$/.test(v.xlsx_sha256)) problems.push(`xlsx_sha256 "${v.xlsx_sha256}" is not 64 hex digits`);
    if (!v.copy_kept_in.trim()) problems.push("copy_kept_in is required: where anyone can find the original");
    const sameEdition = editionLine.get(v.edition);
    if (sameEdition !== undefined) problems.push(`edition ${v.edition} is already listed on line ${sameEdition}`);
    const sameCsv = csvLine.get(v.csv);
    if (sameCsv !== undefined) problems.push(`csv "${v.csv}" is already the file of line ${sameCsv}`);
    if (!editionLine.has(v.edition)) editionLine.set(v.edition, line);
    if (!csvLine.has(v.csv)) csvLine.set(v.csv, line);
    for (const message of problems) issues.push({ file, line, message });
    if (!problems.length) {
      const edition = { ...v, rows: Number(v.rows) } as GlotipEdition;
      editions.push(edition);
      lines.set(edition, line);
    }
  }
  // An empty list would publish empty glotip tables as "verified".
  if (!table.issues.length && !table.records.length)
    issues.push({
      file,
      line: null,
      message: "lists no edition: the glotip tables need at least one (one row per file)",
    });
  return { file, editions, lines, named: new Set(csvLine.keys()) };
}

const keyOf = (r: GlotipRow) =>
  [r.code_in_file ?? "", r.country_unodc ?? "", r.indicator, r.dimension, r.category ?? "", r.sex, r.age, r.year].join(
    "|",
  );

function readEdition(
  file: string,
  edition: string,
  expectedRows: number,
  codes: Map<string, KnownCode>,
  issues: DataIssue[],
): { rows: GlotipRow[]; repeatedKeys: number } {
  const table = readCsv(file, readTextFile(file), GLOTIP_COLUMNS);
  issues.push(...table.issues);
  // The copy must be whole: as many rows as UNODC's sheet (a lost or doubled line shows here too).
  if (table.header.length && table.records.length !== expectedRows)
    issues.push({
      file,
      line: null,
      message: `has ${table.records.length} data rows; editions.csv says UNODC's sheet has ${expectedRows}`,
    });
  const lastYear = Number(edition.slice(0, 4));
  const rows: GlotipRow[] = [];
  const firstLine = new Map<string, number>();
  let previousKey = "";
  let repeatedKeys = 0;
  const names = new Map<string, string>();
  // i18n-iso-countries is slow per call; 58,000 rows use about 200 codes.
  const isoName = new Map<string, string | null>();
  const nameOfIso = (code: string) => {
    if (!isoName.has(code)) isoName.set(code, isCountryCode(code) ? countryName(code) : null);
    return isoName.get(code)!;
  };
  const keys: string[] = [];
  for (const { line, values: v } of table.records) {
    const problems: string[] = [];
    const code = v.Iso3_code.trim();
    const unodcName = v.Country.trim();
    let status: GlotipCountryStatus = "iso";
    let name = "";
    const iso = nameOfIso(code);
    if (iso !== null) name = iso;
    else {
      const known = codes.get(`${code}|${code ? "" : unodcName}`);
      if (!known)
        problems.push(
          code
            ? `Iso3_code "${code}" is not an ISO 3166-1 alpha-3 code and is not listed in codes.csv`
            : `Iso3_code is empty for "${unodcName}", which is not listed in codes.csv`,
        );
      else {
        status = known.status;
        name = known.country || `Unidentified code "${code}"`;
      }
    }
    if (!(v.Indicator in GLOTIP_INDICATORS))
      problems.push(`Indicator "${v.Indicator}" is not one of ${Object.keys(GLOTIP_INDICATORS).join(", ")}`);
    if (!(v.Dimension in GLOTIP_DIMENSIONS))
      problems.push(`Dimension "${v.Dimension}" is not one of ${Object.keys(GLOTIP_DIMENSIONS).join(", ")}`);
    if (!(v.Sex in GLOTIP_SEXES)) problems.push(`Sex "${v.Sex}" is not one of ${Object.keys(GLOTIP_SEXES).join(", ")}`);
    if (!(v.Age in GLOTIP_AGES)) problems.push(`Age "${v.Age}" is not one of ${Object.keys(GLOTIP_AGES).join(", ")}`);
    // A citizenship or country of repatriation the export leaves unnamed is kept (category null);
    // a total or a form of exploitation must say which.
    const blankCategoryAllowed = v.Dimension === "by citizenship" || v.Dimension === "by country of repatriation";
    if (!v.Category.trim() && !blankCategoryAllowed) problems.push(`Category is empty in dimension "${v.Dimension}"`);
    const year = /^\d{4}$/.test(v.Year.trim()) ? Number(v.Year) : NaN;
    if (!(year >= 1990 && year <= lastYear))
      problems.push(`Year "${v.Year}" is not a year from 1990 to the edition's ${lastYear}`);
    if (v["Unit of measurement"] !== "Counts")
      problems.push(`Unit of measurement "${v["Unit of measurement"]}" is not Counts`);
    if (v.Source !== "GLOTIP") problems.push(`Source "${v.Source}" is not GLOTIP`);
    const parsed = parseGlotipValue(v.txtVALUE);
    if (!parsed)
      problems.push(`txtVALUE "${v.txtVALUE}" is not a count (digits, with or without thousands separators) or "<5"`);
    if (problems.length || !parsed) {
      for (const message of problems) issues.push({ file, line, message });
      previousKey = "";
      continue;
    }
    const row: GlotipRow = {
      edition,
      iso3: status === "iso" ? code : null,
      code_in_file: code || null,
      country_status: status,
      country_unodc: unodcName || null,
      country_name: name,
      region: v.Region.trim() || null,
      subregion: v.Subregion.trim() || null,
      // Checked against the vocabularies above.
      indicator: v.Indicator as GlotipRow["indicator"],
      dimension: v.Dimension as GlotipRow["dimension"],
      category: v.Category.trim() || null,
      sex: v.Sex as GlotipRow["sex"],
      age: v.Age as GlotipRow["age"],
      year,
      ...parsed,
      value_text: v.txtVALUE,
      part: 1,
      parts: 1,
      claim_kind: GLOTIP_CLAIM_KIND,
      source_row: `${file}:${line}`,
      checks: null, // Filled by the declared checks (loaders/plausibility.ts), after every row is read.
    };
    // One code, one name per edition: a second spelling is a typo in one of them.
    if (code) {
      const seen = names.get(code);
      if (seen === undefined) names.set(code, unodcName);
      else if (seen !== unodcName) {
        issues.push({ file, line, message: `Country "${unodcName}" differs from "${seen}" given earlier for ${code}` });
        continue;
      }
    }
    const key = keyOf(row);
    const first = firstLine.get(key);
    if (first !== undefined) {
      // UNODC's export writes the rows of a sub-category it no longer labels (kinds of "Other
      // forms of exploitation", of sex "Other") one after another under the same key. They are
      // distinct reports: kept and numbered, never summed or dropped. A key repeated anywhere
      // else is a copy error.
      if (key !== previousKey) {
        issues.push({ file, line, message: `repeats the key of line ${first} (${key.replaceAll("|", ", ")})` });
        continue;
      }
      const run: GlotipRow[] = [];
      for (let i = rows.length - 1; i >= 0 && keys[i] === key; i--) run.unshift(rows[i]);
      if (run.length === 1) repeatedKeys++;
      row.part = run.length + 1;
      for (const r of [...run, row]) r.parts = run.length + 1;
    } else firstLine.set(key, line);
    previousKey = key;
    rows.push(row);
    keys.push(key);
  }
  return { rows, repeatedKeys };
}

// Across editions a country is its code: UNODC renamed the Netherlands "Netherlands (Kingdom of
// the)" in 2025, and a key holding the name lost all its revisions. Only a row without a code
// (Sark) is told apart by its name.
const editionKeyOf = (r: GlotipRow) =>
  [
    r.code_in_file ?? "",
    r.code_in_file ? "" : (r.country_unodc ?? ""),
    r.indicator,
    r.dimension,
    r.category ?? "",
    r.sex,
    r.age,
    r.year,
  ].join("|");

/** Every key present once in both editions whose value changed, old edition → new edition. */
export function glotipRevisions(older: GlotipRow[], newer: GlotipRow[]): GlotipRevision[] {
  const before = new Map(older.filter((r) => r.parts === 1).map((r) => [editionKeyOf(r), r]));
  const revisions: GlotipRevision[] = [];
  for (const n of newer) {
    if (n.parts !== 1) continue;
    const o = before.get(editionKeyOf(n));
    if (!o || (o.censored && n.censored) || (!o.censored && !n.censored && o.value === n.value)) continue;
    const known = !o.censored && !n.censored;
    revisions.push({
      iso3: n.iso3,
      code_in_file: n.code_in_file,
      country_name: n.country_name,
      region: n.region,
      subregion: n.subregion,
      indicator: n.indicator,
      dimension: n.dimension,
      category: n.category,
      sex: n.sex,
      age: n.age,
      year: n.year,
      old_edition: o.edition,
      new_edition: n.edition,
      old_text: o.value_text,
      new_text: n.value_text,
      old_value: o.value,
      new_value: n.value,
      change: known ? n.value! - o.value! : null,
      change_low: n.value_low - o.value_high,
      change_high: n.value_high - o.value_low,
      change_relative: known && o.value! > 0 ? Number(((n.value! - o.value!) / o.value!).toPrecision(12)) : null,
      old_row: o.source_row,
      new_row: n.source_row,
      renamed_from: o.country_unodc !== n.country_unodc ? o.country_unodc : null,
      checks: null,
    });
  }
  return revisions;
}

/** Both editions: rows, revisions between consecutive editions, and every problem found. */
export function loadGlotip(referenceDir: string): GlotipResult {
  const dir = join(referenceDir, "glotip");
  const issues: DataIssue[] = [];
  const { file: editionsFile, editions: listed, lines, named } = readEditions(dir, issues);
  const { file: codesFile, codes } = readCodes(dir, issues);
  const inputs = [editionsFile, codesFile];
  const byEdition: GlotipRow[][] = [];
  let repeatedKeys = 0;
  const editions = [...listed].sort((a, b) => a.edition.localeCompare(b.edition));
  const latestYears: number[] = [];
  for (const [i, e] of editions.entries()) {
    const file = join(dir, e.csv);
    inputs.push(file);
    const result = readEdition(file, e.edition, e.rows, codes, issues);
    byEdition.push(result.rows);
    repeatedKeys += result.repeatedKeys;
    // What the data say of their edition: a later export reaches at least as late a year. Two
    // copies swapped (names and row counts too) show here as a newer edition ending earlier.
    latestYears.push(result.rows.reduce((m, r) => Math.max(m, r.year), 0));
    if (i > 0 && result.rows.length && byEdition[i - 1].length && latestYears[i] < latestYears[i - 1])
      issues.push({
        file: editionsFile,
        line: lines.get(e) ?? null,
        message: `edition ${e.edition}'s file (${e.csv}) ends in ${latestYears[i]}, before the older edition ${editions[i - 1].edition}'s (${editions[i - 1].csv}, ${latestYears[i - 1]}): the files are swapped or mislabelled`,
      });
  }
  // A copy no row names is an edition left out (a row pointing at another edition's file): named,
  // never silently dropped.
  let present: string[] = [];
  try {
    present = readdirSync(dir);
  } catch {
    // the readers above have named the folder's problem
  }
  for (const name of present.sort())
    if (name.endsWith(".csv") && name !== "editions.csv" && name !== "codes.csv" && !named.has(name))
      issues.push({ file: join(dir, name), line: null, message: `is not read: no row of ${editionsFile} names it` });
  const revisions = byEdition.slice(1).flatMap((rows, i) => glotipRevisions(byEdition[i], rows));
  return { editions, rows: byEdition.flat(), revisions, issues, inputs, repeatedKeys };
}
