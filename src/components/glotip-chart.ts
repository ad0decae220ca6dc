// UNODC GLOTIP counts over time. Reported counts are filled dots joined by lines only across
// consecutive known years; a suppressed cell ("<5") is a hollow dot on a bar spanning 1–4, never
// a 0 and never joined; a missing year is a gap. Where a later edition rewrote a value, the
// earlier edition's value is a grey ×. Pure functions of their data: the page and the country
// pages pick the rows.
import * as Plot from "@observablehq/plot";
import { html } from "htl";
import { fixAria } from "./a11y.js";
import {
  CENSORED_HIGH,
  CENSORED_LOW,
  GLOTIP_AGES,
  GLOTIP_CLAIM_SHORT,
  GLOTIP_FORMS,
  GLOTIP_INDICATORS,
  GLOTIP_SEXES,
  type GlotipIndicator,
} from "../lib/vocabulary.js";
import { formatYear, yearAxis } from "./format.js";

export interface GlotipPoint {
  edition: string;
  iso3: string | null;
  country_name: string;
  indicator: string;
  year: number;
  value: number | null;
  value_low: number;
  value_high: number;
  censored: boolean;
  value_text: string;
  source_row: string;
  dimension?: string;
  category?: string | null;
  sex?: string;
  age?: string;
  parts?: number;
  /** Plausibility checks the row fails ("; "-joined names), or null: see /data-quality. */
  checks?: string | null;
}

export interface GlotipRevisionRow {
  iso3: string | null;
  country_name: string;
  indicator: string;
  dimension: string;
  category: string | null;
  sex: string;
  age: string;
  year: number;
  old_edition: string;
  new_edition: string;
  old_text: string;
  new_text: string;
  old_value: number | null;
  new_value: number | null;
  change: number | null;
  change_low: number;
  change_high: number;
  change_relative: number | null;
  old_row: string;
  new_row: string;
}

const SYMLOG_TICKS = [0, 10, 100, 1000, 10_000, 100_000];
/** 0, 40, 900, 5k, 32k: counts as people read them (d3's "~s" writes 0 as "0k" on some axes). */
const countTick = (d: number) => (Math.abs(d) >= 1000 ? `${d / 1000}k` : String(d));

export type Breakdown = "none" | "sex" | "age" | "form";
export const BREAKDOWNS: Record<Breakdown, string> = {
  none: "Total only",
  sex: "By sex",
  age: "By age",
  form: "By form of exploitation",
};

export const indicatorLabel = (indicator: string) =>
  GLOTIP_INDICATORS[indicator as GlotipIndicator]?.label ?? indicator;

/** The breakdown's category of a row, or null when the row is not part of that breakdown. */
export function breakdownCategory(r: GlotipPoint, breakdown: Breakdown): string | null {
  const totalBy = (field: "sex" | "age") => r[field] === "Total";
  if ((r.parts ?? 1) !== 1) return null; // a repeated key is a lost sub-category, never a total
  switch (breakdown) {
    case "none":
      return r.dimension === undefined || (r.dimension === "Total" && totalBy("sex") && totalBy("age"))
        ? "Total"
        : null;
    case "sex":
      return r.dimension === "Total" && totalBy("age") && !totalBy("sex")
        ? GLOTIP_SEXES[r.sex as keyof typeof GLOTIP_SEXES]?.label
        : null;
    case "age":
      return r.dimension === "Total" && totalBy("sex") && !totalBy("age")
        ? GLOTIP_AGES[r.age as keyof typeof GLOTIP_AGES]?.label
        : null;
    case "form":
      return r.dimension === "by form of exploitation" && totalBy("sex") && totalBy("age")
        ? (r.category ?? null)
        : null;
  }
}

/** Category order for a breakdown (legend and colours). */
export function breakdownOrder(breakdown: Breakdown): string[] {
  if (breakdown === "sex")
    return Object.values(GLOTIP_SEXES)
      .slice(1)
      .map((v) => v.label);
  if (breakdown === "age")
    return Object.values(GLOTIP_AGES)
      .slice(1)
      .map((v) => v.label);
  if (breakdown === "form") return Object.keys(GLOTIP_FORMS);
  return ["Total"];
}

export interface ShownRow extends GlotipPoint {
  series: string;
  facet: string;
}

/**
 * The rows a chart shows: of `rows` (one edition, one indicator), those of the chosen countries
 * and breakdown, labelled with the series they belong to.
 */
export function shownRows(rows: GlotipPoint[], countries: string[], breakdown: Breakdown): ShownRow[] {
  const chosen = new Set(countries);
  const out: ShownRow[] = [];
  for (const r of rows) {
    if (!r.iso3 || !chosen.has(r.iso3)) continue;
    const category = breakdownCategory(r, breakdown);
    if (category === null) continue;
    out.push({ ...r, series: breakdown === "none" ? r.country_name : category, facet: r.country_name });
  }
  return out.sort((a, b) => a.facet.localeCompare(b.facet) || a.series.localeCompare(b.series) || a.year - b.year);
}

