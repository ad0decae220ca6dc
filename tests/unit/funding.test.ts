// The US anti-trafficking grant tables, on the real files (data/reference/us-tip-funding/) and on
// damaged copies: every quirk listed in data/reference/README.md is handled and visible.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAmount, readFunding } from "../../loaders/reference/funding.ts";
import { editLine, lineOf, scratchData } from "./helpers.ts";

const real = readFunding("data");
const ORIGINAL = "data/reference/us-tip-funding/funding-original.csv";
const rowAt = (line: number) => real.grants.find((g) => g.input_row === `${ORIGINAL}:${line}`)!;
const lineWith = (needle: string) => lineOf(ORIGINAL, needle);
const relative = (dir: string, messages: { file: string; line: number | null; message: string }[]) =>
  messages.map((i) => `${i.file}:${i.line}: ${i.message}`.replaceAll(dir, "data"));

describe("funding amounts, row by row", () => {
  it("reads well-formed dollars and keeps unknown amounts unknown", () => {
    expect(readAmount("$330,568")).toMatchObject({ usd: 330568, rule: null, kind: "number" });
    expect(readAmount("$0")).toMatchObject({ usd: 0, kind: "number" });
    expect(readAmount("Not Listed")).toMatchObject({ usd: null, low: null, high: null, kind: "unknown" });
    expect(readAmount("Cannot determine trafficking portion due to multi-donor effort")?.kind).toBe("unknown");
  });

  it("reads a malformed amount only where one reading is possible, and says how", () => {
    expect(readAmount("$14, 248")).toMatchObject({ usd: 14248, rule: "spaces after the commas removed" });
    expect(readAmount("$1, 300, 000")?.usd).toBe(1_300_000);
    expect(readAmount("550,000")).toMatchObject({ usd: 550000, rule: "no dollar sign: read as US dollars" });
    expect(readAmount("6600000")?.usd).toBe(6_600_000);
  });

  it("keeps both readings of an amount with a two-digit last group, as a range", () => {
    expect(readAmount("$65,676,50")).toMatchObject({ usd: null, low: 65676.5, high: 6567650, kind: "ambiguous" });
    expect(readAmount("$2,500,00")).toMatchObject({ usd: null, low: 2500, high: 250000, kind: "ambiguous" });
  });

  it("refuses what it cannot read", () => {
    for (const text of ["$1.2 million", "", "$-5", "$12,3456", "TBD"]) expect(readAmount(text)).toBeNull();
  });
});

describe("funding_grants on the real table", () => {
  it("reads every row with no problem, one row per input row", () => {
    expect(real.issues).toEqual([]);
    expect(real.grants).toHaveLength(readFileSync(ORIGINAL, "utf8").trimEnd().split("\n").length - 1);
  });

  it("counts what the reference README counts", () => {
    const count = (f: (g: (typeof real.grants)[number]) => boolean) => real.grants.filter(f).length;
    expect(count((g) => g.has_grant)).toBe(2420);
    expect(count((g) => g.amount_status === "unknown")).toBe(200); // 199 "Not Listed" + 1 "Cannot determine…"
    expect(count((g) => g.amount_status === "ambiguous")).toBe(2);
    expect(count((g) => g.purpose_check === "shifted")).toBe(1366);
    expect(count((g) => g.amount_text.includes("\uFFFD") || (g.recipient ?? "").includes("\uFFFD"))).toBeGreaterThan(0);
  });

  it("has Pakistan's grants as the spot checks list them", () => {
    const pak = real.grants.filter((g) => g.place === "PAK" && g.has_grant);
    const years = [...new Set(pak.map((g) => g.fiscal_year))];
    expect(years).toEqual([2003, 2004, 2005, 2006, 2007, 2009, 2010, 2014]);
    expect(pak.filter((g) => g.fiscal_year === 2003).map((g) => g.amount_usd)).toEqual([60000, 62000]);
    expect(pak.find((g) => g.subgrantee === "FIA")).toMatchObject({
      fiscal_year: 2005,
      recipient: "IOM",
      amount_usd: 30000,
    });
    expect(pak.find((g) => g.fiscal_year === 2010)).toMatchObject({ recipient: "ILO", amount_usd: 750000 });
    expect(pak.find((g) => g.fiscal_year === 2014)).toMatchObject({
      recipient: "Insan Dost Association",
      amount_text: "550,000",
      amount_usd: 550000,
      amount_rule: "no dollar sign: read as US dollars",
    });
  });

  it("takes shifted purpose flags and missing recipient types from the aligned sheet", () => {
    const line = lineWith('"Afghanistan",2010,700,1,"Hagar USA, Inc."');
    expect(readFileSync(ORIGINAL, "utf8").split("\n")[line - 1]).toContain(
      ',"Hagar USA, Inc.",1,1,0,0,0,"$350,000",0,',
    );
    expect(rowAt(line)).toMatchObject({
      purpose_check: "shifted",
      subgrantee: null,
      prevention: true,
      protection: true,
      prosecution: false,
      research: false,
      recipient_type: "NPO",
      regional_scope: null,
    });
  });

  it("keeps regional and global programmes and the former Yugoslavia apart from countries", () => {
    const kinds = (name: string) => [
      ...new Set(real.grants.filter((g) => g.name_in_file === name).map((g) => g.place_kind)),
    ];
    expect(kinds("Africa")).toEqual(["region"]);
    expect(kinds("Global")).toEqual(["global"]);
    expect(kinds("Yugoslavia")).toEqual(["former_state"]);
    expect(real.grants.find((g) => g.name_in_file === "Yugoslavia")!.place).toBe("Yugoslavia");
    expect(new Set(real.grants.filter((g) => g.name_in_file.startsWith("Congo, DemRep")).map((g) => g.place))).toEqual(
      new Set(["COD"]),
    );
  });

  it("flags rows repeated in name, year, recipient and amount, keeping both", () => {
    const repeated = real.grants.filter((g) => g.repeated);
    expect(repeated.length).toBeGreaterThanOrEqual(50);
    const key = (g: (typeof repeated)[number]) => [g.name_in_file, g.fiscal_year, g.recipient, g.amount_text].join("|");
    const groups = new Map<string, number>();
    for (const g of repeated) groups.set(key(g), (groups.get(key(g)) ?? 0) + 1);
    expect([...groups.values()].every((n) => n >= 2)).toBe(true);
  });
});

