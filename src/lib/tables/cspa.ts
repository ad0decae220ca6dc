import { defineTable, type RowOf } from "../table.js";
import { CSPA_STATUSES, PROVENANCES, labelsOf } from "../vocabulary.js";

export const cspaTable = defineTable({
  name: "cspa",
  description:
    "Child Soldiers Prevention Act list membership 2010–2025, one row per country, year and source; years with no complete list are unknown.",
  columns: {
    country: { type: "string", description: "ISO 3166-1 alpha-3 code." },
    country_name: { type: "string", description: "English name of the country." },
    year: { type: "int32", description: "TIP Report year of the list." },
    status: {
      type: "string",
      description:
        "What this source says for that year: listed, not listed (absent from a complete list), or unknown (no complete list found); disputed: a row of its own where one account of the year's list names the government and another does not (both accounts' rows are kept).",
      values: labelsOf(CSPA_STATUSES),
    },
    source_title: { type: "string", description: "The source." },
    source_url: { type: "string?", description: "Link to it, where known." },
    source_id: { type: "string?", description: "The stored document, for rows quoted from data/sources/." },
    quote: { type: "string?", description: "Excerpt stating the listing." },
    reference_row: { type: "string", description: "The input row." },
    provenance: { type: "string", description: "How the row is backed.", values: labelsOf(PROVENANCES) },
    conflict: { type: "boolean", description: "Sources disagree on this country and year: all their rows are kept." },
    note: { type: "string?", description: "Context from the source row." },
  },
});
export type CspaRow = RowOf<typeof cspaTable>;
