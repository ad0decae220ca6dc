// Charts of the US State Department's anti-trafficking grants, 2001–2014 (funding_grants and
// funding_country_year). What is unknown stays in sight: a year's grants with no stated amount
// are counted above its bar, a country-year that is a lower bound is marked, a year the table
// does not list is drawn as "not in the table", never as 0.
import * as Plot from "@observablehq/plot";
import type { FundingCountryYearRow } from "../lib/tables/funding_country_year.js";
import type { FundingGrantRow } from "../lib/tables/funding_grants.js";
import { FUNDING_PLACE_KINDS, FUNDING_PURPOSES, FUNDING_TOTAL_STATUSES, TIERS } from "../lib/vocabulary.js";
import { fixAria } from "./a11y.js";
import { TIER_DOMAIN, TIER_RANGE } from "./palette.js";
import { yearRanges } from "./coverage.js";
import { yearAxis, yearTip } from "./format.js";

/** US dollars in words a reader scans: $1.2M, $350k, $0. */
export function formatUsd(usd: number | null | undefined): string {
  if (usd == null) return "unknown";
  if (usd === 0) return "$0";
  if (Math.abs(usd) >= 1e6) return `$${(usd / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })}M`;
  if (Math.abs(usd) >= 1e3) return `$${(usd / 1e3).toLocaleString("en-US", { maximumFractionDigits: 0 })}k`;
  return `$${usd.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;
}

/** The full amount, to the dollar, for tables and details. */
export const exactUsd = (usd: number | null | undefined): string =>
  usd == null ? "unknown" : `$${usd.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;

/** Fiscal-year ticks: every year when wide; narrow, every other one written ’03, so none overlap. */
const yearTick = (narrow: boolean) => (y: number) => (!narrow ? String(y) : y % 2 ? `’${String(y).slice(2)}` : "");

export const PLACE_KIND_DOMAIN = Object.keys(FUNDING_PLACE_KINDS);
const PLACE_KIND_LABELS = PLACE_KIND_DOMAIN.map(
  (k) => FUNDING_PLACE_KINDS[k as keyof typeof FUNDING_PLACE_KINDS].label,
);
const PLACE_KIND_COLORS = ["#4e79a7", "#f28e2c", "#76b7b2", "#9c755f"];

/** One bar segment of the yearly chart: a fiscal year's money to one kind of place. */
export interface FundingYearKind {
  fiscal_year: number;
  place_kind: string;
  kind_label: string;
  total_usd: number;
  total_high_usd: number;
  grants: number;
  grants_unknown_amount: number;
  places: number;
}

/** Per fiscal year and kind of place: the sum of stated amounts and what it leaves out. */
export function fundingByYear(rows: readonly FundingCountryYearRow[]): FundingYearKind[] {
  const out = new Map<string, FundingYearKind>();
  for (const r of rows) {
    if (r.total_status === "not_listed") continue;
    const key = `${r.fiscal_year}|${r.place_kind}`;
    const cell =
      out.get(key) ??
      ({
        fiscal_year: r.fiscal_year,
        place_kind: r.place_kind,
        kind_label: FUNDING_PLACE_KINDS[r.place_kind as keyof typeof FUNDING_PLACE_KINDS]?.label ?? r.place_kind,
        total_usd: 0,
        total_high_usd: 0,
        grants: 0,
        grants_unknown_amount: 0,
        places: 0,
      } satisfies FundingYearKind);
    cell.total_usd += r.total_usd ?? 0;
    cell.total_high_usd += r.total_high_usd ?? 0;
    cell.grants += r.grants;
    cell.grants_unknown_amount += r.grants_unknown_amount;
    if (r.grants > 0) cell.places++;
    out.set(key, cell);
  }
  return [...out.values()].sort(
    (a, b) =>
      a.fiscal_year - b.fiscal_year ||
      PLACE_KIND_DOMAIN.indexOf(a.place_kind) - PLACE_KIND_DOMAIN.indexOf(b.place_kind),
  );
}

/**
 * Stated amounts per fiscal year, stacked by kind of place (countries, regional and global
 * programmes, the former Yugoslavia); above each bar, how many grants that year have no stated
 * amount: the bar is a lower bound wherever that number is not 0.
 */
export function FundingByYearChart(rows: readonly FundingCountryYearRow[], { width }: { width: number }) {
  const data = fundingByYear(rows);
  const years = [...new Set(data.map((d) => d.fiscal_year))];
  const perYear = years.map((y) => {
    const inYear = data.filter((d) => d.fiscal_year === y);
    return {
      fiscal_year: y,
      total_usd: inYear.reduce((s, d) => s + d.total_usd, 0),
      unknown: inYear.reduce((s, d) => s + d.grants_unknown_amount, 0),
      grants: inYear.reduce((s, d) => s + d.grants, 0),
    };
  });
  const peak = Math.max(...perYear.map((d) => d.total_usd));
  const narrow = width < 520;
  // Above each bar: the grants with no stated amount, or "none" where the table lists no grant at
  // all. Narrow bars are ~20 px wide, so the labels stand upright there instead of overlapping.
  const note = (d: { unknown: number; grants: number }) =>
    d.grants === 0 ? "no grant" : d.unknown ? (narrow ? `+${d.unknown}?` : `+${d.unknown} ?`) : "";
  return fixAria(
    Plot.plot({
      width,
      height: narrow ? 320 : 360,
      marginLeft: 56,
      marginTop: 28,
      ariaLabel: "US anti-trafficking grants per fiscal year, stated amounts, by kind of place",
      ariaDescription: `Fiscal years ${years[0]}–${years.at(-1)}. Stated amounts only: ${perYear.reduce((s, d) => s + d.unknown, 0)} grants have no stated amount and are counted above the bars, not in them. ${perYear
        .filter((d) => d.grants === 0)
        .map((d) => `The table lists no grant in ${d.fiscal_year}. `)
        .join("")}The highest year is ${formatUsd(peak)}.`,
      // Narrow: every other year, written ’03, so that labels never overlap.
      x: {
        label: "US fiscal year",
        type: "band",
        tickFormat: yearTick(narrow),
      },
      y: {
        label: "Stated amounts (US$)",
        grid: true,
        tickFormat: (v: number) => formatUsd(v),
        domain: [0, peak * (narrow ? 1.25 : 1.12)],
      },
      color: { domain: PLACE_KIND_LABELS, range: PLACE_KIND_COLORS, legend: true, label: "Where the grant is listed" },
      marks: [
        // Segments of $0 are left out: they would be invisible bars with a tooltip of nothing.
        Plot.barY(
          data.filter((d) => d.total_usd > 0),
          {
            x: "fiscal_year",
            y: "total_usd",
            fill: "kind_label",
            order: PLACE_KIND_LABELS,
            className: "funding-bars",
            tip: yearTip({
              channels: {
                Year: "fiscal_year",
                "Listed under": "kind_label",
                "Stated amounts": (d: FundingYearKind) => exactUsd(d.total_usd),
                Grants: "grants",
                "No stated amount": "grants_unknown_amount",
              },
              format: { x: false, y: false, fill: false },
            }) as any,
          },
        ),
        Plot.text(perYear, {
          x: "fiscal_year",
          y: "total_usd",
          text: note,
          ...(narrow ? { rotate: -90, textAnchor: "start", dy: -4 } : { dy: -8 }),
          fontSize: 10,
          fill: "currentColor",
          ariaHidden: "true",
        }),
        Plot.ruleY([0]),
      ],
    }),
  );
}

/** The places with the most stated money over 2001–2014, at most `limit` of them. */
export function topPlaces(rows: readonly FundingCountryYearRow[], limit: number): string[] {
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.place, (total.get(r.place) ?? 0) + (r.total_usd ?? 0));
  return [...total]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([p]) => p);
}

