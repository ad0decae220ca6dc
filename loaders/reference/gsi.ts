// Walk Free's Global Slavery Index country tables, editions 2016, 2018 and 2023, as copied in
// data/reference/gsi/. Each edition names its columns differently and publishes prevalence in
// a different unit; this maps them onto one table and harmonises prevalence to per 1,000.
// The editions use different methods: the table says so in every row (comparability_note).
import { readTextFile } from "../files.ts";
import { join } from "node:path";
import { countryName, numericCode } from "../countries.ts";
import { readCsv } from "../csv.ts";
import type { DataIssue } from "../issues.ts";
import { countryCell, numberCell, readAliases, tidy } from "./common.ts";

export const GSI_COMPARABILITY_NOTE =
  "Walk Free changed its methods between editions and warns that the estimates are not comparable as a time series: compare countries within an edition, not editions with each other.";

interface EditionColumns {
  edition: number;
  file: string;
  country: string;
  population: string;
  prevalence: string;
  prevalenceUnit: "percent" | "per_1000";
  number: string;
  vulnerability: string;
  governmentResponse: string;
  region?: string;
  /** 2016 marks the region with one 0/1 column per region instead of a Region column. */
  regionFlags?: Record<string, string>;
  url: string;
}

export const GSI_EDITIONS: EditionColumns[] = [
  {
    edition: 2016,
    file: "gsi-2016.csv",
    country: "Country",
    population: "POPULATION",
    prevalence: "ESTIMATED PROPORTION OF POPULATION IN MODERN SLAVERY",
    prevalenceUnit: "percent",
    number: "ESTIMATED NUMBER IN MODERN SLAVERY",
    vulnerability: "Mean Vulnerability",
    governmentResponse: "Total score (AA - AC)",
    regionFlags: {
      EUROPE: "Europe",
      AMERICAS: "Americas",
      ASIA: "Asia and the Pacific",
      "SUBSAHARAN AFRICA": "Africa",
      "RUSSIA AND EURASIA": "Russia and Eurasia",
      "MIDDLE EAST AND NORTH AFRICA": "Middle East and North Africa",
    },
    url: "https://www.globalslaveryindex.org/2016/",
  },
  {
    edition: 2018,
    file: "gsi-2018.csv",
    country: "Country",
    population: "Population",
    prevalence: "Est. prevalence of population in modern slavery (victims per 1,000 population)",
    prevalenceUnit: "per_1000",
    number: "Est. number of people in modern slavery",
    vulnerability: "Final overall (normalised, weighted) vulnerability score",
    governmentResponse: "TOTAL",
    region: "Region",
    url: "https://www.globalslaveryindex.org/2018/",
  },
  {
    edition: 2023,
    file: "gsi-2023.csv",
    country: "Country",
    population: "Population",
    prevalence: "Estimated prevalence of modern slavery per 1,000 population",
    prevalenceUnit: "per_1000",
    number: "Estimated number of people in modern slavery",
    vulnerability: "Total Vulnerability score (%)",
    governmentResponse: "Government response total (%)",
    region: "Region",
    url: "https://www.walkfree.org/global-slavery-index/",
  },
];

export type { GsiRow } from "../../src/lib/tables/gsi.ts";
import type { GsiRow } from "../../src/lib/tables/gsi.ts";

export interface GsiResult {
  rows: GsiRow[];
  issues: DataIssue[];
  /** Rows left out on purpose, by file: blank lines and footnotes. */
  dropped: Record<string, { blank: number; footnote: number }>;
  inputs: string[];
}

export function loadGsi(referenceDir = "data/reference"): GsiResult {
  const issues: DataIssue[] = [];
  const aliases = readAliases(referenceDir, issues);
  const rows: GsiRow[] = [];
  const dropped: GsiResult["dropped"] = {};
  const inputs = [join(referenceDir, "country-aliases.csv")];
  for (const ed of GSI_EDITIONS) {
    const file = join(referenceDir, "gsi", ed.file);
    inputs.push(file);
    const required = [
      ed.country,
      ed.population,
      ed.prevalence,
      ed.number,
      ed.vulnerability,
      ed.governmentResponse,
      ...(ed.region ? [ed.region] : []),
      ...Object.keys(ed.regionFlags ?? {}),
    ];
    const table = readCsv(file, readTextFile(file), required, { allowExtra: true });
    issues.push(...table.issues);
    const counts = (dropped[file] = { blank: 0, footnote: 0 });
    // Without its columns the edition cannot be read: its header problem is the one to report.
    if (table.issues.some((i) => i.line === 1 && i.message.startsWith("header"))) continue;
    const seen = new Map<string, number>();
    for (const { line, values } of table.records) {
      const name = values[ed.country]?.trim() ?? "";
      if (name === "") {
        // Rows after the table: empty, or a footnote in some other column.
        if (Object.values(values).every((v) => v.trim() === "")) counts.blank++;
        else counts.footnote++;
        continue;
      }
      const code = countryCell(name, aliases, file, line, issues);
      if (!code) continue;
      if (seen.has(code)) {
        issues.push({ file, line, message: `country "${name}" (${code}) already appears on line ${seen.get(code)}` });
        continue;
      }
      seen.set(code, line);
      const before = issues.length;
      const num = (column: string) => numberCell(values[column], column, file, line, issues);
      const population = num(ed.population);
      const prevalence = num(ed.prevalence);
      // The 2018 table writes small estimates as an upper bound: "<1,000".
      const bound = /^\s*<\s*([\d,]+)\s*$/.exec(values[ed.number] ?? "");
      const estimated = bound ? numberCell(bound[1], ed.number, file, line, issues) : num(ed.number);
      const vulnerability = num(ed.vulnerability);
      const response = num(ed.governmentResponse);
      if (issues.length > before) continue;
      if ((prevalence === null) !== (estimated === null)) {
        issues.push({ file, line, message: `${name}: has an estimated number or a prevalence but not both` });
        continue;
      }
      let region = ed.region ? values[ed.region].trim() || null : null;
      if (ed.regionFlags) {
        const flagged = Object.entries(ed.regionFlags).filter(([column]) => values[column].trim() === "1");
        region = flagged.length === 1 ? flagged[0][1] : null;
      }
      rows.push({
        country: code,
        country_name: countryName(code),
        iso_numeric: numericCode(code),
        edition: ed.edition,
        region,
        population,
        estimated_number: estimated,
        estimated_number_qualifier: estimated === null ? null : bound ? "at_most" : "exact",
        prevalence_published: prevalence,
        prevalence_unit: ed.prevalenceUnit,
        prevalence_per_1000:
          prevalence === null ? null : tidy(ed.prevalenceUnit === "percent" ? prevalence * 10 : prevalence),
        vulnerability_score: vulnerability,
        government_response_score: response,
        source_title: `Walk Free, Global Slavery Index ${ed.edition}: country table`,
        source_url: ed.url,
        reference_row: `${file}:${line}`,
        comparability_note: GSI_COMPARABILITY_NOTE,
        checks: null, // Filled by the declared checks (loaders/plausibility.ts).
      });
    }
  }
  return { rows, issues, dropped, inputs };
}
