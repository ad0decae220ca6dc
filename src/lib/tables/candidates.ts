import { defineTable, type RowOf } from "../table.js";

export const candidatesTable = defineTable({
  name: "candidates",
  description: "Figures the extractor proposes and nobody has reviewed: never published as figures.",
  columns: {
    candidate_id: {
      type: "string",
      description: "The figure_id in data/candidates.csv, or <source_id>@<start> for a proposal found at build time.",
    },
    source_id: { type: "string", description: "The stored document the figure was found in." },
    status: {
      type: "string",
      description: "candidate: proposed by the extractor, not reviewed by anyone; not a published figure.",
    },
    figure_text: { type: "string", description: "The figure as written in the document." },
    figure_start: { type: "int32", description: "Character offset (UTF-16) of figure_text in the document body." },
    figure_end: { type: "int32", description: "End offset of figure_text in the document body." },
    value: { type: "double", description: "The number the extractor read." },
    value_high: { type: "double?", description: "Upper bound, for ranges." },
    unit: { type: "string", description: "persons, count, percent, per_1000, per_100000 or an ISO 4217 code." },
    qualifier: { type: "string", description: "exact, approximately, nearly, at_least, at_most or range." },
    metric: { type: "string?", description: "The extractor's guess from the metric vocabulary, if any." },
    country: { type: "string?", description: "The extractor's guess of the country (ISO 3166-1 alpha-3)." },
    region: { type: "string?", description: "The extractor's guess of the province or city." },
    year: { type: "int32?", description: "The year from the sentence, else the document's date." },
    quote: { type: "string", description: "The sentence holding the figure." },
    reason: {
      type: "string?",
      description:
        "Why the extractor chose the metric, country and year: the rule behind each (for rows of data/candidates.csv, as add-source noted it).",
    },
    confidence: {
      type: "double?",
      description: "For rows of data/candidates.csv: the extractor's confidence (0–1) when it proposed the row.",
    },
  },
});
export type CandidatesRow = RowOf<typeof candidatesTable>;
