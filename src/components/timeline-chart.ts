// Laws, rules, plans, ratifications and list placements on one time axis, one row per kind of
// event. An event the sources only bound in time ("during the last year") is drawn as a span.
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";
import { EVENT_LABELS, partialDate } from "./palette.js";

export interface EventRow {
  event_id: string;
  date: string;
  date_end: string | null;
  event_type: string;
  country_name: string;
  region: string | null;
  title: string;
  source_title: string;
  source_url: string | null;
  source_id: string | null;
  quote: string | null;
  provenance: string;
  reference_row: string;
  note: string | null;
}

export function TimelineChart(rows: EventRow[], { width }: { width: number }) {
  const data = rows.map((r) => ({
    ...r,
    start: partialDate(r.date),
    end: r.date_end ? partialDate(r.date_end) : null,
    kind: EVENT_LABELS[r.event_type] ?? r.event_type,
    when: r.date_end ? `${r.date} to ${r.date_end}` : r.date,
  }));
  const kinds = Object.values(EVENT_LABELS).filter((k) => data.some((d) => d.kind === k));
  return fixAria(
    Plot.plot({
      width,
      height: kinds.length * 44 + 70,
      marginLeft: 100,
      marginRight: 20,
      ariaLabel: "Timeline of laws, rules, plans, ratifications and list placements",
      ariaDescription: `${data.length} events; spans show events that sources date only between two bounds.`,
      x: { type: "utc", label: "Date", nice: true },
      y: { domain: kinds, label: null },
      marks: [
        Plot.ruleY(kinds, { stroke: "currentColor", strokeOpacity: 0.1 }),
        Plot.link(
          data.filter((d) => d.end),
          {
            x1: "start",
            x2: "end",
            y1: "kind",
            y2: "kind",
            stroke: "#2c7bb6",
            strokeWidth: 4,
            strokeOpacity: 0.5,
            ariaHidden: "true",
          },
        ),
        Plot.dot(data, {
          x: "start",
          y: "kind",
          r: 5,
          fill: (d: { provenance: string }) => (d.provenance === "document" ? "#d7301f" : "#2c7bb6"),
          className: "event-dots",
          channels: {
            Event: "title",
            When: "when",
            Source: "source_title",
            Quote: (d: EventRow) => d.quote ?? "(no excerpt cited)",
          },
          tip: { format: { x: false, y: true, fill: false } } as any,
        }),
      ],
    }),
  );
}
