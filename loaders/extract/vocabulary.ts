// Words the extractor reads around a number: what is counted, how sure the source is, and which
// metric of the vocabulary (loaders/schema.ts) the sentence is about.
import type { Metric } from "../schema.ts";

/** Nouns that make a number a count of people. */
export const PERSON_NOUNS = String.raw`people|persons?|individuals?|victims?|survivors?|men|women|children|child|girls?|boys?|minors?|adults?|workers?|labou?rers?|migrants?|refugees?|returnees?|deportees?|nationals?|citizens?|residents?|traffickers?|offenders?|suspects?|perpetrators?|convicts?|slaves?|brides?|sex workers?|smugglers?|agents?|officials?|officers?|policemen|judges|prosecutors|inspectors|staff|personnel|teachers|doctors|defendants?|accused|abductees|detainees|prisoners?|employees|students|population|inhabitants|household members|beggars|domestics|servants|fishermen|miners|Pakistanis|Indians|Afghans|Bangladeshis|Nepalis|Nepalese|Filipinos|Chinese|Burmese`;

/** Nouns that make a number a count of something a report tallies (not a person). */
export const COUNT_NOUNS = String.raw`task forces|circles|investigations?|prosecutions?|convictions?|acquittals?|cases?|arrests?|complaints?|raids?|operations?|inquiries|enquiries|FIRs?|charges?|sentences?|shelters?|centres?|centers?|units?|housing units|houses|homes|kilns?|brick kilns?|factories|trainings?|training sessions|sessions|workshops?|referrals?|calls|hotline calls|incidents?|reports?|identity cards|ID cards|CNICs?|cards|loans?|visas?|passports?|deportations?|families|households|schools|NGOs|committees|courts|rescues|interceptions`;

// "women's shelters" is about shelters: a possessive person noun is a modifier.
const PERSON_RE = new RegExp(
  String.raw`^(?:\s+(?:[\p{Ll}-]+|[\p{Lu}][\p{Ll}-]+)){0,3}?\s+(?:${PERSON_NOUNS})\b(?!['’]s\b)`,
  "u",
);
const STAT_AFTER_RE = new RegExp(
  String.raw`^\s+(?:(?:new|more|additional|other|suspected|alleged|potential|possible|female|male|foreign|child|adult|bonded|forced|trafficking|labou?r|sex|criminal|separate|total|registered|reported|convicted|identified|rescued|pending|open|active|police|government|border|immigration|complicit|senior|local|specialized|state-run|government-funded|anti-trafficking|district)\s+){0,2}(?:${PERSON_NOUNS}|${COUNT_NOUNS})\b` +
    // "sheltered four of them", "14 of the convicted"
    String.raw`|^\s+of\s+(?:them|whom|these|those|the\s+(?:\w+\s+)?(?:convicted|victims|traffickers|defendants|suspects))\b`,
  "u",
);
// "18.4 million in modern slavery", "40 million enslaved"
const ENSLAVED_RE =
  /^\s+(?:(?:people|persons)\s+)?(?:in (?:modern )?slavery|enslaved|living in (?:modern )?slavery|in forced (?:labou?r|marriage)|in bonded labou?r|in servitude|in debt bondage)\b/;

/** Whether the words after a number say it counts people ("650 laborers", "2.13million men"). */
export function countsPeople(after: string): boolean {
  return PERSON_RE.test(after) || ENSLAVED_RE.test(after);
}

/** Whether a number written in words counts something ("eight investigations"), not "three factors". */
export function countsSomething(after: string): boolean {
  return STAT_AFTER_RE.test(after) || ENSLAVED_RE.test(after);
}

const ADJECTIVES = String.raw`new|more|additional|other|suspected|alleged|potential|possible|female|male|foreign|child|adult|bonded|forced|trafficking|labou?r|sex|criminal|separate|total|registered|reported|convicted|identified|rescued|pending|open|active`;
// "brick kiln workers" counts people: a thing noun followed by a person noun is a modifier.
const THING_RE = new RegExp(
  String.raw`^\s+(?:(?:${ADJECTIVES})\s+|(?!(?:${PERSON_NOUNS}|to|in|into|from|for|by|with|at|on|among|including)\b)[\p{Ll}-]+(?:['’]s)?\s+){0,3}?(?:${COUNT_NOUNS})\b(?!\s+(?:${PERSON_NOUNS})\b)`,
  "u",
);
const THINGS_THEN_RE = new RegExp(
  String.raw`\b(?:${COUNT_NOUNS})\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|stood at|reached|totall?ed|numbered|rose|fell|increased|decreased|grew|dropped|declined|went|jumped|of|at)\s*(?:from\s+|to\s+|by\s+)?$`,
  "iu",
);

