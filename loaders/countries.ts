// Country codes and names come from i18n-iso-countries (maintained upstream), not from a
// list of our own.
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

const namesOf = (code: string): string[] => (countries.getName(code, "en", { select: "all" }) as string[] | undefined) ?? [];

// A name shared by two countries ("Congo") must not label either of them.
const nameUse = new Map<string, number>();
for (const code of Object.keys(countries.getAlpha3Codes())) {
  for (const name of namesOf(code)) nameUse.set(name, (nameUse.get(name) ?? 0) + 1);
}

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/**
 * The English name a reader expects. Of the package's names that are words (not abbreviations or
 * inverted forms like "Korea, Republic of") and name no other country, the package's first one,
 * unless it is a long formal name ("Islamic Republic of Iran"), where the shortest reads better.
 */
export function countryName(code: string): string {
  if (!isCountryCode(code)) throw new Error(`unknown country code ${code}`);
  const names = namesOf(code);
  const readable = names.filter((n) => /[a-z]/.test(n) && !n.includes(",") && nameUse.get(n) === 1);
  const first = readable[0];
  if (first && first.length <= 20) return first;
  return [...readable].sort((a, b) => a.length - b.length)[0] ?? names[0];
}
