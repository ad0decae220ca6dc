// One sentence on what the data says about a country, from its rows only; every clause names its
// source and edition or year, and a missing table says "no …" rather than being skipped.
import { countPhrase } from "./format.js";
import type { RegionStat } from "./region-comparison.js";

export interface SummaryInput {
  name: string;
  tiers: { year: number; tier: string }[];
  regionStats: RegionStat[];
  figures: number;
  events: number;
  cspaListedYears: number[];
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 1 });

export function countrySummary(s: SummaryInput): string {
  const parts: string[] = [];
  const tiers = [...s.tiers].sort((a, b) => a.year - b.year);
  const latest = tiers.at(-1);
  if (latest) {
    const first = tiers[0];
    parts.push(
      `The US State Department placed ${s.name} on ${latest.tier} in its ${latest.year} TIP Report` +
        (first.year < latest.year ? ` (${first.tier} in ${first.year}, the earliest placement held here)` : ""),
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
  const counts = `${countPhrase(s.figures, "figure")} quoted from reports and ${countPhrase(s.events, "dated event")}`;
  return `${parts.join("; ")}. The atlas also holds ${counts}.`;
}
