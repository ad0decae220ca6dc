// Colours and labels shared by the charts. Tier colours run from blue (meets the minimum
// standards) to red (does not, and makes no significant efforts); they read on light and dark.
export const TIER_DOMAIN = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"];
export const TIER_RANGE = ["#2c7bb6", "#8fc1de", "#f0a04b", "#d7301f"];

export const CLAIM_LABELS: Record<string, string> = {
  government_claim: "National government claim",
  us_state_department: "US State Department",
  walk_free_estimate: "Walk Free estimate",
  civil_society: "Civil society",
  news_report: "News report",
};

/** Who stands behind a figure, in words; an unknown code is shown as it is, never hidden. */
export const claimLabel = (kind: string): string => CLAIM_LABELS[kind] ?? kind;

export const EVENT_LABELS: Record<string, string> = {
  law: "Laws",
  rules: "Rules",
  action_plan: "Action plans",
  ratification: "Treaties",
  institution: "Institutions",
  cspa_list: "CSPA list",
  statement: "Statements",
  status: "Status",
};

/** South Asia as the State Department's and Walk Free's regional comparisons draw it. */
export const SOUTH_ASIA = ["AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK"];

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as a Date at its start. */
export function partialDate(text: string): Date {
  const [y, m = "1", d = "1"] = text.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}
