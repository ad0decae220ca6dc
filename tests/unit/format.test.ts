// The one formatting layer (src/components/format.ts): years as years, counts with their nouns,
// year axes with integer ticks that never repeat, and accent- and alias-aware country search.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  axisCount,
  countPhrase,
  formatYear,
  isYearKey,
  matchesCountry,
  plural,
  searchKey,
  sentence,
  yearDateAxis,
  yearFormats,
  yearTicks,
  yearTip,
} from "../../src/components/format.ts";
import { CLAIM_KINDS } from "../../src/lib/vocabulary.ts";

const SEPARATED_YEAR = /\b[12],\d{3}\b/;

describe("years", () => {
  it("are written without separators, whatever the type", () => {
    expect(formatYear(2017)).toBe("2017");
    expect(formatYear(new Date(Date.UTC(2021, 5, 1)))).toBe("2021");
    expect(formatYear("2025-04-14")).toBe("2025-04-14");
    expect(formatYear(null)).toBe("");
    fc.assert(fc.property(fc.integer({ min: 1000, max: 2999 }), (y) => !SEPARATED_YEAR.test(formatYear(y))));
  });

  it("are found by column or channel name", () => {
    for (const k of ["year", "Year", "fiscal_year", "tip_report_year", "edition", "old_edition", "Year covered"])
      expect(isYearKey(k), k).toBe(true);
    for (const k of ["country_name", "value", "yearly_total_usd_x", "estimated_number", "period_start"])
      expect(isYearKey(k), k).toBe(false);
  });

  it("get a table format for year columns only (Inputs would print 2,001)", () => {
    const format = yearFormats(["country_name", "year", "value", "edition"]);
    expect(Object.keys(format).sort()).toEqual(["edition", "year"]);
    expect(format.year(2001)).toBe("2001");
  });

  it("get a tooltip format for year channels, keeping the caller's own", () => {
    const own = (v: unknown) => `FY${v}`;
    const tip = yearTip({ channels: { Year: "year", Grants: "grants" }, format: { x: false } }, ["x"]);
    expect(tip.format).toEqual({ x: false, Year: formatYear });
    expect(yearTip({ channels: { Year: "y" }, format: { Year: own } }).format.Year).toBe(own);
    // A bare x on a year scale gets the year format when named.
    expect(yearTip({ channels: {} }, ["x"]).format.x).toBe(formatYear);
  });
});

describe("yearTicks", () => {
  it("gives whole years, each once, in order, within the range and the room", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 60, max: 1400 }),
        (from, span, width) => {
          const ticks = yearTicks(from - 0.5, from + span + 0.5, width);
          expect(ticks.length).toBeGreaterThan(0);
          expect(ticks.every(Number.isInteger)).toBe(true);
          expect(new Set(ticks.map(formatYear)).size).toBe(ticks.length);
          expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
          expect(ticks[0]).toBeGreaterThanOrEqual(from);
          expect(ticks.at(-1)).toBeLessThanOrEqual(from + span);
          expect(ticks.length).toBeLessThanOrEqual(Math.max(2, Math.floor(width / 44)));
        },
      ),
    );
  });

  it("thins to round years when narrow, and keeps every year when there is room", () => {
    expect(yearTicks(2001, 2025, 240)).toEqual([2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks(2017, 2022, 1000)).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
    // Nigeria's timeline: one year of events was drawn as 13 ticks all reading "2021".
    const { ticks } = yearDateAxis(new Date(Date.UTC(2021, 0, 1)), new Date(Date.UTC(2023, 0, 1)), 900);
    expect(ticks.map(formatYear)).toEqual(["2021", "2022", "2023"]);
  });
});

describe("copy", () => {
  it("pluralises counts", () => {
    expect(plural(1, "row")).toBe("1 row");
    expect(plural(1204, "row")).toBe("1,204 rows");
    expect(plural(2, "country", "countries")).toBe("2 countries");
    expect(countPhrase(0, "figure")).toBe("no figures");
    expect(countPhrase(1, "dated event")).toBe("1 dated event");
  });

  it("ends a sentence with exactly one full stop", () => {
    // The claim-kind description ends with "."; the GLOTIP caption appended another ("by that body..").
    const description = CLAIM_KINDS.official_statistics.description;
    expect(sentence(description)).toBe(description);
    expect(sentence(description).endsWith("..")).toBe(false);
    expect(sentence("Tier 2")).toBe("Tier 2.");
  });

  it("writes zero on a count axis as 0, never 0k or 0M", () => {
    expect(axisCount(0)).toBe("0");
    expect(axisCount(2000)).toBe("2k");
    expect(axisCount(1_500_000)).toBe("1.5M");
    expect(axisCount(950)).toBe("950");
  });
});

describe("country search", () => {
  const tur = { code: "TUR", name: "Türkiye", aliases: ["Turkey"] };
  const civ = { code: "CIV", name: "Côte d'Ivoire", aliases: ["Ivory Coast", "Cote d'Ivoire"] };
  it("ignores accents and case", () => {
    expect(searchKey("Côte d’Ivoire")).toBe("cote d'ivoire");
    expect(matchesCountry(civ, "cote")).toBe(true);
    expect(matchesCountry(civ, "Côte")).toBe(true);
    expect(matchesCountry({ ...civ, aliases: [] }, "cote")).toBe(true);
    expect(matchesCountry(tur, "turk")).toBe(true);
  });
  it("finds a country by its aliases and by its whole code", () => {
    expect(matchesCountry(tur, "Turkey")).toBe(true);
    expect(matchesCountry({ ...tur, aliases: [] }, "Turkey")).toBe(false);
    expect(matchesCountry(civ, "ivory")).toBe(true);
    expect(matchesCountry(tur, "tur")).toBe(true);
    expect(matchesCountry(tur, "pak")).toBe(false);
    expect(matchesCountry(tur, "")).toBe(true);
  });
});
