// The tier panel 2001–2025: merge rules on small fixtures, every source's quirks on the real
// files, the counts the State Department states, and bad input named by file and line. Also the
// CSPA lists (unknown years) and the global law-enforcement series (the 2005 conflict).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkStatedCounts,
  compatible,
  mergeCell,
  mergePanel,
  notOnListsObservations,
  type TierObservation,
} from "../../loaders/reference/tier-merge.ts";
import {
  loadTierPanel,
  parseTierValue,
  readFactbook,
  readList2021,
  readSure2018,
} from "../../loaders/reference/tier-sources.ts";
import { readAliases } from "../../loaders/reference/common.ts";
import { readFacts } from "../../loaders/reference/facts.ts";
import { loadCspa, parseCspaQuotes } from "../../loaders/reference/cspa.ts";
import { loadLawEnforcement } from "../../loaders/reference/law-enforcement.ts";
import { loadLedger } from "../../loaders/ledger.ts";
import { editLine, lineOf, scratchData } from "./helpers.ts";

const obs = (o: Partial<TierObservation> & Pick<TierObservation, "value" | "source_id">): TierObservation => ({
  country: "PAK",
  year: 2020,
  source_title: o.source_id,
  source_url: null,
  source_class: "compiled",
  reference_row: `${o.source_id}:1`,
  quote: null,
  flag: null,
  note: null,
  ...o,
});

describe("merge rules", () => {
  it("agree: two sources name the same tier", () => {
    const cell = mergeCell("PAK", 2020, [
      obs({ value: "Tier 2", source_id: "a" }),
      obs({ value: "Tier 2", source_id: "b", source_class: "secondary" }),
    ]);
    expect(cell).toMatchObject({ tier: "Tier 2", status: "agree", source_count: 2, flag: null });
  });

  it("single: one source; a list's 'Tier 1 or 2' is consistent with it but no second witness", () => {
    expect(mergeCell("PAK", 2020, [obs({ value: "Tier 3", source_id: "a" })])).toMatchObject({
      tier: "Tier 3",
      status: "single",
    });
    const cell = mergeCell("PAK", 2025, [
      obs({ value: "Tier 1 or 2", source_id: "lists" }),
      obs({ value: "Tier 2", source_id: "ngo", source_class: "secondary" }),
    ]);
    expect(cell).toMatchObject({ tier: "Tier 2", status: "single", best_source: "ngo" });
  });

  it("conflict: kept, flagged, the best-placed source shown, every source listed", () => {
    const cell = mergeCell("NPL", 2005, [
      obs({ value: "Tier 1", source_id: "blog", source_class: "secondary" }),
      obs({ value: "Tier 2", source_id: "report", source_class: "report_text" }),
    ]);
    expect(cell).toMatchObject({ tier: "Tier 2", status: "conflict", flag: "conflict", source_count: 2 });
    expect(cell.sources).toBe("report: Tier 2\nblog: Tier 1");
    // Not on the Watch List (by a complete list) but a source says Watch List: a conflict too.
    expect(
      mergeCell("DZA", 2011, [
        obs({ value: "Tier 1 or 2", source_id: "lists" }),
        obs({ value: "Tier 2 Watch List", source_id: "x" }),
      ]).status,
    ).toBe("conflict");
  });

  it("partial: only the lists speak, so the answer is 'Tier 1 or 2', not a guessed Tier 2", () => {
    expect(mergeCell("PAK", 2025, [obs({ value: "Tier 1 or 2", source_id: "lists" })])).toMatchObject({
      tier: "Tier 1 or 2",
      status: "partial",
    });
  });

  it("unknown: no source, drawn as such", () => {
    expect(mergeCell("BTN", 2018, [])).toMatchObject({ tier: "unknown", status: "unknown", sources: "" });
  });

  it("'Tier 1 or 2' is compatible with Tier 1, Tier 2 and special cases, not with the lists' tiers or unranked", () => {
    expect(compatible("Tier 1 or 2", "Tier 1")).toBe(true);
    expect(compatible("Tier 2", "Tier 1 or 2")).toBe(true);
    // "Tier 1 or 2" says ranked; "not ranked" says the opposite (issue 24: Haiti 2011).
    expect(compatible("Tier 1 or 2", "not ranked")).toBe(false);
    expect(compatible("not ranked", "Tier 1 or 2")).toBe(false);
    expect(compatible("Tier 1 or 2", "Tier 3")).toBe(false);
    expect(compatible("Tier 1", "Tier 2")).toBe(false);
  });

  it("adds 'Tier 1 or 2' only for countries off a complete list and ranked within two years", () => {
    const lists = new Map([
      [
        2022,
        {
          source_id: "fb-2022",
          source_title: "lists",
          source_url: null,
          source_class: "compiled" as const,
          reference_row: "fb",
        },
      ],
    ]);
    const out = notOnListsObservations(
      [
        obs({ country: "PAK", year: 2021, value: "Tier 2 Watch List", source_id: "l21" }),
        obs({ country: "IND", year: 2021, value: "Tier 2", source_id: "l21" }),
        obs({ country: "IND", year: 2022, value: "Tier 2 Watch List", source_id: "fb-2022" }),
        obs({ country: "LBY", year: 2021, value: "Special case", source_id: "l21" }),
        obs({ country: "YUG", year: 2002, value: "Tier 2", source_id: "panel" }),
      ],
      lists,
    );
    expect(out.map((o) => `${o.country} ${o.year} ${o.value}`)).toEqual(["PAK 2022 Tier 1 or 2"]);
  });

  it("fills every country × year, unknown where nothing speaks", () => {
    const cells = mergePanel([obs({ year: 2002, value: "Tier 2", source_id: "a" })], [2001, 2003]);
    expect(cells.map((c) => c.status)).toEqual(["unknown", "single", "unknown"]);
  });

  it("fails a stated count the panel disagrees with", () => {
    const cells = mergePanel(
      [obs({ value: "Tier 3", source_id: "a" }), obs({ country: "IND", value: "Tier 2", source_id: "a" })],
      [2020, 2020],
    );
    const stated = (count: number) => ({ year: 2020, tier: "Tier 3" as const, count, source: "s", file: "f", line: 2 });
    expect(checkStatedCounts(cells, [stated(1)])).toEqual([]);
    expect(checkStatedCounts(cells, [stated(2)]).map((c) => c.message)).toEqual([
      "s states 2 on Tier 3 in 2020; the panel has 1",
    ]);
  });
});