/** The names of the checks a row fails. */
export const checksOf = (r: { checks?: string | null }): string[] => (r.checks ? r.checks.split("; ") : []);

/**
 * The rows a chart draws: a value failing a plausibility check (a code published as a count, a
 * part above its total) is left out unless the reader asks for it, and counted either way, so
 * the page can say how many are left out. Values are never changed, only left out or marked.
 */
export function withoutFlagged<T extends { checks?: string | null }>(
  rows: T[],
  includeFlagged: boolean,
): { drawn: T[]; flagged: T[]; leftOut: number } {
  const flagged = rows.filter((r) => checksOf(r).length > 0);
  return {
    drawn: includeFlagged ? rows : rows.filter((r) => checksOf(r).length === 0),
    flagged,
    leftOut: includeFlagged ? 0 : flagged.length,
  };
}

/** The page's sentence about the flagged values of the rows shown. */
export function flaggedSentence(flagged: number, leftOut: number): string {
  if (!flagged) return "No value shown fails a plausibility check.";
  const values = flagged === 1 ? "1 value fails" : `${flagged.toLocaleString("en-US")} values fail`;
  return leftOut
    ? `${values} a plausibility check and ${leftOut === 1 ? "is" : "are"} left out of the chart, the map and the counts; switch them on to see them, drawn apart.`
    : `${values} a plausibility check: drawn as red diamonds, not joined to their series.`;
}

/** Line data: each series from its first to its last year, NaN where unknown (Plot leaves a gap). */
function lineData(rows: ShownRow[]) {
  const bySeries = new Map<string, ShownRow[]>();
  for (const r of rows) {
    const k = `${r.facet}\u0000${r.series}`;
    if (!bySeries.has(k)) bySeries.set(k, []);
    bySeries.get(k)!.push(r);
  }
  const out: { facet: string; series: string; year: number; y: number }[] = [];
  for (const list of bySeries.values()) {
    const at = new Map(list.map((r) => [r.year, r]));
    const years = list.map((r) => r.year);
    for (let y = Math.min(...years); y <= Math.max(...years); y++) {
      const r = at.get(y);
      // A flagged value is drawn on its own, never joined: a line through 6,112,019 would say more.
      const joined = r && !r.censored && checksOf(r).length === 0;
      out.push({ facet: list[0].facet, series: list[0].series, year: y, y: joined ? r.value! : NaN });
    }
  }
  return out;
}

const describe = (r: ShownRow) =>
  `${r.country_name}, ${r.year}${r.series !== r.country_name ? ` (${r.series})` : ""}\n` +
  `${indicatorLabel(r.indicator)}: ${r.censored ? `fewer than 5 (UNODC writes "<5": ${CENSORED_LOW} to ${CENSORED_HIGH})` : r.value!.toLocaleString("en-US")}\n` +
  // The input row (a file path) is in the table below the chart, not in the tooltip a reader reads.
  `UNODC GLOTIP, edition ${r.edition}\n${GLOTIP_CLAIM_SHORT}` +
  (r.checks ? `\nFails plausibility checks: ${r.checks} (kept as published; see /data-quality)` : "");

export interface TimeChartOptions {
  width: number;
  /** Label of the y axis. */
  yLabel: string;
  /** Earlier-edition values of revised points (shown as ×); only those matching a shown row are drawn. */
  revisions?: GlotipRevisionRow[];
  /** Series order for colours; defaults to the order of appearance. */
  seriesOrder?: string[];
  height?: number;
  /** "symlog" spreads small and large counts (and keeps 0 and the 1–4 band visible). */
  scale?: "linear" | "symlog";
}

/** Revisions that concern a shown row (same country, indicator, breakdown cell, year, edition). */
export function revisionsShown(rows: ShownRow[], revisions: GlotipRevisionRow[]) {
  const key = (
    iso3: string | null,
    indicator: string,
    year: number,
    d?: string,
    c?: string | null,
    s?: string,
    a?: string,
  ) => [iso3, indicator, year, d ?? "Total", c ?? "Total", s ?? "Total", a ?? "Total"].join("|");
  const shown = new Map(rows.map((r) => [key(r.iso3, r.indicator, r.year, r.dimension, r.category, r.sex, r.age), r]));
  return revisions.flatMap((v) => {
    const row = shown.get(key(v.iso3, v.indicator, v.year, v.dimension, v.category, v.sex, v.age));
    return row && row.edition === v.new_edition ? [{ ...v, series: row.series, facet: row.facet }] : [];
  });
}

