// The one declaration of every table tip-atlas publishes: vocabularies, column types and the
// data dictionary. Loaders validate with these schemas, tests import them, and the README's
// data dictionary is generated from `dictionary` (npm run docs:schema).
import { z } from "zod";
import { isAreaCode, isCountryCode } from "./countries.ts";

/** Units a figure may carry. Currencies are ISO 4217 codes and are checked separately. */
export const COUNT_UNITS = ["persons", "count", "percent", "per_1000", "per_100000", "rank"] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

// ICU's list of ISO 4217 codes, shipped with Node: maintained upstream, not by us.
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
export const isCurrency = (unit: string): boolean => CURRENCIES.has(unit);
export const isUnit = (unit: string): boolean => (COUNT_UNITS as readonly string[]).includes(unit) || isCurrency(unit);

export const QUALIFIERS = ["exact", "approximately", "nearly", "at_least", "at_most", "range"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What kind of unit a metric is measured in; "currency" admits any ISO 4217 code. */
type UnitKind = CountUnit | "currency";

interface MetricDefinition {
  label: string;
  description: string;
  units: readonly UnitKind[];
}

/** The metric vocabulary. Add a metric here and every loader, test and page knows it. */
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
    units: ["count"],
  },
  prosecutions: {
    label: "Prosecutions",
    description: "Trafficking prosecutions initiated.",
    units: ["count"],
  },
  convictions: {
    label: "Convictions",
    description: "Traffickers convicted.",
    units: ["count"],
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
    units: ["count"],
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
    units: ["persons"],
  },
  cspa_list_size: {
    label: "Governments on the CSPA list",
    description: "Number of governments on the US Child Soldiers Prevention Act list.",
    units: ["count"],
  },
} as const satisfies Record<string, MetricDefinition>;
export type Metric = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as Metric[];

export function unitFitsMetric(unit: string, metric: Metric): boolean {
  const kinds: readonly UnitKind[] = METRICS[metric].units;
  return kinds.includes(isCurrency(unit) ? "currency" : (unit as CountUnit));
}

/** Who stands behind a figure: analysts must tell government claims from external assessments. */
export const CLAIM_KINDS = {
  government_claim: "Reported by the Government of Pakistan or its agencies (FIA, Interior Ministry, provinces).",
  us_state_department: "Stated in a US State Department TIP Report or interim assessment.",
  walk_free_estimate: "Estimated by Walk Free's Global Slavery Index.",
  civil_society: "Stated by a civil-society organisation.",
  news_report: "Stated by a news report with no other attribution.",
} as const;
export type ClaimKind = keyof typeof CLAIM_KINDS;

export const SOURCE_KINDS = ["news", "government-report", "ngo-statement"] as const;

export const EVENT_TYPES = {
  cspa_list: "A government is placed on the US Child Soldiers Prevention Act list in a TIP Report.",
  action_plan: "A national or provincial action plan or strategic framework is adopted or extended.",
  rules: "Rules or regulations are approved under an existing law.",
  law: "A law is passed or amended.",
  ratification: "A treaty or protocol is ratified.",
  institution: "An institution, unit or committee is created or notified.",
  statement: "An official statement or submission.",
  status: "A state of affairs reported at a date (e.g. not yet a party to a treaty).",
} as const;
export type EventType = keyof typeof EVENT_TYPES;

// Dates in the ledger are as precise as the source allows: a year, a month or a day.
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const partialDate = z
  .string()
  .regex(PARTIAL_DATE, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(
    (s) =>
      s.length < 10 ||
      (!Number.isNaN(Date.parse(s + "T00:00:00Z")) && new Date(s + "T00:00:00Z").toISOString().startsWith(s)),
    "is not a calendar date",
  );

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug (a-z, 0-9, hyphens)");
const nonEmpty = z.string().trim().min(1, "is empty");
const optionalText = z.string().transform((s) => (s.trim() === "" ? null : s.trim()));
/** A string that passes `test`; the message names the offending value. */
const checked = (test: (s: string) => boolean, problem: string) =>
  z.string().superRefine((s, ctx) => {
    if (!test(s)) ctx.addIssue({ code: "custom", message: `"${s}" ${problem}` });
  });
const countryCode = checked(isCountryCode, "is not an ISO 3166-1 alpha-3 country code");
/** A figure may be a world or TIP-region total (WLD, SCA), as the TIP Reports' global tables are. */
const areaCode = checked(isAreaCode, "is not an ISO 3166-1 alpha-3 country code (or WLD for the world, SCA)");

/** A finite number written plainly in the CSV: no thousands separators, no units. */
const plainNumber = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (!/^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
    ctx.addIssue({ code: "custom", message: `"${s}" is not a plain number` });
    return z.NEVER;
  }
  const n = Number(t);
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: "custom", message: `"${s}" is not a finite number` });
    return z.NEVER;
  }
  return n;
});

