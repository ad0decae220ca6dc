// What the detail panel says about each kind of mark: one typed mapper per table, shared by
// every page (they had drifted apart as untyped copies in the pages). `root` is the way back to
// the site's root from the page ("./" from /figures, "../" from /countries/PAK), so that the
// panel can link to the country's page and the source's page.
import { sourcePage, type MarkDetail } from "./details.js";
import { formatFigure } from "./format.js";
import { claimLabel } from "./palette.js";
import { publishedPrevalence, type GsiRow } from "./prevalence-chart.js";
import type { EventsRow } from "../lib/tables/events.js";
import type { FiguresRow } from "../lib/tables/figures.js";
import type { TiersRow } from "../lib/tables/tiers.js";
import { cellSummary, type TierCell } from "./tier-charts.js";

// The columns each mapper reads, from the tables' one declaration (src/lib/tables).
export type TierDetailRow = TierCell & Pick<TiersRow, "country" | "country_name">;

export type FigureDetailRow = Pick<
  FiguresRow,
  | "figure_id"
  | "country"
  | "country_name"
  | "region"
  | "metric_label"
  | "period_start"
  | "period_end"
  | "value"
  | "value_high"
  | "unit"
  | "qualifier"
  | "claim_kind"
  | "provenance"
  | "source_id"
  | "source_title"
  | "source_url"
  | "quote"
  | "note"
  | "reference_row"
>;

export type EventDetailRow = Pick<
  EventsRow,
  | "country"
  | "country_name"
  | "date"
  | "date_end"
  | "title"
  | "provenance"
  | "source_id"
  | "source_title"
  | "source_url"
  | "quote"
  | "note"
  | "reference_row"
>;

export interface CspaCellDetail {
  country_name: string;
  year: number;
  status: string;
  rows: {
    country: string;
    source_title: string;
    source_url: string | null;
    quote: string | null;
    note: string | null;
    reference_row: string;
  }[];
}

/** The page of a country on this site, when there is one (not for "WLD" or regional aggregates). */
export const countryPage = (code: string | null | undefined, root = "./"): string | null =>
  code && /^[A-Z]{3}$/.test(code) && code !== "WLD" && code !== "SCA" ? `${root}countries/${code}` : null;

const period = (start: string, end: string) => (start === end ? start : `${start}–${end}`);

/** "1,234,000" with nothing printed as "undefined" or "null". */
const people = (n: number | null, qualifier: string | null) =>
  n === null
    ? "no estimate of the number of people"
    : `${qualifier === "at_most" ? "under " : ""}${n.toLocaleString("en-US")} people`;

export function tierDetail(d: TierDetailRow, root = "./"): MarkDetail {
  return {
    title: `${d.country_name}, TIP Report ${d.year}`,
    value: cellSummary(d),
    source_title: d.best_source ?? "no source",
    source_url: d.best_source_url,
    quote: d.quote,
    note: [d.sources && `All sources:\n${d.sources}`, d.note].filter(Boolean).join("\n") || null,
    reference: d.best_reference_row,
    country_page: countryPage(d.country, root),
    country_name: d.country_name,
  };
}

export function gsiDetail(d: GsiRow & { comparability_note?: string | null }, root = "./"): MarkDetail {
  return {
    title: `${d.country_name}, Global Slavery Index ${d.edition}`,
    value: `${publishedPrevalence(d)}; ${people(d.estimated_number, d.estimated_number_qualifier)}`,
    source_title: d.source_title,
    source_url: d.source_url,
    reference: d.reference_row,
    note: d.comparability_note ?? null,
    country_page: countryPage(d.country, root),
    country_name: d.country_name,
  };
}

/** What a ledger or event row's panel shows of its provenance: source, quote, input row and links. */
function quotedRowLinks(d: FigureDetailRow | EventDetailRow, root: string) {
  return {
    source_title: d.source_title,
    source_url: d.source_url,
    quote: d.quote,
    note: d.note,
    reference: d.reference_row,
    source_page: sourcePage(d, root),
    country_page: countryPage(d.country, root),
    country_name: d.country_name,
  };
}

export function figureDetail(d: FigureDetailRow, root = "./"): MarkDetail {
  const where = d.region ? `${d.region}, ${d.country_name}` : d.country_name;
  return {
    title: `${d.metric_label}, ${where}, ${period(d.period_start, d.period_end)}`,
    value: formatFigure(d),
    qualifier: d.qualifier,
    ...quotedRowLinks(d, root),
    source_title: `${d.source_title} — ${claimLabel(d.claim_kind)}`,
  };
}

export function eventDetail(d: EventDetailRow, root = "./"): MarkDetail {
  return {
    title: `${d.country_name}, ${d.date_end ? `${d.date} to ${d.date_end}` : d.date}`,
    value: d.title,
    ...quotedRowLinks(d, root),
  };
}

export function cspaDetail(c: CspaCellDetail, root = "./"): MarkDetail {
  return {
    title: `${c.country_name}, ${c.year}`,
    value: c.status,
    source_title: c.rows.map((r) => r.source_title).join("; "),
    source_url: c.rows.find((r) => r.source_url)?.source_url,
    quote: c.rows.find((r) => r.quote)?.quote,
    note:
      c.rows
        .map((r) => r.note)
        .filter(Boolean)
        .join("; ") || null,
    reference: c.rows.map((r) => r.reference_row).join("; "),
    country_page: countryPage(c.rows[0]?.country, root),
    country_name: c.country_name,
  };
}