/** The powers of ten between the smallest and the largest value, for a log scale's ticks. */
export function powersOfTen(values: readonly number[]): number[] {
  const positive = values.filter((v) => v > 0);
  if (!positive.length) return [];
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(Math.min(...positive))); 10 ** e <= Math.max(...positive); e++) out.push(10 ** e);
  return out;
}

const STATUS_LABEL = (s: string) => FUNDING_TOTAL_STATUSES[s as keyof typeof FUNDING_TOTAL_STATUSES]?.label ?? s;

/**
 * Place × fiscal year: colour for the stated total (no grant: empty cell, outlined; not in the
 * table: hatched grey), a dot where the total is a lower bound. Places in the order given.
 */
export function FundingHeatmap(
  rows: readonly FundingCountryYearRow[],
  { width, places, dark = false }: { width: number; places: string[]; dark?: boolean },
) {
  const shown = rows.filter((r) => places.includes(r.place));
  const name = new Map(shown.map((r) => [r.place, r.place_name]));
  const order = places.map((p) => name.get(p) ?? p);
  const narrow = width < 520;
  const funded = shown.filter((r) => (r.total_usd ?? 0) > 0);
  // Narrow, a name does not fit beside its row without being cut: it is written on a line of
  // its own above the row's cells, across the full width ("Democratic Republic of the Congo"
  // stays whole at 375 px). Cells keep the lower part of each row; marks inside them move down.
  const rowHeight = narrow ? 34 : 22;
  const labelBand = narrow ? 14 : 0;
  const inCell = { dy: labelBand / 2 };
  return fixAria(
    Plot.plot({
      width,
      height: 40 + order.length * rowHeight,
      marginLeft: narrow ? 2 : 190,
      marginTop: 30,
      ariaLabel: `Stated US anti-trafficking grants per fiscal year for the ${order.length} places that received most`,
      ariaDescription: `Further from the page's colour is more money. Outlined empty cells: no grant that year; outlined with a question mark: grants with no stated amount. A dash: the table has no row. A dot marks a total that is a lower bound (some grant's amount is unknown).`,
      x: {
        label: "US fiscal year",
        tickFormat: yearTick(narrow),
        axis: "top",
        type: "band",
      },
      y: { label: null, domain: order, axis: narrow ? null : "left", padding: narrow ? 0.05 : 0.1 },
      // More money stands further from the page: deep blue on light, bright blue on dark. Both
      // ends are visible blues, so that the smallest grant never reads as an empty (no grant) cell.
      color: {
        type: "log",
        range: dark ? ["#2b5d8a", "#d4e8f7"] : ["#9ecae1", "#08306b"],
        interpolate: "hcl",
        label: "Stated amount (US$)",
        legend: true,
        // Powers of ten only: a log legend labels every tick otherwise, and they overprint.
        ticks: powersOfTen(funded.map((r) => r.total_usd!)),
        tickFormat: (v: number) => formatUsd(v),
      },
      marks: [
        narrow
          ? Plot.axisY({
              tickSize: 0,
              tickPadding: -4,
              textAnchor: "start",
              dy: -(rowHeight / 2) + labelBand / 2 + 1,
              fontSize: 11,
              label: null,
            })
          : null,
        // Not in the table: an en dash, no fill (a grey fill read as a small amount in dark mode).
        Plot.text(
          shown.filter((r) => r.total_status === "not_listed"),
          {
            x: "fiscal_year",
            y: "place_name",
            text: () => "–",
            fill: "currentColor",
            fillOpacity: 0.7,
            ariaHidden: "true",
            ...inCell,
          },
        ),
        // Listed, no grant: an outlined empty cell.
        Plot.cell(
          shown.filter((r) => r.total_status === "none"),
          {
            x: "fiscal_year",
            y: "place_name",
            stroke: "currentColor",
            strokeOpacity: 0.4,
            inset: 1.5,
            insetTop: 1.5 + labelBand,
          },
        ),
        // Grants, none with a stated amount: outlined with a "?" — money of unknown size, not none.
        Plot.cell(
          shown.filter((r) => r.grants > 0 && !(r.total_usd! > 0)),
          {
            x: "fiscal_year",
            y: "place_name",
            stroke: "currentColor",
            strokeOpacity: 0.4,
            inset: 1.5,
            insetTop: 1.5 + labelBand,
          },
        ),
        Plot.text(
          shown.filter((r) => r.grants > 0 && !(r.total_usd! > 0)),
          {
            x: "fiscal_year",
            y: "place_name",
            text: () => "?",
            fill: "currentColor",
            fontSize: 11,
            ariaHidden: "true",
            ...inCell,
          },
        ),
        Plot.cell(funded, {
          x: "fiscal_year",
          y: "place_name",
          fill: "total_usd",
          inset: 1,
          insetTop: 1 + labelBand,
          className: "funding-cells",
          tip: yearTip({
            channels: {
              Where: "place_name",
              Year: "fiscal_year",
              "Stated total": (d: FundingCountryYearRow) => exactUsd(d.total_usd),
              Grants: "grants",
              "No stated amount": "grants_unknown_amount",
              Total: (d: FundingCountryYearRow) => STATUS_LABEL(d.total_status),
            },
            format: { x: false, y: false, fill: false },
          }) as any,
        }),
        // A ringed dot: visible on the palest and on the deepest blue, in light and dark mode.
        Plot.dot(
          funded.filter((r) => r.total_status === "lower_bound"),
          {
            x: "fiscal_year",
            y: "place_name",
            r: 3,
            fill: "currentColor",
            stroke: "var(--theme-background, white)",
            strokeWidth: 1.5,
            ariaHidden: "true",
            ...inCell,
          },
        ),
      ],
    }),
  );
}