// ---------------------------------------------------------------------------------------------
// sources: the front matter of data/sources/<id>.md

export const SourceMetaSchema = z
  .object({
    id: slug,
    title: nonEmpty,
    publisher: nonEmpty,
    publisher_note: z.string().optional(),
    published: partialDate,
    published_note: z.string().optional(),
    url: z.string().url().nullable(),
    kind: z.enum(SOURCE_KINDS),
    language: z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"),
    seed_file: z.string().optional(),
  })
  .strict();
export type SourceMeta = z.infer<typeof SourceMetaSchema>;

// ---------------------------------------------------------------------------------------------
// figures: data/figures.csv, one row per figure, reviewed by hand

export const FIGURE_COLUMNS = [
  "figure_id",
  "source_id",
  "quote",
  "value",
  "value_high",
  "unit",
  "qualifier",
  "metric",
  "country",
  "region",
  "period_start",
  "period_end",
  "claim_kind",
  "note",
] as const;

// The columns of a figure row, shared by figures.csv and candidates.csv.
const figureFields = {
  figure_id: slug,
  source_id: slug,
  quote: nonEmpty,
  value: plainNumber,
  value_high: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.union([z.literal("").transform(() => null), plainNumber])),
  unit: checked(isUnit, `is not a unit (${COUNT_UNITS.join(", ")} or an ISO 4217 currency code)`),
  qualifier: z.enum(QUALIFIERS),
  metric: z.enum(METRIC_NAMES as [Metric, ...Metric[]]),
  country: areaCode,
  region: optionalText,
  period_start: partialDate,
  period_end: partialDate,
  claim_kind: z.enum(Object.keys(CLAIM_KINDS) as [ClaimKind, ...ClaimKind[]]),
  note: optionalText,
};

export const FigureRowSchema = z
  .object(figureFields)
  .strict()
  .superRefine((row, ctx) => {
    if (isUnit(row.unit) && !unitFitsMetric(row.unit, row.metric)) {
      ctx.addIssue({
        code: "custom",
        path: ["unit"],
        message: `"${row.unit}" does not fit metric ${row.metric} (expects ${METRICS[row.metric].units.join(" or ")})`,
      });
    }
    if (row.value < 0) ctx.addIssue({ code: "custom", path: ["value"], message: "is negative" });
    if ((row.qualifier === "range") !== (row.value_high !== null)) {
      ctx.addIssue({ code: "custom", path: ["value_high"], message: "must be set exactly when qualifier is range" });
    }
    if (row.value_high !== null && row.value_high < row.value) {
      ctx.addIssue({ code: "custom", path: ["value_high"], message: "is below value" });
    }
    if (row.period_end < row.period_start.slice(0, row.period_end.length)) {
      ctx.addIssue({
        code: "custom",
        path: ["period_end"],
        message: `${row.period_end} is before period_start ${row.period_start}`,
      });
    }
  });
export type FigureRow = z.infer<typeof FigureRowSchema>;

// ---------------------------------------------------------------------------------------------
// candidates: data/candidates.csv, figures proposed by the extractor (npm run add-source) and
// not yet reviewed (npm run review). Same columns as figures.csv, plus status and confidence;
// metric, country and claim_kind may be empty until a reviewer fills them.

