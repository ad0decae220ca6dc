// The reference-data loaders on the real tables and on damaged copies of them: the quirks of
// the published spreadsheets (float years, trailing spaces, "Watchlist", "NA", "<1,000",
// " -   ", U+FFFD in names, lost country codes) are read, and bad rows name their file and line.
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGsi } from "../../loaders/reference/gsi.ts";
import { loadTiers, normaliseTier, parsePanelYear } from "../../loaders/reference/tiers.ts";
import { parseFactValue, parseYearSpan, readFacts } from "../../loaders/reference/facts.ts";
import { factEvents, factFigures, parseMilestoneDate } from "../../loaders/reference/fact-tables.ts";
import { loadCspa } from "../../loaders/reference/cspa.ts";
import { editLine, lineOf, scratchData } from "./helpers.ts";

describe("TIP tier panel cells", () => {
  it("reads the spreadsheet's float years, including 2e3", () => {
    expect(parsePanelYear("2001.0")).toBe(2001);
    expect(parsePanelYear("2e3")).toBe(2000);
    expect(parsePanelYear(" 2015 ")).toBe(2015);
    expect(parsePanelYear("2001.5")).toBeNull();
    expect(parsePanelYear("")).toBeNull();
    expect(parsePanelYear("NA")).toBeNull();
  });

  it("normalises tiers with trailing spaces, Watchlist spellings and NA", () => {
    expect(normaliseTier("Tier 2    ")).toBe("Tier 2");
    expect(normaliseTier("Watchlist    ")).toBe("Tier 2 Watch List");
    expect(normaliseTier("Tier 2 Watch List")).toBe("Tier 2 Watch List");
    expect(normaliseTier("tier 3")).toBe("Tier 3");
    expect(normaliseTier("NA")).toBeNull();
    expect(normaliseTier("Tier 4")).toBeUndefined();
    expect(normaliseTier("Special case")).toBeUndefined();
  });
});

