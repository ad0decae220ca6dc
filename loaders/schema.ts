// The input schemas: what a row of data/figures.csv, candidates.csv, events.csv and a source's
// front matter may hold, validated with zod, and the metric and unit vocabularies. The published
// tables are declared in src/lib/tables/ and the shared vocabularies in src/lib/vocabulary.ts.
import { z } from "zod";
import { isCountryCode } from "./countries.ts";
import {
  CLAIM_KINDS,
  EVENT_TYPES,
  QUALIFIERS as QUALIFIER_VOCABULARY,
  type ClaimKind,
  type EventType,
  type Qualifier,
} from "../src/lib/vocabulary.ts";

export { CLAIM_KINDS, EVENT_TYPES, type ClaimKind, type EventType, type Qualifier };

/** Units a figure may carry. Currencies are ISO 4217 codes and are checked separately. */
export const COUNT_UNITS = ["persons", "count", "percent", "per_1000", "per_100000", "rank"] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

// ICU's list of ISO 4217 codes, shipped with Node: maintained upstream, not by us.
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
export const isCurrency = (unit: string): boolean => CURRENCIES.has(unit);
export const isUnit = (unit: string): boolean => (COUNT_UNITS as readonly string[]).includes(unit) || isCurrency(unit);

export const QUALIFIERS = Object.keys(QUALIFIER_VOCABULARY) as [Qualifier, ...Qualifier[]];

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

export const SOURCE_KINDS = ["news", "government-report", "ngo-statement"] as const;

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
  country: countryCode,
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