/** Whether the clause before a number announces a count of things ("prosecutions rose from 120"). */
export const thingsBefore = (before: string) => THINGS_THEN_RE.test(before);

/** Whether the words after a number say it counts things, not people ("8 convictions of officials"). */
export const countsThings = (after: string) => THING_RE.test(after);

/** Words before the number that qualify it, nearest last. */
const QUALIFIERS: [RegExp, string][] = [
  [
    /\b(?:approximately|approx\.?|about|around|roughly|some|an estimated|estimated|estimates|estimated at|estimate of|estimated that|estimates that|estimate that|est\.|circa|ca\.|an approximate|almost exactly)\s*$/i,
    "approximately",
  ],
  [/\b(?:nearly|almost|close to|just under|just below|well over)\s*$/i, "nearly"],
  [
    /\b(?:over|more than|above|at least|in excess of|upwards of|exceeding|no fewer than|no less than|a minimum of|not less than|beyond|greater than|just over|in over)\s*$/i,
    "at_least",
  ],
  [
    /\b(?:up to|fewer than|less than|below|under|at most|no more than|not more than|a maximum of|maximum of|as many as|as few as)\s*$/i,
    "at_most",
  ],
];

export function qualifierBefore(before: string): string {
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return "exact";
}

type UnitKind = "persons" | "count" | "percent" | "rate" | "currency";
interface MetricRule {
  metric: Metric;
  words: RegExp;
  units: UnitKind[];
  /** Lower runs first: what was done ("rescued", "convicted") before what is estimated. */
  tier: number;
  verb: RegExp;
}

// Each rule's keywords; the nearest keyword to the figure wins within the best tier.
const RULES: Omit<MetricRule, "verb">[] = [
  {
    metric: "complicit_official_convictions",
    words: /\bconvict\w*[^.;]{0,60}\bofficials?\b|\bofficials?\b[^.;]{0,40}\bconvict\w*/gi,
    units: ["persons", "count"],
    tier: 0,
  },
  { metric: "share_of_convictions", words: /\bconvict\w*/gi, units: ["percent"], tier: 1 },
  { metric: "victims_referred_to_care_share", words: /\breferr\w*/gi, units: ["percent"], tier: 1 },
  {
    metric: "people_rescued",
    words: /\b(?:rescu\w*|freed|liberated|recovered|released from)\b/gi,
    units: ["persons", "count"],
    tier: 1,
  },
  { metric: "children_removed_from_work", words: /\bremov\w*/gi, units: ["persons", "count"], tier: 1 },
  { metric: "victims_identified", words: /\bidentif\w*/gi, units: ["persons", "count"], tier: 1 },
  {
    metric: "id_cards_issued",
    words: /\b(?:identity cards?|ID cards?|CNICs?|identity documents?)\b/gi,
    units: ["persons", "count"],
    tier: 1,
  },
  {
    metric: "investigations",
    words: /\binvestigat\w*\b(?!\s+(?:Agency|Bureau|Department|Wing|Cell|Directorate))/gi,
    units: ["count", "persons"],
    tier: 1,
  },
  { metric: "prosecutions", words: /\bprosecut\w*/gi, units: ["count", "persons"], tier: 1 },
  { metric: "convictions", words: /\bconvict\w*/gi, units: ["count", "persons"], tier: 1 },
  { metric: "arrests", words: /\b(?:arrest\w*|apprehend\w*|detain\w*)/gi, units: ["count", "persons"], tier: 1 },
  { metric: "complaints_received", words: /\bcomplaints?\b/gi, units: ["count"], tier: 1 },
  { metric: "cases_registered", words: /\b(?:cases?|FIRs?)\b/gi, units: ["count"], tier: 2 },
  {
    metric: "housing_units_built",
    words: /\b(?:housing units?|houses|homes|dwellings)\b/gi,
    units: ["count"],
    tier: 1,
  },
  { metric: "loans_disbursed", words: /\bloans?\b/gi, units: ["currency"], tier: 1 },
  {
    metric: "programme_annual_spend",
    words: /\b(?:expenditure|spent|spends|spending|annual(?:ly)? (?:cost|budget))\b/gi,
    units: ["currency"],
    tier: 1,
  },
  {
    metric: "programme_budget",
    words:
      /\b(?:project|programme|program|budget\w*|allocat\w*|fund\w*|grant\w*|pledg\w*|releas\w*|sanction\w*|approv\w*)\b/gi,
    units: ["currency"],
    tier: 2,
  },
  {
    metric: "modern_slavery_prevalence",
    words: /\b(?:modern slavery|modern slaves|enslaved|slavery|prevalence)\b/gi,
    units: ["percent", "rate"],
    tier: 3,
  },
  {
    metric: "people_in_modern_slavery",
    words: /\b(?:modern slavery|modern slaves|enslaved|slavery)\b/gi,
    units: ["persons"],
    tier: 3,
  },
  { metric: "forced_labour_estimate", words: /\bforced labou?r\w*/gi, units: ["persons"], tier: 4 },
  { metric: "bonded_labour_estimate", words: /\bbonded labou?r\w*/gi, units: ["persons"], tier: 4 },
];