describe("tiers.parquet rows", () => {
  const { facts } = readFacts();
  const result = loadTiers(facts);
  const at = (country: string, year: number) => result.rows.find((r) => r.country === country && r.year === year);

  it("loads the real tables without a problem, one row per country and year", () => {
    expect(result.issues).toEqual([]);
    const keys = result.rows.map((r) => `${r.country}:${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.dropped.not_ranked).toBeGreaterThan(0);
  });

  it("reads Afghanistan's Watchlist years and its trailing-space Tier 2", () => {
    expect(at("AFG", 2004)?.tier).toBe("Tier 2");
    expect(at("AFG", 2010)?.tier).toBe("Tier 2 Watch List");
    expect(at("AFG", 2010)?.tier_level).toBe(2.5);
  });

  it("recovers Côte d'Ivoire (panel code NA, ccode 437) and Kosovo (KOS → XKK)", () => {
    expect(result.rows.some((r) => r.country === "CIV" && r.provenance === "panel")).toBe(true);
    expect(result.rows.some((r) => r.country === "XKK")).toBe(true);
    expect(result.rows.some((r) => r.country === "KOS")).toBe(false);
  });

  it("prefers the quoted text source over the panel, noting whether they agree", () => {
    const text = result.rows.filter((r) => r.provenance === "text");
    expect(text.length).toBeGreaterThan(0);
    for (const r of text) expect(r.quote, `${r.country} ${r.year}`).toBeTruthy();
    const overlap = text.filter((r) => r.year <= 2015);
    for (const r of overlap) expect(r.note ?? "", `${r.country} ${r.year}`).toMatch(/panel (agrees|says)/);
  });

  it("keeps flagged suspect values as published, with the flag", () => {
    const flagged = result.rows.filter((r) => r.flag);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.map((r) => r.flag).every((f) => ["suspect", "uncertain", "conflict"].includes(f!))).toBe(true);
  });

  it("names the file and line of a bad year, a bad tier and an unknown code, and keeps the other rows", () => {
    const dir = scratchData();
    const panel = join(dir, "reference", "tip-tiers", "tiers-2001-2015.csv");
    editLine(panel, 7, (l) => l.replace("2004.0", "20x4"));
    editLine(panel, 8, (l) => l.replace("Tier 2", "Tier 9"));
    editLine(panel, 9, (l) => l.replace(",AFG,", ",ZZZ,"));
    const damaged = loadTiers(facts, join(dir, "reference"));
    const messages = damaged.issues.map((i) => `${i.file.replace(dir, "data")}:${i.line}: ${i.message}`);
    expect(messages).toEqual([
      'data/reference/tip-tiers/tiers-2001-2015.csv:7: year "20x4" is not a year',
      'data/reference/tip-tiers/tiers-2001-2015.csv:8: tier "Tier 9    " is not a TIP tier (Tier 1, Tier 2, Watchlist, Tier 3 or NA)',
      'data/reference/tip-tiers/tiers-2001-2015.csv:9: iso "ZZZ" is not an ISO 3166-1 alpha-3 country code',
    ]);
    expect(damaged.rows.length).toBe(result.rows.length - 3);
  });
});

describe("gsi.parquet rows", () => {
  const result = loadGsi();
  const at = (country: string, edition: number) =>
    result.rows.find((r) => r.country === country && r.edition === edition);

  it("loads all three editions without a problem", () => {
    expect(result.issues).toEqual([]);
    expect(new Set(result.rows.map((r) => r.edition))).toEqual(new Set([2016, 2018, 2023]));
  });

  it("harmonises 2016's percent to per 1,000 and keeps the published value and unit", () => {
    const pak = at("PAK", 2016)!;
    expect(pak.prevalence_published).toBe(1.13);
    expect(pak.prevalence_unit).toBe("percent");
    expect(pak.prevalence_per_1000).toBe(11.3);
    expect(pak.estimated_number).toBe(2134900);
    expect(at("PAK", 2018)!.prevalence_per_1000).toBe(16.8);
    expect(at("PAK", 2023)!.estimated_number).toBe(2349000);
  });

  it("reads '<1,000' as an upper bound and ' -   ' as no value", () => {
    expect(at("ISL", 2018)).toMatchObject({ estimated_number: 1000, estimated_number_qualifier: "at_most" });
    expect(at("PLW", 2023)).toMatchObject({ population: null, estimated_number: null, prevalence_per_1000: null });
  });

  it("maps names through the package and the alias table, including U+FFFD-damaged ones", () => {
    expect(
      result.rows
        .filter((r) => r.country === "CIV")
        .map((r) => r.edition)
        .sort(),
    ).toEqual([2016, 2018, 2023]);
    expect(result.rows.filter((r) => r.country === "XKK").length).toBe(3);
    expect(at("PAK", 2023)!.iso_numeric).toBe("586");
  });

  it("drops and counts the blank and footnote rows", () => {
    const d2016 = Object.entries(result.dropped).find(([f]) => f.endsWith("gsi-2016.csv"))![1];
    expect(d2016.blank).toBeGreaterThan(0);
    expect(d2016.footnote).toBeGreaterThan(0);
  });

  it("names the row of an unmatched country and of a non-numeric cell, keeping the rest", () => {
    const dir = scratchData();
    const file = join(dir, "reference", "gsi", "gsi-2018.csv");
    const pakLine = lineOf(file, "Pakistan,");
    editLine(file, pakLine, (l) => l.replace("Pakistan,", "Atlantis,"));
    const iceland = lineOf(file, "Iceland,");
    editLine(file, iceland, (l) => l.replace("330000", "about 330k"));
    const damaged = loadGsi(join(dir, "reference"));
    const messages = damaged.issues.map((i) => `${i.file.replace(dir, "data")}:${i.line}: ${i.message}`);
    expect(messages).toEqual(
      [
        `data/reference/gsi/gsi-2018.csv:${iceland}: Population "about 330k" is not a number`,
        `data/reference/gsi/gsi-2018.csv:${pakLine}: country "Atlantis" matches no ISO 3166-1 country; add it to data/reference/country-aliases.csv if it is a spelling the package lacks`,
      ].sort((a, b) => Number(a.split(":")[1]) - Number(b.split(":")[1])),
    );
    expect(damaged.rows.length).toBe(result.rows.length - 2);
  });

  it("reports a country listed twice in one edition", () => {
    const dir = scratchData();
    const file = join(dir, "reference", "gsi", "gsi-2023.csv");
    const pakLine = lineOf(file, "Pakistan,");
    appendFileSync(file, `\n${readFileSync(file, "utf8").split("\n")[pakLine - 1]}\n`);
    const damaged = loadGsi(join(dir, "reference"));
    expect(damaged.issues.map((i) => i.message)).toEqual([
      `country "Pakistan" (PAK) already appears on line ${pakLine}`,
    ]);
  });
});

describe("facts.csv cells", () => {
  it("parses bounds, approximations, ranges and remarks", () => {
    expect(parseFactValue("2100000")).toEqual({ value: 2100000, value_high: null, qualifier: "exact", note: null });
    expect(parseFactValue(">10000")).toMatchObject({ value: 10000, qualifier: "at_least" });
    expect(parseFactValue("<5")).toMatchObject({ value: 5, qualifier: "at_most" });
    expect(parseFactValue("~1.13")).toMatchObject({ value: 1.13, qualifier: "approximately" });
    expect(parseFactValue("13200000-14600000")).toMatchObject({
      value: 13200000,
      value_high: 14600000,
      qualifier: "range",
    });
    expect(parseFactValue("1 (first in 10 years)")).toMatchObject({ value: 1, note: "first in 10 years" });
    expect(parseFactValue("14600000-13200000")).toBeNull();
    expect(parseFactValue(">1-2")).toBeNull();
    expect(parseFactValue("Tier 2")).toBeNull();
    expect(parseFactValue("many")).toBeNull();
  });

  it("parses year spans", () => {
    expect(parseYearSpan("2021")).toEqual([2021, 2021]);
    expect(parseYearSpan("2010-2020")).toEqual([2010, 2020]);
    expect(parseYearSpan("2022-23")).toEqual([2022, 2023]);
    expect(parseYearSpan("2023-22")).toBeNull();
    expect(parseYearSpan("FY2019")).toBeNull();
  });

  it("dates legal milestones from free text", () => {
    expect(parseMilestoneDate("2015-04-06 (Monday)", "2015")).toEqual({ date: "2015-04-06", date_end: null });
    expect(parseMilestoneDate("rules notified before 2018-05-31", "2018")).toEqual({
      date: "2018",
      date_end: "2018-05-31",
    });
    expect(parseMilestoneDate("Apr 2022-Mar 2023", "2022-23")).toEqual({ date: "2022-04", date_end: "2023-03" });
    expect(parseMilestoneDate("ratified in October 2002", "2002")).toEqual({ date: "2002-10", date_end: null });
    expect(parseMilestoneDate("adopted", "2022-23")).toEqual({ date: "2022", date_end: "2023" });
    expect(parseMilestoneDate("adopted", "soon")).toBeNull();
  });

  it("turns the real facts into figures, events and CSPA rows with no problem, each with its citation", () => {
    const { facts, issues } = readFacts();
    expect(issues).toEqual([]);
    const figures = factFigures(facts, "data/reference");
    const events = factEvents(facts, "data/reference");
    const cspa = loadCspa(facts, []);
    expect([...figures.issues, ...events.issues, ...cspa.issues]).toEqual([]);
    expect(figures.rows.length).toBeGreaterThan(0);
    expect(events.rows.length).toBeGreaterThan(0);
    for (const r of [...figures.rows, ...events.rows, ...cspa.rows]) {
      expect(r.source_title, r.reference_row).toBeTruthy();
      expect(r.reference_row).toMatch(/facts\.csv:\d+$/);
    }
    // Pakistan: added to the CSPA list in 2021, removed in 2022.
    const pak = (y: number) => cspa.rows.filter((r) => r.country === "PAK" && r.year === y).map((r) => r.listed);
    expect(pak(2021)).toContain(true);
    expect(pak(2022)).toContain(false);
  });

  it("flags sources that disagree on a CSPA listing instead of choosing one", () => {
    const { facts } = readFacts();
    // facts.csv marks Iran 2022 as conflicting (one press list omits it): kept, and flagged.
    const iran = loadCspa(facts, []).rows.filter((r) => r.country === "IRN" && r.year === 2022);
    expect(iran.length).toBe(1);
    expect(iran[0]).toMatchObject({ listed: true, conflict: true });
    // A second source saying the opposite for Afghanistan 2022: both rows kept, both flagged.
    const afg = facts.find((f) => f.kind === "cspa" && f.countries.includes("AFG") && f.year === "2022")!;
    const rows = loadCspa(
      [
        ...facts,
        { ...afg, value: "no", source_title: "A dissenting source", reference_row: "data/reference/facts.csv:999" },
      ],
      [],
    ).rows.filter((r) => r.country === "AFG" && r.year === 2022);
    expect(rows.map((r) => [r.source_title, r.listed, r.conflict]).sort()).toEqual(
      [
        ["A dissenting source", false, true],
        [afg.source_title, true, true],
      ].sort(),
    );
  });
});
