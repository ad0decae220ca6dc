// Moves between tiers: a year that cannot be compared with the year before is unknown, never zero.
import { describe, expect, it } from "vitest";
import { runStep } from "../../loaders/step.ts";
import tiersStep from "../../loaders/steps/tiers.ts";
import { movesUnknown, tierMoveCoverage, tierMoves, type TierCell } from "../../src/components/tier-charts.ts";

const rows = runStep(tiersStep, "data").rows as unknown as TierCell[];

describe("tier moves on the real tiers table", () => {
  const coverage = tierMoveCoverage(rows);
  const unknownYears = coverage.filter(movesUnknown).map((c) => c.year);

  it("calls unknown the years next to the unknown 2018–2019 and the partial 2022, 2024, 2025", () => {
    expect(unknownYears).toEqual([2018, 2019, 2020, 2022, 2023, 2024, 2025]);
    // 2021 compares with 2020, which most countries have: a measured year.
    expect(coverage.find((c) => c.year === 2021)!.comparable).toBeGreaterThan(150);
  });

  it("counts comparable countries exactly as the moves are counted", () => {
    for (const c of coverage) {
      const moved = tierMoves(rows)
        .filter((m) => m.year === c.year)
        .reduce((s, m) => s + m.count, 0);
      expect(moved).toBeLessThanOrEqual(c.comparable);
    }
  });
});
