// The merge rules of the tier panel, as pure functions on observations (no files): which tier a
// country × report year cell shows, and whether its sources agree. Kept apart from the readers so
// that the rules are tested on small fixtures.

import {
  SOURCE_CLASSES as SOURCE_CLASS_VOCABULARY,
  TIER_STATUSES,
  TIER_VALUES,
  type SourceClass,
  type TierValue,
} from "../../src/lib/vocabulary.ts";

export type { SourceClass };
/** What a source says about one country in one report year: any tier value but "unknown". */
export type ObservedTier = Exclude<TierValue, "unknown">;
export const OBSERVED_TIERS = Object.keys(TIER_VALUES).filter((t) => t !== "unknown") as ObservedTier[];
/** What a cell shows: an observed value, or "unknown" where no source speaks. */
export type CellTier = TierValue;
/** Source classes in order of preference (report text, compiled, secondary). */
export const SOURCE_CLASSES = Object.keys(SOURCE_CLASS_VOCABULARY) as SourceClass[];

export interface TierObservation {
  country: string;
  year: number;
  value: ObservedTier;
  source_id: string;
  source_title: string;
  source_url: string | null;
  source_class: SourceClass;
  reference_row: string;
  quote: string | null;
  flag: string | null;
  note: string | null;
}

export const CELL_STATUSES = Object.keys(TIER_STATUSES) as CellStatus[];
export type CellStatus = keyof typeof TIER_STATUSES;

export interface TierCell {
  country: string;
  year: number;
  tier: CellTier;
  status: CellStatus;
  /** Each source that speaks to the cell with what it says, best first: "title: value". */
  sources: string;
  source_count: number;
  best_source: string | null;
  best_source_url: string | null;
  best_source_class: SourceClass | null;
  best_reference_row: string | null;
  quote: string | null;
  /** True when every source giving the shown tier is secondary. */
  secondary_only: boolean;
  flag: string | null;
  note: string | null;
}

/**
 * Two observed values agree when equal, or when "Tier 1 or 2" (on neither the Watch List nor Tier 3)
 * meets a value off those lists: Tier 1, Tier 2 or a special case. "Not ranked" contradicts it:
 * the inference says the country is ranked, on Tier 1 or 2 (Haiti 2011: the panel says not
 * ranked, the Factbook-based inference Tier 1 or 2; those cells were shown as `single`).
 */
export function compatible(a: ObservedTier, b: ObservedTier): boolean {
  if (a === b) return true;
  const broad = (x: ObservedTier, y: ObservedTier) =>
    x === "Tier 1 or 2" && y !== "Tier 2 Watch List" && y !== "Tier 3" && y !== "not ranked";
  return broad(a, b) || broad(b, a);
}

const classRank = (c: SourceClass) => SOURCE_CLASSES.indexOf(c);

/** One publisher's page cited twice (a facts.csv row and a list from the same page) is one source. */
const sourceKey = (o: TierObservation): string =>
  o.source_url ? o.source_url.replace(/^https?:\/\/(www\.)?/, "").toLowerCase() : o.source_id;

/**
 * One cell from the observations of one country and year (possibly none). The shown tier is the
 * most specific value of the best-placed source; a conflict keeps that value, flags the cell and
 * lists every source with what it says.
 */
