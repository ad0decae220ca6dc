// Browser components' pure parts: how a figure reads, the URL codecs, label lanes, the country
// index and the summary sentence.
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatFigure } from "../../src/components/format.ts";
import { fromUrl, listCodec, numberCodec, textCodec } from "../../src/components/url-state.ts";
import { assignLanes, textWidth } from "../../src/components/label-lanes.ts";
import { countryEntries, holdings, NO_REGION } from "../../src/components/country-index.ts";
import { countrySummary } from "../../src/components/country-summary.ts";
import { regionStats } from "../../src/components/region-comparison.ts";
import { countryPage } from "../../src/components/mark-details.ts";
import { refusal, suggestChart, suggestMark } from "../../src/components/chart-spec.ts";

describe("formatFigure", () => {
  const f = (value: number, unit: string, qualifier = "exact", value_high: number | null = null) =>
    formatFigure({ value, unit, qualifier, value_high });
  it("writes people, money, shares, ranks and rates as a reader says them", () => {
    expect(f(650, "persons", "approximately")).toBe("about 650 people");
    expect(f(1_400_000, "USD")).toBe("$1.4 million");
    expect(f(2_130_000, "persons")).toBe("2.13 million people");
    expect(f(3_000_000_000, "PKR")).toBe("PKR 3 billion");
    expect(f(98, "percent")).toBe("98%");
    expect(f(1.13, "percent", "at_least")).toBe("at least 1.13%");
    expect(f(9, "rank")).toBe("9th");
    expect(f(1, "rank")).toBe("1st");
    expect(f(12, "rank")).toBe("12th");
    expect(f(23, "rank")).toBe("23rd");
    expect(f(5.4, "per_1000")).toBe("5.4 per 1,000");
    expect(f(2922, "count")).toBe("2,922");
    expect(f(10_000, "count", "at_least")).toBe("at least 10,000");
  });
  it("writes a range with both ends, and an unknown unit by its name", () => {
    expect(f(2_000_000, "persons", "range", 4_000_000)).toBe("2 million people to 4 million people");
    expect(f(7, "boats")).toBe("7 boats");
  });
  it("never prints undefined, null or NaN for a finite value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.constantFrom("persons", "count", "percent", "per_1000", "USD", "rank"),
        fc.constantFrom("exact", "approximately", "at_least", "nearly"),
        (value, unit, qualifier) =>
          !/undefined|null|NaN/.test(f(unit === "rank" ? Math.round(Math.abs(value)) : value, unit, qualifier)),
      ),
    );
  });
});

describe("URL codecs", () => {
  afterEach(() => {
    delete (globalThis as { location?: unknown }).location;
  });
  it("lists: split on commas, blanks dropped; an empty list leaves the URL", () => {
    expect(listCodec.parse("PAK, IND,,NPL ")).toEqual(["PAK", "IND", "NPL"]);
    expect(listCodec.parse("")).toEqual([]);
    expect(listCodec.format(["PAK", "IND"])).toBe("PAK,IND");
    expect(listCodec.format([])).toBeNull();
  });
  it("lists of codes round-trip", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Z]{3}$/), { minLength: 1 }), (codes) => {
        expect(listCodec.parse(listCodec.format(codes)!)).toEqual(codes);
      }),
    );
  });
  it("text: empty means absent; numbers: only finite numbers are read", () => {
    expect(textCodec.parse("PAK")).toBe("PAK");
    expect(textCodec.format("")).toBeNull();
    expect(numberCodec.parse("2018")).toBe(2018);
    expect(numberCodec.parse("20x8")).toBeUndefined();
    expect(numberCodec.parse("Infinity")).toBeUndefined();
    expect(numberCodec.format(2023)).toBe("2023");
  });
  it("fromUrl reads a key through its codec, and is undefined when the key is absent", () => {
    (globalThis as { location?: unknown }).location = { search: "?countries=PAK,IND&edition=2018&sql=SELECT%201" };
    expect(fromUrl("countries", listCodec)).toEqual(["PAK", "IND"]);
    expect(fromUrl("edition", numberCodec)).toBe(2018);
    expect(fromUrl("sql", textCodec)).toBe("SELECT 1");
    expect(fromUrl("focus", textCodec)).toBeUndefined();
  });
});

