import { defineTable, type RowOf } from "../table.js";
import { SOURCE_CLASSES, TIER_VALUES, labelsOf } from "../vocabulary.js";

export const tierObservationsTable = defineTable({
  name: "tier_observations",
  description:
    "What each source of the tier panel says about one country in one report year, with its input row (long table behind tiers).",
  columns: {
    country: { type: "string", description: "ISO 3166-1 alpha-3 code." },
    country_name: { type: "string", description: "English name of the country." },
    year: { type: "int32", description: "TIP Report year." },
    value: {
      type: "string",
      description:
        "What the source says. Tier 1 or 2 rows are derived: the country is on neither of the year's complete Watch List and Tier 3 lists.",
      values: labelsOf(TIER_VALUES),
    },
    source_id: { type: "string", description: "Identifier of the source within the panel." },
    source_title: { type: "string", description: "The source." },
    source_url: { type: "string?", description: "Its URL or repository." },
    source_class: {
      type: "string",
      description: "How far the source stands from the report.",
      values: labelsOf(SOURCE_CLASSES),
    },
    reference_row: { type: "string", description: "The input row (path:line)." },
    quote: { type: "string?", description: "Excerpt stating the placement, where the source has one." },
    flag: { type: "string?", description: "suspect or uncertain." },
    note: { type: "string?", description: "Context from the source row." },
  },
});
export type TierObservationsRow = RowOf<typeof tierObservationsTable>;
