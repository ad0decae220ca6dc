// The US State Department's anti-trafficking grants, 2001–2014 (data/reference/us-tip-funding/,
// provenance in its origin.yaml and in ../shared/reference/README.md). Three files, rows in the
// same order: the compilers' raw table (funding-original.csv, read), their aligned working sheet
// (funding-master.csv: purpose flags where the raw table has them shifted, recipient types it
// lacks) and their own cleaned output (funding-clean-2017.csv: not read; it misreads malformed
// amounts, see readAmount). Every quirk is kept visible in a column, never fixed silently.
import { join } from "node:path";
import type { FundingGrantRow } from "../../src/lib/tables/funding_grants.ts";
import type { FundingCountryYearRow } from "../../src/lib/tables/funding_country_year.ts";
import type { FundingAmountStatus, FundingPlaceKind, FundingPurposeCheck } from "../../src/lib/vocabulary.ts";
import { FUNDING_PLACE_KINDS } from "../../src/lib/vocabulary.ts";
import { countryName, isCountryCode } from "../countries.ts";
import { readCsv } from "../csv.ts";
import { readTextFile } from "../files.ts";
import type { DataIssue } from "../issues.ts";

export const FUNDING_DIR = join("reference", "us-tip-funding");
export const FIRST_FISCAL_YEAR = 2001;
export const LAST_FISCAL_YEAR = 2014;

const ORIGINAL_COLUMNS = [
  "name",
  "fiscal year",
  "cowcode",
  "grant",
  "recipient",
  "subgrantee",
  "prevention",
  "protection",
  "prosecution",
  "research",
  "amount",
  "regional",
  "recipient_type",
] as const;

// The aligned sheet repeats names in its header ("Country", "research", "recipient"), so it is read
// by position; the header is checked so that a reordered sheet stops the build.
const SHEET = {
  country: [0, "Country"],
  amount: [1, "amount"],
  recipient: [7, "recipient"],
  subgrantee: [8, "Subgrantee"],
  prevention: [9, "Prevention"],
  protection: [10, "protection"],
  prosecution: [11, "prosecution"],
  research: [12, "research"],
  recipientType: [16, "recipient"],
} as const;

/** An amount as read: the value, or a range for two readings, or nothing known. */
export interface AmountReading {
  usd: number | null;
  low: number | null;
  high: number | null;
  /** How a malformed amount was read; null for a well-formed "$1,234". */
  rule: string | null;
  kind: "number" | "unknown" | "ambiguous";
}

const UNKNOWN_AMOUNTS = new Set(["Not Listed", "Cannot determine trafficking portion due to multi-donor effort"]);

/**
 * The rule for an amount, row by row (written here and in DICTIONARY.md through amount_rule):
 *  - "$1,234,567": US dollars.
 *  - "Not Listed", "Cannot determine trafficking portion due to multi-donor effort": unknown.
 *  - Spaces inside the number ("$14, 248", "$1, 300, 000") are removed when the groups are then
 *    well formed: one reading.
 *  - No dollar sign ("550,000", "50000", "6600000"): read as US dollars, one reading.
 *  - A last group of two digits ("$65,676,50", "$2,500,00") has two readings: the last two digits
 *    are cents ($65,676.50) or the commas are misplaced and every digit counts ($6,567,650, as the
 *    compilers' clean file reads it). Kept as the range between them, never one of them.
 *  - Anything else is a problem for the build to report.
 */
