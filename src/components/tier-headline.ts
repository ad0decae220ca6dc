// A country's TIP tier in one headline, the same words on every page (the Overview's card, the
// country page's summary): the latest ranked placement that rests on more than secondary sources,
// with its year and where it comes from; a later placement that only secondary sources give is
// named after it as such, never as the headline.
import { SOURCE_CLASSES } from "../lib/vocabulary.js";

/** What the headline needs of a tiers row. */
export interface TierCell {
  year: number;
  tier: string;
  status: string;
  best_source?: string | null;
  best_source_class?: string | null;
  secondary_only?: boolean | null;
}

export const RANKED_TIERS = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"];

export interface TierHeadline<T extends TierCell> {
  /** The placement the headline names (null: no ranked placement at all). */
  cell: T | null;
  /** A later ranked placement resting on secondary sources only, named after the headline. */
  later: T | null;
  /** How the headline's source stands to the report, in words ("Report text", …). */
  sourceClass: string | null;
}

const secondary = (c: TierCell) => c.secondary_only === true || c.best_source_class === "secondary";

export function tierHeadline<T extends TierCell>(cells: readonly T[]): TierHeadline<T> {
  const ranked = cells.filter((c) => RANKED_TIERS.includes(c.tier)).sort((a, b) => a.year - b.year);
  const firm = ranked.filter((c) => !secondary(c));
  // Only secondary sources at all: the latest of them is the headline, and says so.
  const cell = firm.at(-1) ?? ranked.at(-1) ?? null;
  const later = cell ? (ranked.filter((c) => c.year > cell.year).at(-1) ?? null) : null;
  const cls = cell?.best_source_class;
  const sourceClass = cls && cls in SOURCE_CLASSES ? SOURCE_CLASSES[cls as keyof typeof SOURCE_CLASSES].label : null;
  return { cell, later, sourceClass };
}

/** The headline as a clause: "Tier 2 in the 2023 TIP Report (2025: Tier 2, secondary sources only)". */
export function tierHeadlineText(h: TierHeadline<TierCell>): string | null {
  if (!h.cell) return null;
  const onlySecondary = secondary(h.cell) ? ", secondary sources only" : "";
  const later = h.later ? `; ${h.later.year}: ${h.later.tier}, secondary sources only` : "";
  return `${h.cell.tier} in the ${h.cell.year} TIP Report${onlySecondary ? ` (${onlySecondary.slice(2)})` : ""}${later}`;
}
