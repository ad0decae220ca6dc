import { defineTable, type RowOf } from "../table.js";
import { SOURCE_CLASSES, TIER_STATUSES, TIER_VALUES, labelsOf } from "../vocabulary.js";

export const tiersTable = defineTable({
  name: "tiers",
  description:
    "TIP Report tiers 2001–2025, one row per country and report year, merged from every source with their agreement status.",
  columns: {
    country: { type: "string", description: "ISO 3166-1 alpha-3 code." },
    country_name: { type: "string", description: "English name of the country." },
    iso_numeric: {
      type: "string?",
      description: "ISO 3166-1 numeric code, to match world-atlas shapes (none for Kosovo).",
    },
    year: { type: "int32", description: "TIP Report year (the report of June of that year)." },
    tier: { type: "string", description: "What the cell shows.", values: labelsOf(TIER_VALUES) },
    status: { type: "string", description: "Whether the sources agree.", values: labelsOf(TIER_STATUSES) },
    sources: {
      type: "string",
      description: "Every source that speaks to the cell and what it says, best first, one per line.",
    },
    source_count: { type: "int32", description: "Number of distinct sources (one publisher's page counts once)." },
    best_source: { type: "string?", description: "The source the tier is taken from (the best placed)." },
    best_source_url: { type: "string?", description: "Its URL or repository." },
    best_source_class: {
      type: "string?",
      description: "How far the best source stands from the report.",
      values: labelsOf(SOURCE_CLASSES),
    },
    best_reference_row: { type: "string?", description: "Its input row (path:line)." },
    quote: { type: "string?", description: "An excerpt stating the placement, where a source has one." },
    secondary_only: {
      type: "boolean",
      description:
        'Every source giving the shown tier is secondary (news, blog, NGO summary, student project, unknown publisher); a partial "Tier 1 or 2" from the lists is no second witness of an exact tier.',
    },
    flag: {
      type: "string?",
      description: "conflict, suspect or uncertain: kept as published, never corrected; see note.",
    },
    note: { type: "string?", description: "Why a cell is flagged, and notes of its sources." },
  },
});
export type TiersRow = RowOf<typeof tiersTable>;