/** A country-year's money beside its tier in the TIP Report of the same year (June). */
export interface FundingByTier {
  fiscal_year: number;
  tier: string;
  total_usd: number;
  countries: number;
  funded: number;
  unknown: number;
}

/**
 * Stated grants to countries, per fiscal year, grouped by the country's tier in the TIP Report of
 * June of that fiscal year. Countries without a tier that year (not ranked, unknown, "Tier 1 or
 * 2", special cases) are grouped as "No single tier".
 */
export function fundingByTier(
  rows: readonly FundingCountryYearRow[],
  tiers: readonly { country: string; year: number; tier: string }[],
): FundingByTier[] {
  const tierOf = new Map(tiers.map((t) => [`${t.country}|${t.year}`, t.tier]));
  const out = new Map<string, FundingByTier>();
  for (const r of rows) {
    if (r.place_kind !== "country" || r.total_status === "not_listed") continue;
    const raw = tierOf.get(`${r.place}|${r.fiscal_year}`) ?? "";
    const tier = raw in TIERS ? raw : "No single tier";
    const key = `${r.fiscal_year}|${tier}`;
    const cell = out.get(key) ?? {
      fiscal_year: r.fiscal_year,
      tier,
      total_usd: 0,
      countries: 0,
      funded: 0,
      unknown: 0,
    };
    cell.total_usd += r.total_usd ?? 0;
    cell.countries++;
    if (r.grants > 0) cell.funded++;
    cell.unknown += r.grants_unknown_amount;
    out.set(key, cell);
  }
  return [...out.values()].sort((a, b) => a.fiscal_year - b.fiscal_year);
}

