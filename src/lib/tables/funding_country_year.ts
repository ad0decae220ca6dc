// The funding_country_year table: one row per place (country, regional or global programme, former
// state) and fiscal year 2001–2014, summed from funding_grants without hiding what is unknown.
import { defineTable, type RowOf } from "../table.js";
import { FUNDING_TOTAL_STATUSES, labelsOf } from "../vocabulary.js";
import { fundingGrantsTable } from "./funding_grants.js";

export const fundingCountryYearTable = defineTable({
  name: "funding_country_year",
  description:
    "US State Department anti-trafficking grants per country (or programme) and fiscal year, 2001–2014: the sum of stated amounts, the number of grants, how many have no stated amount, and whether the sum is exact or a lower bound.",
  columns: {
    place: fundingGrantsTable.columns.place,
    place_name: fundingGrantsTable.columns.place_name,
    place_kind: fundingGrantsTable.columns.place_kind,
    fiscal_year: fundingGrantsTable.columns.fiscal_year,
    grants: { type: "int32", description: "Number of grant rows that year." },
    grants_stated: { type: "int32", description: "Grants with a stated amount (including $0 grant rows)." },
    grants_unknown_amount: {
      type: "int32",
      description:
        "Grants whose amount is unknown or ambiguous, and rows with an amount but no grant: not in the total.",
    },
    total_usd: {
      type: "double?",
      description:
        "Sum of the stated amounts, US dollars; 0 for a year with no grant; null when the table has no row that year.",
    },
    total_high_usd: {
      type: "double?",
      description:
        "The total with every ambiguous amount at its larger reading (unknown amounts still excluded); null when not listed.",
    },
    total_status: { type: "string", description: "What the total is.", values: labelsOf(FUNDING_TOTAL_STATUSES) },
    input_lines: {
      type: "string?",
      description: "Lines of the raw table summed here (funding-original.csv), comma-separated.",
    },
  },
});
export type FundingCountryYearRow = RowOf<typeof fundingCountryYearTable>;
