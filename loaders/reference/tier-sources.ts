// Readers for every source of TIP tier placements, each turning its file's quirks into
// observations (country, report year, what the source says, and where it says it). Names go to
// ISO3 through the one alias table; a name it cannot place is an error with file:line.
import { readTextFile } from "../files.ts";
import { join } from "node:path";
import { codeForName, isCountryCode } from "../countries.ts";
import { readCsv } from "../csv.ts";
import type { DataIssue } from "../issues.ts";
import { readAliases } from "./common.ts";
import type { Fact } from "./facts.ts";
import { normaliseTier, parsePanelYear } from "./tiers.ts";
import {
  checkStatedCounts,
  mergePanel,
  notOnListsObservations,
  type ObservedTier,
  type SourceClass,
  type StatedCount,
  type TierCell,
  type TierObservation,
} from "./tier-merge.ts";

type Source = Pick<TierObservation, "source_id" | "source_title" | "source_url" | "source_class">;

export const PANEL_SOURCE: Source = {
  source_id: "panel-2001-2015",
  source_title: "TIP tier panel 2001–2015 (Cho et al., as kept in andrewheiss/jk_misc)",
  source_url: "https://github.com/andrewheiss/jk_misc",
  source_class: "compiled",
};
export const SURE_SOURCE: Source = {
  source_id: "sure2018",
  source_title: "Student project tier table 2002–2017 (benjaminleroy/sure2018)",
  source_url: "https://github.com/benjaminleroy/sure2018",
  source_class: "secondary",
};
export const LIST_2021_SOURCE: Source = {
  source_id: "list-2021",
  source_title: "TIP 2021 Tier Placements page, as copied by discerning-islam.org",
  source_url: "https://discerning-islam.org/1700-006-human-trafficking",
  source_class: "compiled",
};
const gvnetSource = (year: number): Source => ({
  source_id: `gvnet-${year}`,
  source_title: `GVNet Tier 1 and Tier 2 lists, adapted from the ${year} TIP Report`,
  source_url: "https://gvnet.com/humantrafficking/00-Ratings.htm",
  source_class: "compiled",
});
export const factbookSource = (year: number): Source => ({
  source_id: `factbook-${year}`,
  source_title: `CIA World Factbook, World entry: Watch List and Tier 3 lists of the ${year} TIP Report`,
  source_url: "https://github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025",
  source_class: "compiled",
});

/** "Tier 2", "Watchlist", "Tier 2 Watch List", "2w", "2", "Special Case", "NA"; undefined if none of these. */
export function parseTierValue(text: string): ObservedTier | null | undefined {
  const t = text.trim();
  if (/^2w$/i.test(t)) return "Tier 2 Watch List";
  if (/^[123]$/.test(t)) return `Tier ${t}` as ObservedTier;
  if (/^special case$/i.test(t)) return "Special case";
  return normaliseTier(t);
}

export interface SourceRead {
  observations: TierObservation[];
  issues: DataIssue[];
  file: string;
}

const observation = (
  source: Source,
  country: string,
  year: number,
  value: ObservedTier,
  reference_row: string,
  extra: Partial<TierObservation> = {},
): TierObservation => ({
  ...source,
  country,
  year,
  value,
  reference_row,
  quote: null,
  flag: null,
  note: null,
  ...extra,
});

/** Name → ISO3, or an issue at file:line. */
function placeName(
  name: string,
  aliases: Map<string, string>,
  file: string,
  line: number,
  issues: DataIssue[],
): string | null {
  const code = codeForName(name, aliases);
  if (!code)
    issues.push({
      file,
      line,
      message: `country "${name}" is not a known name (add it to data/reference/country-aliases.csv)`,
    });
  return code;
}

