// The rows the GLOTIP charts show: chosen countries and breakdown only, repeated keys never taken
// for a total, coverage counted per year, and map bins that keep "<5" apart from small counts.
import { describe, expect, it } from "vitest";
import {
  breakdownCategory,
  countriesReporting,
  mapBin,
  shownRows,
  type GlotipPoint,
} from "../../src/components/glotip-chart.ts";

const row = (over: Partial<GlotipPoint>): GlotipPoint => ({
  edition: "2025-04-14",
  iso3: "PAK",
  country_name: "Pakistan",
  indicator: "Detected trafficking victims",
  year: 2020,
  value: 10,
  value_low: 10,
  value_high: 10,
  censored: false,
  value_text: "10",
  source_row: "f.csv:2",
  dimension: "Total",
  category: "Total",
  sex: "Total",
  age: "Total",
  parts: 1,
  ...over,
});

describe("GLOTIP chart rows", () => {
  it("puts each row in at most one breakdown, and a repeated key in none", () => {
    expect(breakdownCategory(row({}), "none")).toBe("Total");
    expect(breakdownCategory(row({ sex: "Female" }), "none")).toBeNull();
    expect(breakdownCategory(row({ sex: "Female" }), "sex")).toBe("Female");
    expect(breakdownCategory(row({ sex: "Female", age: "0 to 17 years" }), "sex")).toBeNull();
    expect(breakdownCategory(row({ age: "0 to 17 years" }), "age")).toBe("Children (0–17)");
    expect(breakdownCategory(row({ dimension: "by form of exploitation", category: "Forced labour" }), "form")).toBe(
      "Forced labour",
    );
    expect(breakdownCategory(row({ sex: "Other", parts: 2 }), "sex")).toBeNull();
    expect(breakdownCategory(row({ parts: 2 }), "none")).toBeNull();
  });

  it("keeps only the chosen countries, labelled by country or by category", () => {
    const rows = [row({}), row({ iso3: "IND", country_name: "India" }), row({ iso3: null, country_name: "Sark" })];
    expect(shownRows(rows, ["PAK", "IND"], "none").map((r) => r.series)).toEqual(["India", "Pakistan"]);
    expect(shownRows([row({ sex: "Male" })], ["PAK"], "sex").map((r) => [r.series, r.facet])).toEqual([
      ["Male", "Pakistan"],
    ]);
  });

  it("counts countries reporting per year, censored cells included", () => {
    const rows = [
      row({ year: 2019 }),
      row({ year: 2019, iso3: "IND" }),
      row({ year: 2020, censored: true, value: null }),
    ];
    expect(countriesReporting(rows)).toEqual([
      { year: 2019, countries: 2 },
      { year: 2020, countries: 1 },
    ]);
  });

  it("bins the map: <5 on its own, never with reported small counts", () => {
    expect(mapBin(row({ censored: true, value: null }))).toBe("fewer than 5");
    expect(mapBin(row({ value: 0 }))).toBe("0–4 (reported)");
    expect(mapBin(row({ value: 26539 }))).toBe("5,000 or more");
  });
});
