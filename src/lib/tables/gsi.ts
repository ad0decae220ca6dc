import { CHECKS_COLUMN, defineTable, type RowOf } from "../table.js";

export const gsiTable = defineTable({
  name: "gsi",
  description: "Global Slavery Index country tables, one row per country and edition (editions are not a time series).",
  columns: {
    country: {
      type: "string",
      description:
        "ISO 3166-1 alpha-3 code (names mapped with i18n-iso-countries and data/reference/country-aliases.csv).",
    },
    country_name: { type: "string", description: "English name of the country." },
    iso_numeric: {
      type: "string?",
      description: "ISO 3166-1 numeric code: the id of the country's shape in world-atlas.",
    },
    edition: { type: "int32", description: "Global Slavery Index edition: 2016, 2018 or 2023." },
    region: { type: "string?", description: "Walk Free's region for the country in that edition." },
    population: { type: "double?", description: "Population used by the edition." },
    estimated_number: {
      type: "double?",
      description: "Estimated number of people in modern slavery; null where the edition gives no estimate.",
    },
    estimated_number_qualifier: {
      type: "string?",
      description: 'exact, or at_most where the table gives an upper bound ("<1,000").',
    },
    prevalence_published: { type: "double?", description: "Prevalence as published, in prevalence_unit." },
    prevalence_unit: { type: "string", description: "percent (2016) or per_1000 (2018, 2023)." },
    prevalence_per_1000: {
      type: "double?",
      description: "Prevalence harmonised to people per 1,000 (2016 percent × 10).",
    },
    vulnerability_score: {
      type: "double?",
      description: "The edition's overall vulnerability score (scales differ between editions).",
    },
    government_response_score: {
      type: "double?",
      description: "The edition's government response total (scales differ between editions).",
    },
    source_title: { type: "string", description: "The edition's country table." },
    source_url: { type: "string", description: "Walk Free's page for the edition." },
    reference_row: { type: "string", description: "The input row (path:line)." },
    comparability_note: { type: "string", description: "Walk Free's warning that editions are not a time series." },
    checks: CHECKS_COLUMN,
  },
});
export type GsiRow = RowOf<typeof gsiTable>;
