import type { TiersRow } from "../lib/tables/tiers.js";
// TIP Report tiers: a year × country heatmap, one country's trajectory, the moves (upgrades and
// downgrades) per year and a world map of one report year. Every cell keeps its agreement status:
// conflicts are outlined, suspect or uncertain values dashed, partial answers ("Tier 1 or 2") and
// unknown years have their own colours, never a guessed tier.
import * as Plot from "@observablehq/plot";
import { html } from "htl";
import { feature } from "topojson-client";
import { fixAria } from "./a11y.js";
import { TIER_DOMAIN, TIER_RANGE, UNKNOWN_COLOR } from "./palette.js";
import { TIER_VALUES, labelsOf } from "../lib/vocabulary.js";
import { formatYear, yearTip } from "./format.js";

/** A cell of the tier panel: the row type comes from the table's one declaration. */
export type TierCell = TiersRow;

/** Tier values in reading order (the vocabulary's order), with their colours (light and dark themes). */
export const TIER_VALUE_KEYS = Object.keys(TIER_VALUES);
export const TIER_COLORS = [...TIER_RANGE, "#b8b0dc", "#7a5c99", "#8c8c8c", UNKNOWN_COLOR];
export const TIER_LABELS: Record<string, string> = labelsOf(TIER_VALUES);
/** The four ranked tiers, best first: an ordinal scale, so the Watch List is a step, not "2.5". */
export const RANKED_TIERS = TIER_DOMAIN;

const tierColor = (legend = true) => ({
  domain: TIER_VALUE_KEYS,
  range: TIER_COLORS,
  legend,
  label: "TIP tier",
  tickFormat: (t: string) => TIER_LABELS[t] ?? t,
});

/** What a cell says in one line, for tips and screen readers. */
export const cellSummary = (d: TierCell): string =>
  d.status === "unknown"
    ? "unknown: no source for this year"
    : `${d.tier} (${d.status}${d.flag && d.flag !== "conflict" ? `, ${d.flag}` : ""})`;

const tipChannels = {
  Tier: (d: TierCell) => cellSummary(d),
  Sources: (d: TierCell) => d.sources || "none",
};

/** The legend of the outlines and marks, as HTML under the colour legend. */
export function TierStatusLegend() {
  // Each item is a swatch and one text span: the list is a flex row, so loose text would split.
  const item = (swatch: HTMLElement, text: HTMLElement) => html`<li>${swatch}${text}</li>`;
  return html`<ul class="tier-status-legend" aria-label="What the outlines and colours mean">
    ${item(
      html`<span class="swatch conflict"></span>`,
      html`<span
        >Thick outline: <strong>conflict</strong>, sources disagree (all kept; the best-placed one is shown)</span
      >`,
    )}
    ${item(
      html`<span class="swatch flagged"></span>`,
      html`<span>Dashed outline: <strong>suspect or uncertain</strong> value, kept as published</span>`,
    )}
    ${item(
      html`<span class="swatch secondary"></span>`,
      html`<span>Dot: rests on <strong>secondary sources only</strong> (news, blogs, NGO summaries)</span>`,
    )}
    ${item(
      html`<span class="swatch" style=${{ background: TIER_COLORS[4] }}></span>`,
      html`<span
        ><strong>Partial</strong>: only the Watch List and Tier 3 lists are known that year, and the country is on
        neither</span
      >`,
    )}
    ${item(
      html`<span class="swatch" style=${{ background: TIER_COLORS[7] }}></span>`,
      html`<span><strong>Unknown</strong>: no source for that year (2018 and 2019 have no all-country list)</span>`,
    )}
  </ul>`;
}