describe("tier sources, each with its quirks", () => {
  const issues: never[] = [];
  const aliases = readAliases("data/reference", issues);

  it("reads 2w, 1, 3, NA and Special Case", () => {
    expect(parseTierValue("2w")).toBe("Tier 2 Watch List");
    expect(parseTierValue("1")).toBe("Tier 1");
    expect(parseTierValue("Watchlist  ")).toBe("Tier 2 Watch List");
    expect(parseTierValue("Special Case")).toBe("Special case");
    expect(parseTierValue("NA")).toBeNull();
    expect(parseTierValue("2.5")).toBeUndefined();
  });

  it("sure2018: uses 2016–2017 only, places rows with a missing code by name, leaves NA out", () => {
    const read = readSure2018("data/reference", aliases);
    expect(read.issues).toEqual([]);
    expect(new Set(read.observations.map((o) => o.year))).toEqual(new Set([2016, 2017]));
    const at = (c: string, y: number) => read.observations.find((o) => o.country === c && o.year === y)?.value;
    expect(at("PAK", 2016)).toBe("Tier 2 Watch List");
    expect(at("MMR", 2016)).toBe("Tier 3"); // code NA, name BURMA
    expect(at("MMR", 2017)).toBe("Tier 2 Watch List");
    expect(at("XKK", 2017)).toBe("Tier 2"); // code XKX, name KOSOVO
    expect(read.unplaced).toBe(1); // "CAMEROON FASO", listed in unplaced-names.csv
  });

  it("2021 list: 'Korea, South', 'Congo, Republic of the', 'Cote D’Ivoire' go through the alias table", () => {
    const read = readList2021("data/reference", aliases);
    expect(read.issues).toEqual([]);
    expect(read.observations).toHaveLength(188);
    const codes = new Set(read.observations.map((o) => o.country));
    for (const c of ["KOR", "PRK", "COG", "COD", "CIV", "MMR"]) expect(codes.has(c), c).toBe(true);
  });

  it("Factbook: report year from the stamp, not the edition; 'Cura ao' is Curaçao; the unstamped 2022 block is TIP 2022", () => {
    const read = readFactbook("data/reference", aliases);
    expect(read.issues).toEqual([]);
    expect(read.listYears).toEqual([2008, 2009, 2011, 2012, 2013, 2014, 2015, 2020, 2022, 2023, 2024, 2025]);
    const wl = (y: number) => read.observations.filter((o) => o.year === y && o.value === "Tier 2 Watch List").length;
    expect(wl(2022)).toBe(34);
    expect(wl(2023)).toBe(26);
    expect(read.observations.some((o) => o.country === "CUW" && o.year === 2024)).toBe(true);
    // The 2021 edition prints the 2020 lists: they count for 2020, and no 2021 list exists.
    const from2021Edition = read.observations.filter((o) => o.note === "Factbook 2021 edition");
    expect(from2021Edition.length).toBeGreaterThan(0);
    expect(from2021Edition.every((o) => o.year === 2020)).toBe(true);
  });

  it("an unknown name is an error with file:line, and the other rows are kept", () => {
    const dir = scratchData();
    const file = join(dir, "reference", "tip-tiers", "tier-list-2021.csv");
    const line = lineOf(file, "Korea, South");
    editLine(file, line, (l) => l.replace("Korea, South", "Korea, Southish"));
    const read = readList2021(join(dir, "reference"), aliases);
    expect(read.issues.map((i) => `${i.file.replace(dir, "data")}:${i.line}: ${i.message}`)).toEqual([
      `data/reference/tip-tiers/tier-list-2021.csv:${line}: country "Korea, Southish" is not a known name (add it to data/reference/country-aliases.csv)`,
    ]);
    expect(read.observations).toHaveLength(187);
  });
});

