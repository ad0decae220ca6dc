// The chart helpers that turn rows into cells: CSPA cells (listed / not listed / disagree /
// unknown) and tier moves (only between two known tiers).
import { describe, expect, it } from "vitest";
import { cspaCells, type CspaRow } from "../../src/components/cspa-chart.ts";
import { tierMoves, type TierCell } from "../../src/components/tier-charts.ts";

const cspa = (o: Partial<CspaRow>): CspaRow => ({
  country: "PAK",
  country_name: "Pakistan",
  year: 2021,
  status: "listed",
  source_title: "s",
  source_url: null,
  quote: null,
  conflict: false,
  note: null,
  reference_row: "r",
  ...o,
});

describe("cspaCells", () => {
  it("one cell per country and year, with what the sources say together", () => {
    const cells = cspaCells([
      cspa({ year: 2021, status: "listed", source_title: "a" }),
      cspa({ year: 2021, status: "listed", source_title: "b" }),
      cspa({ year: 2022, status: "not listed" }),
      cspa({ year: 2023, status: "unknown" }),
      cspa({ year: 2011, status: "unknown" }),
      cspa({ year: 2011, status: "not listed", source_title: "inferred" }),
      cspa({ country: "IRN", country_name: "Iran", year: 2022, status: "listed" }),
      cspa({ country: "IRN", country_name: "Iran", year: 2022, status: "not listed" }),
    ]);
    const at = (name: string, year: number) => cells.find((c) => c.country_name === name && c.year === year);
    expect(cells).toHaveLength(5);
    expect(at("Pakistan", 2021)).toMatchObject({ status: "Listed", sources: "a: listed\nb: listed" });
    expect(at("Pakistan", 2022)?.status).toBe("Not listed");
    expect(at("Pakistan", 2023)?.status).toBe("Unknown");
    // A source that answers speaks for the cell; "unknown" (no list found) is no answer.
    expect(at("Pakistan", 2011)?.status).toBe("Not listed");
    expect(at("Iran", 2022)?.status).toBe("Listed in one account, not in another");
  });

  it("a disputed row says the accounts differ, and is no answer of its own", () => {
    const cells = cspaCells([
      cspa({ year: 2022, status: "listed", conflict: true }),
      cspa({ year: 2022, status: "disputed", conflict: true }),
    ]);
    expect(cells).toHaveLength(1);
    expect(cells[0].status).toBe("Listed in one account, not in another");
  });

  it("a row flagged as in conflict, with no account saying otherwise, makes its cell disagree even alone", () => {
    expect(cspaCells([cspa({ conflict: true })])[0].status).toBe("Sources disagree");
  });
});

const cell = (country: string, year: number, tier: TierCell["tier"]): TierCell => ({
  country,
  country_name: country,
  iso_numeric: null,
  year,
  tier,
  status: tier === "unknown" ? "unknown" : "single",
  sources: "",
  source_count: 1,
  best_source: null,
  best_source_url: null,
  best_source_class: null,
  best_reference_row: null,
  quote: null,
  secondary_only: false,
  flag: null,
  note: null,
});

describe("tierMoves", () => {
  it("counts upgrades and downgrades between consecutive known tiers only", () => {
    const moves = tierMoves([
      cell("A", 2019, "Tier 2"),
      cell("A", 2020, "Tier 2 Watch List"),
      cell("A", 2021, "Tier 2"),
      cell("A", 2022, "Tier 1 or 2"),
      cell("A", 2023, "Tier 1"),
      cell("B", 2020, "Tier 3"),
      cell("B", 2021, "Tier 2 Watch List"),
      cell("B", 2022, "unknown"),
      cell("B", 2023, "Tier 3"),
    ]);
    expect(moves).toEqual([
      { year: 2020, direction: "downgrade", count: 1, countries: "A" },
      { year: 2021, direction: "upgrade", count: 2, countries: "A, B" },
    ]);
  });
});
