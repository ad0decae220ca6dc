// Child Soldiers Prevention Act list membership by country and year, from every source we
// have: the complete lists of cspa/cspa-lists.csv (each with its verbatim list sentence),
// facts.csv rows and the CSPA listings quoted in our stored documents (data/events.csv).
// Sources that disagree are kept side by side, each row flagged as in conflict. A report year
// with no complete list is "unknown" for every government ever listed, never "not listed".
// Rival accounts of a year's list (cspa/cspa-accounts.csv: the 2022 list as ProPakistani reported
// it, Iraq instead of Iran) are rows of their own; where one source lists a government and
// another does not, one more row with status "disputed" says so and names both sides.
import { readTextFile } from "../files.ts";
import { join } from "node:path";
import { codeForName, countryName } from "../countries.ts";
import { readCsv } from "../csv.ts";
import { readAliases } from "./common.ts";
import type { CspaStatus } from "../../src/lib/vocabulary.ts";
import type { DataIssue } from "../issues.ts";
import type { EventRecord } from "../ledger.ts";
import { parseYearSpan, type Fact } from "./facts.ts";

export interface CspaRow {
  country: string;
  country_name: string;
  year: number;
  status: CspaStatus;
  source_title: string;
  source_url: string | null;
  source_id: string | null;
  quote: string | null;
  reference_row: string;
  provenance: "document" | "dataset";
  conflict: boolean;
  note: string | null;
}

export type { CspaStatus };
export const CSPA_YEARS: [number, number] = [2010, 2025];

export interface CspaListSource {
  year: number;
  source_id: string;
  url: string | null;
  quote: string;
  line: number;
}

/**
 * cspa-source-quotes.md: one "## <year> TIP Report: source_id <id>" section per list, with a
 * "URL:" line and the verbatim sentence(s) as "> " lines.
 */
export function parseCspaQuotes(text: string): CspaListSource[] {
  const out: CspaListSource[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const head = /^## (\d{4}) TIP Report: source_id (\S+)/.exec(line);
    if (!head) return;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length && !lines[j].startsWith("## "); j++) body.push(lines[j]);
    const url = body.map((l) => /^URL: (\S+)/.exec(l)?.[1]).find(Boolean) ?? null;
    const quote = body
      .filter((l) => l.startsWith("> "))
      .map((l) => l.slice(2).trim())
      .join(" ");
    out.push({ year: Number(head[1]), source_id: head[2], url, quote, line: i + 1 });
  });
  return out;
}

const NAMES_FILE = join("cspa", "cspa-source-names.csv");

/**
 * cspa-source-names.csv: each list source's key (source_id) with the name a reader knows it by,
 * reviewed by hand; a blank or repeated key is an error naming its line.
 */
export function readCspaSourceNames(referenceDir: string, issues: DataIssue[]): Map<string, string> {
  const file = join(referenceDir, NAMES_FILE);
  const table = readCsv(file, readTextFile(file), ["source_id", "name"]);
  issues.push(...table.issues);
  const names = new Map<string, string>();
  for (const { line, values } of table.records) {
    const id = values.source_id.trim();
    const name = values.name.trim();
    if (!id || !name) issues.push({ file, line, message: "source_id and name must both be given" });
    else if (names.has(id)) issues.push({ file, line, message: `source_id "${id}" is named twice` });
    else names.set(id, name);
  }
  return names;
}

const ACCOUNTS_FILE = join("cspa", "cspa-accounts.csv");

/**
 * cspa-accounts.csv: what other accounts of a year's list say for a government (listed or not
 * listed), each with its source and how we know it; every cell is checked with its line.
 */
