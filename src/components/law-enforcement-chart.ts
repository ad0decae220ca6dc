// The TIP Reports' global law-enforcement totals for one measure: one line per source, every
// value a dot labelled by its source, years where the sources differ ringed, secondary totals
// hollow and apart (they are leads, not part of the series).
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";
import { axisCount, yearAxis, yearTip } from "./format.js";

export interface LawEnforcementRow {
  year: number;
  measure: string;
  measure_label: string;
  value: number;
  source_title: string;
  source_url: string | null;
  source_id: string | null;
  source_class: string;
  quote: string | null;
  reference_row: string;
  conflict: boolean;
  note: string | null;
}

const SHORT: [RegExp, string][] = [
  [/^Kelley/, "Scorecard Diplomacy data (2007 & 2016 reports)"],
  [/TIP Report 2008/, "TIP Report 2008 table"],
  [/TIP Report 2006/, "TIP Report 2006 regional tables, summed"],
  [/2017 TIP/, "Secondary: blog quoting the 2017 report"],
  [/2022 TIP/, "Secondary: newsletter quoting the 2022 report"],
];
export const sourceLabel = (title: string): string => SHORT.find(([re]) => re.test(title))?.[1] ?? title;

export function GlobalEnforcementChart(
  rows: LawEnforcementRow[],
  { width, measure }: { width: number; measure: string },
) {
  const data = rows.filter((r) => r.measure === measure).map((r) => ({ ...r, source: sourceLabel(r.source_title) }));
  const label = data[0]?.measure_label ?? measure;
  const sources = [...new Set(data.map((d) => d.source))];
  const conflicts = [...new Set(data.filter((d) => d.conflict).map((d) => d.year))];
  const primary = data.filter((d) => d.source_class !== "secondary");
  return fixAria(
    Plot.plot({
      width,
      height: 320,
      marginLeft: 60,
      ariaLabel: `${label} worldwide by year, as each source states it`,
      ariaDescription: `${data.length} values from ${sources.length} sources. Sources differ in ${conflicts.length ? conflicts.join(", ") : "no year"}: both values are drawn and ringed. Hollow dots are secondary accounts.`,
      x: {
        label: "Year covered",
        nice: false,
        domain: [2002.5, Math.max(2015, ...data.map((d) => d.year)) + 0.5],
        ...yearAxis(2003, Math.max(2015, ...data.map((d) => d.year)), width - 80),
      },
      y: { label, grid: true, zero: true, tickFormat: axisCount },
      color: { domain: sources, scheme: "observable10", legend: true, label: "Source" },
      // Filled shapes for the series (Plot picks line-only shapes otherwise, invisible when filled).
      symbol: { domain: sources, range: ["circle", "diamond", "square", "triangle", "star"], legend: false },
      marks: [
        Plot.line(primary, { x: "year", y: "value", stroke: "source", strokeOpacity: 0.6, z: "source" }),
        Plot.dot(
          data.filter((d) => d.conflict),
          { x: "year", y: "value", r: 11, stroke: "currentColor", strokeDasharray: "2,2", ariaHidden: "true" },
        ),
        // Sources side by side within a year, so that equal or close values stay readable.
        Plot.dot(primary, {
          x: (d: any) => d.year + (sources.indexOf(d.source) - 1) * 0.18,
          y: "value",
          r: 4.5,
          symbol: "source",
          fill: "source",
          className: "enforcement-dots",
          tip: yearTip({
            channels: { Year: "year", Source: "source", Conflict: (d: any) => (d.conflict ? "sources differ" : "—") },
            format: { x: false, fill: false, symbol: false },
          }) as any,
        }),
        Plot.dot(
          data.filter((d) => d.source_class === "secondary"),
          {
            x: "year",
            y: "value",
            r: 5,
            symbol: "source",
            stroke: "source",
            fill: "none",
            strokeWidth: 1.5,
            className: "enforcement-dots secondary",
            tip: yearTip({
              channels: {
                Year: "year",
                Source: "source",
                Note: () => "secondary account: a lead, not part of the series",
              },
              format: { x: false, stroke: false, symbol: false },
            }) as any,
          },
        ),
        Plot.text(
          conflicts.map((year) => ({
            year,
            value: Math.max(...data.filter((d) => d.year === year).map((d) => d.value)),
          })),
          {
            x: "year",
            y: "value",
            text: () => "sources differ",
            dy: -18,
            fontSize: 11,
            fill: "currentColor",
            ariaHidden: "true",
          },
        ),
      ],
    }),
  );
}