describe("funding_country_year", () => {
  const cell = (place: string, year: number) =>
    real.countryYears.find((r) => r.place === place && r.fiscal_year === year)!;

  it("has every place × fiscal year 2001–2014, a year with no grant as 0 and none missing", () => {
    const places = new Set(real.grants.map((g) => g.place));
    expect(real.countryYears).toHaveLength(places.size * 14);
    expect(cell("PAK", 2008)).toMatchObject({ total_usd: 0, grants: 0, total_status: "none" });
    expect(cell("PAK", 2005)).toMatchObject({ total_usd: 238865, grants: 3, total_status: "exact" });
  });

  it("makes a year with an unknown amount a lower bound, never a total", () => {
    const afg = cell("AFG", 2002);
    expect(afg.total_status).toBe("lower_bound");
    expect(afg.grants_unknown_amount).toBeGreaterThan(0);
  });

  it("keeps an ambiguous amount out of the total and in the high total", () => {
    const line = lineWith('"$65,676,50"');
    const g = rowAt(line);
    const year = cell(g.place, g.fiscal_year);
    expect(year.total_status).toBe("lower_bound");
    expect(year.total_high_usd! - year.total_usd!).toBeCloseTo(6567650, 0);
  });

  it("says 'not listed' for a year the table has no row for, not 0", () => {
    expect(cell("VAT", 2005)).toMatchObject({ total_usd: null, total_status: "not_listed", input_lines: null });
  });
});

describe("funding tables on damaged copies", () => {
  it("names the line of an unreadable amount and of an unknown name, keeping every other row", () => {
    const dir = scratchData();
    const file = join(dir, "reference", "us-tip-funding", "funding-original.csv");
    const amountLine = lineOf(file, '"$330,568"');
    editLine(file, amountLine, (l) => l.replace('"$330,568"', '"$330 thousand"'));
    const nameLine = lineOf(file, '"Pakistan",2010');
    editLine(file, nameLine, (l) => l.replace('"Pakistan"', '"Atlantis"'));
    const damaged = readFunding(dir);
    expect(relative(dir, damaged.issues)).toEqual([
      `data/reference/us-tip-funding/funding-original.csv:${amountLine}: amount "$330 thousand" is not an amount this loader can read (see readAmount in loaders/reference/funding.ts)`,
      `data/reference/us-tip-funding/funding-original.csv:${nameLine}: name "Atlantis" is not in data/reference/us-tip-funding/names.csv; add it there with its code and kind`,
    ]);
    expect(damaged.grants).toHaveLength(real.grants.length - 2);
  });

  it("stops when the aligned sheet no longer matches the raw table row by row", () => {
    const dir = scratchData();
    const sheet = join(dir, "reference", "us-tip-funding", "funding-master.csv");
    const lines = readFileSync(sheet, "utf8").split("\n");
    const at = lines.findIndex((l) => l.startsWith('"Pakistan","$750,000"'));
    lines.splice(at, 1);
    writeFileSync(sheet, lines.join("\n"));
    const damaged = readFunding(dir);
    expect(relative(dir, damaged.issues)).toEqual([
      `data/reference/us-tip-funding/funding-original.csv:${lineWith('"Pakistan",2010')}: no row of data/reference/us-tip-funding/funding-master.csv matches "Pakistan", amount "$750,000" near its line; the files must stay in the same order`,
    ]);
  });

  it("refuses a sheet whose columns moved", () => {
    const dir = scratchData();
    const sheet = join(dir, "reference", "us-tip-funding", "funding-master.csv");
    editLine(sheet, 1, (l) => l.replace('"Prevention","protection"', '"protection","Prevention"'));
    const damaged = readFunding(dir);
    expect(relative(dir, damaged.issues)).toContain(
      'data/reference/us-tip-funding/funding-master.csv:1: column 10 is "protection", expected "Prevention" (prevention)',
    );
  });

  it("refuses a name mapped to a code that is no country", () => {
    const dir = scratchData();
    const names = join(dir, "reference", "us-tip-funding", "names.csv");
    const line = lineOf(names, "Pakistan,PAK");
    editLine(names, line, (l) => l.replace("PAK", "PAQ"));
    expect(relative(dir, readFunding(dir).issues)).toContain(
      `data/reference/us-tip-funding/names.csv:${line}: iso3 "PAQ" is not an ISO 3166-1 alpha-3 country code`,
    );
  });
});

