// Every figure of the ledger on one time axis: one row per metric and place, one dot per
// figure, the value written beside it. Values in persons, dollars and percent share no scale, so the
// chart compares when and what, and the label says how much.
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";
import { formatFigure } from "./format.js";
import { CLAIM_LABELS } from "./palette.js";

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

export function FiguresChart(rows: FigureRow[], { width, colorBy = "country" }: FiguresChartOptions) {
  const narrow = width < 560;
  const data = rows.map((r) => {
    const place = r.region ? `${r.region}, ${r.country_name}` : r.country_name;
    return {
      ...r,
      date: new Date(Date.UTC(r.year, 6, 1)),
      label: formatFigure(r),
      place,
      row: `${r.metric_label} — ${place}`,
      claim: CLAIM_LABELS[r.claim_kind] ?? r.claim_kind,
    };
  });
  const metrics = [...new Set(data.map((d) => d.row))].sort();
  const chart = Plot.plot({
    width,
    height: Math.max(160, metrics.length * (narrow ? 44 : 36) + 60),
    marginLeft: narrow ? 10 : 300,
    marginRight: 10,
    marginTop: narrow ? 20 : 30,
    ariaLabel: "Figures quoted from the source documents, by year and metric",
    ariaDescription: `${rows.length} figures. Each dot is one figure from a verified quote; its tooltip shows the value, qualifier, source and quote.`,
    x: {
      type: "utc",
      label: "Year the figure refers to",
      nice: true,
      insetLeft: 16,
      insetRight: narrow ? 40 : 170,
      ticks: narrow ? 4 : 8,
    },
    y: { domain: metrics, label: null, axis: narrow ? null : "left" },
    color:
      colorBy === "claim"
        ? { legend: true, label: "Who says so", domain: Object.values(CLAIM_LABELS) }
        : { legend: true, label: "Country" },
    marks: [
      Plot.gridY({ strokeDasharray: "2,3" }),
      narrow
        ? Plot.text(metrics, { y: (d) => d, frameAnchor: "left", dy: -14, fontWeight: "bold", text: (d) => d })
        : null,
      Plot.dot(data, {
        x: "date",
        y: "row",
        fill: colorBy === "claim" ? "claim" : "country_name",
        r: 6,
        stroke: "var(--theme-background, white)",
        className: "figure-dots",
        ariaLabel: (d) => `${d.metric_label}, ${d.place}, ${d.year}: ${d.label}`,
        channels: {
          Figure: "label",
          Place: "place",
          Qualifier: "qualifier",
          "Who says so": "claim",
          Source: "source_title",
          Quote: (d: { quote: string | null }) => d.quote ?? "(no excerpt cited)",
        },
        tip: {
          format: {
            x: (d: Date) => String(d.getUTCFullYear()),
            y: true,
            fill: false,
            Figure: true,
            Place: true,
            Qualifier: true,
            "Who says so": true,
            Source: true,
            Quote: true,
          },
          lineWidth: narrow ? 30 : 60,
          maxLineWidth: narrow ? 30 : 60,
        } as any,
      }),
      Plot.text(
        data,
        narrow
          ? { x: "date", y: "row", text: "label", dy: 13, fontSize: 10, ariaHidden: "true" }
          : { x: "date", y: "row", text: "label", dx: 9, textAnchor: "start", fontSize: 11, ariaHidden: "true" },
      ),
    ],
  });
  return fixAria(chart);
}