/** The 2001–2015 panel: years as floats ("2001.0", "2e3"), tiers with trailing spaces, NA = not ranked. */
export function readPanel(referenceDir: string): SourceRead {
  const file = join(referenceDir, "tip-tiers", "tiers-2001-2015.csv");
  const codesFile = join(referenceDir, "tier-panel-codes.csv");
  const issues: DataIssue[] = [];
  const codes = readCsv(codesFile, readTextFile(codesFile), ["iso", "ccode", "iso3", "note"]);
  issues.push(...codes.issues);
  const fixedCode = new Map(codes.records.map(({ values }) => [`${values.iso}:${values.ccode}`, values.iso3]));
  const table = readCsv(file, readTextFile(file), ["countryname", "iso", "year", "ccode", "tier"]);
  issues.push(...table.issues);
  const observations: TierObservation[] = [];
  const seen = new Set<string>();
  for (const { line, values } of table.records) {
    const year = parsePanelYear(values.year);
    const tier = parseTierValue(values.tier);
    const iso = fixedCode.get(`${values.iso.trim()}:${values.ccode.trim()}`) ?? values.iso.trim();
    if (year === null) issues.push({ file, line, message: `year "${values.year}" is not a year` });
    if (tier === undefined)
      issues.push({
        file,
        line,
        message: `tier "${values.tier}" is not a TIP tier (Tier 1, Tier 2, Watchlist, Tier 3 or NA)`,
      });
    if (!isCountryCode(iso))
      issues.push({ file, line, message: `iso "${iso}" is not an ISO 3166-1 alpha-3 country code` });
    // 1999 and 2000 precede the first report (2001): all NA, not placements.
    if (year === null || tier === undefined || !isCountryCode(iso) || year < 2001) continue;
    if (seen.has(`${iso}:${year}`)) {
      issues.push({ file, line, message: `${iso} ${year} appears twice` });
      continue;
    }
    seen.add(`${iso}:${year}`);
    observations.push(observation(PANEL_SOURCE, iso, year, tier ?? "not ranked", `${file}:${line}`));
  }
  return { observations, issues, file };
}

/**
 * The sure2018 table, for 2016 and 2017 only (its 2002–2015 columns repeat the panel). Codes
 * 1, 2, 2w, 3; NA is no information here (it is NA for Pakistan 2010, which was ranked).
 */
export function readSure2018(
  referenceDir: string,
  aliases: Map<string, string>,
  years: number[] = [2016, 2017],
): SourceRead & { unplaced: number } {
  const file = join(referenceDir, "tip-tiers", "tiers-2002-2017-sure2018.csv");
  const unplacedFile = join(referenceDir, "tip-tiers", "unplaced-names.csv");
  const issues: DataIssue[] = [];
  const unplacedTable = readCsv(unplacedFile, readTextFile(unplacedFile), ["file", "name", "reason"]);
  issues.push(...unplacedTable.issues);
  const unplacedNames = new Set(
    unplacedTable.records.filter((r) => r.values.file === "tiers-2002-2017-sure2018.csv").map((r) => r.values.name),
  );
  const columns = years.map((y) => `tier${y}`);
  const table = readCsv(file, readTextFile(file), ["Country Code", "Country.x", ...columns], {
    allowExtra: true,
  });
  issues.push(...table.issues);
  const observations: TierObservation[] = [];
  let unplaced = 0;
  for (const { line, values } of table.records) {
    const tiers = columns.map((c) => ({ raw: values[c], tier: parseTierValue(values[c]) }));
    tiers.forEach(({ raw, tier }, i) => {
      if (tier === undefined) issues.push({ file, line, message: `${columns[i]} "${raw}" is not 1, 2, 2w, 3 or NA` });
    });
    if (tiers.every((t) => !t.tier)) continue; // nothing for the years we use
    // The code is "NA" for some rows (and XKX for Kosovo): the upper-case name then places the row.
    const code = values["Country Code"].trim();
    const name = values["Country.x"].trim();
    if (unplacedNames.has(name)) {
      unplaced++;
      continue;
    }
    const titled = name.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
    const iso = isCountryCode(code) ? code : placeName(titled, aliases, file, line, issues);
    if (!iso) continue;
    tiers.forEach(({ tier }, i) => {
      if (tier) observations.push(observation(SURE_SOURCE, iso, years[i], tier, `${file}:${line}`));
    });
  }
  return { observations, issues, file, unplaced };
}

/** The 2021 list (188 names, as the report's Tier Placements page spells them). */
export function readList2021(referenceDir: string, aliases: Map<string, string>): SourceRead {
  const file = join(referenceDir, "tip-tiers", "tier-list-2021.csv");
  const issues: DataIssue[] = [];
  const table = readCsv(file, readTextFile(file), ["country_name_as_listed", "tier_2021_report"]);
  issues.push(...table.issues);
  const observations: TierObservation[] = [];
  for (const { line, values } of table.records) {
    const iso = placeName(values.country_name_as_listed, aliases, file, line, issues);
    const tier = parseTierValue(values.tier_2021_report);
    if (!tier) issues.push({ file, line, message: `tier "${values.tier_2021_report}" is not a TIP tier` });
    if (iso && tier) observations.push(observation(LIST_2021_SOURCE, iso, 2021, tier, `${file}:${line}`));
  }
  return { observations, issues, file };
}