export function GlotipTimeChart(
  rows: ShownRow[],
  { width, yLabel, revisions = [], seriesOrder, height, scale = "linear" }: TimeChartOptions,
) {
  const facets = [...new Set(rows.map((r) => r.facet))];
  const faceted = facets.length > 1 && rows.some((r) => r.series !== r.facet);
  const known = rows.filter((r) => !r.censored && !r.checks);
  const censored = rows.filter((r) => r.censored && !r.checks);
  const flagged = rows.filter((r) => r.checks);
  const old = revisionsShown(rows, revisions);
  const narrow = width < 560;
  const fy = faceted ? "facet" : undefined;
  const domain = seriesOrder ?? [...new Set(rows.map((r) => r.series))];
  const years = rows.map((r) => r.year);
  const chart = Plot.plot({
    width,
    height: height ?? (faceted ? facets.length * 150 + 60 : narrow ? 300 : 360),
    marginLeft: narrow ? 48 : 60,
    marginRight: faceted ? (narrow ? 90 : 140) : 20,
    ariaLabel: `${yLabel}, by year`,
    ariaDescription: `${known.length} reported counts and ${censored.length} suppressed cells (fewer than 5) for ${facets.join(", ")}${flagged.length ? `; ${flagged.length} values failing a plausibility check, drawn apart` : ""}${old.length ? `; ${old.length} values revised since an earlier edition` : ""}.`,
    x: {
      label: "Year",
      domain: years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : undefined,
      // Integer years only, thinned to the plot's width: "ticks: 10" over four years drew half-years as "2017 2017 2018".
      ...(years.length
        ? yearAxis(
            Math.min(...years),
            Math.max(...years),
            width - (narrow ? 48 : 60) - (faceted ? (narrow ? 90 : 140) : 20),
          )
        : { tickFormat: formatYear }),
    },
    y:
      scale === "symlog"
        ? {
            type: "symlog",
            label: `${yLabel} (compressed scale)`,
            grid: true,
            ticks: SYMLOG_TICKS,
            tickFormat: countTick,
          }
        : { label: yLabel, grid: true, zero: true, nice: true, tickFormat: countTick },
    fy: faceted ? { label: null, domain: facets } : undefined,
    color: { domain, legend: true, label: null },
    marks: [
      Plot.frame({ strokeOpacity: faceted ? 0.15 : 0 }),
      Plot.ruleY([0], { strokeOpacity: 0.4 }),
      Plot.line(lineData(rows), { x: "year", y: "y", z: "series", fy, stroke: "series", strokeWidth: 1.5 }),
      Plot.ruleX(censored, {
        x: "year",
        y1: CENSORED_LOW,
        y2: CENSORED_HIGH,
        fy,
        stroke: "series",
        strokeWidth: 3,
        ariaHidden: "true",
      }),
      Plot.dot(censored, {
        x: "year",
        y: (CENSORED_LOW + CENSORED_HIGH) / 2,
        fy,
        r: 4,
        stroke: "series",
        strokeWidth: 1.5,
        fill: "var(--theme-background)",
        className: "glotip-censored",
        ariaLabel: "fewer than 5 (suppressed)",
        title: describe,
        tip: true,
      }),
      Plot.dot(known, {
        x: "year",
        y: "value",
        fy,
        r: 3,
        fill: "series",
        className: "glotip-known",
        ariaLabel: "reported count",
        title: describe,
        tip: true,
      }),
      Plot.dot(flagged, {
        x: "year",
        y: (r: ShownRow) => r.value ?? (CENSORED_LOW + CENSORED_HIGH) / 2,
        fy,
        symbol: "diamond",
        r: 5,
        stroke: "var(--theme-red)",
        strokeWidth: 2,
        fill: "none",
        className: "glotip-flagged",
        ariaLabel: "value failing a plausibility check",
        title: describe,
        tip: true,
      }),
      Plot.dot(old, {
        x: "year",
        y: (v) => v.old_value ?? (CENSORED_LOW + CENSORED_HIGH) / 2,
        fy,
        symbol: "times",
        r: 4,
        stroke: "var(--theme-foreground-muted)",
        strokeWidth: 1.5,
        className: "glotip-revised",
        ariaLabel: "value in an earlier edition",
        title: (v) =>
          `${v.country_name}, ${v.year}: ${v.old_text} in the ${v.old_edition} edition, ${v.new_text} in the ${v.new_edition} edition\n${v.old_row}`,
        tip: true,
      }),
    ],
  });
  return fixAria(chart);
}

