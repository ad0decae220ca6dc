// Every figure of the ledger on one time axis: one row per metric and place, one dot per
// figure, the value written beside it. Values in persons, dollars and percent share no scale, so the
// chart compares when and what, and the label says how much. Labels never overlap: within a
// row, a figure whose dot and label would collide with an earlier one moves to a new line
// ("lane") of that row, and a label that would leave the chart on the right is written to the
// left of its dot.
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";
import { formatFigure, yearDateAxis } from "./format.js";
import { assignLanes, DOT_R, rowHeadingMarks, textWidth } from "./label-lanes.js";
import { CLAIM_LABELS, claimLabel } from "./palette.js";

export interface FigureRow {
  figure_id: string;
  metric_label: string;
  country_name: string;
  region: string | null;
  year: number;
  value: number;
  value_high: number | null;
  unit: string;
  qualifier: string;
  source_title: string;
  source_id: string | null;
  source_url: string | null;
  quote: string | null;
  claim_kind: string;
  provenance: string;
  reference_row: string;
  note: string | null;
}

export interface FiguresChartOptions {
  width: number;
  /** Colour the dots by country (default) or by who stands behind the figure. */
  colorBy?: "country" | "claim";
}

const LANE = 18;

export function FiguresChart(rows: FigureRow[], { width, colorBy = "country" }: FiguresChartOptions) {
  const narrow = width < 560;
  const fontSize = narrow ? 10 : 11;
  const marginLeft = narrow ? 10 : 300;
  const marginRight = 10;
  const marginTop = narrow ? 10 : 20;
  const marginBottom = 36;
  const inset = 12;
  const data = rows.map((r) => {
    const place = r.region ? `${r.region}, ${r.country_name}` : r.country_name;
    return {
      ...r,
      date: new Date(Date.UTC(r.year, 6, 1)),
      label: formatFigure(r),
      place,
      row: `${r.metric_label} — ${place}`,
      claim: claimLabel(r.claim_kind),
      py: 0,
      labelY: 0,
      labelX: new Date(0),
    };
  });
  const metrics = [...new Set(data.map((d) => d.row))].sort();
  // The years the figures refer to, one year of margin on each side (not rounded to a decade).
  const years = data.map((d) => d.year);
  const start = Date.UTC(Math.min(...years), 0, 1);
  const end = Date.UTC(Math.max(...years) + 1, 0, 1);
  const left = marginLeft + inset;
  const right = width - marginRight - inset;
  const px = (d: Date) => left + ((d.getTime() - start) / (end - start || 1)) * (right - left);

  // Rows one under another, each as tall as its lanes; on narrow screens the row's name sits
  // above its dots.
  const heading = narrow ? 16 : 0;
  const rowLabels: { name: string; py: number }[] = [];
  let top = marginTop;
  for (const metric of metrics) {
    const items = data.filter((d) => d.row === metric);
    const lanes = assignLanes(
      items.map((d) => ({ x: px(d.date), width: textWidth(d.label, fontSize) })),
      narrow ? 2 : marginLeft + 2,
      width - 2,
    );
    const first = top + heading + LANE / 2;
    items.forEach((d, i) => {
      d.py = first + lanes[i].lane * LANE;
      d.labelY = first + lanes[i].labelLane * LANE;
      d.labelX = new Date(start + ((lanes[i].left - left) / (right - left)) * (end - start));
    });
    rowLabels.push({ name: metric, py: narrow ? top + 8 : first });
    top += heading + (Math.max(...lanes.map((l) => l.labelLane)) + 1) * LANE + 8;
  }
  const height = top + marginBottom;
  const claimsShown = Object.values(CLAIM_LABELS).filter((label) => data.some((d) => d.claim === label));
  const extraClaims = [...new Set(data.map((d) => d.claim))].filter((c) => !claimsShown.includes(c));
  const chart = Plot.plot({
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 0,
    marginBottom,
    style: { fontSize: `${fontSize}px`, fontFamily: "system-ui, sans-serif" },
    ariaLabel: "Figures quoted from the source documents, by year and metric",
    ariaDescription: `${rows.length} figures. Each dot is one figure from a verified quote; its tooltip shows the value, qualifier, source and quote.`,
    x: {
      type: "utc",
      domain: [new Date(start), new Date(end)],
      label: "Year the figure refers to",
      inset,
      ...yearDateAxis(new Date(start), new Date(end), width - marginLeft - marginRight),
    },
    y: { type: "identity", axis: null },
    color:
      colorBy === "claim"
        ? { legend: true, label: "Who says so", domain: [...claimsShown, ...extraClaims] }
        : { legend: true, label: "Country" },
    marks: [
      ...rowHeadingMarks(rowLabels, { narrow, width, marginLeft, fontSize, className: "figure-rows" }),
      Plot.dot(data, {
        x: "date",
        y: "py",
        fill: colorBy === "claim" ? "claim" : "country_name",
        r: DOT_R,
        stroke: "var(--theme-background, white)",
        className: "figure-dots",
        ariaLabel: (d) => `${d.metric_label}, ${d.place}, ${d.year}: ${d.label}`,
        channels: {
          Metric: "row",
          Figure: "label",
          Qualifier: "qualifier",
          "Who says so": "claim",
          Source: "source_title",
          Quote: (d: { quote: string | null }) => d.quote ?? "(no excerpt cited)",
        },
        tip: {
          format: {
            x: (d: Date) => String(d.getUTCFullYear()),
            y: false,
            fill: false,
            Metric: true,
            Figure: true,
            Qualifier: true,
            "Who says so": true,
            Source: true,
            Quote: true,
          },
          lineWidth: narrow ? 30 : 60,
          maxLineWidth: narrow ? 30 : 60,
        } as any,
      }),
      Plot.text(data, {
        x: "labelX",
        y: "labelY",
        text: "label",
        textAnchor: "start",
        fontSize,
        className: "figure-labels",
        ariaHidden: "true",
      }),
    ],
  });
  return fixAria(chart);
}
