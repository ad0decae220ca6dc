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

/**
 * What a cell of the tier panel shows: one of the four tiers, a partial answer, a value outside
 * the tiers, or unknown. Drawn in this order.
 */
export const TIER_VALUES = {
  ...TIERS,
  "Tier 1 or 2": {
    label: "Tier 1 or 2 (on neither list)",
    description:
      "Only the year's Watch List and Tier 3 lists are known, and the country is on neither: a partial answer, not a guessed Tier 2.",
  },
  "Special case": {
    label: "Special case",
    description: "Not ranked: the report treats the country as a special case (e.g. Libya, Somalia, Yemen).",
  },
  "not ranked": { label: "Not ranked", description: "Not ranked in that year's report." },
  unknown: { label: "Unknown (no source)", description: "No source we hold speaks to that country and year." },
} as const satisfies Vocabulary;
export type TierValue = keyof typeof TIER_VALUES;

/** Whether the sources of a tier cell agree. */
export const TIER_STATUSES = {
  agree: { label: "Sources agree", description: "Two or more sources name this tier." },
  single: {
    label: "One source",
    description: "One source names the tier (a list's Tier 1 or 2 may be consistent with it).",
  },
  conflict: {
    label: "Conflict",
    description: "Sources disagree: every one is kept; the best-placed source's tier is shown and flagged.",
  },
  partial: { label: "Partial", description: "Only 'Tier 1 or 2' is known (on neither the Watch List nor Tier 3)." },
  unknown: { label: "Unknown", description: "No source for this country and year." },
} as const satisfies Vocabulary;
export type TierStatus = keyof typeof TIER_STATUSES;

/** How far a source stands from the report it reports; the order is the order of preference. */
export const SOURCE_CLASSES = {
  report_text: {
    label: "Report text",
    description: "The State Department's own text, or a verbatim copy of a report's country narrative or table.",
  },
  compiled: { label: "Compiled", description: "A list, panel or table compiled from the reports by a third party." },
  secondary: { label: "Secondary", description: "News, blogs, NGO summaries or student projects retelling a report." },
} as const satisfies Vocabulary;
export type SourceClass = keyof typeof SOURCE_CLASSES;

/** Child Soldiers Prevention Act list membership, as one source states it for one year. */
export const CSPA_STATUSES = {
  listed: { label: "Listed", description: "Named on the year's CSPA list." },
  "not listed": {
    label: "Not listed",
    description: "Absent from a complete list of that year, or stated as not listed.",
  },
  unknown: {
    label: "Unknown",
    description: "No complete list of that year's report was found: unknown, not 'not listed'.",
  },
} as const satisfies Vocabulary;
export type CspaStatus = keyof typeof CSPA_STATUSES;

/** The TIP Reports' global law-enforcement measures. */
export const LAW_ENFORCEMENT_MEASURES = {
  prosecutions: { label: "Prosecutions", description: "Trafficking prosecutions reported worldwide." },
  labour_prosecutions: {
    label: "Labour trafficking prosecutions",
    description: "The labour-trafficking part, from 2007.",
  },
  convictions: { label: "Convictions", description: "Trafficking convictions reported worldwide." },
  labour_convictions: {
    label: "Labour trafficking convictions",
    description: "The labour-trafficking part, from 2007.",
  },
  victims_identified: { label: "Victims identified", description: "Victims identified worldwide, from 2008." },
  labour_victims_identified: {
    label: "Labour trafficking victims identified",
    description: "The labour-trafficking part, from 2011.",
  },
  new_or_amended_laws: { label: "New or amended laws", description: "Anti-trafficking laws passed or amended." },
} as const satisfies Vocabulary;
export type LawEnforcementMeasure = keyof typeof LAW_ENFORCEMENT_MEASURES;
