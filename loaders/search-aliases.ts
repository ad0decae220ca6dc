// Other names readers type for a country ("Turkey" for Türkiye, "Ivory Coast" for Côte d'Ivoire),
// from a reviewed file, data/reference/country-search-aliases.csv: iso3, alias, note (why the
// alias is right). The data pass writes them with each country's name to src/data/country-search.json
// for the country picker and /countries; a wrong row is a `path:line: message`, never a guess.
import { join } from "node:path";
import { readCsv } from "./csv.ts";
import { isCountryCode } from "./countries.ts";
import { readTextFile } from "./files.ts";
import type { DataIssue } from "./issues.ts";

export const SEARCH_ALIASES_FILE = join("reference", "country-search-aliases.csv");

/** As the browser compares them (src/components/format.ts searchKey): no accents, no case. */
const key = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLocaleLowerCase("en-US")
    .replace(/\s+/g, " ")
    .trim();

export function readSearchAliases(dataDir: string): {
  aliases: Map<string, string[]>;
  issues: DataIssue[];
  file: string;
} {
  const file = join(dataDir, SEARCH_ALIASES_FILE);
  const table = readCsv(file, readTextFile(file), ["iso3", "alias", "note"]);
  const issues = [...table.issues];
  const aliases = new Map<string, string[]>();
  const owner = new Map<string, { code: string; line: number }>();
  for (const { line, values } of table.records) {
    const code = values.iso3.trim();
    const alias = values.alias.trim().replace(/\s+/g, " ");
    if (!isCountryCode(code)) {
      issues.push({ file, line, message: `iso3 "${code}" is not an ISO 3166-1 alpha-3 country code` });
      continue;
    }
    if (!alias) {
      issues.push({ file, line, message: "alias is empty" });
      continue;
    }
    if (!values.note.trim()) issues.push({ file, line, message: "note is empty: say why the alias is right" });
    const k = key(alias);
    const seen = owner.get(k);
    if (seen) {
      issues.push({
        file,
        line,
        message:
          seen.code === code
            ? `alias "${alias}" repeats line ${seen.line}`
            : `alias "${alias}" is already given to ${seen.code} on line ${seen.line}: one alias, one country`,
      });
      continue;
    }
    owner.set(k, { code, line });
    aliases.set(code, [...(aliases.get(code) ?? []), alias]);
  }
  return { aliases, issues, file };
}
