// Country codes and names come from i18n-iso-countries (maintained upstream), not from a
// list of our own.
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

const namesOf = (code: string): string[] =>
  (countries.getName(code, "en", { select: "all" }) as string[] | undefined) ?? [];

// A name shared by two countries ("Congo") must not label either of them.
const nameUse = new Map<string, number>();
for (const code of Object.keys(countries.getAlpha3Codes())) {
  for (const name of namesOf(code)) nameUse.set(name, (nameUse.get(name) ?? 0) + 1);
}

/**
 * Codes that are not ISO 3166-1 countries but that reports aggregate by: the world and the
 * US State Department's TIP regions. Kept apart so that a country column never silently
 * accepts a typo.
 */
export const AGGREGATES: Record<string, string> = {
  WLD: "World",
  SCA: "South and Central Asia (TIP region)",
};

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** A country or one of the AGGREGATES. */
export function isAreaCode(code: string): boolean {
  return isCountryCode(code) || code in AGGREGATES;
}

/** ISO3 for an English country name as i18n-iso-countries knows it, else null. */
export function codeForName(name: string, aliases: ReadonlyMap<string, string> = new Map()): string | null {
  const clean = name.trim().replace(/\s+/g, " ");
  return aliases.get(clean) ?? countries.getAlpha3Code(clean, "en") ?? null;
}

/** ISO 3166-1 numeric code (as in world-atlas TopoJSON ids) for an alpha-3 code. */
export function numericCode(code: string): string | null {
  return countries.alpha3ToNumeric(code) ?? null;
}

/**
 * The English name a reader expects. Of the package's names that are words (not abbreviations or
 * inverted forms like "Korea, Republic of") and name no other country, the package's first one,
 * unless it is a long formal name ("Islamic Republic of Iran"), where the shortest reads better.
 */
export function countryName(code: string): string {
  if (code in AGGREGATES) return AGGREGATES[code];
  if (!isCountryCode(code)) throw new Error(`unknown country code ${code}`);
  const names = namesOf(code);
  const readable = names.filter((n) => /[a-z]/.test(n) && !n.includes(",") && nameUse.get(n) === 1);
  const first = readable[0];
  if (first && first.length <= 20) return first;
  return [...readable].sort((a, b) => a.length - b.length)[0] ?? names[0];
}