export function readCspaAccounts(
  referenceDir: string,
  aliases: ReturnType<typeof readAliases>,
  issues: DataIssue[],
): { rows: CspaRow[]; file: string } {
  const file = join(referenceDir, ACCOUNTS_FILE);
  const table = readCsv(file, readTextFile(file), [
    "tip_report_year",
    "country_as_listed_in_source",
    "account_status",
    "account",
    "source_url",
    "basis",
  ]);
  issues.push(...table.issues);
  const rows: CspaRow[] = [];
  for (const { line, values: v } of table.records) {
    const year = Number(v.tip_report_year);
    const iso = codeForName(v.country_as_listed_in_source, aliases);
    const problems: string[] = [];
    if (!Number.isInteger(year) || year < CSPA_YEARS[0] || year > CSPA_YEARS[1])
      problems.push(`tip_report_year "${v.tip_report_year}" must be a year from ${CSPA_YEARS[0]} to ${CSPA_YEARS[1]}`);
    if (!iso)
      problems.push(
        `country "${v.country_as_listed_in_source}" is not a known name (add it to data/reference/country-aliases.csv)`,
      );
    if (v.account_status !== "listed" && v.account_status !== "not listed")
      problems.push(`account_status "${v.account_status}" must be listed or not listed`);
    if (!v.account.trim() || !v.basis.trim()) problems.push("account and basis must both be given");
    if (v.source_url && !/^https:\/\//.test(v.source_url)) problems.push(`source_url "${v.source_url}" must be https`);
    for (const message of problems) issues.push({ file, line, message });
    if (problems.length) continue;
    rows.push({
      country: iso!,
      country_name: countryName(iso!),
      year,
      status: v.account_status as CspaStatus,
      source_title: `CSPA list ${year} as reported by ${v.account.trim()}`,
      source_url: v.source_url || null,
      source_id: null,
      quote: null,
      reference_row: `${file}:${line}`,
      provenance: "dataset",
      conflict: false,
      note: v.basis.trim(),
    });
  }
  return { rows, file };
}

/** The complete lists: listed rows for the names, "not listed" for every other government ever listed. */
export function readCspaLists(referenceDir: string): {
  rows: CspaRow[];
  /** Rival accounts' rows (cspa-accounts.csv), kept apart from the complete lists. */
  accounts: CspaRow[];
  issues: DataIssue[];
  inputs: string[];
} {
  const issues: DataIssue[] = [];
  const aliases = readAliases(referenceDir, issues);
  const file = join(referenceDir, "cspa", "cspa-lists.csv");
  const quotesFile = join(referenceDir, "cspa", "cspa-source-quotes.md");
  const quotes = parseCspaQuotes(readTextFile(quotesFile));
  const table = readCsv(file, readTextFile(file), [
    "tip_report_year",
    "country_as_listed_in_source",
    "source_id",
    "list_status",
  ]);
  issues.push(...table.issues);
  const names = readCspaSourceNames(referenceDir, issues);
  const rows: CspaRow[] = [];
  // One source lists a country once a year: a second line is a copy error, not a second listing.
  const firstLine = new Map<string, number>();
  for (const { line, values } of table.records) {
    const year = Number(values.tip_report_year);
    const source = quotes.find((q) => q.source_id === values.source_id && q.year === year);
    const iso = codeForName(values.country_as_listed_in_source, aliases);
    if (!source) {
      issues.push({ file, line, message: `source_id "${values.source_id}" has no ${year} section in ${quotesFile}` });
      continue;
    }
    if (!names.has(values.source_id))
      issues.push({
        file,
        line,
        message: `source_id "${values.source_id}" has no readable name in ${NAMES_FILE} (add one)`,
      });
    if (!iso) {
      issues.push({
        file,
        line,
        message: `country "${values.country_as_listed_in_source}" is not a known name (add it to data/reference/country-aliases.csv)`,
      });
      continue;
    }
    const key = `${year}|${iso}|${values.source_id}`;
    if (firstLine.has(key)) {
      issues.push({
        file,
        line,
        message: `repeats line ${firstLine.get(key)}: ${values.source_id} lists ${iso} in ${year} once`,
      });
      continue;
    }
    firstLine.set(key, line);
    if (!/^complete list/.test(values.list_status))
      issues.push({ file, line, message: `list_status "${values.list_status}": only complete lists are read` });
    rows.push({
      country: iso,
      country_name: countryName(iso),
      year,
      status: "listed",
      // The source as people read it ("Child Soldiers International (2 Oct 2013)"), not its key ("csi2013").
      source_title: `CSPA list ${year} as named by ${names.get(values.source_id) ?? values.source_id}`,
      source_url: source.url,
      source_id: null,
      quote: source.quote,
      reference_row: `${file}:${line}`,
      provenance: "dataset",
      conflict: false,
      note: null,
    });
  }
  const accounts = readCspaAccounts(referenceDir, aliases, issues);
  return {
    rows,
    accounts: accounts.rows,
    issues,
    inputs: [file, quotesFile, join(referenceDir, NAMES_FILE), accounts.file],
  };
}

export function loadCspa(
  facts: Fact[],
  events: EventRecord[],
  referenceDir = "data/reference",
): { rows: CspaRow[]; issues: DataIssue[]; inputs: string[] } {
  const lists = readCspaLists(referenceDir);
  const issues: DataIssue[] = [...lists.issues];
  const rows: CspaRow[] = [];
  for (const fact of facts.filter((f) => f.kind === "cspa" && f.metric === "cspa_listed")) {
    const file = fact.reference_row.replace(/:\d+$/, "");
    const span = parseYearSpan(fact.year);
    const listedText = /^(yes|no)\b/i.exec(fact.value)?.[1]?.toLowerCase();
    if (!span) {
      issues.push({ file, line: fact.line, message: `year "${fact.year}" is not a year or a span of years` });
      continue;
    }
    if (!listedText) {
      issues.push({ file, line: fact.line, message: `value "${fact.value}" must start with yes or no` });
      continue;
    }
    const flaggedConflict = /conflict/i.test(fact.value);
    for (const country of fact.countries) {
      for (let year = span[0]; year <= span[1]; year++) {
        rows.push({
          country,
          country_name: countryName(country),
          year,
          status: listedText === "yes" ? "listed" : "not listed",
          source_title: fact.source_title,
          source_url: fact.source_url,
          source_id: null,
          quote: fact.excerpt,
          reference_row: fact.reference_row,
          provenance: "dataset",
          conflict: flaggedConflict,
          note: fact.qualifier || null,
        });
      }
    }
  }
  for (const event of events.filter((e) => e.event_type === "cspa_list")) {
    rows.push({
      country: event.country,
      country_name: event.country_name,
      year: event.year,
      status: "listed",
      source_title: event.source_title,
      source_url: event.source_url,
      source_id: event.source_id,
      quote: event.quote,
      reference_row: `data/events.csv (${event.event_id})`,
      provenance: "document",
      conflict: false,
      note: event.note,
    });
  }
  // The complete lists: who is on them, who (of every government ever listed) is not; the years
  // without a list are unknown for everyone.
  const listed = [...lists.rows, ...lists.accounts, ...rows.filter((r) => r.status === "listed")];
  const everListed = [...new Set(listed.map((r) => r.country))].sort();
  const listYears = new Map<number, CspaRow>();
  for (const r of lists.rows) listYears.set(r.year, r);
  rows.push(...lists.rows, ...lists.accounts);
  // A country and year another source already answers needs no "unknown" beside it: Pakistan
  // 2011, 2012 and 2014 carried both "unknown" and the inferred "not listed", two statuses with
  // no conflict declared.
  const answered = new Set(rows.map((r) => `${r.country}:${r.year}`));
  for (let year = CSPA_YEARS[0]; year <= CSPA_YEARS[1]; year++) {
    const list = listYears.get(year);
    const onList = new Set(lists.rows.filter((r) => r.year === year).map((r) => r.country));
    for (const country of everListed) {
      if (onList.has(country)) continue;
      if (!list && answered.has(`${country}:${year}`)) continue;
      rows.push({
        country,
        country_name: countryName(country),
        year,
        status: list ? "not listed" : "unknown",
        source_title: list ? list.source_title : `No complete CSPA list found for ${year}`,
        source_url: list?.source_url ?? null,
        source_id: null,
        quote: list?.quote ?? null,
        reference_row: list ? list.reference_row.replace(/:\d+$/, "") : lists.inputs[1],
        provenance: "dataset",
        conflict: false,
        note: list
          ? "Not named on the year's complete list."
          : 'No complete list of this year\'s report was found: unknown, not "not listed".',
      });
    }
  }
  // Sources that disagree on the same country and year are all flagged (unknown is no answer).
  const answers = new Map<string, Set<CspaStatus>>();
  for (const r of rows) {
    if (r.status === "unknown") continue;
    const key = `${r.country}:${r.year}`;
    answers.set(key, (answers.get(key) ?? new Set()).add(r.status));
  }
  for (const r of rows) if ((answers.get(`${r.country}:${r.year}`)?.size ?? 0) > 1) r.conflict = true;
  // Listed in one account, not in another: one row says so, naming both sides; theirs stay.
  for (const [key, statuses] of answers) {
    if (!(statuses.has("listed") && statuses.has("not listed"))) continue;
    const [country, year] = [key.slice(0, key.indexOf(":")), Number(key.slice(key.indexOf(":") + 1))];
    const sides = rows.filter((r) => r.country === country && r.year === year && r.status !== "unknown");
    const by = (status: CspaStatus) =>
      [...new Set(sides.filter((r) => r.status === status).map((r) => r.source_title))].join("; ");
    rows.push({
      country,
      country_name: countryName(country),
      year,
      status: "disputed",
      source_title: `Accounts of the ${year} list differ. Listed: ${by("listed")}. Not listed: ${by("not listed")}.`,
      source_url: null,
      source_id: null,
      quote: null,
      reference_row: sides.map((r) => r.reference_row).join("; "),
      provenance: "dataset",
      conflict: true,
      note: "Listed in one account, not in another. Each account is kept as its own row; none is chosen.",
    });
  }
  rows.sort(
    (a, b) => a.country.localeCompare(b.country) || a.year - b.year || a.source_title.localeCompare(b.source_title),
  );
  return { rows, issues, inputs: lists.inputs };
}