export function readAmount(text: string): AmountReading | null {
  if (UNKNOWN_AMOUNTS.has(text)) return { usd: null, low: null, high: null, rule: null, kind: "unknown" };
  const one = (usd: number, rule: string | null): AmountReading => ({ usd, low: usd, high: usd, rule, kind: "number" });
  if (/^\$\d{1,3}(,\d{3})*$/.test(text)) return one(Number(text.slice(1).replaceAll(",", "")), null);
  const dollar = text.startsWith("$");
  const body = dollar ? text.slice(1) : text;
  const unspaced = body.replace(/,\s+/g, ",");
  const signRule = dollar ? "" : "no dollar sign: read as US dollars";
  if (unspaced !== body && /^\d{1,3}(,\d{3})*$/.test(unspaced))
    return one(
      Number(unspaced.replaceAll(",", "")),
      ["spaces after the commas removed", signRule].filter(Boolean).join("; "),
    );
  if (!dollar && (/^\d{1,3}(,\d{3})+$/.test(body) || /^\d+$/.test(body)))
    return one(Number(body.replaceAll(",", "")), signRule);
  const cents = /^(\d{1,3}(?:,\d{3})*),(\d{2})$/.exec(body);
  if (cents) {
    const asCents = Number(cents[1].replaceAll(",", "")) + Number(cents[2]) / 100;
    const allDigits = Number(body.replaceAll(",", ""));
    return {
      usd: null,
      low: Math.min(asCents, allDigits),
      high: Math.max(asCents, allDigits),
      rule: `last group has two digits: $${asCents.toLocaleString("en-US", { minimumFractionDigits: 2 })} (cents) or $${allDigits.toLocaleString("en-US")} (every digit, as the compilers' clean file reads it); kept as a range`,
      kind: "ambiguous",
    };
  }
  return null;
}

/** data/reference/us-tip-funding/names.csv: each name in the table, what it is and its code. */
interface Place {
  place: string;
  name: string;
  kind: FundingPlaceKind;
}

function readNames(file: string, issues: DataIssue[]): Map<string, Place> {
  const table = readCsv(file, readTextFile(file), ["name", "iso3", "kind", "label", "note"]);
  issues.push(...table.issues);
  const places = new Map<string, Place>();
  for (const { line, values } of table.records) {
    const kind = values.kind as FundingPlaceKind;
    if (places.has(values.name)) {
      issues.push({ file, line, message: `name "${values.name}" is listed twice` });
      continue;
    }
    if (!(kind in FUNDING_PLACE_KINDS)) {
      issues.push({
        file,
        line,
        message: `kind "${values.kind}" is not one of ${Object.keys(FUNDING_PLACE_KINDS).join(", ")}`,
      });
      continue;
    }
    if (kind === "country") {
      if (!isCountryCode(values.iso3)) {
        issues.push({ file, line, message: `iso3 "${values.iso3}" is not an ISO 3166-1 alpha-3 country code` });
        continue;
      }
      places.set(values.name, { place: values.iso3, name: countryName(values.iso3), kind });
    } else {
      if (values.iso3 !== "") issues.push({ file, line, message: `a ${kind} has no ISO code; iso3 must be empty` });
      if (values.label.trim() === "") issues.push({ file, line, message: `a ${kind} needs a label` });
      places.set(values.name, { place: values.name, name: values.label, kind });
    }
  }
  return places;
}

// "Not Listed" and "N/A" in the sheet: the purpose is not known, so neither true nor false.
const FLAG: Record<string, boolean | null> = { "1": true, "0": false, "": null, "Not Listed": null, "N/A": null };

export interface FundingTables {
  grants: FundingGrantRow[];
  countryYears: FundingCountryYearRow[];
  issues: DataIssue[];
  inputs: string[];
}

