// The glotip_revisions table: every GLOTIP key present once in both editions whose value changed.
import { CHECKS_COLUMN, defineTable, type RowOf } from "../table.js";
import { glotipTable } from "./glotip.js";

export const glotipRevisionsTable = defineTable({
  name: "glotip_revisions",
  description:
    "Every GLOTIP key present once in both editions whose value changed between the 2023-05-30 and the 2025-04-14 edition.",
  columns: {
    iso3: glotipTable.columns.iso3,
    code_in_file: glotipTable.columns.code_in_file,
    country_name: glotipTable.columns.country_name,
    region: glotipTable.columns.region,
    subregion: glotipTable.columns.subregion,
    indicator: glotipTable.columns.indicator,
    dimension: glotipTable.columns.dimension,
    category: glotipTable.columns.category,
    sex: glotipTable.columns.sex,
    age: glotipTable.columns.age,
    year: glotipTable.columns.year,
    old_edition: { type: "string", description: "The earlier edition" },
    new_edition: { type: "string", description: "The later edition" },
    old_text: { type: "string", description: "Value as the earlier edition writes it" },
    new_text: { type: "string", description: "Value as the later edition writes it" },
    old_value: { type: "double?", description: "Earlier count; null when censored (<5)" },
    new_value: { type: "double?", description: "Later count; null when censored (<5)" },
    change: { type: "double?", description: "new − old; null when either side is censored" },
    change_low: { type: "double", description: "Smallest possible change (censored cells taken as 1–4)" },
    change_high: { type: "double", description: "Largest possible change (censored cells taken as 1–4)" },
    change_relative: { type: "double?", description: "(new − old) / old, when both are known and old > 0" },
    old_row: { type: "string", description: "File and line of the earlier value" },
    new_row: { type: "string", description: "File and line of the later value" },
    renamed_from: {
      type: "string?",
      description:
        "The country's name in the earlier edition when UNODC renamed it (revisions are matched on the code, not the name); null when unchanged",
    },
    checks: CHECKS_COLUMN,
  },
});
export type GlotipRevisionRow = RowOf<typeof glotipRevisionsTable>;