export const CANDIDATE_STATUSES = ["candidate", "accepted", "rejected"] as const;
export const CANDIDATE_COLUMNS = [...FIGURE_COLUMNS, "status", "confidence"] as const;
const emptyOr = <T extends z.ZodType>(schema: T) => z.union([z.literal("").transform(() => null), schema]);
export const CandidateRowSchema = z
  .object({
    ...figureFields,
    metric: emptyOr(figureFields.metric),
    country: emptyOr(countryCode),
    period_start: z.union([z.literal(""), partialDate]),
    period_end: z.union([z.literal(""), partialDate]),
    claim_kind: emptyOr(figureFields.claim_kind),
    status: z.enum(CANDIDATE_STATUSES),
    confidence: plainNumber.refine((n) => n >= 0 && n <= 1, "must be between 0 and 1"),
  })
  .strict();
export type CandidateRow = z.infer<typeof CandidateRowSchema>;

// ---------------------------------------------------------------------------------------------
// events: data/events.csv, dated non-numeric facts

export const EVENT_COLUMNS = [
  "event_id",
  "source_id",
  "quote",
  "date",
  "date_end",
  "event_type",
  "country",
  "region",
  "title",
  "note",
] as const;

export const EventRowSchema = z
  .object({
    event_id: slug,
    source_id: slug,
    quote: nonEmpty,
    date: partialDate,
    // Where a source only bounds an event ("during the last one year"), date is the earliest
    // and date_end the latest it can have happened.
    date_end: z
      .string()
      .transform((s) => s.trim())
      .pipe(z.union([z.literal("").transform(() => null), partialDate])),
    event_type: z.enum(Object.keys(EVENT_TYPES) as [EventType, ...EventType[]]),
    country: countryCode,
    region: optionalText,
    title: nonEmpty,
    note: optionalText,
  })
  .strict()
  .superRefine((row, ctx) => {
    if (row.date_end !== null && row.date_end < row.date.slice(0, row.date_end.length)) {
      ctx.addIssue({ code: "custom", path: ["date_end"], message: `${row.date_end} is before date ${row.date}` });
    }
  });
export type EventRow = z.infer<typeof EventRowSchema>;

// ---------------------------------------------------------------------------------------------
// The published tables (Parquet) and their data dictionary.

type ColumnType = "string" | "double" | "int32" | "boolean" | "string?" | "double?" | "int32?";
export interface ColumnDoc {
  name: string;
  type: ColumnType;
  description: string;
}

export const dictionary: Record<
  | "figures"
  | "candidates"
  | "sources"
  | "events"
  | "gsi"
  | "tiers"
  | "tier_observations"
  | "cspa"
  | "law_enforcement_global",
  ColumnDoc[]
