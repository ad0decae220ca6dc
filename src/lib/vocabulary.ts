// Vocabularies shared by loaders and pages, declared once with their labels. Pure data: the
// loaders validate against these keys, the Parquet dictionary lists them, the charts label with them.

/**
 * A vocabulary, the one shape of every vocabulary: each allowed value with a short label (legends)
 * and a definition (dictionary, tooltips), and what else that vocabulary needs (a metric's units).
 */
export type Vocabulary = Readonly<
  Record<string, { readonly label: string; readonly description: string; readonly [more: string]: unknown }>
>;

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
  disputed: {
    label: "Listed in one account, not in another",
    description:
      "Accounts of the same year's list differ: one source names the government, another does not. A row of its own naming both sides; each account's row is kept.",
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

/** Units a figure may carry. Currencies are ISO 4217 codes and are checked separately. */
export const COUNT_UNITS = ["persons", "count", "percent", "per_1000", "per_100000", "rank"] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

/** What kind of unit a metric is measured in; "currency" admits any ISO 4217 code. */
export type UnitKind = CountUnit | "currency";

interface MetricDefinition {
  label: string;
  description: string;
  units: readonly UnitKind[];
}

/** The metric vocabulary of the figure ledger. Add a metric here and every loader, test and page knows it. */
export const METRICS = {
  people_in_modern_slavery: {
    label: "People in modern slavery",
    description: "Estimated number of people living in modern slavery (Global Slavery Index and reports citing it).",
    units: ["persons"],
  },
  modern_slavery_prevalence: {
    label: "Modern slavery prevalence",
    description: "Share of the population estimated to live in modern slavery.",
    units: ["percent", "per_1000", "per_100000"],
  },
  modern_slavery_rank: {
    label: "Modern slavery rank",
    description: "A country's rank in a modern slavery ranking, as stated by the source.",
    units: ["rank"],
  },
  people_rescued: {
    label: "People rescued",
    description: "People rescued or freed from trafficking, forced or bonded labour.",
    units: ["persons"],
  },
  victims_identified: {
    label: "Victims identified",
    description: "Trafficking victims identified by authorities.",
    units: ["persons"],
  },
  children_removed_from_work: {
    label: "Children removed from work",
    description: "Children identified in and removed from hazardous or bonded work.",
    units: ["persons"],
  },
  id_cards_issued: {
    label: "Identity cards obtained",
    description: "People helped to obtain national identity cards.",
    units: ["persons", "count"],
  },
  programme_budget: {
    label: "Programme budget",
    description: "Total budget of an anti-trafficking or anti-bonded-labour programme.",
    units: ["currency"],
  },
  programme_annual_spend: {
    label: "Programme annual spend",
    description: "Average or actual yearly expenditure of a programme.",
    units: ["currency"],
  },
  loans_disbursed: {
    label: "Loans disbursed",
    description: "Amount lent (e.g. no-interest loans to free labourers from debt).",
    units: ["currency"],
  },
  housing_units_built: {
    label: "Housing units built",
    description: "Housing units constructed for freed labourers or victims.",
    units: ["count"],
  },
  investigations: {
    label: "Investigations",
    description: "Trafficking investigations initiated.",
    units: ["count", "persons"],
  },
  prosecutions: {
    label: "Prosecutions",
    description: "Trafficking prosecutions initiated.",
    units: ["count", "persons"],
  },
  convictions: {
    label: "Convictions",
    description: "Traffickers convicted.",
    units: ["count", "persons"],
  },
  labour_prosecutions: {
    label: "Labour trafficking prosecutions",
    description: "Prosecutions for labour trafficking, a part of all trafficking prosecutions.",
    units: ["count"],
  },
  labour_convictions: {
    label: "Labour trafficking convictions",
    description: "Convictions for labour trafficking, a part of all trafficking convictions.",
    units: ["count"],
  },
  new_or_amended_laws: {
    label: "New or amended laws",
    description: "Anti-trafficking laws passed or amended in a year (TIP Report global law enforcement data).",
    units: ["count"],
  },
  share_of_convictions: {
    label: "Share of convictions",
    description: "A province's or group's share of all trafficking convictions.",
    units: ["percent"],
  },
  complicit_official_convictions: {
    label: "Convictions of complicit officials",
    description: "Government officials convicted for complicity in trafficking.",
    units: ["count", "persons"],
  },
  victims_referred_to_care_share: {
    label: "Victims referred to care",
    description: "Share of identified victims referred to protection services.",
    units: ["percent"],
  },
  bonded_labour_estimate: {
    label: "People in bonded labour",
    description: "Estimated number of people in bonded (debt) labour.",
    units: ["persons"],
  },
  forced_labour_estimate: {
    label: "People in forced labour",
    description: "Estimated number of people in forced labour.",
    units: ["persons"],
  },
  complaints_received: {
    label: "Complaints received",
    description: "Trafficking or smuggling complaints received by an agency.",
    units: ["count"],
  },
  cases_registered: {
    label: "Cases registered",
    description: "Cases registered or acted on by an agency.",
    units: ["count"],
  },
  arrests: {
    label: "Arrests",
    description: "People arrested for trafficking, smuggling or related offences.",
    units: ["persons", "count"],
  },
  cspa_list_size: {
    label: "Governments on the CSPA list",
    description: "Number of governments on the US Child Soldiers Prevention Act list.",
    units: ["count"],
  },
  // Enforcement and protection, as TIP Report narratives count them (issue 16).
  acquittals: {
    label: "Acquittals",
    description: "Defendants in trafficking cases acquitted, or acquittals recorded.",
    units: ["count", "persons"],
  },
  acquittal_rate: {
    label: "Acquittal rate",
    description: "Share of concluded trafficking cases (or defendants) ending in acquittal.",
    units: ["percent"],
  },
  conviction_rate: {
    label: "Conviction rate",
    description: "Share of concluded trafficking cases (or defendants) ending in conviction.",
    units: ["percent"],
  },
  prison_sentences: {
    label: "Prison sentences",
    description: "Convicted traffickers sentenced to prison terms.",
    units: ["persons", "count"],
  },
  life_sentences: {
    label: "Life sentences",
    description: "Convicted traffickers sentenced to life imprisonment.",
    units: ["persons", "count"],
  },
  complicit_official_investigations: {
    label: "Complicit officials investigated",
    description: "Government officials investigated or arrested for complicity in trafficking.",
    units: ["persons", "count"],
  },
  complicit_official_prosecutions: {
    label: "Complicit officials prosecuted",
    description: "Government officials prosecuted for complicity in trafficking.",
    units: ["persons", "count"],
  },
  victims_referred: {
    label: "Victims referred to care",
    description: "Identified victims referred to protection services (shelter, care, assistance).",
    units: ["persons"],
  },
  victims_sheltered: {
    label: "Victims sheltered or assisted",
    description: "Victims housed in shelters or assisted by protection services.",
    units: ["persons"],
  },
  victims_repatriated: {
    label: "Victims repatriated",
    description: "Trafficking victims returned to their country of origin.",
    units: ["persons"],
  },
  recruitment_prevented: {
    label: "Recruitment or departures prevented",
    description: "People stopped from leaving on fraudulent or exploitative job offers.",
    units: ["persons"],
  },
  coverage_count: {
    label: "Coverage (shelters, units, districts)",
    description: "How many shelters, units, task forces or jurisdictions an effort covers or reports from.",
    units: ["count"],
  },
  legal_penalty: {
    label: "Legal penalty",
    description: "A penalty a law prescribes (a fine, a prison term): law, not a statistic.",
    units: ["currency", "count"],
  },
} as const satisfies Vocabulary & Record<string, MetricDefinition>;
export type Metric = keyof typeof METRICS;

/** The metrics /enforcement shows: protection (people rescued, identified, referred) and law enforcement. */
export const ENFORCEMENT_METRICS = [
  "people_rescued",
  "victims_identified",
  "children_removed_from_work",
  "investigations",
  "prosecutions",
  "convictions",
  "share_of_convictions",
  "complicit_official_convictions",
  "complaints_received",
  "cases_registered",
  "arrests",
  "victims_referred_to_care_share",
  "id_cards_issued",
] as const satisfies readonly Metric[];

// UNODC GLOTIP country data: its vocabularies with our labels. The loader checks every cell
// against these, and the pages label charts and URLs with them.

/** Indicators as UNODC writes them → short id (used in URLs) and label. */
export const GLOTIP_INDICATORS = {
  "Detected trafficking victims": {
    id: "victims",
    label: "Detected victims",
    description: "Victims of trafficking in persons detected by national authorities in the year.",
  },
  "Persons prosecuted": {
    id: "prosecuted",
    label: "Persons prosecuted",
    description: "Persons prosecuted for trafficking in persons in the year.",
  },
  "Persons convicted": {
    id: "convicted",
    label: "Persons convicted",
    description: "Persons convicted of trafficking in persons in the year.",
  },
  "Persons brought into formal contact": {
    id: "formal_contact",
    label: "Persons brought into formal contact",
    description:
      "Persons brought into formal contact with the police or the criminal justice system for trafficking in persons.",
  },
  "Offences of trafficking in persons": {
    id: "offences",
    label: "Offences recorded",
    description: "Offences of trafficking in persons recorded in the year.",
  },
} as const satisfies Vocabulary;
export type GlotipIndicator = keyof typeof GLOTIP_INDICATORS;

/** The breakdown a GLOTIP row belongs to, as UNODC writes it. */
export const GLOTIP_DIMENSIONS = {
  Total: { label: "Total", description: "No breakdown: the indicator for the whole country." },
  "by form of exploitation": {
    label: "By form of exploitation",
    description: "Broken down by form of exploitation (the category names it).",
  },
  "by citizenship": { label: "By citizenship", description: "Broken down by the citizenship of the persons counted." },
  "by country of repatriation": {
    label: "By country of repatriation",
    description: "Broken down by country of repatriation (the category names it).",
  },
} as const satisfies Vocabulary;

export const GLOTIP_SEXES = {
  Total: { label: "All", description: "Every person counted, whatever their sex." },
  Female: { label: "Female", description: "Women and girls." },
  Male: { label: "Male", description: "Men and boys." },
  Other: { label: "Other", description: "Another sex, as the reporting country records it." },
  Unknown: { label: "Unknown", description: "Sex not recorded." },
} as const satisfies Vocabulary;

export const GLOTIP_AGES = {
  Total: { label: "All ages", description: "Every person counted, whatever their age." },
  "0 to 17 years": { label: "Children (0–17)", description: "Persons aged 0 to 17 years." },
  "18 years or over": { label: "Adults (18+)", description: "Persons aged 18 years or over." },
  Unknown: { label: "Age unknown", description: "Age not recorded." },
} as const satisfies Vocabulary;

/** The categories of the breakdown by form of exploitation, in the order charts draw them. */
export const GLOTIP_FORMS = {
  "Sexual exploitation": { label: "Sexual exploitation", description: "Trafficking for sexual exploitation." },
  "Forced labour": { label: "Forced labour", description: "Trafficking for forced labour." },
  "Other forms of exploitation": {
    label: "Other forms of exploitation",
    description: "Every other form the reporting country records.",
  },
} as const satisfies Vocabulary;

/** How a row's country is identified. */
export const GLOTIP_COUNTRY_STATUS = {
  iso: { label: "ISO 3166-1 code, checked", description: "The row's code is an ISO 3166-1 alpha-3 code." },
  no_iso_code: {
    label: "No ISO 3166-1 code (Sark): kept under its name",
    description: "UNODC reports a territory that has no ISO 3166-1 code; the row keeps UNODC's name.",
  },
  unidentified: {
    label: "Code in the file is not an ISO 3166-1 code and UNODC names no country: kept, attributed to none",
    description: "The row is kept with its code as written and counted in no country.",
  },
} as const satisfies Vocabulary;
export type GlotipCountryStatus = keyof typeof GLOTIP_COUNTRY_STATUS;

/** The suppressed small cell: 1 to 4, never 0. */
export const CENSORED_TEXT = "<5";
export const CENSORED_LOW = 1;
export const CENSORED_HIGH = 4;

/** Who stands behind the numbers: national authorities, reporting to UNODC (not UNODC estimates). */
export const GLOTIP_CLAIM_KIND = "official_statistics" satisfies keyof typeof CLAIM_KINDS;
/** For tooltips: who stands behind a value, in one line. */
export const GLOTIP_CLAIM_SHORT = `${CLAIM_KINDS[GLOTIP_CLAIM_KIND].label}, reported by national authorities`;
export const GLOTIP_CLAIM_LABEL = `${CLAIM_KINDS[GLOTIP_CLAIM_KIND].label}: ${CLAIM_KINDS[GLOTIP_CLAIM_KIND].description}`;

/** What a row of the US grant table says about its amount (funding_grants.amount_status). */
export const FUNDING_AMOUNT_STATUSES = {
  stated: {
    label: "Amount stated",
    description:
      "A grant whose amount reads as one number of US dollars (a malformed one only where one reading is possible).",
  },
  unknown: {
    label: "Amount unknown",
    description:
      'A grant whose amount the table does not give ("Not Listed", "Cannot determine trafficking portion…"): never 0, never dropped.',
  },
  ambiguous: {
    label: "Amount ambiguous (range)",
    description:
      'A grant whose malformed amount has two readings ("$2,500,00": $2,500.00 or $250,000): kept as the range between them.',
  },
  zero: {
    label: "$0 in a grant row",
    description: 'A grant row whose amount is $0, most saying where the money is listed instead ("See Bahamas, 2012").',
  },
  conflict: {
    label: "Amount without a grant",
    description:
      "The row says there was no grant (grant 0 or empty) but gives a non-zero amount: kept as read, flagged, not summed.",
  },
  none: {
    label: "No grant",
    description: "The country (or programme) received no grant that fiscal year: a true zero.",
  },
} as const satisfies Vocabulary;
export type FundingAmountStatus = keyof typeof FUNDING_AMOUNT_STATUSES;

/** What a place in the grant table is (funding_grants.place_kind). */
export const FUNDING_PLACE_KINDS = {
  country: {
    label: "Country",
    description: "A country, with its ISO 3166-1 alpha-3 code (USA: grants inside the United States).",
  },
  region: {
    label: "Regional programme",
    description: "Grants the table lists under a State Department region (Africa, Europe, …), not under one country.",
  },
  global: { label: "Global programme", description: "Grants not tied to one country or region." },
  former_state: {
    label: "Former state",
    description:
      "A state that no longer exists and has no ISO 3166-1 code (Yugoslavia): not assigned to its successors.",
  },
} as const satisfies Vocabulary;
export type FundingPlaceKind = keyof typeof FUNDING_PLACE_KINDS;

/** How a grant's purpose flags compare between the raw table and the aligned sheet. */
export const FUNDING_PURPOSE_CHECKS = {
  agrees: { label: "Raw table and sheet agree", description: "The raw table's four flags equal the aligned sheet's." },
  shifted: {
    label: "Shifted in the raw table",
    description:
      "The raw table has the flags one column to the left (the subgrantee column holds prevention); the aligned sheet's are used.",
  },
  differs: {
    label: "Raw table and sheet differ",
    description:
      'Neither the raw table’s flags nor their shifted form equal the aligned sheet’s, or a sheet cell is no flag ("$0", "o"): the sheet’s readable flags are used, the rest null.',
  },
  no_grant: { label: "No grant", description: "A row without a grant has no purpose." },
} as const satisfies Vocabulary;
export type FundingPurposeCheck = keyof typeof FUNDING_PURPOSE_CHECKS;

/** What a country-year total is (funding_country_year.total_status). */
export const FUNDING_TOTAL_STATUSES = {
  exact: { label: "Exact", description: "Every grant that year has a stated amount: the total is the sum." },
  lower_bound: {
    label: "Lower bound",
    description:
      "At least one grant that year has an unknown, ambiguous or conflicting amount: the total is at least this.",
  },
  none: { label: "No grant", description: "The table lists the country (or programme) that year with no grant: 0." },
  not_listed: {
    label: "Not in the table",
    description: "The table has no row for this country (or programme) in this fiscal year: unknown, not 0.",
  },
} as const satisfies Vocabulary;
export type FundingTotalStatus = keyof typeof FUNDING_TOTAL_STATUSES;

/** The four purposes a grant is flagged with, in the table's order. */
export const FUNDING_PURPOSES = {
  prevention: { label: "Prevention", description: "The grant is flagged for prevention." },
  protection: { label: "Protection", description: "The grant is flagged for protection of victims." },
  prosecution: {
    label: "Prosecution",
    description: "The grant is flagged for prosecution (law enforcement, justice).",
  },
  research: { label: "Research", description: "The grant is flagged for research." },
} as const satisfies Vocabulary;
export type FundingPurpose = keyof typeof FUNDING_PURPOSES;
