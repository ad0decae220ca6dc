// One tier headline per country, from one function: the Overview's card and the country page's
// summary name the same placement, never a cell resting on secondary sources alone as plain fact.
import { describe, expect, it } from "vitest";
import { runStep } from "../../loaders/step.ts";
import tiersStep from "../../loaders/steps/tiers.ts";
import { countrySummary } from "../../src/components/country-summary.ts";
import { tierHeadline, tierHeadlineText, type TierCell } from "../../src/components/tier-headline.ts";

const cell = (year: number, tier: string, more: Partial<TierCell> = {}): TierCell => ({
  year,
  tier,
  status: "single",
  best_source_class: "report_text",
  secondary_only: false,
  ...more,
});

describe("tierHeadline", () => {
  it("names the latest firm placement and a later secondary-only one after it", () => {
    const h = tierHeadline([
      cell(2021, "Tier 2 Watch List"),
      cell(2023, "Tier 2"),
      cell(2024, "Tier 1 or 2"),
      cell(2025, "Tier 3", { best_source_class: "secondary", secondary_only: true }),
    ]);
    expect(h.cell?.year).toBe(2023);
    expect(h.later?.year).toBe(2025);
    expect(tierHeadlineText(h)).toBe("Tier 2 in the 2023 TIP Report; 2025: Tier 3, secondary sources only");
  });

  it("falls back to a secondary-only placement when there is nothing firmer, and says so", () => {
    const h = tierHeadline([cell(2025, "Tier 2", { best_source_class: "secondary", secondary_only: true })]);
    expect(tierHeadlineText(h)).toBe("Tier 2 in the 2025 TIP Report (secondary sources only)");
  });

  it("has no headline without a ranked placement", () => {
    expect(tierHeadline([cell(2024, "Tier 1 or 2"), cell(2019, "unknown")]).cell).toBeNull();
  });
});

describe("on the real tiers table", () => {
  const rows = runStep(tiersStep, "data").rows as unknown as (TierCell & { country: string })[];

  it("no country's summary states a secondary-only placement as plain fact", () => {
    let checked = 0;
    for (const country of new Set(rows.map((r) => r.country))) {
      const tiers = rows.filter((r) => r.country === country);
      const { cell: headline, later } = tierHeadline(tiers);
      const text = countrySummary({
        name: country,
        tiers,
        regionStats: [],
        figures: 0,
        events: 0,
        cspaListedYears: [],
      });
      if (!headline) continue;
      checked++;
      expect(text).toContain(`on ${headline.tier} in its ${headline.year} TIP Report`);
      if (headline.secondary_only) expect(text).toContain("secondary sources only");
      if (later) expect(text).toContain(`${later.year}: ${later.tier}, secondary sources only`);
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("Pakistan: 2024 and 2025 rest on secondary sources, so the headline is 2023 and 2025 is named after it", () => {
    const pak = rows.filter((r) => r.country === "PAK");
    expect(pak.filter((r) => r.year >= 2024).map((r) => r.best_source_class)).toEqual(["secondary", "secondary"]);
    const h = tierHeadline(pak);
    expect([h.cell?.year, h.later?.year]).toEqual([2023, 2025]);
  });
});
