// A country's Global Slavery Index estimates beside its region's in the same edition: the
// region's middle half (interquartile range) as a bar, its median as a tick, the country as a
// dot. Editions are compared with their own region only, never with each other.
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";

export interface RegionRow {
  country: string;
  country_name: string;
  edition: number;
  region: string | null;
  prevalence_per_1000: number | null;
}

export interface RegionStat {
  edition: number;
  region: string;
  countries: number;
  q1: number;
  median: number;
  q3: number;
  value: number;
  country_name: string;
}

function quantile(sorted: number[], p: number): number {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/** For each edition with an estimate for `code`: the country's value and its region's spread. */
export function regionStats(rows: RegionRow[], code: string): RegionStat[] {
  const stats: RegionStat[] = [];
  for (const own of rows.filter((r) => r.country === code && r.prevalence_per_1000 !== null && r.region)) {
    const peers = rows
      .filter((r) => r.edition === own.edition && r.region === own.region && r.prevalence_per_1000 !== null)
      .map((r) => r.prevalence_per_1000!)
      .sort((a, b) => a - b);
    stats.push({
      edition: own.edition,
      region: own.region!,
      countries: peers.length,
      q1: quantile(peers, 0.25),
      median: quantile(peers, 0.5),
      q3: quantile(peers, 0.75),
      value: own.prevalence_per_1000!,
      country_name: own.country_name,
    });
  }
  return stats.sort((a, b) => a.edition - b.edition);
}

export function RegionComparison(stats: RegionStat[], { width }: { width: number }) {
  const narrow = width < 560;
  const data = stats.map((s) => ({ ...s, label: `GSI ${s.edition}` }));
  const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 1 });
  return fixAria(
    Plot.plot({
      width,
      height: data.length * 56 + 60,
      marginLeft: narrow ? 70 : 90,
      marginRight: 20,
      ariaLabel: "Prevalence per 1,000 beside the region's, by Global Slavery Index edition",
      ariaDescription: data
        .map(
          (d) =>
            `GSI ${d.edition}: ${d.country_name} ${fmt(d.value)} per 1,000; ${d.region} median ${fmt(d.median)} (${d.countries} countries)`,
        )
        .join(". "),
      x: { grid: true, label: "People in modern slavery per 1,000", zero: true },
      y: { domain: data.map((d) => d.label), label: null },
      marks: [
        Plot.barX(data, {
          x1: "q1",
          x2: "q3",
          y: "label",
          fill: "var(--theme-foreground-faint)",
          fillOpacity: 0.5,
          insetTop: 12,
          insetBottom: 12,
        }),
        Plot.tickX(data, {
          x: "median",
          y: "label",
          stroke: "currentColor",
          strokeWidth: 2,
          insetTop: 8,
          insetBottom: 8,
        }),
        Plot.dot(data, {
          x: "value",
          y: "label",
          r: 6,
          fill: "#e07b00",
          stroke: "var(--theme-background)",
          className: "region-dots",
          channels: { Region: "region", "Region median": "median", Countries: "countries" },
          tip: { format: { y: true, x: (v: number) => `${fmt(v)} per 1,000`, "Region median": fmt } } as any,
        }),
      ],
    }),
  );
}