/** The 2020 and 2023 lists: only their GVNet rows (Tier 1 and 2); their Factbook rows are read from the Factbook file. */
export function readGvnetList(referenceDir: string, year: number, aliases: Map<string, string>): SourceRead {
  const file = join(referenceDir, "tip-tiers", `tier-list-${year}.csv`);
  const issues: DataIssue[] = [];
  const table = readCsv(file, readTextFile(file), ["tip_report_year", "country_name_as_listed", "tier", "source"]);
  issues.push(...table.issues);
  const observations: TierObservation[] = [];
  for (const { line, values } of table.records) {
    if (!/^GVNet/i.test(values.source)) continue;
    if (Number(values.tip_report_year) !== year)
      issues.push({ file, line, message: `tip_report_year "${values.tip_report_year}" is not ${year}` });
    const iso = placeName(values.country_name_as_listed, aliases, file, line, issues);
    const tier = parseTierValue(values.tier);
    if (tier !== "Tier 1" && tier !== "Tier 2")
      issues.push({ file, line, message: `GVNet row with tier "${values.tier}": GVNet gives Tier 1 and Tier 2 only` });
    else if (iso) observations.push(observation(gvnetSource(year), iso, year, tier, `${file}:${line}`));
  }
  return { observations, issues, file };
}

export interface FactbookRead extends SourceRead {
  /** Report years whose Watch List and Tier 3 lists are both complete. */
  listYears: number[];
  /** Counts the Factbook states above its lists. */
  statedCounts: StatedCount[];
}

/**
 * The Factbook's Watch List and Tier 3 lists. Editions lag the report by one or two years, so the
 * report year is `tip_year_stamp`, never `factbook_edition`; one stamp printed in two editions is
 * one list. The unstamped block of the 2022 edition is TIP 2022 (the State Department counts 34 on
 * its Watch List, as it does); other unstamped blocks repeat an older list and are not used.
 */
export function readFactbook(referenceDir: string, aliases: Map<string, string>): FactbookRead {
  const file = join(referenceDir, "tip-tiers", "factbook-watch-list-tier3.csv");
  const issues: DataIssue[] = [];
  const table = readCsv(file, readTextFile(file), [
    "factbook_edition",
    "block_no",
    "tip_year_stamp",
    "stamp_note",
    "tier",
    "stated_count",
    "n_parsed",
    "country_name_as_listed",
  ]);
  issues.push(...table.issues);
  const observations: TierObservation[] = [];
  const firstEdition = new Map<number, string>();
  const blocks = new Map<
    string,
    { line: number; stated: string; n: number; rows: number; year: number; tier: ObservedTier }
  >();
  const seen = new Set<string>();
  for (const { line, values } of table.records) {
    const edition = values.factbook_edition.trim();
    const stamp = values.tip_year_stamp.trim();
    const year = stamp === "unstamped" ? (edition === "2022" ? 2022 : null) : Number(stamp);
    if (year === null) continue;
    if (!Number.isInteger(year)) {
      issues.push({ file, line, message: `tip_year_stamp "${stamp}" is not a year or "unstamped"` });
      continue;
    }
    const tier = parseTierValue(values.tier);
    if (tier !== "Tier 2 Watch List" && tier !== "Tier 3") {
      issues.push({ file, line, message: `tier "${values.tier}" is not Tier 2 Watch List or Tier 3` });
      continue;
    }
    if (!firstEdition.has(year)) firstEdition.set(year, edition);
    const blockKey = `${edition}:${values.block_no}`;
    const block = blocks.get(blockKey) ?? {
      line,
      stated: values.stated_count.trim(),
      n: Number(values.n_parsed),
      rows: 0,
      year,
      tier,
    };
    block.rows++;
    blocks.set(blockKey, block);
    if (firstEdition.get(year) !== edition) continue; // the same list again in a later edition
    const iso = placeName(values.country_name_as_listed, aliases, file, line, issues);
    if (!iso) continue;
    if (seen.has(`${iso}:${year}`)) {
      issues.push({ file, line, message: `${values.country_name_as_listed} is listed twice for ${year}` });
      continue;
    }
    seen.add(`${iso}:${year}`);
    observations.push(
      observation(factbookSource(year), iso, year, tier, `${file}:${line}`, {
        note: edition === String(year) ? null : `Factbook ${edition} edition`,
      }),
    );
  }
  const statedCounts: StatedCount[] = [];
  for (const [key, b] of blocks) {
    if (b.rows !== b.n)
      issues.push({ file, line: b.line, message: `block ${key} has ${b.rows} rows but n_parsed says ${b.n}` });
    if (b.stated && Number(b.stated) !== b.rows)
      issues.push({ file, line: b.line, message: `block ${key} states ${b.stated} countries but lists ${b.rows}` });
    if (b.stated && key.startsWith(`${firstEdition.get(b.year)}:`))
      statedCounts.push({
        year: b.year,
        tier: b.tier,
        count: Number(b.stated),
        source: `The Factbook (${b.tier}, ${b.year})`,
        file,
        line: b.line,
      });
  }
  const listYears = [...new Set(observations.map((o) => o.year))].sort();
  return { observations, issues, file, listYears, statedCounts };
}