const TIER_GROUPS = [...TIER_DOMAIN, "No single tier"];

/** What the tier chart measures: how many of a tier's countries got a grant, or how much. */
export const TIER_MEASURES = {
  share: "Share of its countries with a grant",
  per_country: "Stated money per country in the tier",
} as const;
export type TierMeasure = keyof typeof TIER_MEASURES;

/**
 * Per fiscal year and tier, one line: the share of the tier's countries that received any grant,
 * or the tier's stated money divided by its countries (funded or not) — a lower bound wherever a
 * grant's amount is unknown, said in the tooltip.
 */
/** A point of the tier chart: a tier's countries in one fiscal year, with both measures. */
export interface FundingTierPoint extends FundingByTier {
  share: number;
  per_country: number;
}

/**
 * Exactly what the tier chart draws (its table and download use it too). A fiscal year in which
 * the table lists no grant anywhere (2001) is left out and returned apart, not drawn as every
 * tier at 0 %: it says more about the table than about the tiers.
 */
export function fundingTierSeries(
  rows: readonly FundingCountryYearRow[],
  tiers: readonly { country: string; year: number; tier: string }[],
): { data: FundingTierPoint[]; emptyYears: number[] } {
  const all = fundingByTier(rows, tiers);
  const emptyYears = [...new Set(all.map((d) => d.fiscal_year))].filter(
    (y) => !all.some((d) => d.fiscal_year === y && d.funded > 0),
  );
  const data = all
    .filter((d) => !emptyYears.includes(d.fiscal_year))
    .map((d) => ({
      ...d,
      share: d.countries ? d.funded / d.countries : 0,
      per_country: d.countries ? d.total_usd / d.countries : 0,
    }));
  return { data, emptyYears };
}

