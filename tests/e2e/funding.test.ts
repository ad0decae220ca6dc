// /funding: every chart has its detail panel and a table of exactly what it draws, and the
// heatmap keeps every place's name whole on a phone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtRows, openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe("/funding", () => {
  it("gives each of its five charts a detail panel and a table", async () => {
    const { page } = await visit(site, "/funding", "g.funding-tier-dots circle");
    expect(await page.locator(".chart-with-details").count()).toBe(5);
    // Five chart tables and the table of every grant.
    const summaries = await page.locator("details.table-view > summary").allTextContents();
    expect(summaries).toHaveLength(6);
    await page.close();
  });

  it("a tier point's detail gives both measures and its tier source; its table has the drawn rows", async () => {
    const { page } = await visit(site, "/funding?measure=per_country", "g.funding-tier-dots circle");
    const card = page.locator(".card", { has: page.locator("g.funding-tier-dots") });
    const dots = card.locator("g.funding-tier-dots circle");
    // Points of two tiers can coincide: the pointer goes where the first one is drawn.
    await dots.first().hover({ force: true });
    const detail = card.locator(".mark-detail-body");
    await expect.poll(() => detail.count()).toBe(1);
    expect(await detail.textContent()).toMatch(/\d+ of \d+ countries with a grant; .*\$[\d,]+ stated, .*per country/s);
    expect(await detail.textContent()).toMatch(/TIP Report of June \d{4}/);
    // The table lists one row per point drawn, no more, no less.
    const summary = await card.locator("details.table-view > summary").textContent();
    expect(summary).toContain(`(${await dots.count()} rows)`);
    await page.close();
  });

  it("the purpose bars' table sums what the grants table states for each purpose", async () => {
    const { page } = await visit(site, "/funding", "g.funding-category-bars rect");
    const card = page.locator(".card", { hasText: "By purpose" });
    await card.locator("g.funding-category-bars rect").first().hover();
    const detail = card.locator(".mark-detail-body");
    await expect.poll(() => detail.count()).toBe(1);
    const grants = builtRows("funding_grants");
    const prevention = grants
      .filter((g) => g.has_grant && g.prevention === true)
      .reduce((s, g) => s + ((g.amount_usd as number | null) ?? 0), 0);
    expect(await detail.textContent()).toContain(`$${prevention.toLocaleString("en-US")} stated`);
    await page.close();
  });

  it("at 375 px the heatmap writes every place's full name, none cut, none overlapping its cells", async () => {
    const { page } = await visit(site, "/funding?top=50", "g.funding-cells rect", 375);
    const svg = page.locator("svg", { has: page.locator("g.funding-cells") });
    const names = await svg.locator("g[aria-label='y-axis tick label'] text").allTextContents();
    expect(names).toHaveLength(50);
    expect(names.join("|")).not.toContain("…");
    const rows = builtRows("funding_country_year");
    const longest = Math.max(...names.map((n) => n.length));
    expect(longest).toBe(
      Math.max(
        ...rows.filter((r) => names.includes(r.place_name as string)).map((r) => (r.place_name as string).length),
      ),
    );
    // Each label sits above its row's cells: its bottom is at or above the top of the first cell of that row.
    const overlaps = await svg.evaluate((s) => {
      const cells = [...s.querySelectorAll("g.funding-cells rect")].map((r) => r.getBoundingClientRect());
      const labels = [...s.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) =>
        t.getBoundingClientRect(),
      );
      return labels.filter((l) => cells.some((c) => l.bottom > c.top + 1 && l.top < c.bottom - 1 && l.right > c.left))
        .length;
    });
    expect(overlaps).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});
