import { defineTable, type RowOf } from "../table.js";
import { LAW_ENFORCEMENT_MEASURES, SOURCE_CLASSES, labelsOf } from "../vocabulary.js";

export const lawEnforcementGlobalTable = defineTable({
  name: "law_enforcement_global",
  description:
    "The TIP Reports' global law enforcement data 2003–2015 (and secondary totals for 2016 and 2021), one row per year, measure and source.",
  columns: {
    year: { type: "int32", description: "Year the figures cover (tabulated in the report of the following June)." },
    measure: { type: "string", description: "What is counted.", values: labelsOf(LAW_ENFORCEMENT_MEASURES) },
    measure_label: { type: "string", description: "The measure in words." },
    value: { type: "double", description: "The global total as this source states it." },
    source_title: { type: "string", description: "The source." },
    source_url: { type: "string?", description: "Its URL or repository." },
    source_id: {
      type: "string?",
      description: "The stored document (data/sources/), for the TIP 2008 and 2006 tables.",
    },
    source_class: {
      type: "string",
      description: "How far the source stands from the report.",
      values: labelsOf(SOURCE_CLASSES),
    },
    quote: { type: "string?", description: "The table row or sentence quoted." },
    reference_row: { type: "string", description: "The input row, or the ledger figures summed." },
    conflict: {
      type: "boolean",
      description: "Non-secondary sources give different values for this year and measure: all are kept.",
    },
    note: { type: "string?", description: "How a value was derived, or why it is flagged." },
  },
});
export type LawEnforcementGlobalRow = RowOf<typeof lawEnforcementGlobalTable>;