export function FundingTierChart(
  rows: readonly FundingCountryYearRow[],
  tiers: readonly { country: string; year: number; tier: string }[],
  { width, measure = "share" }: { width: number; measure?: TierMeasure },
) {
  const { data, emptyYears } = fundingTierSeries(rows, tiers);
  const share = measure === "share";
  return fixAria(
    Plot.plot({
      width,
      height: 320,
      marginLeft: 56,
      ariaLabel: share
        ? "Share of countries in each TIP tier that received a US anti-trafficking grant, per fiscal year"
        : "Stated US anti-trafficking money per country in each TIP tier, per fiscal year",
      ariaDescription: `One line per tier of the TIP Report of June of the fiscal year. Countries listed in the grant table only.${emptyYears.length ? ` Not drawn: ${emptyYears.join(", ")}, when the table lists no grant anywhere.` : ""}`,
      x: {
        label: "US fiscal year (tier: TIP Report of June that year)",
        ...yearAxis(
          Math.min(...data.map((d) => d.fiscal_year)),
          Math.max(...data.map((d) => d.fiscal_year)),
          width - 76,
        ),
      },
      y: share
        ? { label: "Countries with a grant (%)", percent: true, domain: [0, 100], grid: true }
        : { label: "Stated US$ per country", grid: true, tickFormat: (v: number) => formatUsd(v) },
      color: { domain: TIER_GROUPS, range: [...TIER_RANGE, "#999"], legend: true, label: "Tier" },
      marks: [
        Plot.line(data, { x: "fiscal_year", y: measure, stroke: "tier", strokeWidth: 2 }),
        Plot.dot(data, {
          x: "fiscal_year",
          y: measure,
          fill: "tier",
          r: 3.5,
          className: "funding-tier-dots",
          tip: yearTip({
            channels: {
              Year: "fiscal_year",
              Tier: "tier",
              "Countries with a grant": (d: FundingByTier) => `${d.funded} of ${d.countries}`,
              "Stated amounts": (d: FundingByTier) => `${d.unknown ? "at least " : ""}${exactUsd(d.total_usd)}`,
              "Per country": (d: FundingByTier) =>
                `${d.unknown ? "at least " : ""}${formatUsd(d.countries ? d.total_usd / d.countries : 0)}`,
              "Grants with no stated amount": "unknown",
            },
            format: { x: false, y: false, fill: false },
          }) as any,
        }),
      ],
    }),
  );
}

/** Per purpose: grants flagged for it and their stated amounts (a grant may have several). */
export function fundingByPurpose(grants: readonly FundingGrantRow[]) {
  return Object.entries(FUNDING_PURPOSES).map(([key, { label }]) => {
    const flagged = grants.filter((g) => g.has_grant && g[key as keyof typeof FUNDING_PURPOSES] === true);
    return {
      purpose: key,
      label,
      grants: flagged.length,
      stated_usd: flagged.reduce((s, g) => s + (g.amount_usd ?? 0), 0),
      unknown: flagged.filter((g) => g.amount_usd == null).length,
    };
  });
}

/**
 * Per recipient type: grants and their stated amounts. Types that differ only in capitals
 * ("Neither", "NEither") are one bar under the most frequent spelling, and `spellings` lists
 * every spelling with its count so that the page can say so; the grant table keeps each as written.
 */
export function fundingByRecipientType(grants: readonly FundingGrantRow[]) {
  const out = new Map<
    string,
    { recipient_type: string; grants: number; stated_usd: number; unknown: number; spellings: Map<string, number> }
  >();
  for (const g of grants) {
    if (!g.has_grant) continue;
    const written = g.recipient_type ?? "(not given)";
    const key = written.toLowerCase();
    const cell = out.get(key) ?? {
      recipient_type: written,
      grants: 0,
      stated_usd: 0,
      unknown: 0,
      spellings: new Map<string, number>(),
    };
    cell.spellings.set(written, (cell.spellings.get(written) ?? 0) + 1);
    cell.recipient_type = [...cell.spellings].sort((a, b) => b[1] - a[1])[0][0];
    cell.grants++;
    cell.stated_usd += g.amount_usd ?? 0;
    if (g.amount_usd == null) cell.unknown++;
    out.set(key, cell);
  }
  return [...out.values()].sort((a, b) => b.stated_usd - a.stated_usd);
}