describe("textWidth (label widths, the same in the browser and at build time)", () => {
  it("reads DejaVu Sans advances, with its margin; accents as their letter; the unknown as a full em", () => {
    // "Wi": W 989 + i 278 thousandths of an em, at 10 px, ×1.08, +2.
    expect(textWidth("Wi", 10)).toBeCloseTo(((989 + 278) / 1000) * 10 * 1.08 + 2, 6);
    expect(textWidth("é", 11)).toBe(textWidth("e", 11));
    expect(textWidth("中", 10)).toBeCloseTo(10 * 1.08 + 2, 6);
    expect(textWidth("", 10)).toBe(2);
  });
});

describe("assignLanes (figure labels)", () => {
  const spans = (items: { x: number; width: number }[], min: number, max: number) =>
    assignLanes(items, min, max).flatMap((p, i) => [
      { lane: p.lane, a: items[i].x - 6, b: items[i].x + 6 },
      { lane: p.labelLane, a: p.left, b: p.left + items[i].width },
    ]);
  it("puts close figures on separate lines and keeps far ones on one", () => {
    const placed = assignLanes(
      [
        { x: 100, width: 60 },
        { x: 110, width: 60 },
        { x: 400, width: 60 },
      ],
      0,
      1000,
    );
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 0]);
  });
  it("writes a label left of its dot near the right edge, below it when neither side fits", () => {
    const [right, below] = assignLanes(
      [
        { x: 950, width: 100 },
        { x: 50, width: 300 },
      ],
      0,
      320,
    );
    expect(right.left).toBeLessThan(950);
    expect(below.labelLane).toBe(below.lane + 1);
  });
  it("never overlaps two dots or labels on a line, and keeps labels inside the chart", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 10, max: 990 }), width: fc.integer({ min: 5, max: 300 }) }), {
          maxLength: 25,
        }),
        (items) => {
          const all = spans(items, 0, 1000);
          for (const s of all.filter((_, i) => i % 2 === 1)) {
            expect(s.a).toBeGreaterThanOrEqual(0);
            expect(s.b).toBeLessThanOrEqual(1000);
          }
          for (let i = 0; i < all.length; i++)
            for (let j = i + 1; j < all.length; j++)
              if (all[i].lane === all[j].lane && Math.floor(i / 2) !== Math.floor(j / 2))
                expect(all[i].b <= all[j].a || all[j].b <= all[i].a, JSON.stringify([all[i], all[j]])).toBe(true);
        },
      ),
    );
  });
});

describe("country index and summary", () => {
  const gsi = [
    {
      country: "PAK",
      country_name: "Pakistan",
      edition: 2023,
      region: "Asia and the Pacific",
      prevalence_per_1000: 10.6,
    },
    { country: "PAK", country_name: "Pakistan", edition: 2016, region: "Asia", prevalence_per_1000: null },
    { country: "IND", country_name: "India", edition: 2023, region: "Asia and the Pacific", prevalence_per_1000: 8 },
    { country: "NPL", country_name: "Nepal", edition: 2023, region: "Asia and the Pacific", prevalence_per_1000: 4 },
  ];
  it("lists every country with a row once, by its latest region, without aggregates", () => {
    const entries = countryEntries({
      tiers: [{ country: "ABW", country_name: "Aruba" }],
      gsi,
      figures: [
        { country: "WLD", country_name: "World" },
        { country: "PAK", country_name: "Pakistan" },
      ],
      events: [],
      cspa: [],
    });
    expect(entries.map((e) => [e.code, e.region])).toEqual([
      ["ABW", NO_REGION],
      ["IND", "Asia and the Pacific"],
      ["NPL", "Asia and the Pacific"],
      ["PAK", "Asia and the Pacific"],
    ]);
    expect(holdings(entries[3].counts)).toBe("1 GSI estimate · 1 figure");
    expect(countryPage("WLD")).toBeNull();
    expect(countryPage("PAK", "../")).toBe("../countries/PAK");
  });
  it("compares a country with its region's median and says what is missing", () => {
    const stats = regionStats(gsi, "PAK");
    expect(stats).toHaveLength(1);
    expect(stats[0].median).toBe(8);
    const text = countrySummary({
      name: "Pakistan",
      tiers: [],
      regionStats: stats,
      figures: 0,
      events: 1,
      cspaListedYears: [],
    });
    expect(text).toContain("no TIP Report tier placement for Pakistan");
    expect(text).toContain("above most of Asia and the Pacific (median 8 across 3 countries)");
    // "0 figures quoted … and 1 dated event" read as a slip (issue 26): none is "no figures".
    expect(text).toContain("holds no figures quoted from reports and 1 dated event.");
    expect(text).not.toContain("0 figures");
    expect(text).not.toMatch(/undefined|null|NaN/);
  });

  it("says a year whose CSPA accounts differ as such, never as listed", () => {
    const text = countrySummary({
      name: "Iraq",
      tiers: [],
      regionStats: [],
      figures: 0,
      events: 0,
      cspaListedYears: [2021],
      cspaDisputedYears: [2022],
    });
    expect(text).toContain("on the Child Soldiers Prevention Act list in 2021;");
    expect(text).toContain(
      "accounts of the Child Soldiers Prevention Act list differ on it in 2022 (listed in one, not in another)",
    );
  });
});

