import { defineTable, type RowOf } from "../table.js";

export const sourcesTable = defineTable({
  name: "sources",
  description: "The stored documents behind the figures, with their metadata, SHA-256 and full text.",
  columns: {
    id: { type: "string", description: "Readable slug of the document; file data/sources/<id>.md." },
    title: { type: "string", description: "Title as published." },
    publisher: { type: "string", description: "Who published it." },
    publisher_note: { type: "string?", description: "How the publisher was established when the text does not say." },
    published: { type: "string", description: "Publication date (YYYY[-MM[-DD]])." },
    published_note: { type: "string?", description: "How the date was inferred when the text does not print it." },
    url: { type: "string?", description: "Link to the document as published, where known." },
    kind: { type: "string", description: "news, government-report or ngo-statement." },
    language: { type: "string", description: "ISO 639 language code." },
    sha256: { type: "string", description: "SHA-256 of the body as stored, checked on every build." },
    country: {
      type: "string?",
      description:
        "ISO 3166-1 alpha-3 country the document is about, when it is one country's part of a larger report.",
    },
    report_year: {
      type: "int32?",
      description: "Edition of the report the document is part of (e.g. 2020 for the 2020 TIP Report).",
    },
    excerpt: { type: "boolean", description: "True when the body is a part of the page at url, not the whole page." },
    part: { type: "string?", description: "Which part of the page an excerpt is (e.g. PROSECUTION, PROTECTION)." },
    retrieved: { type: "string?", description: "When an excerpt was retrieved (YYYY-MM-DD)." },
    characters: { type: "int32", description: "Length of the body in characters." },
    figure_count: { type: "int32", description: "Figures in the ledger quoted from this document." },
    event_count: { type: "int32", description: "Events in data/events.csv quoted from this document." },
    body: { type: "string", description: "The full text as published (render as text, never as HTML)." },
  },
});
export type SourcesRow = RowOf<typeof sourcesTable>;
