import { CLAIM_LABELS, TIERS } from "../lib/vocabulary.js";

// Colours and labels shared by the charts. Tier colours run from blue (meets the minimum
// standards) to red (does not, and makes no significant efforts); they read on light and dark.
export const TIER_DOMAIN = Object.keys(TIERS);
export const TIER_RANGE = ["#2c7bb6", "#8fc1de", "#f0a04b", "#d7301f"];

/**
 * Missing or unknown: a quiet colour in both themes. A fixed light grey (#e6e6e6) was the
 * brightest thing on a dark page, drawing the eye to exactly what we do not know; the theme's
 * faintest foreground is 14% of the text colour over the background, light or dark alike.
 */
export const UNKNOWN_COLOR = "var(--theme-foreground-faintest)";

// Labels come from the one vocabulary the loaders validate against.
export { CLAIM_LABELS, EVENT_LABELS } from "../lib/vocabulary.js";

/** Who stands behind a figure, in words; an unknown code is shown as it is, never hidden. */
export const claimLabel = (kind: string): string => CLAIM_LABELS[kind] ?? kind;

/** South Asia as the State Department's and Walk Free's regional comparisons draw it. */
export const SOUTH_ASIA = ["AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK"];

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as a Date at its start. */
export function partialDate(text: string): Date {
  const [y, m = "1", d = "1"] = text.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}