describe("the explorer's chart choice", () => {
  const col = (name: string, type: string) => ({ name, type });
  const gsi = [
    { edition: 2016, country_name: "India", prevalence_per_1000: 14 },
    { edition: 2018, country_name: "India", prevalence_per_1000: 6.1 },
    { edition: 2023, country_name: "India", prevalence_per_1000: 8 },
  ];
  const gsiColumns = [col("edition", "Int32"), col("country_name", "Utf8"), col("prevalence_per_1000", "Float64")];

  it("suggests dots, never a line, for an index's editions", () => {
    expect(suggestChart(gsi, gsiColumns)).toEqual({
      mark: "dot",
      x: "edition",
      y: "prevalence_per_1000",
      color: "country_name",
    });
    expect(refusal({ mark: "line", x: "edition", y: "prevalence_per_1000", color: null }, gsi, gsiColumns)).toMatch(
      /drawn as dots/,
    );
  });

  it("suggests lines over years, bars for a category, a histogram for one number", () => {
    const years = [
      { year: 2020, n: 3 },
      { year: 2021, n: 5 },
    ];
    expect(suggestChart(years, [col("year", "Int32"), col("n", "Int64")]).mark).toBe("line");
    const perSource = [{ source_title: "A", figures: 3 }];
    expect(suggestChart(perSource, [col("source_title", "Utf8"), col("figures", "Int64")])).toMatchObject({
      mark: "bar",
      x: "source_title",
      y: "figures",
    });
    // A tiers query (a year and text columns) counts rows per year; it never sums the years.
    const tiers = [{ country_name: "India", year: 2016, tier: "Tier 2" }];
    expect(suggestChart(tiers, [col("country_name", "Utf8"), col("year", "Int32"), col("tier", "Utf8")])).toMatchObject(
      { mark: "histogram", x: "year", y: null },
    );
  });

  it("fits the suggested mark to the columns a reader picks, and refuses what misleads", () => {
    expect(suggestMark(gsi, gsiColumns, "country_name", "prevalence_per_1000")).toBe("bar");
    expect(suggestMark(gsi, gsiColumns, "prevalence_per_1000", null)).toBe("histogram");
    expect(suggestMark(gsi, gsiColumns, "country_name", null)).toBe("count");
    expect(
      refusal({ mark: "line", x: "country_name", y: "prevalence_per_1000", color: null }, gsi, gsiColumns),
    ).toMatch(/no order: drawn as dots/);
    expect(refusal({ mark: "dot", x: "edition", y: "country_name", color: null }, gsi, gsiColumns)).toMatch(
      /y must be a number/,
    );
    expect(refusal({ mark: "bar", x: "country_name", y: "prevalence_per_1000", color: null }, gsi, gsiColumns)).toBe(
      null,
    );
  });
});
