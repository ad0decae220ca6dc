// The reference-data loaders on the real tables and on damaged copies of them: the quirks of
// the published spreadsheets (float years, trailing spaces, "Watchlist", "NA", "<1,000",
// " -   ", U+FFFD in names, lost country codes) are read, and bad rows name their file and line.
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGsi } from "../../loaders/reference/gsi.ts";
import { normaliseTier, parsePanelYear } from "../../loaders/reference/tiers.ts";
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
    // (A "disputed" row names every side's input row, facts.csv's among them.)
    cspa.rows = cspa.rows.filter((r) => r.reference_row.includes("facts.csv") && r.status !== "disputed");
    expect(figures.rows.length).toBeGreaterThan(0);
    expect(events.rows.length).toBeGreaterThan(0);
    for (const r of [...figures.rows, ...events.rows, ...cspa.rows]) {
      expect(r.source_title, r.reference_row).toBeTruthy();
      expect(r.reference_row).toMatch(/facts\.csv:\d+$/);
    }
    // Pakistan: added to the CSPA list in 2021, removed in 2022.
    const pak = (y: number) => cspa.rows.filter((r) => r.country === "PAK" && r.year === y).map((r) => r.status);
    expect(pak(2021)).toContain("listed");
    expect(pak(2022)).toContain("not listed");
  });

  it("flags sources that disagree on a CSPA listing instead of choosing one", () => {
    const { facts } = readFacts();
    // facts.csv marks Iran 2022 as conflicting (one press list omits it): kept, and flagged.
    const iran = loadCspa(facts, []).rows.filter(
      (r) => r.country === "IRN" && r.year === 2022 && r.reference_row.includes("facts.csv") && r.status !== "disputed",
    );
    expect(iran.length).toBe(1);
    expect(iran[0]).toMatchObject({ status: "listed", conflict: true });
    // A second source saying the opposite for Afghanistan 2022: both rows kept, both flagged.
    const afg = facts.find((f) => f.kind === "cspa" && f.countries.includes("AFG") && f.year === "2022")!;
    const rows = loadCspa(
      [
        ...facts,
        { ...afg, value: "no", source_title: "A dissenting source", reference_row: "data/reference/facts.csv:999" },
      ],
      [],
    ).rows.filter((r) => r.country === "AFG" && r.year === 2022);
    expect(rows.map((r) => [r.source_title, r.status, r.conflict]).sort()).toEqual(
      [
        ["A dissenting source", "not listed", true],
        [afg.source_title, "listed", true],
        ["CSPA list 2022 as named by the Stimson Center (2022)", "listed", true],
        [
          `Accounts of the 2022 list differ. Listed: ${afg.source_title}; CSPA list 2022 as named by the Stimson Center (2022). Not listed: A dissenting source.`,
          "disputed",
          true,
        ],
      ].sort(),
    );
  });
});