export function TierHeatmap(
  rows: TierCell[],
  { width, years = [2001, 2025] }: { width: number; years?: [number, number] },
) {
  const countries = [...new Set(rows.map((r) => r.country_name))].sort();
  const allYears = Array.from({ length: years[1] - years[0] + 1 }, (_, i) => years[0] + i);
  const narrow = width < 560;
  const flagged = (r: TierCell) => r.flag && r.flag.split("; ").some((f) => f !== "conflict");
  return fixAria(
    Plot.plot({
      width,
      height: countries.length * (narrow ? 18 : 22) + 90,
      marginLeft: narrow ? 90 : 150,
      padding: 0.08,
      ariaLabel: `TIP Report tiers by year for ${countries.length} countries, ${years[0]}–${years[1]}`,
      ariaDescription:
        "Each cell is one country's tier in one report year. Thick outline: sources conflict. Dashed outline: suspect or uncertain. Dot: secondary sources only. Light purple: Tier 1 or 2 (only the Watch List and Tier 3 lists are known). Light grey: unknown.",
      x: {
        domain: allYears,
        label: "TIP Report year",
        tickFormat: (y: number) => (y % 5 === 0 ? String(y) : ""),
        tickSize: 0,
      },
      y: { domain: countries, label: null, tickSize: 0 },
      color: tierColor(),
      marks: [
        Plot.cell(rows, {
          x: "year",
          y: "country_name",
          fill: "tier",
          className: "tier-cells",
          tip: yearTip({ channels: tipChannels, format: { fill: false } }, ["x"]) as any,
        }),
        Plot.cell(
          rows.filter((r) => r.status === "conflict"),
          { x: "year", y: "country_name", stroke: "currentColor", strokeWidth: 2.5, fill: "none", ariaHidden: "true" },
        ),
        Plot.cell(rows.filter(flagged), {
          x: "year",
          y: "country_name",
          stroke: "currentColor",
          strokeWidth: 1.5,
          strokeDasharray: "3,2",
          fill: "none",
          inset: 2,
          ariaHidden: "true",
        }),
        Plot.dot(
          rows.filter((r) => r.secondary_only),
          { x: "year", y: "country_name", r: 2, fill: "currentColor", ariaHidden: "true" },
        ),
      ],
    }),
  );
}

/**
 * One country's tiers on an ordinal axis (Tier 1 … Tier 3, one step each). The line breaks where
 * the tier is not one of the four (unknown, partial, special case, not ranked); partial years are
 * drawn as a bar spanning Tier 1 to Tier 2.
 */
export function TierTrajectory(rows: TierCell[], { width }: { width: number }) {
  const data = [...rows].sort((a, b) => a.year - b.year);
  const name = data[0]?.country_name ?? "";
  const ranked = (d: TierCell) => RANKED_TIERS.includes(d.tier);
  const line = data.map((d) => ({ ...d, y: ranked(d) ? d.tier : null }));
  const placed = data.filter(ranked);
  const gaps = data.filter((d) => !ranked(d));
  // On a phone the tier names would take half the width: they shrink to "1", "2", "2 WL", "3"
  // under the axis label "Tier", and the years are ticked every five.
  const narrow = width < 520;
  const shortTier: Record<string, string> = {
    "Tier 1": "1",
    "Tier 2": "2",
    "Tier 2 Watch List": "2 WL",
    "Tier 3": "3",
  };
  return fixAria(
    Plot.plot({
      width,
      height: 240,
      marginLeft: narrow ? 44 : 120,
      marginBottom: 40,
      ariaLabel: `${name}'s TIP Report tier by year`,
      ariaDescription: `${placed.length} ranked years from ${data[0]?.year ?? ""} to ${data.at(-1)?.year ?? ""}; the line breaks at ${gaps.length} years that are unknown or not a single tier (${gaps
        .map((d) => `${d.year}: ${d.tier}`)
        .join(", ")}). Higher is a better tier; each tier is one equal step.`,
      x: {
        label: "TIP Report year",
        tickFormat: formatYear,
        nice: false,
        domain: [2000.5, 2025.5],
        ticks: narrow ? [2005, 2010, 2015, 2020, 2025] : [2001, 2005, 2010, 2015, 2020, 2025],
      },
      y: {
        type: "point",
        domain: RANKED_TIERS,
        label: narrow ? "Tier" : null,
        grid: true,
        padding: 0.5,
        tickFormat: narrow ? (t: string) => shortTier[t] ?? t : undefined,
      },
      color: { ...tierColor(false) },
      marks: [
        Plot.line(line, {
          x: "year",
          y: "y",
          curve: "step",
          stroke: "currentColor",
          strokeOpacity: 0.45,
          defined: (d: any) => d.y !== null,
        } as any),
        Plot.ruleX(
          data.filter((d) => d.tier === "Tier 1 or 2"),
          {
            x: "year",
            y1: () => "Tier 1",
            y2: () => "Tier 2",
            stroke: TIER_COLORS[4],
            strokeWidth: 6,
            ariaHidden: "true",
          },
        ),
        Plot.text(
          data.filter((d) => d.status === "unknown"),
          {
            x: "year",
            frameAnchor: "bottom",
            dy: -4,
            text: () => "?",
            fill: "currentColor",
            fillOpacity: 0.6,
            ariaHidden: "true",
          },
        ),
        // Outlines as the legend says: solid for a conflict, dashed for a suspect or uncertain value.
        Plot.dot(
          placed.filter((d) => d.flag === "conflict"),
          { x: "year", y: "tier", r: 9, stroke: "currentColor", strokeWidth: 2, ariaHidden: "true" },
        ),
        Plot.dot(
          placed.filter((d) => d.flag && d.flag !== "conflict"),
          {
            x: "year",
            y: "tier",
            r: 9,
            stroke: "currentColor",
            strokeWidth: 1.5,
            strokeDasharray: "2.5,2",
            ariaHidden: "true",
          },
        ),
        Plot.dot(placed, {
          x: "year",
          y: "tier",
          fill: "tier",
          r: 6,
          className: "tier-dots",
          tip: yearTip({
            channels: { Year: "year", ...tipChannels },
            format: { x: false, y: false, fill: false, stroke: false },
          }) as any,
        }),
      ],
    }),
  );
}

