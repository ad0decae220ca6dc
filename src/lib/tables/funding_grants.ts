// The funding_grants table: every row of the US State Department's anti-trafficking grant table,
// 2001–2014, with its amount read by a written rule and its purpose flags cross-checked.
import { defineTable, type RowOf } from "../table.js";
import { FUNDING_AMOUNT_STATUSES, FUNDING_PLACE_KINDS, FUNDING_PURPOSE_CHECKS, labelsOf } from "../vocabulary.js";

const flag = (purpose: string) => ({
  type: "boolean?" as const,
  description: `Flagged for ${purpose} (from the aligned sheet); null for a row without a grant, or where the sheet says "Not Listed" or "N/A" or holds no flag.`,
});

export const fundingGrantsTable = defineTable({
  name: "funding_grants",
  description:
    "Every row of the US State Department's anti-trafficking grant table (G/TIP), fiscal years 2001–2014: a grant, or a country-year with no grant. Amounts as written and as read; unknown amounts kept unknown.",
  columns: {
    place: {
      type: "string",
      description:
        "ISO 3166-1 alpha-3 code of the country, or the table's name for a regional or global programme or a former state.",
    },
    place_name: { type: "string", description: "English name of the country, or the programme's label." },
    place_kind: { type: "string", description: "What the place is.", values: labelsOf(FUNDING_PLACE_KINDS) },
    name_in_file: {
      type: "string",
      description: 'The name as the table writes it ("BosniaandHerz"), unknown characters (U+FFFD) kept.',
    },
    fiscal_year: {
      type: "int32",
      description: "US fiscal year of the grant (October to September; FY2005 began in October 2004).",
    },
    has_grant: {
      type: "boolean",
      description: "True for a grant row (grant = 1); false for a row saying there was no grant (0 or empty).",
    },
    recipient: { type: "string?", description: "The organisation the grant went to, as written." },
    subgrantee: {
      type: "string?",
      description:
        "A subgrantee named by the table, as written (from the aligned sheet where the raw table's column holds a flag).",
    },
    recipient_type: {
      type: "string?",
      description:
        "Kind of recipient as written (IGO, NGO, NPO, Government, University, Neither, …); from the aligned sheet where the raw table has none.",
    },
    regional_scope: {
      type: "string?",
      description: 'The region a country grant also covers, as written ("Mekong Region"), where the table names one.',
    },
    prevention: flag("prevention"),
    protection: flag("protection"),
    prosecution: flag("prosecution"),
    research: flag("research"),
    purpose_check: {
      type: "string",
      description: "How the raw table's purpose flags compare with the aligned sheet's.",
      values: labelsOf(FUNDING_PURPOSE_CHECKS),
    },
    amount_text: { type: "string", description: "The amount exactly as written." },
    amount_usd: { type: "double?", description: "The amount read, in US dollars; null when unknown or ambiguous." },
    amount_low_usd: {
      type: "double?",
      description: "The smaller reading of an ambiguous amount; else equal to amount_usd.",
    },
    amount_high_usd: {
      type: "double?",
      description: "The larger reading of an ambiguous amount; else equal to amount_usd.",
    },
    amount_status: {
      type: "string",
      description: "What the row says about its amount.",
      values: labelsOf(FUNDING_AMOUNT_STATUSES),
    },
    amount_rule: { type: "string?", description: "How a malformed amount was read (null for a well-formed one)." },
    repeated: {
      type: "boolean",
      description:
        "Another grant row has the same name, fiscal year, recipient and amount as written: two grants or a double entry; both kept.",
    },
    input_row: { type: "string", description: "File and line of the raw table this row was read from." },
    sheet_row: { type: "string?", description: "File and line of the aligned sheet's matching row." },
  },
});
export type FundingGrantRow = RowOf<typeof fundingGrantsTable>;
