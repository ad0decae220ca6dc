// One sentence on what the data says about a country, from its rows only; every clause names its
// source and edition or year, and a missing table says "no …" rather than being skipped.
import { countPhrase } from "./format.js";
import type { RegionStat } from "./region-comparison.js";
import { RANKED_TIERS, tierHeadline, type TierCell } from "./tier-headline.js";

export interface SummaryInput {
  name: string;
  /** The country's tiers rows; the headline is chosen by tierHeadline, as on every page. */
  tiers: TierCell[];
  regionStats: RegionStat[];
  figures: number;
  events: number;
  cspaListedYears: number[];
  /** Years whose accounts of the CSPA list differ on this country (listed in one, not in another). */
  cspaDisputedYears?: number[];
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 1 });

export function countrySummary(s: SummaryInput): string {
  const parts: string[] = [];
  const { cell, later } = tierHeadline(s.tiers);
  if (cell) {
    const first = s.tiers.filter((c) => RANKED_TIERS.includes(c.tier)).sort((a, b) => a.year - b.year)[0];
    const notes = [
      first.year < cell.year ? `${first.tier} in ${first.year}, the earliest placement held here` : null,
      cell.secondary_only || cell.best_source_class === "secondary" ? "secondary sources only" : null,
      later ? `${later.year}: ${later.tier}, secondary sources only` : null,
    ].filter(Boolean);
    parts.push(
      `The US State Department placed ${s.name} on ${cell.tier} in its ${cell.year} TIP Report` +
        (notes.length ? ` (${notes.join("; ")})` : ""),
    );
  } else parts.push(`tip-atlas holds no TIP Report tier placement for ${s.name}`);
  const gsi = s.regionStats.at(-1);
  if (gsi) {
    const relation =
      gsi.value > gsi.q3 ? "above most of" : gsi.value < gsi.q1 ? "below most of" : "within the middle half of";
    parts.push(
      `Walk Free's Global Slavery Index ${gsi.edition} estimates ${fmt(gsi.value)} people in modern slavery per 1,000, ` +
        `${relation} ${gsi.region} (median ${fmt(gsi.median)} across ${gsi.countries} countries)`,
    );
  } else parts.push("the Global Slavery Index gives no estimate held here");
  if (s.cspaListedYears.length)
    parts.push(`it was on the Child Soldiers Prevention Act list in ${s.cspaListedYears.join(", ")}`);
  if (s.cspaDisputedYears?.length)
    parts.push(
      `accounts of the Child Soldiers Prevention Act list differ on it in ${s.cspaDisputedYears.join(", ")} (listed in one, not in another)`,
    );
  const counts = `${countPhrase(s.figures, "figure")} quoted from reports and ${countPhrase(s.events, "dated event")}`;
  return `${parts.join("; ")}. The atlas also holds ${counts}.`;
}
