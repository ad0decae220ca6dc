// facts.csv rows that join the figures and events tables: GSI press figures, law-enforcement
// and context figures, and Pakistan's legal milestones. Each keeps its citation (title, URL,
// excerpt) and the facts.csv line it came from.
import { countryName } from "../countries.ts";
import type { DataIssue } from "../issues.ts";
import { METRICS, isUnit, unitFitsMetric, type EventType, type Metric } from "../schema.ts";
import { parseFactValue, parseYearSpan, type Fact } from "./facts.ts";

/** facts.csv metric → our metric vocabulary (with a region or a note where the name carries one). */
const METRIC_MAP: Record<string, { metric: Metric; region?: string; note?: string }> = {
  people_in_modern_slavery: { metric: "people_in_modern_slavery" },
  prevalence: { metric: "modern_slavery_prevalence" },
  victims_referred_to_care_share: { metric: "victims_referred_to_care_share" },
  punjab_share_of_convictions: { metric: "share_of_convictions", region: "Punjab" },
  overseas_victim_investigations: { metric: "investigations", note: "Investigations of cases with victims overseas." },
  complicit_official_convictions: { metric: "complicit_official_convictions" },
  bonded_labor_estimate: { metric: "bonded_labour_estimate" },
  forced_labour_estimate: { metric: "forced_labour_estimate" },
  court_convictions_human_traffickers: {
    metric: "convictions",
    note: "Court convictions of human traffickers and smugglers (Interior Division).",
  },
  fia_ahtu_complaints: { metric: "complaints_received", note: "Complaints to the FIA's anti-human-trafficking units." },
  fia_cases_actioned: { metric: "cases_registered", note: "Cases the FIA acted on." },
  fia_cases_registered: { metric: "cases_registered" },
  fia_arrests: { metric: "arrests" },
  prosecutions: { metric: "prosecutions" },
  convictions: { metric: "convictions" },
  victims_identified: { metric: "victims_identified" },
  cspa_list_size: { metric: "cspa_list_size" },
};

/** facts.csv unit → our unit vocabulary. */
const UNIT_MAP: Record<string, string> = {
  persons: "persons",
  workers: "persons",
  "% of population": "percent",
  "per 1,000 population": "per_1000",
  "% of identified victims": "percent",
  "% of convictions": "percent",
  investigations: "count",
  convictions: "count",
  cases: "count",
  complaints: "count",
  countries: "count",
};

export const CLAIM_KINDS = {
  government_claim: "Reported by the Government of Pakistan or its agencies (FIA, Interior Ministry, provinces).",
  us_state_department: "Stated in a US State Department TIP Report or interim assessment.",
  walk_free_estimate: "Estimated by Walk Free's Global Slavery Index.",
  civil_society: "Stated by a civil-society organisation.",
  news_report: "Stated by a news report with no other attribution.",
} as const;
export type ClaimKind = keyof typeof CLAIM_KINDS;

/** Who stands behind a facts.csv figure; the rule reads the row's own qualifier and source. */
export function claimKindOfFact(fact: Fact): ClaimKind {
  const said = `${fact.qualifier} ${fact.source_title} ${fact.metric}`;
  if (fact.kind === "gsi") return "walk_free_estimate";
  if (/not TIP|Interior|\bFIA\b|fia_|Min\. of/i.test(said)) return "government_claim";
  if (/\bTIP\b/.test(said)) return "us_state_department";
  return "news_report";
}

export interface FactFigure {
  figure_id: string;
  country: string;
  country_name: string;
  region: string | null;
  metric: Metric;
  metric_label: string;
  value: number;
  value_high: number | null;
  unit: string;
  qualifier: string;
  period_start: string;
  period_end: string;
  year: number;
  claim_kind: ClaimKind;
  source_title: string;
  source_url: string | null;
  quote: string | null;
  reference_row: string;
  note: string | null;
}