describe("the merged panel on the real sources", () => {
  const { facts } = readFacts();
  const panel = loadTierPanel(facts);
  const cell = (c: string, y: number) => panel.cells.find((x) => x.country === c && x.year === y)!;

  it("loads with no problem and matches every stated count (2021: 188 = 28/95/45/17/3; 2022: 34; 2023: 26)", () => {
    expect(panel.issues).toEqual([]);
    const count = (y: number, t: string) => panel.cells.filter((c) => c.year === y && c.tier === t).length;
    expect([
      count(2021, "Tier 1"),
      count(2021, "Tier 2"),
      count(2021, "Tier 2 Watch List"),
      count(2021, "Tier 3"),
    ]).toEqual([28, 95, 45, 17]);
    expect(count(2021, "Special case")).toBe(3);
    expect(count(2022, "Tier 2 Watch List")).toBe(34);
    expect(count(2023, "Tier 2 Watch List")).toBe(26);
  });

  it("fails the build when a stated count is off", () => {
    const dir = scratchData();
    const file = join(dir, "reference", "tip-tiers", "stated-counts.csv");
    editLine(file, lineOf(file, "2022,Tier 2 Watch List,34"), (l) => l.replace(",34,", ",35,"));
    const damaged = loadTierPanel(facts, join(dir, "reference"));
    expect(damaged.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/states 35 on Tier 2 Watch List in 2022; the panel has 34$/),
    ]);
  });

  it("Pakistan: 2015–2017 Watch List, 2018–2019 Tier 2, 2020–2021 Watch List, 2022–2024 Tier 2, 2025 from one secondary source", () => {
    const seq = Array.from({ length: 11 }, (_, i) => cell("PAK", 2015 + i).tier);
    expect(seq).toEqual([
      ...Array(3).fill("Tier 2 Watch List"),
      "Tier 2",
      "Tier 2",
      "Tier 2 Watch List",
      "Tier 2 Watch List",
      "Tier 2",
      "Tier 2",
      "Tier 2",
      "Tier 2",
    ]);
    // 2025: the lists say "Tier 1 or 2"; an NGO summary says Tier 2, flagged uncertain.
    expect(cell("PAK", 2025)).toMatchObject({ status: "single", best_source_class: "secondary", flag: "uncertain" });
    expect(cell("PAK", 2025).sources).toMatch(/Tier 1 or 2/);
    for (let y = 2015; y <= 2025; y++) expect(cell("PAK", y).sources, String(y)).not.toBe("");
  });

  it("a South Asian country with no source for 2025 reads 'Tier 1 or 2'; 2018 without a list is unknown", () => {
    expect(cell("BTN", 2025)).toMatchObject({ tier: "Tier 1 or 2", status: "partial" });
    expect(cell("BTN", 2018)).toMatchObject({ tier: "unknown", status: "unknown" });
    expect(cell("MDV", 2022).tier).not.toBe("unknown");
  });

  it("keeps the suspect Nepal 2005 and Iran 2004–05 values flagged; Libya is a special case in 2021", () => {
    expect(cell("NPL", 2005)).toMatchObject({ tier: "Tier 1", flag: "suspect" });
    expect(cell("IRN", 2004).flag).toBe("suspect");
    expect(cell("IRN", 2005).flag).toBe("suspect");
    expect(cell("LBY", 2021).tier).toBe("Special case");
  });

  it("shows real conflicts: Algeria 2011 (Factbook Watch List vs panel Tier 3)", () => {
    expect(cell("DZA", 2011)).toMatchObject({ status: "conflict", tier: "Tier 2 Watch List" });
  });

  // Fails before issue 24's fix: these 34 cells were `single`.
  it("shows 'not ranked' against the lists' 'Tier 1 or 2' as a conflict: 34 cells, e.g. Haiti 2011", () => {
    const disputed = panel.cells.filter(
      (c) => c.tier === "not ranked" && c.sources.includes(": Tier 1 or 2") && c.status === "conflict",
    );
    expect(disputed).toHaveLength(34);
    for (const [country, year] of [
      ["HTI", 2011],
      ["CIV", 2011],
      ["ERI", 2008],
    ] as const)
      expect(cell(country, year)).toMatchObject({ tier: "not ranked", status: "conflict", flag: "conflict" });
    expect(panel.cells.filter((c) => c.status === "conflict")).toHaveLength(36);
    expect(
      panel.cells.filter(
        (c) => c.status === "single" && c.sources.includes(": Tier 1 or 2") && c.tier === "not ranked",
      ),
    ).toEqual([]);
  });

  // Fails before issue 24's fix: the Factbook's partial "Tier 1 or 2" counted as a second source.
  it("an exact tier whose only exact source is secondary is secondary_only, whatever the lists say", () => {
    for (const [country, year, tier] of [
      ["DEU", 2025, "Tier 1"], // "Examples in 2025 include…"
      ["GBR", 2025, "Tier 1"],
      ["USA", 2025, "Tier 1"],
      ["KEN", 2025, "Tier 2"], // "including Kenya (2025)"
      ["BGD", 2025, "Tier 2"], // a page whose publisher is unknown
      ["IND", 2024, "Tier 2"], // a news report
    ] as const) {
      expect(cell(country, year)).toMatchObject({ tier, secondary_only: true });
      expect(cell(country, year).sources).toContain(": Tier 1 or 2");
    }
    expect(panel.cells.filter((c) => c.secondary_only)).toHaveLength(366);
    // A cell whose tier the report text or a compiled panel states is not.
    const stated = panel.cells.filter((c) => c.best_source_class !== null && c.best_source_class !== "secondary");
    expect(stated.length).toBeGreaterThan(3000);
    expect(stated.filter((c) => c.secondary_only)).toEqual([]);
  });
});