/** The legend of the marks' shapes, which Plot's colour legend does not cover. */
export function MarkLegend({ revised = true } = {}) {
  return html`<div class="glotip-legend" aria-label="Symbols">
    <span
      ><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="4" fill="currentColor" /></svg> reported
      count</span
    >
    <span
      ><svg width="14" height="14" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      </svg>
      fewer than 5: UNODC suppresses counts from 1 to 4 ("&lt;5"); drawn across 1–4, never as 0</span
    >
    ${
      revised
        ? html`<span
            ><svg width="14" height="14" aria-hidden="true">
              <path d="M3,3L11,11M11,3L3,11" stroke="currentColor" stroke-width="1.5" />
            </svg>
            value in the earlier edition, since revised</span
          >`
        : null
    }
    <span
      ><svg width="14" height="14" aria-hidden="true">
        <path d="M7,1.5L12.5,7L7,12.5L1.5,7Z" fill="none" stroke="var(--theme-red)" stroke-width="2" />
      </svg>
      fails a plausibility check (shown only when switched on)</span
    >
    <span>gap: no row for that year</span>
  </div>`;
}

/** How many countries have a national total for the indicator, per year: coverage, not a trend. */
export function countriesReporting(rows: GlotipPoint[]) {
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) {
    if (!r.iso3) continue;
    if (!byYear.has(r.year)) byYear.set(r.year, new Set());
    byYear.get(r.year)!.add(r.iso3);
  }
  return [...byYear].map(([year, set]) => ({ year, countries: set.size })).sort((a, b) => a.year - b.year);
}

export function ReportingChart(rows: GlotipPoint[], { width, indicator }: { width: number; indicator: string }) {
  const counts = countriesReporting(rows);
  return fixAria(
    Plot.plot({
      width,
      height: 180,
      marginLeft: 40,
      ariaLabel: `Countries reporting ${indicatorLabel(indicator).toLowerCase()}, by year`,
      ariaDescription: counts.map((c) => `${c.year}: ${c.countries}`).join("; "),
      x: { label: "Year", tickFormat: "d", type: "band", tickRotate: width < 560 ? -90 : 0 },
      y: { label: "Countries", grid: true },
      marks: [
        Plot.barY(counts, {
          x: "year",
          y: "countries",
          fill: "var(--theme-foreground-focus)",
          className: "glotip-reporting",
          title: (c) => `${c.year}: ${c.countries} countries reported a national total`,
          tip: true,
        }),
        Plot.ruleY([0]),
      ],
    }),
  );
}

/** Map bins: one for the suppressed cells (its own hue), then orders of magnitude. */
const BIN_COLORS: Record<string, string> = {
  "fewer than 5": "#a48fd0",
  "0–4 (reported)": "#fff0d9",
  "5–49": "#fdd49e",
  "50–249": "#fc8d59",
  "250–999": "#ef6548",
  "1,000–4,999": "#d7301f",
  "5,000 or more": "#990000",
};
export const MAP_BINS = Object.keys(BIN_COLORS);
export function mapBin(r: GlotipPoint): string {
  if (r.censored) return MAP_BINS[0];
  const v = r.value!;
  return v < 5
    ? MAP_BINS[1]
    : v < 50
      ? MAP_BINS[2]
      : v < 250
        ? MAP_BINS[3]
        : v < 1000
          ? MAP_BINS[4]
          : v < 5000
            ? MAP_BINS[5]
            : MAP_BINS[6];
}

export function GlotipMap(
  world: any,
  features: any[],
  rows: (GlotipPoint & { iso_numeric: string })[],
  { width, indicator, year }: { width: number; indicator: string; year: number },
) {
  const byNumeric = new Map(rows.map((r) => [String(Number(r.iso_numeric)), r]));
  const shapes = features.map((f: any) => {
    const row = byNumeric.get(String(Number(f.id)));
    return { ...f, properties: { ...f.properties, row, bin: row ? mapBin(row) : null } };
  });
  const present = new Set(rows.map(mapBin));
  const domain = MAP_BINS.filter((b) => present.has(b));
  return fixAria(
    Plot.plot({
      width,
      height: Math.round(width * 0.5),
      projection: "equal-earth",
      ariaLabel: `World map: ${indicatorLabel(indicator).toLowerCase()} in ${year}`,
      ariaDescription: `${rows.length} countries reported a national total for ${year}; grey where none.`,
      color: {
        type: "ordinal",
        domain,
        range: domain.map((b) => BIN_COLORS[b]),
        legend: true,
        label: `${indicatorLabel(indicator)}, ${year}`,
        unknown: "var(--theme-foreground-faintest)",
      },
      marks: [
        Plot.sphere({ stroke: "currentColor", strokeOpacity: 0.3 }),
        Plot.geo(shapes, { fill: (f: any) => f.properties.bin, stroke: "var(--theme-background)", strokeWidth: 0.5 }),
        Plot.tip(
          shapes,
          Plot.pointer(
            Plot.centroid({
              title: (f: any) =>
                f.properties.row
                  ? describe({ ...f.properties.row, series: f.properties.row.country_name, facet: "" })
                  : `${f.properties.name}\nno national total for ${year}`,
            }),
          ),
        ),
      ],
    }),
  );
}
