// /tiers: the world map follows the year slider and the URL; the heatmap draws every cell of the
// selection with its status; /enforcement shows the global series with both 2005 values.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, builtRows, openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const mapHeading = (page: import("playwright-core").Page) =>
  page
    .locator("h2", { hasText: /^TIP Report \d{4}$/ })
    .first()
    .textContent();

describe("/tiers", () => {
  it("draws the world map of the year in the URL, with the slider set to it", async () => {
    const { page, errors } = await visit(site, "/tiers?year=2021", "g.tier-map-shapes path");
    expect(await mapHeading(page)).toBe("TIP Report 2021");
    expect(await page.locator("input[type=range]").first().inputValue()).toBe("2021");
    // Every shape is drawn; the 2021 list's 188 countries are among them.
    expect(await page.locator("g.tier-map-shapes path").count()).toBeGreaterThan(150);
    const label = await page
      .locator("svg[aria-label='World map of TIP Report tiers, 2021']")
      .getAttribute("aria-description");
    expect(label).toMatch(/28 Tier 1\b/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("moving the slider redraws the map and writes the year back to the URL", async () => {
    const { page } = await visit(site, "/tiers", "g.tier-map-shapes path");
    // It opens on the latest report with a known tier for most countries (2024 and 2025 are
    // mostly "Tier 1 or 2"), and says so.
    const tiers = builtRows("tiers");
    const latest = Math.max(...tiers.map((r) => r.year as number));
    const known = (y: number) => {
      const ofYear = tiers.filter((r) => r.year === y);
      return ofYear.filter((r) => r.status !== "partial" && r.status !== "unknown").length > ofYear.length / 2;
    };
    const opened = [...Array(latest - 2000).keys()].map((k) => latest - k).find(known)!;
    expect(opened).toBe(2023);
    expect(await mapHeading(page)).toBe(`TIP Report ${opened}`);
    expect(await page.locator("p.caveat", { hasText: "The map opens on 2023" }).count()).toBe(1);
    await page.locator("input[type=range]").first().fill("2008");
    await expect.poll(() => new URL(page.url()).searchParams.get("year")).toBe("2008");
    await expect.poll(() => mapHeading(page)).toBe("TIP Report 2008");
    await page.close();
  });

  it("draws one heatmap cell per country and year of the selection, unknown years included", async () => {
    const { page } = await visit(site, "/tiers?countries=PAK,BTN", "g.tier-cells rect");
    const expected = builtRows("tiers").filter((r) => r.country === "PAK" || r.country === "BTN");
    expect(expected).toHaveLength(50);
    expect(await page.locator("g.tier-cells rect").count()).toBe(50);
    // Bhutan 2018 has no source: it is there, as unknown, not a blank.
    expect(expected.find((r) => r.country === "BTN" && r.year === 2018)?.status).toBe("unknown");
    await page.close();
  });

  it("passes axe-core with no serious or critical violation and has no horizontal scroll at 375 px", async () => {
    const { page } = await visit(site, "/tiers", "g.tier-map-shapes path", 375);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });
});

describe("/enforcement", () => {
  it("draws the global prosecutions of every source, both 2005 values among them", async () => {
    const { page, errors } = await visit(site, "/enforcement?measure=prosecutions", "g.enforcement-dots path");
    const rows = builtRows("law_enforcement_global").filter((r) => r.measure === "prosecutions");
    expect(await page.locator("g.enforcement-dots path").count()).toBe(rows.length);
    const y2005 = rows.filter((r) => r.year === 2005).map((r) => r.value);
    expect(y2005.sort()).toEqual([6178, 6618, 6618]);
    expect(await page.getByText("sources differ").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("unknown is never drawn as nothing", () => {
  it("draws years that cannot be compared as unknown columns, never as zero moves", async () => {
    const { page } = await visit(site, "/tiers", "g.tier-moves-bars rect");
    // 2018–2020 (next to the years with no all-country list) and 2022–2025 (mostly "Tier 1 or 2").
    expect(await page.locator("g.tier-moves-unknown rect").count()).toBe(7);
    const drawnYears = await page
      .locator("g.tier-moves-bars rect")
      .evaluateAll((rs) => rs.map((r) => (r as SVGRectElement & { __data__?: unknown }).getAttribute("x")));
    expect(drawnYears.length).toBeGreaterThan(0);
    await page.close();
  });

  it("a country's tier chart outlines the cells its sentence counts: conflicts solid, flags dashed", async () => {
    const { page } = await visit(site, "/countries/PAK", "g.tier-dots circle");
    const card = page.locator(".card.tier-history");
    const pak = builtRows("tiers").filter((r) => r.country === "PAK");
    const flagged = pak.filter((r) => r.flag && r.flag !== "conflict").length;
    const conflicts = pak.filter((r) => r.flag === "conflict").length;
    expect(flagged).toBeGreaterThan(0);
    expect(await card.locator("g[stroke-dasharray] circle").count()).toBe(flagged);
    expect(await card.locator("p.muted").first().textContent()).toContain(`${conflicts} in conflict`);
    expect(await card.locator("p.muted").first().textContent()).toContain(`${flagged} flagged suspect or uncertain`);
    await page.close();
  });
});

describe("/tiers: the CSPA list's rival 2022 account", () => {
  it("draws a cell for each disputed country-year, names the case in the legend and says which ones", async () => {
    const { page, errors } = await visit(site, "/tiers", "g.cspa-cells rect");
    // The disputed country-years, from the built table.
    const disputed = builtRows("cspa")
      .filter((r) => r.status === "disputed")
      .map((r) => `${r.country_name} (${r.year})`)
      .sort();
    expect(disputed.length).toBeGreaterThan(0);
    const legend = await page
      .locator("figure:has(g.cspa-cells) [class$='-swatch']")
      .evaluateAll((s) => s.map((e) => e.textContent?.trim()));
    expect(legend).toContain("Listed in one account, not in another");
    // One cell per disputed country-year, in the legend's colour for the case.
    const colour = await page
      .locator("figure:has(g.cspa-cells) [class$='-swatch']", { hasText: "Listed in one account" })
      .evaluate((e) => e.querySelector("svg")?.getAttribute("fill") ?? e.querySelector("rect")?.getAttribute("fill"));
    expect(colour).toBeTruthy();
    expect(await page.locator(`g.cspa-cells rect[fill="${colour}"]`).count()).toBe(disputed.length);
    const caveat = (await page.locator("p.caveat", { hasText: "Accounts of the list differ" }).textContent())!;
    for (const d of disputed) expect(caveat).toContain(d);
    expect(errors).toEqual([]);
    await page.close();
  });
});
