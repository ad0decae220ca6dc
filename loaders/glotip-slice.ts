// The slice /glotip and the country pages draw their first chart from: national totals of every
// indicator, both editions (about 12,000 of the 105,000 rows), with the ISO numeric code that
// world-atlas shapes use. Not a table of its own: a subset of glotip's rows and columns, built
// by the glotip step, so every check on glotip applies.
import { columnDocs, type ColumnDoc } from "../src/lib/table.ts";
import { glotipTable, type GlotipRow } from "../src/lib/tables/glotip.ts";
import { numericCode } from "./countries.ts";

const SLICE_COLUMNS = [
  "edition",
  "iso3",
  "country_name",
  "region",
  "subregion",
  "indicator",
  "year",
  "value",
  "value_low",
  "value_high",
  "censored",
  "value_text",
  "claim_kind",
  "checks",
];

export const TOTALS_COLUMNS: ColumnDoc[] = [
  ...columnDocs(glotipTable).filter((c) => SLICE_COLUMNS.includes(c.name)),
  {
    name: "iso_numeric",
    type: "string",
    description: "ISO 3166-1 numeric code (the id of the country's world-atlas shape)",
  },
  {
    name: "source_line",
    type: "int32",
    description: "Line of the row in its edition's CSV (glotip's source_row without the file, which the edition names)",
  },
];

/** A country's national total: no breakdown, and not one of the rows the export repeats under one key. */
export const isNationalTotal = (r: GlotipRow) =>
  r.iso3 !== null && r.dimension === "Total" && r.sex === "Total" && r.age === "Total" && r.parts === 1;

export function totalsSlice(rows: GlotipRow[]): Record<string, unknown>[] {
  return rows.filter(isNationalTotal).map((r) => ({
    ...Object.fromEntries(SLICE_COLUMNS.map((c) => [c, r[c as keyof GlotipRow]])),
    iso_numeric: numericCode(r.iso3!) ?? "",
    source_line: Number(r.source_row.slice(r.source_row.lastIndexOf(":") + 1)),
  }));
}