export interface TierMove {
  year: number;
  direction: "upgrade" | "downgrade";
  count: number;
  countries: string;
}

/** Upgrades and downgrades from one year to the next, counted only where both years have one of the four tiers. */
export function tierMoves(cells: TierCell[]): TierMove[] {
  const byCountry = new Map<string, Map<number, TierCell>>();
  for (const c of cells) {
    if (!byCountry.has(c.country)) byCountry.set(c.country, new Map());
    byCountry.get(c.country)!.set(c.year, c);
  }
  const moves = new Map<string, TierMove>();
  for (const years of byCountry.values()) {
    for (const [year, cell] of years) {
      const before = years.get(year - 1);
      if (!before) continue;
      const a = RANKED_TIERS.indexOf(before.tier);
      const b = RANKED_TIERS.indexOf(cell.tier);
      if (a < 0 || b < 0 || a === b) continue;
      const direction = b < a ? "upgrade" : "downgrade";
      const key = `${year}:${direction}`;
      const m = moves.get(key) ?? { year, direction, count: 0, countries: "" };
      m.count++;
      m.countries = [m.countries, cell.country_name].filter(Boolean).join(", ");
      moves.set(key, m);
    }
  }
  return [...moves.values()].sort((x, y) => x.year - y.year || x.direction.localeCompare(y.direction));
}

/**
 * Per report year: how many countries have one of the four tiers both that year and the year
 * before (comparable), and how many cannot be compared because a year's tier is unknown or only
 * partly known (missing). A country not ranked is a fact, not missing data.
 */
export interface TierMoveCoverage {
  year: number;
  comparable: number;
  missing: number;
  countries: number;
}

export function tierMoveCoverage(cells: TierCell[]): TierMoveCoverage[] {
  const key = (c: { country: string; year: number }) => `${c.country}|${c.year}`;
  const ranked = new Set(cells.filter((c) => RANKED_TIERS.includes(c.tier)).map(key));
  const gap = new Set(cells.filter((c) => c.status === "unknown" || c.status === "partial").map(key));
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  return years.slice(1).map((year) => {
    const ofYear = cells.filter((c) => c.year === year);
    const before = (c: TierCell) => `${c.country}|${year - 1}`;
    return {
      year,
      countries: ofYear.length,
      comparable: ofYear.filter((c) => ranked.has(key(c)) && ranked.has(before(c))).length,
      missing: ofYear.filter((c) => gap.has(key(c)) || gap.has(before(c))).length,
    };
  });
}

/** A year where most countries' tier is unknown or partial in it or the year before: its count is not a measurement. */
export const movesUnknown = (c: TierMoveCoverage) => c.missing > c.countries / 2;