/** Horizontal bars of stated amounts per category, with grants and unknown amounts in the tip. */
export function FundingBars(
  data: readonly { stated_usd: number; grants: number; unknown: number }[],
  { width: available, category, label }: { width: number; category: string; label: string },
) {
  // A container measured mid-layout can be narrower than the margins (seen once at 112 px under
  // load): the bars would get negative widths, which the browser logs as errors. Never below 240.
  const width = Math.max(available, 240);
  return fixAria(
    Plot.plot({
      width,
      height: 40 + data.length * 26,
      marginLeft: width < 520 ? 124 : 150,
      marginRight: 56,
      ariaLabel: label,
      x: {
        label: "Stated amounts (US$)",
        tickFormat: (v: number) => formatUsd(v),
        ticks: Math.max(2, Math.floor((width - 200) / 70)),
        grid: true,
      },
      y: { label: null, domain: data.map((d: any) => d[category]) },
      marks: [
        Plot.barX(data, {
          y: category,
          x: "stated_usd",
          fill: "var(--theme-foreground-focus)",
          className: "funding-category-bars",
          tip: {
            channels: {
              "Stated amounts": (d: { stated_usd: number }) => exactUsd(d.stated_usd),
              Grants: "grants",
              "No stated amount": "unknown",
            },
            format: { x: false, y: true },
          } as any,
        }),
        Plot.text(data, {
          y: category,
          x: "stated_usd",
          text: (d: { stated_usd: number }) => formatUsd(d.stated_usd),
          dx: 4,
          textAnchor: "start",
          fill: "currentColor",
          ariaHidden: "true",
        }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

/** One country's grants per fiscal year: stated amounts as bars, years with no grant marked 0. */
export function CountryFundingChart(rows: readonly FundingCountryYearRow[], { width }: { width: number }) {
  const listed = rows.filter((r) => r.total_status !== "not_listed");
  const none = listed.filter((r) => r.total_status === "none");
  const peak = Math.max(1, ...listed.map((r) => r.total_high_usd ?? 0));
  return fixAria(
    Plot.plot({
      width,
      height: 220,
      marginLeft: 52,
      marginTop: 24,
      ariaLabel: `US anti-trafficking grants to ${rows[0]?.place_name ?? "this country"} per fiscal year`,
      ariaDescription: `Stated amounts. No grant in ${none.map((r) => r.fiscal_year).join(", ") || "no year"}.`,
      x: {
        label: "US fiscal year",
        tickFormat: yearTick(width < 520),
        type: "band",
        domain: rows.map((r) => r.fiscal_year),
      },
      y: {
        label: "Stated amounts (US$)",
        tickFormat: (v: number) => formatUsd(v),
        grid: true,
        domain: [0, peak * 1.15],
      },
      marks: [
        Plot.barY(listed, {
          x: "fiscal_year",
          y: (r: FundingCountryYearRow) => r.total_usd ?? 0,
          fill: "var(--theme-foreground-focus)",
          className: "country-funding-bars",
          tip: yearTip({
            channels: {
              Year: "fiscal_year",
              "Stated total": (r: FundingCountryYearRow) => exactUsd(r.total_usd),
              Grants: "grants",
              "No stated amount": "grants_unknown_amount",
              Total: (r: FundingCountryYearRow) => STATUS_LABEL(r.total_status),
            },
            format: { x: false, y: false },
          }) as any,
        }),
        Plot.text(none, {
          x: "fiscal_year",
          y: 0,
          text: () => "0",
          dy: -6,
          fill: "currentColor",
          fontSize: 10,
          ariaHidden: "true",
        }),
        Plot.text(
          listed.filter((r) => r.total_status === "lower_bound"),
          {
            x: "fiscal_year",
            y: (r: FundingCountryYearRow) => r.total_usd ?? 0,
            text: () => "≥",
            dy: -8,
            fill: "currentColor",
            ariaHidden: "true",
          },
        ),
        Plot.ruleY([0]),
      ],
    }),
  );
}

/**
 * One sentence on a country's US grants for its overview: the years it received some and, said
 * as plainly, the years it received none; years the table does not list are named apart.
 */
export function fundingSummary(rows: readonly FundingCountryYearRow[], name: string): string {
  if (!rows.length) return `The US grant table (fiscal years 2001–2014) does not list ${name}.`;
  const years = (status: (r: FundingCountryYearRow) => boolean) => rows.filter(status).map((r) => r.fiscal_year);
  const funded = years((r) => r.grants > 0);
  const none = years((r) => r.total_status === "none");
  const missing = years((r) => r.total_status === "not_listed");
  const total = rows.reduce((s, r) => s + (r.total_usd ?? 0), 0);
  const lower = rows.some((r) => r.total_status === "lower_bound");
  const parts = [
    funded.length
      ? `${name} received US anti-trafficking grants (State Department, G/TIP) in ${funded.length} of the ${rows.length} fiscal years 2001–2014 (${yearRanges(funded)}), ${lower ? "at least " : ""}${formatUsd(total)} stated`
      : `${name} received no US anti-trafficking grant (State Department, G/TIP) in fiscal years 2001–2014`,
  ];
  if (funded.length && none.length) parts.push(`none in ${yearRanges(none)}`);
  if (missing.length) parts.push(`the table has no row for ${yearRanges(missing)}`);
  return parts.join("; ") + ".";
}
