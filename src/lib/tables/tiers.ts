import { defineTable, type RowOf } from "../table.js";
import { TIERS, labelsOf } from "../vocabulary.js";

export const tiersTable = defineTable({
  name: "tiers",
  description: "TIP Report tier placements, one row per country, report year and source.",
  columns: {
    country: { type: "string", description: "ISO 3166-1 alpha-3 code." },
    country_name: { type: "string", description: "English name of the country." },
    year: { type: "int32", description: "TIP Report year." },
    tier: { type: "string", description: "The placement.", values: labelsOf(TIERS) },
    tier_level: { type: "double", description: "1, 2, 2.5 (Watch List) or 3, for charts." },
    source_title: { type: "string", description: "Where the placement comes from." },
    source_url: { type: "string?", description: "Link to that source." },
    quote: {
      type: "string?",
      description: "Excerpt of the report or article stating the placement, where one is cited.",
    },
    reference_row: { type: "string", description: "The input row (path:line)." },
    provenance: {
      type: "string",
      description: "Where the row comes from.",
      values: { panel: "The 2001–2015 academic panel", text: "A cited report or article (facts.csv)" },
    },
    flag: { type: "string?", description: "suspect, uncertain or conflict: kept, not corrected; see note." },
    note: { type: "string?", description: "Why a row is flagged, and what other sources say." },
  },
});
export type TiersRow = RowOf<typeof tiersTable>;
