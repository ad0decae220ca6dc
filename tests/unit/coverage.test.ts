// Coverage read from the data (src/components/coverage.ts): what pages say about which years are
// complete, partial or unknown.
import { describe, expect, it } from "vitest";
import { mostly, yearRanges, yearSpan, yearsWhere } from "../../src/components/coverage.ts";

describe("coverage", () => {
  it("joins consecutive years into runs and lists them in words", () => {
    expect(yearRanges([2024, 2010, 2013, 2015, 2016, 2017, 2013])).toBe("2010, 2013, 2015–2017 and 2024");
    expect(yearRanges([2018, 2019])).toBe("2018–2019");
    expect(yearRanges([2022])).toBe("2022");
    expect(yearRanges([])).toBe("");
  });

  it("finds the years whose rows pass a test, and the span of all years", () => {
    const rows = [
      { year: 2002, status: "partial" },
      { year: 2001, status: "single" },
      { year: 2002, status: "partial" },
      { year: 2002, status: "single" },
      { year: 2003, status: "partial" },
      { year: 2003, status: "single" },
    ];
    // 2003 is half partial: not "mostly".
    expect(
      yearsWhere(
        rows,
        mostly((d) => d.status === "partial"),
      ),
    ).toEqual([2002]);
    expect(yearsWhere(rows, (ofYear) => ofYear.every((d) => d.status !== "partial"))).toEqual([2001]);
    expect(yearSpan(rows)).toBe("2001–2003");
    expect(yearSpan([{ year: 2020 }])).toBe("2020");
    expect(yearSpan([])).toBe("");
  });
});