/** Rows of facts.csv of kind tip_tier: one placement each, from report text or from news. */
export function factObservations(facts: Fact[]): { observations: TierObservation[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const observations: TierObservation[] = [];
  for (const fact of facts.filter((f) => f.kind === "tip_tier")) {
    const file = fact.reference_row.replace(/:\d+$/, "");
    const probable = /\(probable\)/i.test(fact.value);
    const tier = parseTierValue(fact.value.replace(/\(probable\)/i, ""));
    const year = Number(fact.year);
    if (!tier) {
      issues.push({ file, line: fact.line, message: `value "${fact.value}" is not a TIP tier` });
      continue;
    }
    if (!Number.isInteger(year)) {
      issues.push({ file, line: fact.line, message: `year "${fact.year}" is not a year` });
      continue;
    }
    const said = `${fact.source_title} ${fact.source_url ?? fact.source_path ?? ""}`;
    // "2019 TIP Report: Pakistan (ecoi.net)": the report's own country narrative, as republished.
    const source_class: SourceClass = /secondary|news|NGO/i.test(fact.qualifier)
      ? "secondary"
      : /^\d{4} TIP Report:/.test(fact.source_title) || /state\.gov/i.test(said)
        ? "report_text"
        : /gvnet|jk_misc/i.test(said)
          ? "compiled"
          : "secondary";
    const uncertain = probable || /confirm|verify|secondary/i.test(fact.qualifier);
    for (const country of fact.countries)
      observations.push({
        country,
        year,
        value: tier,
        source_id: `facts-${fact.line}`,
        source_title: fact.source_title,
        source_url: fact.source_url ?? fact.source_path,
        source_class,
        reference_row: fact.reference_row,
        quote: fact.excerpt,
        flag: uncertain ? "uncertain" : null,
        note: fact.qualifier || null,
      });
  }
  return { observations, issues };
}

/** tier-facts-2018-2025.csv rows of fact_type "tier": named placements with a quote (NGO summaries). */
export function readTierFacts(referenceDir: string, aliases: Map<string, string>): SourceRead {
  const file = join(referenceDir, "tip-tiers", "tier-facts-2018-2025.csv");
  const issues: DataIssue[] = [];
  const table = readCsv(file, readTextFile(file), [
    "tip_report_year",
    "fact_type",
    "value",
    "countries",
    "source_url",
    "source_type",
    "verbatim_quote",
  ]);
  issues.push(...table.issues);
  const observations: TierObservation[] = [];
  for (const { line, values } of table.records) {
    if (values.fact_type !== "tier") continue;
    const tier = parseTierValue(values.value);
    if (!tier) {
      issues.push({ file, line, message: `value "${values.value}" is not a TIP tier` });
      continue;
    }
    const url = /^https?:\/\//.test(values.source_url) ? values.source_url : null;
    for (const name of values.countries.split(";")) {
      const iso = placeName(name, aliases, file, line, issues);
      if (iso)
        observations.push({
          country: iso,
          year: Number(values.tip_report_year),
          value: tier,
          source_id: `tier-facts-${line}`,
          source_title: values.source_type,
          source_url: url ?? values.source_url,
          source_class: /PRIMARY/.test(values.source_type) ? "report_text" : "secondary",
          reference_row: `${file}:${line}`,
          quote: values.verbatim_quote || null,
          flag: null,
          note: null,
        });
    }
  }
  return { observations, issues, file };
}

/** data/reference/tip-tiers/stated-counts.csv: counts the State Department states, checked against the panel. */
export function readStatedCounts(referenceDir: string): { counts: StatedCount[]; issues: DataIssue[]; file: string } {
  const file = join(referenceDir, "tip-tiers", "stated-counts.csv");
  const table = readCsv(file, readTextFile(file), ["year", "tier", "count", "source"]);
  const issues = [...table.issues];
  const counts: StatedCount[] = [];
  for (const { line, values } of table.records) {
    const tier = values.tier === "all" ? "all" : parseTierValue(values.tier);
    if (!tier) issues.push({ file, line, message: `tier "${values.tier}" is not a TIP tier or "all"` });
    else
      counts.push({
        year: Number(values.year),
        tier,
        count: Number(values.count),
        source: values.source,
        file,
        line,
      });
  }
  return { counts, issues, file };
}

/** data/reference/tier-flags.csv: cells flagged by hand (suspect values kept as published). */
function readFlags(referenceDir: string, observations: TierObservation[], issues: DataIssue[]): string {
  const file = join(referenceDir, "tier-flags.csv");
  const table = readCsv(file, readTextFile(file), ["country", "year", "flag", "note"]);
  issues.push(...table.issues);
  for (const { line, values } of table.records) {
    const hit = observations.filter((o) => o.country === values.country && o.year === Number(values.year));
    if (!hit.length)
      issues.push({ file, line, message: `no tier placement for ${values.country} ${values.year} to flag` });
    for (const o of hit) {
      o.flag = values.flag.trim();
      o.note = [o.note, values.note.trim()].filter(Boolean).join("; ");
    }
  }
  return file;
}

export const PANEL_YEARS: [number, number] = [2001, 2025];

export interface TierPanel {
  cells: TierCell[];
  observations: TierObservation[];
  issues: DataIssue[];
  inputs: string[];
}

/** Every source read, the partial answers of the list years added, merged into cells, checked against stated counts. */
export function loadTierPanel(facts: Fact[], referenceDir = "data/reference"): TierPanel {
  const issues: DataIssue[] = [];
  const aliases = readAliases(referenceDir, issues);
  const panel = readPanel(referenceDir);
  const sure = readSure2018(referenceDir, aliases);
  const list2021 = readList2021(referenceDir, aliases);
  const gvnet = [2020, 2023].map((y) => readGvnetList(referenceDir, y, aliases));
  const factbook = readFactbook(referenceDir, aliases);
  const fromFacts = factObservations(facts);
  const tierFacts = readTierFacts(referenceDir, aliases);
  const stated = readStatedCounts(referenceDir);
  const reads = [panel, sure, list2021, ...gvnet, factbook, tierFacts];
  for (const r of [...reads, fromFacts, stated]) issues.push(...r.issues);
  const direct = [...reads.flatMap((r) => r.observations), ...fromFacts.observations];
  const flagsFile = readFlags(referenceDir, direct, issues);
  const lists = new Map(
    factbook.listYears.map((y) => [
      y,
      { ...factbookSource(y), reference_row: `${factbook.file} (${y} lists: not named)` },
    ]),
  );
  const observations = [...direct, ...notOnListsObservations(direct, lists)].sort(
    (a, b) => a.country.localeCompare(b.country) || a.year - b.year || a.source_id.localeCompare(b.source_id),
  );
  const cells = mergePanel(observations, PANEL_YEARS);
  for (const { count, message } of checkStatedCounts(cells, [...stated.counts, ...factbook.statedCounts]))
    issues.push({ file: count.file, line: count.line, message });
  return {
    cells,
    observations,
    issues,
    inputs: [
      ...reads.map((r) => r.file),
      stated.file,
      flagsFile,
      join(referenceDir, "tier-panel-codes.csv"),
      join(referenceDir, "country-aliases.csv"),
    ],
  };
}