export function factFigures(facts: Fact[]): { rows: FactFigure[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const rows: FactFigure[] = [];
  const wanted = facts.filter(
    (f) => f.kind === "gsi" || f.kind === "law_enforcement" || f.kind === "context" || f.metric === "cspa_list_size",
  );
  for (const fact of wanted) {
    const file = fact.reference_row.replace(/:\d+$/, "");
    const report = (message: string) => issues.push({ file, line: fact.line, message });
    // One row may hold several figures: "prosecutions;convictions;victims_identified".
    const metrics = fact.metric.split(";");
    const values = fact.value.split(";");
    const units = fact.unit.split(";");
    if (values.length !== metrics.length || (units.length !== 1 && units.length !== metrics.length)) {
      report(
        `metric, value and unit list ${metrics.length}, ${values.length} and ${units.length} items; they must match`,
      );
      continue;
    }
    const span = parseYearSpan(fact.year);
    if (!span) {
      report(`year "${fact.year}" is not a year or a span of years`);
      continue;
    }
    metrics.forEach((name, i) => {
      const mapped = METRIC_MAP[name.trim()];
      const unit = UNIT_MAP[(units[i] ?? units[0]).trim()];
      const parsed = parseFactValue(values[i]);
      if (!mapped)
        return report(`metric "${name}" has no mapping to the metric vocabulary (loaders/reference/fact-tables.ts)`);
      if (!unit || !isUnit(unit)) return report(`unit "${units[i] ?? units[0]}" has no mapping to the unit vocabulary`);
      if (!parsed) return report(`value "${values[i]}" is not a number, bound (>n, <n, ~n) or range (a-b)`);
      if (!unitFitsMetric(unit, mapped.metric)) return report(`unit ${unit} does not fit metric ${mapped.metric}`);
      for (const country of fact.countries) {
        rows.push({
          figure_id: `facts-${fact.line}-${country.toLowerCase()}${metrics.length > 1 ? `-${mapped.metric}` : ""}`,
          country,
          country_name: countryName(country),
          region: mapped.region ?? null,
          metric: mapped.metric,
          metric_label: METRICS[mapped.metric].label,
          ...parsed,
          unit,
          period_start: String(span[0]),
          period_end: String(span[1]),
          year: span[1],
          claim_kind: claimKindOfFact(fact),
          source_title: fact.source_title,
          source_url: fact.source_url,
          quote: fact.excerpt,
          reference_row: fact.reference_row,
          note: [mapped.note, parsed.note, fact.qualifier].filter(Boolean).join(" ") || null,
        });
      }
    });
  }
  return { rows, issues };
}

/** facts.csv legal milestones → events: what happened, of which type, where. */
const LEGAL_EVENTS: Record<string, { type: EventType; title: string; region?: string }> = {
  BLSA_1992_enacted: { type: "law", title: "Bonded Labour System (Abolition) Act 1992 enacted" },
  Punjab_BLSA_amendment: {
    type: "law",
    title: "Punjab amends the Bonded Labour System (Abolition) Act",
    region: "Punjab",
  },
  PACHTO_promulgated: {
    type: "law",
    title: "Prevention and Control of Human Trafficking Ordinance (PACHTO) promulgated",
  },
  PACHTO_rules: { type: "rules", title: "Rules under PACHTO notified" },
  KP_BLSA_2015_passed: {
    type: "law",
    title: "Khyber Pakhtunkhwa passes a law against bonded labour",
    region: "Khyber Pakhtunkhwa",
  },
  Sindh_BLSA_2015: { type: "law", title: "Sindh Bonded Labour System (Abolition) Act passed", region: "Sindh" },
  PPC_369A_amended: { type: "law", title: "Section 369A of the Penal Code amended to criminalise trafficking" },
  PTPA_2018_NA_passed: {
    type: "law",
    title: "National Assembly passes the Prevention of Trafficking in Persons Bill 2018",
  },
  PTPA_and_PSMA_2018_passed: {
    type: "law",
    title: "Prevention of Trafficking in Persons and Smuggling of Migrants Acts 2018 passed",
  },
  PACHTO_repealed: { type: "law", title: "PACHTO repealed and replaced by the PTPA 2018" },
  PTP_rules_notified: {
    type: "rules",
    title: "Rules under the Prevention of Trafficking in Persons Act 2018 notified",
  },
  NAP_2021_2025: { type: "action_plan", title: "National Action Plan against trafficking and smuggling 2021–25" },
  PTPA_amended_fines: {
    type: "law",
    title: "PTPA amended: no fines in lieu of prison for sex trafficking of women and children",
  },
  UN_TIP_Protocol_status: {
    type: "status",
    title: "Not yet a party to the UN Trafficking in Persons Protocol (2016 TIP Report)",
  },
  UN_TIP_Protocol_accession: {
    type: "ratification",
    title: "Pakistan accedes to the UN Trafficking in Persons Protocol",
  },
  PTPA_PSMA_amendments_2025: {
    type: "law",
    title: "National Assembly passes amendments to the trafficking and smuggling laws",
  },
  TIP_data_submission_since: { type: "statement", title: "Pakistan starts sharing information for the TIP Report" },
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const month = (name: string) => String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, "0");

/**
 * When a legal milestone happened, from its free-text value and year: the first ISO date
 * ("2015-04-06 (Monday…)"), "before 2018-05-31", "Apr 2022-Mar 2023", "October 2002", or
 * the year column ("2022-23").
 */
export function parseMilestoneDate(value: string, year: string): { date: string; date_end: string | null } | null {
  const span = parseYearSpan(year);
  const before = /\bbefore (\d{4}-\d{2}-\d{2})/.exec(value);
  if (before && span) return { date: String(span[0]), date_end: before[1] };
  const months = /\b([A-Z][a-z]{2,8}) (\d{4})\s*-\s*([A-Z][a-z]{2,8}) (\d{4})\b/.exec(value);
  if (
    months &&
    MONTHS.includes(months[1].slice(0, 3).toLowerCase()) &&
    MONTHS.includes(months[3].slice(0, 3).toLowerCase())
  ) {
    return { date: `${months[2]}-${month(months[1])}`, date_end: `${months[4]}-${month(months[3])}` };
  }
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(value);
  if (iso) return { date: iso[1], date_end: null };
  const named = /\b([A-Z][a-z]{2,8}) (\d{4})\b/.exec(value);
  if (named && MONTHS.includes(named[1].slice(0, 3).toLowerCase()))
    return { date: `${named[2]}-${month(named[1])}`, date_end: null };
  if (!span) return null;
  return { date: String(span[0]), date_end: span[1] === span[0] ? null : String(span[1]) };
}

export interface FactEvent {
  event_id: string;
  date: string;
  date_end: string | null;
  year: number;
  event_type: EventType;
  country: string;
  country_name: string;
  region: string | null;
  title: string;
  source_title: string;
  source_url: string | null;
  quote: string | null;
  reference_row: string;
  note: string | null;
}

export function factEvents(facts: Fact[]): { rows: FactEvent[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const rows: FactEvent[] = [];
  for (const fact of facts.filter((f) => f.kind === "legal")) {
    const file = fact.reference_row.replace(/:\d+$/, "");
    const mapped = LEGAL_EVENTS[fact.metric];
    if (!mapped) {
      issues.push({
        file,
        line: fact.line,
        message: `legal milestone "${fact.metric}" has no event type and title (loaders/reference/fact-tables.ts)`,
      });
      continue;
    }
    const when = parseMilestoneDate(fact.value, fact.year);
    if (!when) {
      issues.push({ file, line: fact.line, message: `no date in value "${fact.value}" or year "${fact.year}"` });
      continue;
    }
    for (const country of fact.countries) {
      rows.push({
        event_id: `facts-${fact.line}`,
        ...when,
        year: Number(when.date.slice(0, 4)),
        event_type: mapped.type,
        country,
        country_name: countryName(country),
        region: mapped.region ?? null,
        title: mapped.title,
        source_title: fact.source_title,
        source_url: fact.source_url,
        quote: fact.excerpt,
        reference_row: fact.reference_row,
        note: [fact.value, fact.qualifier].filter(Boolean).join("; ") || null,
      });
    }
  }
  return { rows, issues };
}
