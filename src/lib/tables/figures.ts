import { defineTable, type RowOf } from "../table.js";
import { CLAIM_KINDS, PROVENANCES, QUALIFIERS, labelsOf } from "../vocabulary.js";

export const figuresTable = defineTable({
  name: "figures",
  description:
    "One row per figure: quoted from a stored document and checked against it, or a cited row of a reference dataset.",
  columns: {
    figure_id: { type: "string", description: "Stable identifier of the figure in data/figures.csv." },
    provenance: { type: "string", description: "How the figure is backed.", values: labelsOf(PROVENANCES) },
    source_id: {
      type: "string?",
      description: "The stored document the figure is quoted from (sources.id); null for dataset rows.",
    },
    source_title: { type: "string", description: "Title of the source." },
    source_publisher: { type: "string?", description: "Publisher of the stored document." },
    source_published: { type: "string?", description: "Publication date of the stored document (YYYY[-MM[-DD]])." },
    source_url: { type: "string?", description: "Link to the source as published, where known." },
    quote: {
      type: "string?",
      description: "The sentence holding the figure, verbatim; for dataset rows the cited excerpt, if any.",
    },
    quote_start: { type: "int32?", description: "Character offset (UTF-16) of the quote in the document body." },
    quote_end: { type: "int32?", description: "Character offset just past the quote." },
    figure_text: { type: "string?", description: 'The figure as written in the quote (e.g. "$1.4 million").' },
    figure_start: { type: "int32?", description: "Character offset of figure_text in the document body." },
    figure_end: { type: "int32?", description: "Character offset just past figure_text." },
    reference_row: { type: "string", description: "The input row this figure was read from (path:line)." },
    claim_kind: {
      type: "string",
      description: "Who stands behind the figure (reviewed by hand, never guessed).",
      values: labelsOf(CLAIM_KINDS),
    },
    value: { type: "double", description: 'The figure, normalised ("2.13million" is 2130000).' },
    value_high: { type: "double?", description: "Upper bound when the figure is a range, else null." },
    unit: {
      type: "string",
      description: "persons, count, percent, per_1000, per_100000, rank or an ISO 4217 currency code.",
    },
    qualifier: { type: "string", description: "How the source qualifies the number.", values: labelsOf(QUALIFIERS) },
    metric: { type: "string", description: "What is measured, from the metric vocabulary." },
    metric_label: { type: "string", description: "Human-readable name of the metric." },
    country: { type: "string", description: "ISO 3166-1 alpha-3 code of the country the figure is about." },
    country_name: { type: "string", description: "English name of that country." },
    region: {
      type: "string?",
      description: "Province, district or city within the country, where the source gives one.",
    },
    period_start: { type: "string", description: "Start of the period the figure covers (YYYY[-MM[-DD]])." },
    period_end: { type: "string", description: "End of that period." },
    year: { type: "int32", description: "The year of period_end, for charts." },
    note: { type: "string?", description: "Reviewer's note: context, caveats, how the period was inferred." },
  },
});
export type FiguresRow = RowOf<typeof figuresTable>;