export function mergeCell(country: string, year: number, observations: TierObservation[]): TierCell {
  const ranked = [...observations].sort(
    (a, b) =>
      Number(a.value === "Tier 1 or 2") - Number(b.value === "Tier 1 or 2") ||
      classRank(a.source_class) - classRank(b.source_class),
  );
  const best = ranked[0];
  const flags = [...new Set(observations.map((o) => o.flag).filter((f): f is string => Boolean(f)))];
  const notes = [...new Set(observations.map((o) => o.note).filter((n): n is string => Boolean(n)))];
  if (!best)
    return {
      country,
      year,
      tier: "unknown",
      status: "unknown",
      sources: "",
      source_count: 0,
      best_source: null,
      best_source_url: null,
      best_source_class: null,
      best_reference_row: null,
      quote: null,
      secondary_only: false,
      flag: null,
      note: null,
    };
  const conflict = ranked.some((a) => ranked.some((b) => !compatible(a.value, b.value)));
  const distinctSources = new Set(observations.map(sourceKey)).size;
  // Agreement needs two sources naming the tier; the lists' "Tier 1 or 2" is consistent with it, not a second witness.
  const specificSources = new Set(observations.filter((o) => o.value !== "Tier 1 or 2").map(sourceKey)).size;
  const status: CellStatus = conflict
    ? "conflict"
    : best.value === "Tier 1 or 2"
      ? "partial"
      : specificSources > 1
        ? "agree"
        : "single";
  return {
    country,
    year,
    tier: best.value,
    status,
    sources: ranked.map((o) => `${o.source_title}: ${o.value}`).join("\n"),
    source_count: distinctSources,
    best_source: best.source_title,
    best_source_url: best.source_url,
    best_source_class: best.source_class,
    best_reference_row: best.reference_row,
    quote: ranked.find((o) => o.quote)?.quote ?? null,
    // Judged on the sources that give the tier shown: the Factbook's partial "Tier 1 or 2" does
    // not make Germany's "Tier 1" in 2025, read from "Examples in 2025 include…", better sourced.
    secondary_only: observations.filter((o) => o.value === best.value).every((o) => o.source_class === "secondary"),
    flag: [conflict ? "conflict" : null, ...flags].filter(Boolean).join("; ") || null,
    note: notes.join("; ") || null,
  };
}

/**
 * Where a year's Watch List and Tier 3 lists are complete, a country on neither (but ranked in a
 * full list within two years, so known to be in the report) gets the partial answer "Tier 1 or 2"
 * from those lists. Countries named on the lists have their own observations already.
 */
export function notOnListsObservations(
  observations: TierObservation[],
  completeLists: Map<number, Omit<TierObservation, "country" | "year" | "value" | "quote" | "flag" | "note">>,
): TierObservation[] {
  const fullListYears = new Map<string, number[]>();
  const named = new Set<string>();
  for (const o of observations) {
    if (completeLists.get(o.year)?.source_id === o.source_id) named.add(`${o.country}:${o.year}`);
    if (o.source_class !== "secondary" && ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"].includes(o.value))
      fullListYears.set(o.country, [...(fullListYears.get(o.country) ?? []), o.year]);
  }
  const out: TierObservation[] = [];
  for (const [year, source] of completeLists) {
    for (const [country, years] of fullListYears) {
      if (named.has(`${country}:${year}`) || !years.some((y) => Math.abs(y - year) <= 2)) continue;
      out.push({
        ...source,
        country,
        year,
        value: "Tier 1 or 2",
        quote: null,
        flag: null,
        note: null,
      });
    }
  }
  return out;
}

/** Every country × year cell in `years`, for every country any observation names. */
export function mergePanel(observations: TierObservation[], years: [number, number]): TierCell[] {
  const byCell = new Map<string, TierObservation[]>();
  for (const o of observations) {
    const key = `${o.country}:${o.year}`;
    byCell.set(key, [...(byCell.get(key) ?? []), o]);
  }
  const countries = [...new Set(observations.map((o) => o.country))].sort();
  const cells: TierCell[] = [];
  for (const country of countries)
    for (let year = years[0]; year <= years[1]; year++)
      cells.push(mergeCell(country, year, byCell.get(`${country}:${year}`) ?? []));
  return cells;
}

/** A stated count: "in `year`, `count` countries were on `tier`", said by `source` at file:line. */
export interface StatedCount {
  year: number;
  tier: ObservedTier | "all";
  count: number;
  source: string;
  file: string;
  line: number | null;
}

/** Each stated count the panel disagrees with, with a message. */
export function checkStatedCounts(cells: TierCell[], counts: StatedCount[]): { count: StatedCount; message: string }[] {
  const ranked = new Set(["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special case"]);
  return counts.flatMap((c) => {
    const n = cells.filter(
      (cell) => cell.year === c.year && (c.tier === "all" ? ranked.has(cell.tier) : cell.tier === c.tier),
    ).length;
    return n === c.count
      ? []
      : [{ count: c, message: `${c.source} states ${c.count} on ${c.tier} in ${c.year}; the panel has ${n}` }];
  });
}

/** Upgrades and downgrades between consecutive years where both tiers are known exactly. */
export const TIER_ORDER: Partial<Record<CellTier, number>> = {
  "Tier 1": 1,
  "Tier 2": 2,
  "Tier 2 Watch List": 3,
  "Tier 3": 4,
};