// Each rule's keywords as a whole-word test, for the verb right before a figure.
const METRIC_RULES: MetricRule[] = RULES.map((r) => ({ ...r, verb: new RegExp(`^(?:${r.words.source})$`, "i") }));

export function unitKind(unit: string): UnitKind {
  if (unit === "per_1000" || unit === "per_100000") return "rate";
  if (/^[A-Z]{3}$/.test(unit)) return "currency";
  return unit as UnitKind;
}

// What directly follows a figure names it more surely than any keyword elsewhere.
const METRIC_AFTER: [RegExp, Metric][] = [
  [
    /^\s+(?:people\s+|persons\s+)?(?:were\s+|are\s+)?(?:in|living in|trapped in) forced labou?r\b/i,
    "forced_labour_estimate",
  ],
  [
    /^\s+(?:people\s+|persons\s+)?(?:were\s+|are\s+)?(?:in|living in|trapped in) (?:bonded labou?r|debt bondage)\b/i,
    "bonded_labour_estimate",
  ],
  [
    /^\s+(?:people\s+|persons\s+)?(?:were\s+|are\s+)?(?:in|living in|trapped in) (?:modern )?slavery\b/i,
    "people_in_modern_slavery",
  ],
];

/**
 * The metric a figure most likely measures: of the rules whose keywords occur in `context` and
 * whose units fit, the lowest tier wins, and within it the keyword nearest the figure (at
 * `at`, an offset in `context`).
 */
// The noun a count is of: "2446 cases" is cases registered, whatever else the sentence says.
const NOUN_METRIC: [RegExp, Metric][] = [
  [
    /^\s+(?:(?:new|more|additional|registered|reported|trafficking|criminal)\s+){0,2}(?:cases|FIRs?)\b/i,
    "cases_registered",
  ],
  [/^\s+(?:(?:new|more|additional|registered|trafficking)\s+){0,2}complaints?\b/i, "complaints_received"],
  [/^\s+(?:(?:new|more|additional|trafficking|criminal)\s+){0,2}investigations?\b/i, "investigations"],
  [/^\s+(?:(?:new|more|additional|trafficking|criminal)\s+){0,2}prosecutions?\b/i, "prosecutions"],
  [/^\s+(?:(?:new|more|additional|trafficking|criminal)\s+){0,2}convictions?\b/i, "convictions"],
  [/^\s+(?:(?:new|more|additional)\s+){0,2}arrests?\b/i, "arrests"],
  [/^\s+(?:[\w-]+\s+){0,2}(?:housing units?|houses)\b/i, "housing_units_built"],
];

export function guessMetric(context: string, at: number, unit: string, after = ""): Metric | null {
  const kind = unitKind(unit);
  if (kind === "persons") for (const [re, metric] of METRIC_AFTER) if (re.test(after)) return metric;
  // The verb right before the figure ("investigating 22,114 cases", "convicted 1,319") names
  // what was done; then the noun right after it ("2446 cases"); then the nearest keyword.
  const lead =
    /([\p{L}-]+)\s+(?:(?:approximately|about|around|some|nearly|almost|over|more than|at least|a total of|an estimated|only|just|another|a further)\s+)*$/u.exec(
      context.slice(Math.max(0, at - 40), at),
    )?.[1];
  if (lead && kind !== "currency") {
    const rule = METRIC_RULES.find((r) => r.tier > 0 && r.units.includes(kind) && r.verb.test(lead));
    if (rule) return rule.metric;
  }
  const byNoun = kind === "count" || kind === "persons" ? NOUN_METRIC.find(([re]) => re.test(after))?.[1] : undefined;
  let best: { tier: number; distance: number; metric: Metric } | null = null;
  for (const rule of METRIC_RULES) {
    if (!rule.units.includes(kind)) continue;
    rule.words.lastIndex = 0;
    for (const m of context.matchAll(rule.words)) {
      const distance = Math.abs(m.index! + m[0].length / 2 - at);
      if (!best || rule.tier < best.tier || (rule.tier === best.tier && distance < best.distance))
        best = { tier: rule.tier, distance, metric: rule.metric };
    }
  }
  // Only a tier-0 rule ("convictions of complicit officials") overrides the counted noun.
  if (byNoun && !(best && best.tier === 0)) return byNoun;
  return best?.metric ?? null;
}
