// Laws, rules, plans, ratifications and list placements on one time axis, one row per kind of
// event, each labelled. An event the sources only bound in time ("during the last year") is
// drawn as a span from its first possible date.
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";
import { assignLanes, rowHeadingMarks, textWidth } from "./label-lanes.js";
import { EVENT_LABELS, partialDate } from "./palette.js";
import { PROVENANCES, type Provenance } from "../lib/vocabulary.js";
import { yearDateAxis } from "./format.js";

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

const LANE = 18;
const LEGEND_LINE = 18;
/** Longer titles are shortened on the chart; the tooltip and the table give them whole. */
const LABEL_CHARS = 34;

const shorten = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text);

/**
 * One row per kind of event; each dot is labelled with its year and a short title, placed in
 * lanes so that no two labels overlap (label-lanes.ts). Filled dots are quoted from a stored
 * document, hollow ones are cited rows of a reference dataset: neither colour means good or bad.
 */
export function TimelineChart(rows: EventRow[], { width }: { width: number }) {
  const narrow = width < 560;
  const fontSize = narrow ? 10 : 11;
  const marginLeft = narrow ? 10 : 130;
  const marginRight = 10;
  const marginBottom = 36;
  const inset = 12;
  const data = rows.map((r) => ({
    ...r,
    start: partialDate(r.date),
    end: r.date_end ? partialDate(r.date_end) : null,
    kind: EVENT_LABELS[r.event_type] ?? r.event_type,
    when: r.date_end ? `${r.date} to ${r.date_end}` : r.date,
    label: `${r.date.slice(0, 4)} ${shorten(r.title)}`,
    provenanceLabel: PROVENANCES[r.provenance as Provenance]?.label ?? r.provenance,
    py: 0,
    labelY: 0,
    labelX: new Date(0),
  }));
  const kinds = Object.values(EVENT_LABELS).filter((k) => data.some((d) => d.kind === k));
  const times = data.flatMap((d) => [d.start.getTime(), ...(d.end ? [d.end.getTime()] : [])]);
  // Whole years, one of margin on each side.
  const startYear = new Date(Math.min(...times)).getUTCFullYear();
  const endYear = new Date(Math.max(...times)).getUTCFullYear() + 1;
  const start = Date.UTC(startYear, 0, 1);
  const end = Date.UTC(endYear, 0, 1);
  const left = marginLeft + inset;
  const right = width - marginRight - inset;
  const px = (t: number) => left + ((t - start) / (end - start || 1)) * (right - left);

  const heading = narrow ? 16 : 0;
  const kindLabels: { name: string; py: number }[] = [];
  const provenances = Object.values(PROVENANCES)
    .map((p) => p.label)
    .filter((label) => data.some((d) => d.provenanceLabel === label));
  // The legend is drawn inside the chart, so that it stays with the chart's SVG and PNG downloads.
  const legendMarks: Plot.Markish[] = [];
  // Items side by side, on a new line where the next would not fit (at 375 px).
  let legendX = 8;
  let legendY = LEGEND_LINE / 2 + 4;
  for (const label of provenances) {
    const filled = label === PROVENANCES.document.label;
    const itemWidth = 9 + textWidth(label, fontSize);
    if (legendX > 8 && legendX + itemWidth > width - 8) {
      legendX = 8;
      legendY += LEGEND_LINE;
    }
    const y = legendY;
    const at = { y: () => y, frameAnchor: "left" as const, dx: legendX - marginLeft };
    legendMarks.push(
      Plot.dot([label], {
        ...at,
        r: 5,
        stroke: "currentColor",
        strokeWidth: 1.5,
        fill: filled ? "currentColor" : "none",
      }),
      Plot.text([label], { ...at, dx: at.dx + 9, text: (d: string) => d, textAnchor: "start", fill: "currentColor" }),
    );
    legendX += itemWidth + 18;
  }
  let top = legendY + LEGEND_LINE / 2 + 4;
  for (const kind of kinds) {
    const items = data.filter((d) => d.kind === kind);
    const lanes = assignLanes(
      items.map((d) => ({ x: px(d.start.getTime()), width: textWidth(d.label, fontSize) })),
      narrow ? 2 : marginLeft + 2,
      width - 2,
    );
    const first = top + heading + LANE / 2;
    items.forEach((d, i) => {
      d.py = first + lanes[i]!.lane * LANE;
      d.labelY = first + lanes[i]!.labelLane * LANE;
      d.labelX = new Date(start + ((lanes[i]!.left - left) / (right - left)) * (end - start));
    });
    kindLabels.push({ name: kind, py: narrow ? top + 8 : first });
    top += heading + (Math.max(...lanes.map((l) => l.labelLane)) + 1) * LANE + 8;
  }
  return fixAria(
    Plot.plot({
      width,
      height: top + marginBottom,
      marginLeft,
      marginRight,
      marginTop: 0,
      marginBottom,
      style: { fontSize: `${fontSize}px`, fontFamily: "system-ui, sans-serif" },
      ariaLabel: "Timeline of laws, rules, plans, ratifications and list placements",
      ariaDescription: `${data.length} events, each labelled with its year and title; spans show events that sources date only between two bounds.`,
      x: {
        type: "utc",
        domain: [new Date(start), new Date(end)],
        label: "Date",
        inset,
        // Whole years only: a span of a year or two otherwise gets monthly ticks, each written "2021".
        ...yearDateAxis(new Date(start), new Date(end), width - marginLeft - marginRight),
      },
      y: { type: "identity", axis: null },
      marks: [
        ...legendMarks,
        ...rowHeadingMarks(kindLabels, { narrow, width, marginLeft, fontSize }),
        Plot.link(
          data.filter((d) => d.end),
          {
            x1: "start",
            x2: "end",
            y1: "py",
            y2: "py",
            stroke: "currentColor",
            strokeWidth: 4,
            strokeOpacity: 0.25,
            ariaHidden: "true",
          },
        ),
        Plot.text(data, {
          x: "labelX",
          y: "labelY",
          text: "label",
          textAnchor: "start",
          fill: "currentColor",
          className: "event-labels",
          ariaHidden: "true",
        }),
        Plot.dot(data, {
          x: "start",
          y: "py",
          r: 5,
          stroke: "currentColor",
          strokeWidth: 1.5,
          fill: (d: { provenance: string }) =>
            d.provenance === "document" ? "currentColor" : "var(--theme-background, white)",
          className: "event-dots",
          ariaLabel: (d: { when: string; title: string }) => `${d.when}: ${d.title}`,
          channels: {
            Event: "title",
            Kind: "kind",
            When: "when",
            From: "provenanceLabel",
            Source: "source_title",
            Quote: (d: EventRow) => d.quote ?? "(no excerpt cited)",
          },
          tip: {
            format: {
              x: false,
              y: false,
              symbol: false,
              fill: false,
              Event: true,
              Kind: true,
              When: true,
              From: true,
              Source: true,
              Quote: true,
            },
          } as any,
        }),
      ],
    }),
  );
}