// What the /funding page and the country pages compute from the real tables.
describe("funding charts' summaries", async () => {
  const charts = await import("../../src/components/funding-charts.ts");

  it("sums each fiscal year's stated amounts and counts the grants left out, 2001 listed with none", () => {
    const years = charts.fundingByYear(real.countryYears);
    const inYear = (y: number) => years.filter((d) => d.fiscal_year === y);
    expect(inYear(2001).every((d) => d.grants === 0 && d.total_usd === 0)).toBe(true);
    const unknownAll = years.reduce((s, d) => s + d.grants_unknown_amount, 0);
    // Every row with no single amount (unknown, ambiguous, or a grant flag that conflicts with
    // its amount) is counted above a bar.
    const noAmount = real.grants.filter((g) => ["unknown", "ambiguous", "conflict"].includes(g.amount_status)).length;
    expect(unknownAll).toBe(noAmount);
    // A row whose grant flag says "none" but whose amount is not $0 (a conflict) is not stated money.
    const stated = real.grants.filter((g) => g.amount_status === "stated").reduce((s, g) => s + g.amount_usd!, 0);
    expect(years.reduce((s, d) => s + d.total_usd, 0)).toBeCloseTo(stated, 2);
  });

  it("groups recipient types that differ only in capitals and says which spellings it joined", () => {
    const types = charts.fundingByRecipientType(real.grants);
    const neither = types.find((t) => t.recipient_type.toLowerCase() === "neither")!;
    expect(neither.recipient_type).toBe("Neither");
    expect(Object.fromEntries(neither.spellings)).toEqual({ Neither: 238, NEither: 1 });
    expect(types.reduce((s, t) => s + t.grants, 0)).toBe(real.grants.filter((g) => g.has_grant).length);
  });

  it("says when Pakistan received grants and when none", () => {
    const pak = real.countryYears.filter((r) => r.place === "PAK");
    expect(charts.fundingSummary(pak, "Pakistan")).toMatch(
      /in 8 of the 14 fiscal years 2001–2014 \(2003–2007, 2009–2010 and 2014\).*; none in 2001–2002, 2008 and 2011–2013\.$/,
    );
  });

  it("compares tiers by share of countries funded and by money per country", () => {
    const tiers = [
      { country: "PAK", year: 2010, tier: "Tier 2" },
      { country: "IND", year: 2010, tier: "no such tier" },
    ];
    const rows = charts.fundingByTier(
      real.countryYears.filter((r) => r.fiscal_year === 2010 && ["PAK", "IND"].includes(r.place)),
      tiers,
    );
    const pak = real.countryYears.find((r) => r.place === "PAK" && r.fiscal_year === 2010)!;
    const ind = real.countryYears.find((r) => r.place === "IND" && r.fiscal_year === 2010)!;
    expect(pak.total_usd).toBe(750000);
    expect(rows.sort((a, b) => a.tier.localeCompare(b.tier))).toEqual([
      // A value that is no tier is grouped apart, never read as one.
      expect.objectContaining({ tier: "No single tier", countries: 1, total_usd: ind.total_usd }),
      expect.objectContaining({ tier: "Tier 2", countries: 1, funded: 1, total_usd: 750000 }),
    ]);
  });

  it("the tier chart's series (and its table) leave out 2001, when no place has a grant, and say so", () => {
    const { data, emptyYears } = charts.fundingTierSeries(real.countryYears, []);
    expect(emptyYears).toEqual([2001]);
    expect(data.some((d) => d.fiscal_year === 2001)).toBe(false);
    expect(new Set(data.map((d) => d.fiscal_year)).size).toBe(13);
    for (const d of data) {
      expect(d.share).toBeCloseTo(d.funded / d.countries);
      expect(d.per_country).toBeCloseTo(d.total_usd / d.countries);
    }
  });
});