/** Both funding tables from data/reference/us-tip-funding/ under `dataDir`. */
export function readFunding(dataDir: string): FundingTables {
  const dir = join(dataDir, FUNDING_DIR);
  const originalFile = join(dir, "funding-original.csv");
  const sheetFile = join(dir, "funding-master.csv");
  const namesFile = join(dir, "names.csv");
  const issues: DataIssue[] = [];
  const places = readNames(namesFile, issues);
  const original = readCsv(originalFile, readTextFile(originalFile), ORIGINAL_COLUMNS);
  // The sheet's Albania row holds a line break inside a quoted recipient list, as exported.
  const sheet = readCsv(sheetFile, readTextFile(sheetFile), [], { allowExtra: true, quotedNewlines: true });
  issues.push(...original.issues, ...sheet.issues);
  for (const [key, [at, name]] of Object.entries(SHEET))
    if (sheet.header[at] !== name)
      issues.push({
        file: sheetFile,
        line: 1,
        message: `column ${at + 1} is "${sheet.header[at] ?? ""}", expected "${name}" (${key})`,
      });

  const grants: FundingGrantRow[] = [];
  // The sheet has two rows the raw table lacks ($0 rows for "East Asia and Pacific Islands" and
  // "Spain"): rows are matched in order on name and amount, and a sheet row without a partner is
  // skipped; a raw row without one stops the build.
  let s = 0;
  for (const { line, values: v } of original.records) {
    const place = places.get(v.name);
    if (!place) {
      issues.push({
        file: originalFile,
        line,
        message: `name "${v.name}" is not in ${namesFile}; add it there with its code and kind`,
      });
      continue;
    }
    const year = Number(v["fiscal year"]);
    if (!Number.isInteger(year) || year < FIRST_FISCAL_YEAR || year > LAST_FISCAL_YEAR) {
      issues.push({
        file: originalFile,
        line,
        message: `fiscal year "${v["fiscal year"]}" is not a year from ${FIRST_FISCAL_YEAR} to ${LAST_FISCAL_YEAR}`,
      });
      continue;
    }
    if (!["1", "0", ""].includes(v.grant)) {
      issues.push({ file: originalFile, line, message: `grant "${v.grant}" is not 1, 0 or empty` });
      continue;
    }
    const hasGrant = v.grant === "1";
    const reading = readAmount(v.amount);
    if (!reading) {
      issues.push({
        file: originalFile,
        line,
        message: `amount "${v.amount}" is not an amount this loader can read (see readAmount in loaders/reference/funding.ts)`,
      });
      continue;
    }
    let status: FundingAmountStatus;
    if (hasGrant) status = reading.kind === "number" ? (reading.usd === 0 ? "zero" : "stated") : reading.kind;
    else status = reading.kind === "number" && reading.usd === 0 ? "none" : "conflict";

    const key = (fields: string[]) => `${fields[SHEET.country[0]]}\u0000${fields[SHEET.amount[0]]}`;
    const want = `${v.name}\u0000${v.amount}`;
    let match = s;
    while (match < sheet.records.length && match - s <= 3 && key(sheet.records[match].fields) !== want) match++;
    const sheetRecord =
      match < sheet.records.length && key(sheet.records[match].fields) === want ? sheet.records[match] : null;
    if (sheetRecord) s = match + 1;
    else
      issues.push({
        file: originalFile,
        line,
        message: `no row of ${sheetFile} matches "${v.name}", amount "${v.amount}" near its line; the files must stay in the same order`,
      });

    // Purpose flags: the sheet's, compared with the raw table's as written and shifted one left.
    const f = sheetRecord?.fields ?? [];
    const sheetFlags = [f[SHEET.prevention[0]], f[SHEET.protection[0]], f[SHEET.prosecution[0]], f[SHEET.research[0]]];
    // A sheet cell that is no flag ("$0", "o" in six research cells) is not guessed: null, and
    // the row is flagged as differing.
    const readable = sheetFlags.every((x) => (x ?? "") in FLAG);
    const asWritten = [v.prevention, v.protection, v.prosecution, v.research];
    const shifted = [v.subgrantee, v.prevention, v.protection, v.prosecution];
    const same = (a: string[]) => a.every((x, i) => x === (sheetFlags[i] ?? ""));
    const check: FundingPurposeCheck = !hasGrant
      ? "no_grant"
      : !readable
        ? "differs"
        : same(asWritten)
          ? "agrees"
          : same(shifted) && v.recipient_type === ""
            ? "shifted"
            : "differs";

    const flags = sheetFlags.map((x) => (hasGrant ? (FLAG[x ?? ""] ?? null) : null));
    const text = (x: string | undefined) => (x === undefined || x.trim() === "" ? null : x);
    const regional = check === "shifted" ? null : text(v.regional);
    grants.push({
      place: place.place,
      place_name: place.name,
      place_kind: place.kind,
      name_in_file: v.name,
      fiscal_year: year,
      has_grant: hasGrant,
      recipient: text(v.recipient),
      subgrantee: check === "shifted" ? text(f[SHEET.subgrantee[0]]) : text(v.subgrantee),
      recipient_type: text(v.recipient_type) ?? (hasGrant ? text(f[SHEET.recipientType[0]]) : null),
      regional_scope: regional === "0" || regional === "1" ? null : regional,
      prevention: flags[0],
      protection: flags[1],
      prosecution: flags[2],
      research: flags[3],
      purpose_check: check,
      amount_text: v.amount,
      amount_usd: reading.usd,
      amount_low_usd: reading.low,
      amount_high_usd: reading.high,
      amount_status: status,
      amount_rule: reading.rule,
      repeated: false,
      input_row: `${originalFile}:${line}`,
      sheet_row: sheetRecord ? `${sheetFile}:${sheetRecord.line}` : null,
    });
  }
  // Two grant rows alike in name, year, recipient and amount: both kept, both flagged.
  const seen = new Map<string, number>();
  const keyOf = (g: FundingGrantRow) => [g.name_in_file, g.fiscal_year, g.recipient, g.amount_text].join("\u0000");
  for (const g of grants) if (g.has_grant) seen.set(keyOf(g), (seen.get(keyOf(g)) ?? 0) + 1);
  for (const g of grants) if (g.has_grant && seen.get(keyOf(g))! > 1) g.repeated = true;

  return { grants, countryYears: countryYears(grants), issues, inputs: [originalFile, sheetFile, namesFile] };
}

