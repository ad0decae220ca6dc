// Shared by the reference-data loaders: country aliases and number cells of third-party tables.
import { readTextFile } from "../files.ts";
import { join } from "node:path";
import { readCsv } from "../csv.ts";
import type { DataIssue } from "../issues.ts";
import { codeForName, isCountryCode } from "../countries.ts";

/** data/reference/country-aliases.csv: names in third-party tables that the package lacks. */
export function readAliases(referenceDir: string, issues: DataIssue[]): Map<string, string> {
  const file = join(referenceDir, "country-aliases.csv");
  const table = readCsv(file, readTextFile(file), ["name", "iso3", "note"]);
  issues.push(...table.issues);
  const aliases = new Map<string, string>();
  for (const { line, values } of table.records) {
    if (!isCountryCode(values.iso3))
      issues.push({ file, line, message: `iso3 "${values.iso3}" is not an ISO 3166-1 alpha-3 country code` });
    else aliases.set(values.name.trim(), values.iso3);
  }
  return aliases;
}

/**
 * A numeric cell: "" and a spreadsheet's dash for nothing (" -   ") are null, "1,234" and
 * " 12.5 " are numbers, anything else is reported.
 */
export function numberCell(
  raw: string | undefined,
  column: string,
  file: string,
  line: number,
  issues: DataIssue[],
): number | null {
  const t = (raw ?? "").trim();
  if (t === "" || /^-+$/.test(t)) return null;
  const n = Number(t.replace(/,/g, ""));
  if (!/^-?[\d,]*\.?\d+([eE][-+]?\d+)?$/.test(t) || !Number.isFinite(n)) {
    issues.push({ file, line, message: `${column} "${raw}" is not a number` });
    return null;
  }
  return n;
}

/** Round away float noise from unit conversions (1.13 % × 10 = 11.299999999999999). */
export const tidy = (n: number): number => Number(n.toPrecision(12));

/**
 * The ISO 3166-1 code of a country named in a third-party table, or null with a problem that
 * says how to fix it (the same message from every table that reads the name).
 */
export function countryCell(
  name: string,
  aliases: Map<string, string>,
  file: string,
  line: number,
  issues: DataIssue[],
): string | null {
  const code = codeForName(name, aliases);
  if (!code)
    issues.push({
      file,
      line,
      message: `country "${name}" matches no ISO 3166-1 country; add it to data/reference/country-aliases.csv if it is a spelling the package lacks`,
    });
  return code;
}
