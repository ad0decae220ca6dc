// Tier vocabulary shared by the readers of TIP tier sources (loaders/reference/tier-sources.ts):
// the spellings the published tables use, and the panel's float years.

export const TIERS = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"] as const;
export type Tier = (typeof TIERS)[number];

/** "Tier 2    " → Tier 2, "Watchlist" → Tier 2 Watch List, "NA" → null; else undefined. */
export function normaliseTier(text: string): Tier | null | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  if (t === "NA" || t === "") return null;
  if (/^watch ?list$/i.test(t) || /^tier 2 watch ?list$/i.test(t)) return "Tier 2 Watch List";
  const m = /^tier ([123])$/i.exec(t);
  return m ? (`Tier ${m[1]}` as Tier) : undefined;
}

/** "2001.0" → 2001, "2e3" → 2000 (the panel's spreadsheet wrote years as floats). */
export function parsePanelYear(text: string): number | null {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : null;
}
