import { defineTable, type RowOf } from "../table.js";
import { EVENT_TYPES, PROVENANCES, labelsOf } from "../vocabulary.js";

export const eventsTable = defineTable({
  name: "events",
  description:
    "Dated non-numeric facts (laws, rules, plans, ratifications, list placements), each with a quote or citation.",
  columns: {
    event_id: { type: "string", description: "Stable identifier of the event." },
    provenance: { type: "string", description: "How the event is backed.", values: labelsOf(PROVENANCES) },
    source_id: { type: "string?", description: "The stored document the event is quoted from; null for dataset rows." },
    source_title: { type: "string", description: "Title of the source." },
    source_url: { type: "string?", description: "Link to the source, where known." },
    quote: { type: "string?", description: "Verbatim sentence stating the event, or the cited excerpt." },
    quote_start: { type: "int32?", description: "Character offset of the quote in the document body." },
    reference_row: { type: "string", description: "The input row this event was read from (path:line)." },
    date: {
      type: "string",
      description:
        "When it happened, as precisely as the source says (YYYY[-MM[-DD]]); the earliest possible date when the source only bounds it.",
    },
    date_end: {
      type: "string?",
      description: "The latest date it can have happened, when the source gives only bounds.",
    },
    year: { type: "int32", description: "The year of date, for charts." },
    event_type: { type: "string", description: "Kind of event.", values: labelsOf(EVENT_TYPES) },
    country: { type: "string", description: "ISO 3166-1 alpha-3 code of the country concerned." },
    country_name: { type: "string", description: "English name of that country." },
    region: { type: "string?", description: "Province or city, where the event is sub-national." },
    title: { type: "string", description: "One-line description written by the reviewer." },
    note: { type: "string?", description: "Reviewer's note." },
  },
});
export type EventsRow = RowOf<typeof eventsTable>;