/** Every place × fiscal year: a year the table does not list is "not_listed", never 0. */
export function countryYears(grants: readonly FundingGrantRow[]): FundingCountryYearRow[] {
  const byPlace = new Map<string, FundingGrantRow[]>();
  for (const g of grants) byPlace.set(g.place, [...(byPlace.get(g.place) ?? []), g]);
  const rows: FundingCountryYearRow[] = [];
  for (const [place, list] of [...byPlace].sort(([a], [b]) => a.localeCompare(b))) {
    for (let year = FIRST_FISCAL_YEAR; year <= LAST_FISCAL_YEAR; year++) {
      const inYear = list.filter((g) => g.fiscal_year === year);
      const grantRows = inYear.filter((g) => g.has_grant);
      const stated = grantRows.filter((g) => g.amount_status === "stated" || g.amount_status === "zero");
      const open = inYear.filter((g) => ["unknown", "ambiguous", "conflict"].includes(g.amount_status));
      const total = stated.reduce((sum, g) => sum + g.amount_usd!, 0);
      const high =
        total + inYear.filter((g) => g.amount_status === "ambiguous").reduce((sum, g) => sum + g.amount_high_usd!, 0);
      const listed = inYear.length > 0;
      rows.push({
        place,
        place_name: list[0].place_name,
        place_kind: list[0].place_kind,
        fiscal_year: year,
        grants: grantRows.length,
        grants_stated: stated.length,
        grants_unknown_amount: open.length,
        total_usd: listed ? total : null,
        total_high_usd: listed ? high : null,
        total_status: !listed
          ? "not_listed"
          : open.length > 0
            ? "lower_bound"
            : grantRows.length > 0
              ? "exact"
              : "none",
        input_lines: listed ? inYear.map((g) => g.input_row.slice(g.input_row.lastIndexOf(":") + 1)).join(",") : null,
      });
    }
  }
  return rows;
}