export function TierMoves(cells: TierCell[], { width }: { width: number }) {
  const moves = tierMoves(cells);
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  // Years that cannot be compared are drawn as unknown (a shaded column and "?"), never as no moves.
  const coverage = tierMoveCoverage(cells);
  const unknown = coverage.filter(movesUnknown);
  const shown = moves.filter((m) => !unknown.some((u) => u.year === m.year));
  const peak = Math.max(1, ...shown.map((m) => m.count));
  return fixAria(
    Plot.plot({
      width,
      height: 260,
      marginLeft: 50,
      ariaLabel: "Upgrades and downgrades per TIP Report year",
      ariaDescription: `Countries moved up (above the axis) or down (below) from the year before, counted only where both years have a known tier; ${shown.reduce((s, m) => s + m.count, 0)} moves in all.${unknown.length ? ` Unknown (fewer than half the countries comparable): ${unknown.map((u) => u.year).join(", ")}.` : ""}`,
      x: {
        domain: years.slice(1),
        label: "TIP Report year",
        tickFormat: (y: number) => (y % 5 === 0 ? String(y) : ""),
      },
      y: { label: "↑ upgrades · downgrades ↓", grid: true, tickFormat: (v: number) => String(Math.abs(v)) },
      color: { domain: ["upgrade", "downgrade"], range: [TIER_COLORS[0], TIER_COLORS[3]], legend: true, label: "Move" },
      marks: [
        Plot.barY(unknown, {
          x: "year",
          y1: -peak,
          y2: peak,
          fill: "currentColor",
          fillOpacity: 0.07,
          className: "tier-moves-unknown",
          tip: {
            channels: {
              Year: (c: TierMoveCoverage) => String(c.year),
              Moves: () => "unknown",
              Comparable: (c: TierMoveCoverage) =>
                `${c.comparable} of ${c.countries} countries (${c.missing} with an unknown or partial tier)`,
            },
            format: { x: false, y1: false, y2: false, fill: false },
          } as any,
        }),
        Plot.text(unknown, { x: "year", y: 0, text: () => "?", fill: "currentColor", ariaHidden: "true" }),
        Plot.barY(shown, {
          x: "year",
          y: (m: TierMove) => (m.direction === "upgrade" ? m.count : -m.count),
          fill: "direction",
          className: "tier-moves-bars",
          tip: yearTip({
            channels: {
              Year: (m: TierMove) => String(m.year),
              Moves: "count",
              Countries: "countries",
              Comparable: (m: TierMove) => {
                const c = coverage.find((k) => k.year === m.year);
                return c ? `${c.comparable} of ${c.countries} countries` : "";
              },
            },
            format: { y: false, fill: true, x: false },
          }) as any,
        }),
        Plot.ruleY([0]),
      ],
    }),
  );
}

/** A world map of one report year's cells, matched on ISO 3166-1 numeric codes (world-atlas 1:110m). */
export function TierMap(world: any, cells: TierCell[], { width, year }: { width: number; year: number }) {
  const byNumeric = new Map(
    cells.filter((c) => c.year === year && c.iso_numeric).map((c) => [String(Number(c.iso_numeric)), c]),
  );
  const shapes = (feature(world, world.objects.countries) as any).features.map((f: any) => ({
    ...f,
    properties: { ...f.properties, cell: byNumeric.get(String(Number(f.id))) ?? null },
  }));
  const counts = new Map<string, number>();
  for (const c of byNumeric.values()) counts.set(c.tier, (counts.get(c.tier) ?? 0) + 1);
  return fixAria(
    Plot.plot({
      width,
      height: Math.round(width * 0.5),
      projection: "equal-earth",
      ariaLabel: `World map of TIP Report tiers, ${year}`,
      ariaDescription: `${byNumeric.size} countries: ${[...counts].map(([t, n]) => `${n} ${t}`).join(", ")}. Outlined: sources conflict.`,
      color: { ...tierColor(), unknown: UNKNOWN_COLOR },
      marks: [
        Plot.sphere({ stroke: "currentColor", strokeOpacity: 0.3 }),
        Plot.geo(shapes, {
          fill: (f: any) => f.properties.cell?.tier ?? "unknown",
          stroke: "var(--theme-background)",
          strokeWidth: 0.5,
          className: "tier-map-shapes",
        }),
        Plot.geo(
          shapes.filter((f: any) => f.properties.cell?.status === "conflict"),
          { stroke: "currentColor", strokeWidth: 1.5, ariaHidden: "true" },
        ),
        Plot.tip(
          shapes,
          Plot.pointer(
            Plot.centroid({
              title: (f: any) =>
                f.properties.cell
                  ? `${f.properties.cell.country_name}, TIP ${year}\n${cellSummary(f.properties.cell)}\n${f.properties.cell.sources}`
                  : `${f.properties.name}\nnot in the tier panel`,
            }),
          ),
        ),
      ],
    }),
  );
}
