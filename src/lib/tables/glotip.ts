// The glotip table: UNODC GLOTIP country data, both editions, one row per edition × country ×
// indicator × dimension × category × sex × age × year (× part, where the export repeats a key).
import { CHECKS_COLUMN, defineTable, type RowOf } from "../table.js";
import {
  CLAIM_KINDS,
  GLOTIP_AGES,
  GLOTIP_CLAIM_KIND,
  GLOTIP_COUNTRY_STATUS,
  GLOTIP_DIMENSIONS,
  GLOTIP_SEXES,
  labelsOf,
} from "../vocabulary.js";

const indicatorValues = {
  "Detected trafficking victims": "Detected trafficking victims",
  "Persons prosecuted": "Persons prosecuted",
  "Persons convicted": "Persons convicted",
  "Persons brought into formal contact": "Persons brought into formal contact (suspected, arrested or cautioned)",
  "Offences of trafficking in persons": "Offences of trafficking in persons recorded",
};

export const glotipTable = defineTable({
  name: "glotip",
  description:
    "UNODC Global Report on Trafficking in Persons country data, editions 2023-05-30 and 2025-04-14: counts reported by national authorities. Censored cells (<5) are kept as 1–4.",
  columns: {
    edition: { type: "string", description: "UNODC edition the row is from (date of the export, YYYY-MM-DD)" },
    iso3: {
      type: "string?",
      description: "ISO 3166-1 alpha-3 code, checked; null for Sark and for the codes that are no country's",
    },
    code_in_file: { type: "string?", description: "Iso3_code exactly as in UNODC's file (empty for Sark)" },
    country_status: {
      type: "string",
      description: "How the row's country is identified",
      values: labelsOf(GLOTIP_COUNTRY_STATUS),
    },
    country_unodc: { type: "string?", description: "Country as UNODC writes it (curly apostrophes kept)" },
    country_name: { type: "string", description: "Country as tip-atlas displays it" },
    region: { type: "string?", description: "UNODC region, as in the file" },
    subregion: { type: "string?", description: "UNODC subregion, as in the file" },
    indicator: { type: "string", description: "What is counted", values: indicatorValues },
    dimension: { type: "string", description: "Breakdown the row belongs to", values: labelsOf(GLOTIP_DIMENSIONS) },
    category: {
      type: "string?",
      description:
        "Form of exploitation, citizenship or country of repatriation (Total when dimension is Total); null where the file leaves it unnamed",
    },
    sex: { type: "string", description: "Sex of the persons counted", values: labelsOf(GLOTIP_SEXES) },
    age: { type: "string", description: "Age group of the persons counted", values: labelsOf(GLOTIP_AGES) },
    year: { type: "int32", description: "Year the count refers to" },
    value: { type: "double?", description: "The count; null when censored" },
    value_low: { type: "double", description: "Lowest possible count (1 when censored)" },
    value_high: { type: "double", description: "Highest possible count (4 when censored)" },
    censored: { type: "boolean", description: 'UNODC suppressed the small cell: written "<5", a count from 1 to 4' },
    value_text: { type: "string", description: "txtVALUE exactly as in the file" },
    part: {
      type: "int32",
      description:
        "1, or the position of the row among adjacent rows the export gives the same key (a sub-category it no longer labels)",
    },
    parts: {
      type: "int32",
      description:
        "How many adjacent rows share this key; above 1, no row of the key is a total: never sum or plot as one",
    },
    claim_kind: {
      type: "string",
      description: "Who stands behind the figure: official statistics reported by national authorities to UNODC",
      values: { [GLOTIP_CLAIM_KIND]: CLAIM_KINDS[GLOTIP_CLAIM_KIND].label },
    },
    source_row: { type: "string", description: "File and line of the row in data/reference/glotip/" },
    checks: CHECKS_COLUMN,
  },
});
export type GlotipRow = RowOf<typeof glotipTable>;