> = {
  figures: [
    { name: "figure_id", type: "string", description: "Stable identifier of the figure in data/figures.csv." },
    {
      name: "provenance",
      type: "string",
      description:
        "document: quoted from a stored document and checked against it; dataset: a cited row of data/reference/facts.csv.",
    },
    {
      name: "source_id",
      type: "string?",
      description: "The stored document the figure is quoted from (sources.id); null for dataset rows.",
    },
    { name: "source_title", type: "string", description: "Title of the source." },
    { name: "source_publisher", type: "string?", description: "Publisher of the stored document." },
    {
      name: "source_published",
      type: "string?",
      description: "Publication date of the stored document (YYYY[-MM[-DD]]).",
    },
    { name: "source_url", type: "string?", description: "Link to the source as published, where known." },
    {
      name: "quote",
      type: "string?",
      description: "The sentence holding the figure, verbatim; for dataset rows the cited excerpt, if any.",
    },
    {
      name: "quote_start",
      type: "int32?",
      description: "Character offset (UTF-16) of the quote in the document body.",
    },
    { name: "quote_end", type: "int32?", description: "Character offset just past the quote." },
    { name: "figure_text", type: "string?", description: 'The figure as written in the quote (e.g. "$1.4 million").' },
    { name: "figure_start", type: "int32?", description: "Character offset of figure_text in the document body." },
    { name: "figure_end", type: "int32?", description: "Character offset just past figure_text." },
    { name: "reference_row", type: "string", description: "The input row this figure was read from (path:line)." },
    {
      name: "claim_kind",
      type: "string",
      description:
        "Who stands behind the figure: government_claim, us_state_department, walk_free_estimate, civil_society or news_report.",
    },
    { name: "value", type: "double", description: 'The figure, normalised ("2.13million" is 2130000).' },
    { name: "value_high", type: "double?", description: "Upper bound when the figure is a range, else null." },
    {
      name: "unit",
      type: "string",
      description: "persons, count, percent, per_1000, per_100000, rank or an ISO 4217 currency code.",
    },
    { name: "qualifier", type: "string", description: "exact, approximately, nearly, at_least, at_most or range." },
    { name: "metric", type: "string", description: "What is measured, from the metric vocabulary." },
    { name: "metric_label", type: "string", description: "Human-readable name of the metric." },
    { name: "country", type: "string", description: "ISO 3166-1 alpha-3 code of the country the figure is about." },
    { name: "country_name", type: "string", description: "English name of that country." },
    {
      name: "region",
      type: "string?",
      description: "Province, district or city within the country, where the source gives one.",
    },
    { name: "period_start", type: "string", description: "Start of the period the figure covers (YYYY[-MM[-DD]])." },
    { name: "period_end", type: "string", description: "End of that period." },
    { name: "year", type: "int32", description: "The year of period_end, for charts." },
    { name: "note", type: "string?", description: "Reviewer's note: context, caveats, how the period was inferred." },
  ],
  candidates: [
    {
      name: "candidate_id",
      type: "string",
      description: "The figure_id in data/candidates.csv, or <source_id>@<start> for a proposal found at build time.",
    },
    { name: "source_id", type: "string", description: "The stored document the figure was found in." },
    {
      name: "status",
      type: "string",
      description: "candidate: proposed by the extractor, not reviewed by anyone; not a published figure.",
    },
    { name: "figure_text", type: "string", description: "The figure as written in the document." },
    {
      name: "figure_start",
      type: "int32",
      description: "Character offset (UTF-16) of figure_text in the document body.",
    },
    { name: "figure_end", type: "int32", description: "End offset of figure_text in the document body." },
    { name: "value", type: "double", description: "The number the extractor read." },
    { name: "value_high", type: "double?", description: "Upper bound, for ranges." },
    { name: "unit", type: "string", description: "persons, count, percent, per_1000, per_100000 or an ISO 4217 code." },
    { name: "qualifier", type: "string", description: "exact, approximately, nearly, at_least, at_most or range." },
    { name: "metric", type: "string?", description: "The extractor's guess from the metric vocabulary, if any." },
    { name: "country", type: "string?", description: "The extractor's guess of the country (ISO 3166-1 alpha-3)." },
    { name: "region", type: "string?", description: "The extractor's guess of the province or city." },
    { name: "year", type: "int32?", description: "The year from the sentence, else the document's date." },
    { name: "quote", type: "string", description: "The sentence holding the figure." },
    {
      name: "confidence",
      type: "double?",
      description: "For rows of data/candidates.csv: the extractor's confidence (0–1) when it proposed the row.",
    },
  ],
  sources: [
    { name: "id", type: "string", description: "Readable slug of the document; file data/sources/<id>.md." },
    { name: "title", type: "string", description: "Title as published." },
    { name: "publisher", type: "string", description: "Who published it." },
    {
      name: "publisher_note",
      type: "string?",
      description: "How the publisher was established when the text does not say.",
    },
    { name: "published", type: "string", description: "Publication date (YYYY[-MM[-DD]])." },
    {
      name: "published_note",
      type: "string?",
      description: "How the date was inferred when the text does not print it.",
    },
    { name: "url", type: "string?", description: "Link to the document as published, where known." },
    { name: "kind", type: "string", description: "news, government-report or ngo-statement." },
    { name: "language", type: "string", description: "ISO 639 language code." },
    { name: "sha256", type: "string", description: "SHA-256 of the body as stored, checked on every build." },
    { name: "characters", type: "int32", description: "Length of the body in characters." },
    { name: "figure_count", type: "int32", description: "Figures in the ledger quoted from this document." },
    { name: "event_count", type: "int32", description: "Events in data/events.csv quoted from this document." },
    { name: "body", type: "string", description: "The full text as published (render as text, never as HTML)." },
  ],
  events: [
    { name: "event_id", type: "string", description: "Stable identifier of the event." },
    {
      name: "provenance",
      type: "string",
      description:
        "document: quoted from a stored document (data/events.csv); dataset: a cited row of data/reference/facts.csv.",
    },
    {
      name: "source_id",
      type: "string?",
      description: "The stored document the event is quoted from; null for dataset rows.",
    },
    { name: "source_title", type: "string", description: "Title of the source." },
    { name: "source_url", type: "string?", description: "Link to the source, where known." },
    { name: "quote", type: "string?", description: "Verbatim sentence stating the event, or the cited excerpt." },
    { name: "quote_start", type: "int32?", description: "Character offset of the quote in the document body." },
    { name: "reference_row", type: "string", description: "The input row this event was read from (path:line)." },
    {
      name: "date",
      type: "string",
      description:
        "When it happened, as precisely as the source says (YYYY[-MM[-DD]]); the earliest possible date when the source only bounds it.",
    },
    {
      name: "date_end",
      type: "string?",
      description: "The latest date it can have happened, when the source gives only bounds.",
    },
    { name: "year", type: "int32", description: "The year of date, for charts." },
    { name: "event_type", type: "string", description: "Kind of event, from the event vocabulary." },
    { name: "country", type: "string", description: "ISO 3166-1 alpha-3 code of the country concerned." },
    { name: "country_name", type: "string", description: "English name of that country." },
    { name: "region", type: "string?", description: "Province or city, where the event is sub-national." },
    { name: "title", type: "string", description: "One-line description written by the reviewer." },
    { name: "note", type: "string?", description: "Reviewer's note." },
  ],
  gsi: [
    {
      name: "country",
      type: "string",
      description:
        "ISO 3166-1 alpha-3 code (names mapped with i18n-iso-countries and data/reference/country-aliases.csv).",
    },
    { name: "country_name", type: "string", description: "English name of the country." },
    {
      name: "iso_numeric",
      type: "string?",
      description: "ISO 3166-1 numeric code: the id of the country's shape in world-atlas.",
    },
    { name: "edition", type: "int32", description: "Global Slavery Index edition: 2016, 2018 or 2023." },
    { name: "region", type: "string?", description: "Walk Free's region for the country in that edition." },
    { name: "population", type: "double?", description: "Population used by the edition." },
    {
      name: "estimated_number",
      type: "double?",
      description: "Estimated number of people in modern slavery; null where the edition gives no estimate.",
    },
    {
      name: "estimated_number_qualifier",
      type: "string?",
      description: 'exact, or at_most where the table gives an upper bound ("<1,000").',
    },
    { name: "prevalence_published", type: "double?", description: "Prevalence as published, in prevalence_unit." },
    { name: "prevalence_unit", type: "string", description: "percent (2016) or per_1000 (2018, 2023)." },
    {
      name: "prevalence_per_1000",
      type: "double?",
      description: "Prevalence harmonised to people per 1,000 (2016 percent × 10).",
    },
    {
      name: "vulnerability_score",
      type: "double?",
      description: "The edition's overall vulnerability score (scales differ between editions).",
    },
    {
      name: "government_response_score",
      type: "double?",
      description: "The edition's government response total (scales differ between editions).",
    },
    { name: "source_title", type: "string", description: "The edition's country table." },
    { name: "source_url", type: "string", description: "Walk Free's page for the edition." },
    { name: "reference_row", type: "string", description: "The input row (path:line)." },
    {
      name: "comparability_note",
      type: "string",
      description: "Walk Free's warning that editions are not a time series.",
    },
  ],
  tiers: [
    { name: "country", type: "string", description: "ISO 3166-1 alpha-3 code." },
    { name: "country_name", type: "string", description: "English name of the country." },
    {
      name: "iso_numeric",
      type: "string?",
      description: "ISO 3166-1 numeric code, to match world-atlas shapes (none for Kosovo).",
    },
    { name: "year", type: "int32", description: "TIP Report year (the report of June of that year)." },
    {
      name: "tier",
      type: "string",
      description:
        "Tier 1, Tier 2, Tier 2 Watch List, Tier 3, Tier 1 or 2 (on neither of the year's complete Watch List and Tier 3 lists), Special case, not ranked, or unknown (no source).",
    },
    {
      name: "status",
      type: "string",
      description:
        "agree (two or more sources name this tier), single (one source), conflict (sources disagree: all kept, see sources), partial (Tier 1 or 2 only), unknown (no source).",
    },
    {
      name: "sources",
      type: "string",
      description: "Every source that speaks to the cell and what it says, best first, one per line.",
    },
    { name: "source_count", type: "int32", description: "Number of distinct sources." },
    { name: "best_source", type: "string?", description: "The source the tier is taken from (the best placed)." },
    { name: "best_source_url", type: "string?", description: "Its URL or repository." },
    {
      name: "best_source_class",
      type: "string?",
      description:
        "report_text (the report or a verbatim copy), compiled (a list or panel compiled from the reports) or secondary.",
    },
    { name: "best_reference_row", type: "string?", description: "Its input row (path:line)." },
    { name: "quote", type: "string?", description: "An excerpt stating the placement, where a source has one." },
    {
      name: "secondary_only",
      type: "boolean",
      description: "Every source of the cell is secondary (news, blog, NGO summary).",
    },
    {
      name: "flag",
      type: "string?",
      description: "conflict, suspect or uncertain: kept as published, never corrected; see note.",
    },
    { name: "note", type: "string?", description: "Why a cell is flagged, and notes of its sources." },
  ],
  tier_observations: [
    { name: "country", type: "string", description: "ISO 3166-1 alpha-3 code." },
    { name: "country_name", type: "string", description: "English name of the country." },
    { name: "year", type: "int32", description: "TIP Report year." },
    {
      name: "value",
      type: "string",
      description: "What the source says: a tier, Tier 1 or 2 (not on the lists), Special case or not ranked.",
    },
    { name: "source_id", type: "string", description: "Identifier of the source within the panel." },
    { name: "source_title", type: "string", description: "The source." },
    { name: "source_url", type: "string?", description: "Its URL or repository." },
    { name: "source_class", type: "string", description: "report_text, compiled or secondary." },
    { name: "reference_row", type: "string", description: "The input row (path:line)." },
    { name: "quote", type: "string?", description: "Excerpt stating the placement, where the source has one." },
    { name: "flag", type: "string?", description: "suspect or uncertain." },
    { name: "note", type: "string?", description: "Context from the source row." },
  ],
  cspa: [
    { name: "country", type: "string", description: "ISO 3166-1 alpha-3 code." },
    { name: "country_name", type: "string", description: "English name of the country." },
    { name: "year", type: "int32", description: "TIP Report year of the list." },
    {
      name: "status",
      type: "string",
      description:
        "listed, not listed (absent from the year's complete list), or unknown (no complete list of that year was found).",
    },
    { name: "source_title", type: "string", description: "The source." },
    { name: "source_url", type: "string?", description: "Link to it, where known." },
    { name: "source_id", type: "string?", description: "The stored document, for rows quoted from data/sources/." },
    { name: "quote", type: "string?", description: "Excerpt stating the listing." },
    { name: "reference_row", type: "string", description: "The input row." },
    { name: "provenance", type: "string", description: "document or dataset." },
    {
      name: "conflict",
      type: "boolean",
      description: "Sources disagree on this country and year: all their rows are kept.",
    },
    { name: "note", type: "string?", description: "Context from the source row." },
  ],
  law_enforcement_global: [
    { name: "year", type: "int32", description: "Year the figures cover (the report of the following June)." },
    {
      name: "measure",
      type: "string",
      description: "prosecutions, convictions, victims_identified (each with a labour_ part) or new_or_amended_laws.",
    },
    { name: "measure_label", type: "string", description: "The measure in words." },
    { name: "value", type: "double", description: "The global total as this source states it." },
    { name: "source_title", type: "string", description: "The source." },
    { name: "source_url", type: "string?", description: "Its URL or repository." },
    {
      name: "source_id",
      type: "string?",
      description: "The stored document (data/sources/), for the TIP 2008 and 2006 tables.",
    },
    { name: "source_class", type: "string", description: "report_text, compiled or secondary." },
    { name: "quote", type: "string?", description: "The table row or sentence quoted." },
    { name: "reference_row", type: "string", description: "The input row, or the ledger figures summed." },
    {
      name: "conflict",
      type: "boolean",
      description: "Sources give different values for this year and measure: all are kept.",
    },
    { name: "note", type: "string?", description: "How a value was derived, or why it is flagged." },
  ],
};
