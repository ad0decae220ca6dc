// Vocabularies shared by loaders and pages, declared once with their labels. Pure data: the
// loaders validate against these keys, the Parquet dictionary lists them, the charts label with them.

/** A vocabulary: each allowed value with a short label (legends) and a definition (dictionary, tooltips). */
export type Vocabulary = Readonly<Record<string, { label: string; description: string }>>;

export const labelsOf = <V extends Vocabulary>(v: V): Record<keyof V & string, string> =>
  Object.fromEntries(Object.entries(v).map(([k, { label }]) => [k, label])) as Record<keyof V & string, string>;

/**
 * Who stands behind a figure. Analysts must tell a government's own claim from official statistics
 * it reported to an international body, from an outside assessment or estimate, from civil
 * society and from the press; a figure's claim kind is reviewed by hand, never guessed.
 */
export const CLAIM_KINDS = {
  government_claim: {
    label: "Government claim",
    description: "Stated by a national or provincial government or one of its agencies about its own work.",
  },
  official_statistics: {
    label: "Official statistics (to UNODC)",
    description:
      "Official data reported by national authorities to an international body such as UNODC; not an estimate by that body.",
  },
  us_state_department: {
    label: "US State Department",
    description: "Stated in a US State Department Trafficking in Persons Report or interim assessment.",
  },
  walk_free_estimate: {
    label: "Walk Free estimate",
    description: "Estimated by Walk Free (Global Slavery Index), a modelled estimate rather than a count.",
  },
  civil_society: {
    label: "Civil society",
    description: "Stated by a non-governmental or civil-society organisation.",
  },
  news_report: {
    label: "News report",
    description: "Stated by a news report with no other attribution.",
  },
} as const satisfies Vocabulary;
export type ClaimKind = keyof typeof CLAIM_KINDS;
// Typed loosely so that a page can look up any string it holds (an unknown key gives undefined).
export const CLAIM_LABELS: Readonly<Record<string, string>> = labelsOf(CLAIM_KINDS);

export const EVENT_TYPES = {
  cspa_list: {
    label: "CSPA list",
    description: "A government is placed on the US Child Soldiers Prevention Act list in a TIP Report.",
  },
  action_plan: {
    label: "Action plans",
    description: "A national or provincial action plan or strategic framework is adopted or extended.",
  },
  rules: { label: "Rules", description: "Rules or regulations are approved under an existing law." },
  law: { label: "Laws", description: "A law is passed or amended." },
  ratification: { label: "Treaties", description: "A treaty or protocol is ratified." },
  institution: { label: "Institutions", description: "An institution, unit or committee is created or notified." },
  statement: { label: "Statements", description: "An official statement or submission." },
  status: {
    label: "Status",
    description: "A state of affairs reported at a date (e.g. not yet a party to a treaty).",
  },
} as const satisfies Vocabulary;
export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_LABELS: Readonly<Record<string, string>> = labelsOf(EVENT_TYPES);

/** TIP Report tier placements, from best to worst. */
export const TIERS = {
  "Tier 1": { label: "Tier 1", description: "Fully meets the TVPA's minimum standards." },
  "Tier 2": { label: "Tier 2", description: "Does not fully meet the standards but makes significant efforts." },
  "Tier 2 Watch List": {
    label: "Tier 2 Watch List",
    description: "Tier 2, with a significant or increasing number of victims or a failure to show increasing efforts.",
  },
  "Tier 3": { label: "Tier 3", description: "Does not meet the standards and is not making significant efforts." },
} as const satisfies Vocabulary;
export type Tier = keyof typeof TIERS;

export const QUALIFIERS = {
  exact: { label: "exactly", description: "The number as stated." },
  approximately: { label: "about", description: "Stated as approximate (about, around, some)." },
  nearly: { label: "nearly", description: "Stated as just under (nearly, almost)." },
  at_least: { label: "at least", description: "A lower bound (more than, at least, over)." },
  at_most: { label: "at most", description: "An upper bound (up to, less than, fewer than)." },
  range: { label: "between", description: "A range: value to value_high." },
} as const satisfies Vocabulary;
export type Qualifier = keyof typeof QUALIFIERS;

export const PROVENANCES = {
  document: {
    label: "Quoted from a stored document",
    description:
      "A row whose quote was found verbatim in a document stored in data/sources/ and checked on every build.",
  },
  dataset: {
    label: "Cited dataset row",
    description: "A cited row of a reference dataset (data/reference/), with its source title, URL and excerpt.",
  },
} as const satisfies Vocabulary;
export type Provenance = keyof typeof PROVENANCES;
