// TIP Report tier placements: a year × country heatmap, and one country's trajectory.
// Flagged placements (suspect, uncertain, conflicting sources) are outlined, never hidden.
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";
import { TIER_DOMAIN, TIER_RANGE } from "./palette.js";

export interface TierRow {
  country: string;
  country_name: string;
  year: number;
  tier: string;
  tier_level: number;
  source_title: string;
  source_url: string | null;
  quote: string | null;
  reference_row: string;
  provenance: string;
  flag: string | null;
  note: string | null;
}

const tierColor = { domain: TIER_DOMAIN, range: TIER_RANGE, legend: true, label: "TIP tier" };

export function TierHeatmap(
  rows: TierRow[],
  { width, years = [2001, 2025] }: { width: number; years?: [number, number] },
) {
  const countries = [...new Set(rows.map((r) => r.country_name))].sort();
  const allYears = Array.from({ length: years[1] - years[0] + 1 }, (_, i) => years[0] + i);
  const narrow = width < 560;
  return fixAria(
    Plot.plot({
      width,
      height: countries.length * (narrow ? 18 : 22) + 80,
      marginLeft: narrow ? 90 : 150,
      padding: 0.08,
      ariaLabel: `TIP Report tiers by year for ${countries.length} countries, ${years[0]}–${years[1]}`,
      ariaDescription:
        "Each cell is one country's tier in one report year; outlined cells are flagged (suspect, uncertain or conflicting sources). Blank cells: no placement in the data.",
      x: {
        domain: allYears,
        label: "TIP Report year",
        tickFormat: (y: number) => (y % 5 === 0 ? String(y) : ""),
        tickSize: 0,
      },
      y: { domain: countries, label: null, tickSize: 0 },
      color: tierColor,
      marks: [
        Plot.cell(rows, {
          x: "year",
          y: "country_name",
          fill: "tier",
          className: "tier-cells",
          tip: {
            channels: {
              Tier: "tier",
              Flag: (d: TierRow) => d.flag ?? "—",
              Source: "source_title",
              Quote: (d: TierRow) => d.quote ?? "(panel row, no quote)",
            },
            format: { fill: false },
          } as any,
        }),
        Plot.cell(
          rows.filter((r) => r.flag),
          { x: "year", y: "country_name", stroke: "currentColor", strokeWidth: 2, fill: "none", ariaHidden: "true" },
        ),
      ],
    }),
  );
}

const TIER_TICKS: Record<number, string> = { 1: "Tier 1", 2: "Tier 2", 2.5: "Watch List", 3: "Tier 3" };

export function TierTrajectory(rows: TierRow[], { width }: { width: number }) {
  const data = [...rows].sort((a, b) => a.year - b.year);
  const name = data[0]?.country_name ?? "";
  return fixAria(
    Plot.plot({
      width,
      height: 220,
      marginLeft: 80,
      ariaLabel: `${name}'s TIP Report tier by year`,
      ariaDescription: `${data.length} placements from ${data[0]?.year ?? ""} to ${data.at(-1)?.year ?? ""}. Higher on the chart is a better tier.`,
      x: { label: "TIP Report year", tickFormat: "d", nice: false },
      y: {
        domain: [3.2, 0.8],
        ticks: [1, 2, 2.5, 3],
        tickFormat: (v: number) => TIER_TICKS[v] ?? "",
        label: null,
        grid: true,
      },
      color: tierColor,
      marks: [
        Plot.line(data, { x: "year", y: "tier_level", curve: "step", stroke: "currentColor", strokeOpacity: 0.4 }),
        Plot.dot(data, {
          x: "year",
          y: "tier_level",
          fill: "tier",
          r: 6,
          stroke: (d: TierRow) => (d.flag ? "currentColor" : "none"),
          strokeWidth: 2,
          className: "tier-dots",
          tip: {
            channels: {
              Year: "year",
              Tier: "tier",
              Flag: (d: TierRow) => d.flag ?? "—",
              Source: "source_title",
              Quote: (d: TierRow) => d.quote ?? "(panel row, no quote)",
            },
            format: { x: false, y: false, fill: false, stroke: false },
          } as any,
        }),
      ],
    }),
  );
}