describe("CSPA lists 2010–2025", () => {
  const { facts } = readFacts();
  const ledger = loadLedger("data");
  const cspa = loadCspa(facts, ledger.events);
  const status = (y: number) => [...new Set(cspa.rows.filter((r) => r.year === y).map((r) => r.status))].sort();

  it("loads with no problem; the 2022 list names 12 governments", () => {
    expect(cspa.issues).toEqual([]);
    const listed2022 = new Set(
      cspa.rows
        .filter((r) => r.year === 2022 && r.status === "listed" && r.reference_row.includes("cspa-lists"))
        .map((r) => r.country),
    );
    expect(listed2022.size).toBe(12);
  });

  it("years without a list are unknown, not 'not listed'", () => {
    for (const y of [2011, 2012, 2014, 2023, 2025]) expect(status(y), String(y)).toContain("unknown");
    expect(status(2013)).not.toContain("unknown");
  });

  // Fails before issue 24's fix: Pakistan 2011, 2012 and 2014 carried "unknown" and "not listed".
  it("one status per country and year unless a conflict is declared", () => {
    const statuses = new Map<string, { statuses: Set<string>; conflict: boolean }>();
    for (const r of cspa.rows) {
      const key = `${r.country} ${r.year}`;
      const entry = statuses.get(key) ?? statuses.set(key, { statuses: new Set(), conflict: true }).get(key)!;
      entry.statuses.add(r.status);
      entry.conflict &&= r.conflict;
    }
    const undeclared = [...statuses].filter(([, e]) => e.statuses.size > 1 && !e.conflict).map(([key]) => key);
    expect(undeclared).toEqual([]);
    for (const year of [2011, 2012, 2014]) {
      const pak = cspa.rows.filter((r) => r.country === "PAK" && r.year === year);
      expect(pak.map((r) => r.status)).toEqual(["not listed"]);
      expect(pak[0].note).toMatch(/inferred/);
    }
  });

  it("each list row carries the verbatim sentence naming the governments", () => {
    const quotes = parseCspaQuotes(
      "## 2010 TIP Report: source_id hrw2010\nURL: https://x.org/a\n> The countries identified were Burma and Chad.\n",
    );
    expect(quotes).toEqual([
      {
        year: 2010,
        source_id: "hrw2010",
        url: "https://x.org/a",
        quote: "The countries identified were Burma and Chad.",
        line: 1,
      },
    ]);
    const row = cspa.rows.find((r) => r.country === "PAK" && r.year === 2021 && r.reference_row.includes("cspa-lists"));
    expect(row?.quote).toMatch(/Pakistan/);
  });
});

describe("global law enforcement 2003–2015", () => {
  const ledger = loadLedger("data");
  const le = loadLawEnforcement(ledger);
  const at = (y: number, m: string) =>
    le.rows
      .filter((r) => r.year === y && r.measure === m)
      .map((r) => [r.source_title.slice(0, 15), r.value, r.conflict])
      .sort();

  it("keeps both 2005 values, labelled by source and flagged", () => {
    expect(le.issues).toEqual([]);
    expect(at(2005, "prosecutions")).toEqual([
      ["Kelley, Scoreca", 6618, true],
      ["TIP Report 2006", 6618, true],
      ["TIP Report 2008", 6178, true],
    ]);
    expect(at(2005, "new_or_amended_laws").map((r) => r[1])).toEqual([31, 41, 40]);
    expect(at(2004, "convictions").map((r) => r[1])).toEqual([3025, 3026, 3025]);
    expect(at(2003, "prosecutions").every((r) => r[2] === false)).toBe(true);
  });

  it("the 2016 and 2021 totals are secondary points only", () => {
    const late = le.rows.filter((r) => r.year > 2015);
    expect(late.length).toBe(6);
    expect(late.every((r) => r.source_class === "secondary")).toBe(true);
  });
});
