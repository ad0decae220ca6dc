// The input schemas: what a row of data/figures.csv, candidates.csv, events.csv and a source's
// front matter may hold, validated with zod. The published tables are declared in
// src/lib/tables/, and every vocabulary (metrics and units included) in src/lib/vocabulary.ts.
import { z } from "zod";
import { isAreaCode, isCountryCode } from "./countries.ts";
import {
  CLAIM_KINDS,
  COUNT_UNITS,
  EVENT_TYPES,
  METRICS,
  QUALIFIERS,
  type ClaimKind,
  type CountUnit,
  type EventType,
  type Metric,
  type Qualifier,
  type UnitKind,
} from "../src/lib/vocabulary.ts";

export {
  CLAIM_KINDS,
  COUNT_UNITS,
  EVENT_TYPES,
  METRICS,
  type ClaimKind,
  type CountUnit,
  type EventType,
  type Metric,
  type Qualifier,
};

// ICU's list of ISO 4217 codes, shipped with Node: maintained upstream, not by us.
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
export const isCurrency = (unit: string): boolean => CURRENCIES.has(unit);
export const isUnit = (unit: string): boolean => (COUNT_UNITS as readonly string[]).includes(unit) || isCurrency(unit);

export const QUALIFIER_KEYS = Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]];

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
    /** What add-source left out of an HTML page as a reader cannot see it, by reason ("display:none 2; …"). */
    ingest_dropped: z.string().optional(),
    // A document that is one country's part of a larger report (a TIP Report country narrative)
    // says so: the country and report year are context the text itself often omits, because an
    // excerpt starts mid-narrative; the extractor and reviewers read them from here.
    country: countryCode.optional(),
    report_year: z
      .number()
      .int()
      .min(1900, "must be a four-digit year")
      .max(2100, "must be a four-digit year")
      .optional(),
    // excerpt: true marks a part of a page, not the whole page: which part (e.g. "PROSECUTION") and
    // when it was retrieved are then required, so nobody mistakes it for the full document.
    excerpt: z.boolean().optional(),
    part: nonEmpty.optional(),
    retrieved: partialDate.refine((s) => s.length === 10, "must be a full date YYYY-MM-DD").optional(),
  })
  .strict()
  .superRefine((meta, ctx) => {
    if (meta.excerpt) {
      for (const key of ["part", "retrieved"] as const)
        if (meta[key] === undefined)
          ctx.addIssue({ code: "custom", path: [key], message: "is required when excerpt is true" });
      if (meta.url === null)
        ctx.addIssue({
          code: "custom",
          path: ["url"],
          message: "is required when excerpt is true (the page it is from)",
        });
    } else if (meta.part !== undefined) {
      ctx.addIssue({ code: "custom", path: ["part"], message: "is only for excerpts (set excerpt: true)" });
    }
  });
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
  qualifier: z.enum(QUALIFIER_KEYS),
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
