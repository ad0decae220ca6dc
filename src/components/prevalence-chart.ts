// Global Slavery Index estimates for chosen countries, one dot per edition. The editions are
// not a time series (Walk Free changed its methods), so dots are not joined by lines and each
// edition has its own symbol.
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";
import { axisCount } from "./format.js";

export interface GsiRow {
  country: string;
  country_name: string;
  edition: number;
  estimated_number: number | null;
  estimated_number_qualifier: string | null;
  prevalence_published: number | null;
  prevalence_unit: string;
  prevalence_per_1000: number | null;
  source_title: string;
  source_url: string;
  reference_row: string;
}

export type Measure = "per_1000" | "number";

export const measureLabel = (m: Measure) =>
  m === "per_1000" ? "People in modern slavery per 1,000 population" : "Estimated number of people in modern slavery";

export const publishedPrevalence = (r: GsiRow) =>
  r.prevalence_published === null
    ? "no estimate"
    : r.prevalence_unit === "percent"
      ? `${r.prevalence_published}% of the population`
      : `${r.prevalence_published} per 1,000`;

const EDITION_STYLES = [
  { label: "GSI 2016", symbol: "circle", color: "#7b6cb3" },
  { label: "GSI 2018", symbol: "square", color: "#2c9c8f" },
  { label: "GSI 2023", symbol: "triangle", color: "#d7301f" },
];

export function PrevalenceChart(rows: GsiRow[], { width, measure }: { width: number; measure: Measure }) {
  const value = (r: GsiRow) => (measure === "per_1000" ? r.prevalence_per_1000 : r.estimated_number);
  const data = rows
    .filter((r) => value(r) !== null)
    .map((r) => ({ ...r, value: value(r)!, edition_label: `GSI ${r.edition}` }));
  // Countries in order of their most recent estimate, largest first.
  const latest = new Map<string, { edition: number; value: number }>();
  for (const d of data) {
    const l = latest.get(d.country_name);
    if (!l || d.edition > l.edition) latest.set(d.country_name, { edition: d.edition, value: d.value });
  }
  const order = [...latest.keys()].sort((a, b) => latest.get(b)!.value - latest.get(a)!.value);
  const narrow = width < 560;
  const shown = EDITION_STYLES.filter((e) => data.some((d) => d.edition_label === e.label));
  const chart = Plot.plot({
    width,
    height: Math.max(120, order.length * 34 + 70),
    marginLeft: narrow ? 100 : 160,
    marginRight: 30,
    ariaLabel: `${measureLabel(measure)}, Global Slavery Index ${shown.length === 1 ? "edition" : "editions"} ${shown.map((e) => e.label.slice(4)).join(", ")}`,
    ariaDescription: `${data.length} estimates for ${order.length} countries. The editions use different methods and are not a time series.`,
    x: {
      label: measureLabel(measure),
      grid: true,
      nice: true,
      zero: true,
      tickFormat: measure === "number" ? axisCount : undefined,
      ticks: narrow ? 4 : 8,
    },
    y: { domain: order, label: null },
    // The legend lists only the editions drawn; each keeps its symbol and colour on every chart.
    symbol: {
      legend: true,
      label: "Edition",
      domain: shown.map((e) => e.label),
      range: shown.map((e) => e.symbol),
    },
    color: { domain: shown.map((e) => e.label), range: shown.map((e) => e.color) },
    marks: [
      Plot.ruleY(order, { stroke: "currentColor", strokeOpacity: 0.1 }),
      Plot.dot(data, {
        x: "value",
        y: "country_name",
        symbol: "edition_label",
        stroke: "edition_label",
        strokeWidth: 2,
        r: 6,
        className: "gsi-dots",
        tip: {
          channels: {
            // Named here so the tooltip reads "Country", not the column name "country_name".
            Country: "country_name",
            Edition: "edition_label",
            Published: publishedPrevalence,
            Number: (d: GsiRow) =>
              d.estimated_number === null
                ? "—"
                : `${d.estimated_number_qualifier === "at_most" ? "under " : ""}${d.estimated_number.toLocaleString("en-US")} people`,
            Source: "source_title",
          },
          format: { x: false, y: false, symbol: false, stroke: false },
        } as any,
      }),
    ],
  });
  return fixAria(chart);
}
