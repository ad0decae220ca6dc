// The dashboards: a link reproduces the view (filters in the URL), marks show their source and
// quote, and the CSV download holds exactly the rows shown.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { builtRows, openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const selectedOptions = (page: import("playwright-core").Page, selector: string) =>
  // Inputs.select's option values are indices: compare the labels people see.
  page
    .locator(selector)
    .first()
    .evaluate((s: HTMLSelectElement) => [...s.selectedOptions].map((o) => o.textContent));

describe("filters kept in the URL", () => {
  it("/tiers?countries=PAK,IND restores the selection and draws only those rows", async () => {
    const { page } = await visit(site, "/tiers?countries=PAK,IND&focus=IND", "g.tier-cells rect");
    expect((await selectedOptions(page, "select[multiple]")).sort()).toEqual(["India", "Pakistan"]);
    const expected = builtRows("tiers").filter((r) => r.country === "PAK" || r.country === "IND").length;
    expect(await page.locator("g.tier-cells rect").count()).toBe(expected);
    // Dots only for the four ranked tiers: unknown and partial years break the line instead.
    const ranked = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"];
    const indiaTiers = builtRows("tiers").filter(
      (r) => r.country === "IND" && ranked.includes(r.tier as string),
    ).length;
    expect(await page.locator("g.tier-dots circle").count()).toBe(indiaTiers);
    await page.close();
  });

  it("changing the selection on /tiers writes it back to the URL", async () => {
    const { page } = await visit(site, "/tiers", "g.tier-cells rect");
    await page
      .locator("select[multiple]")
      .first()
      .selectOption([{ label: "Afghanistan" }, { label: "Nepal" }]);
    await expect.poll(() => new URL(page.url()).searchParams.get("countries")).toBe("AFG,NPL");
    const expected = builtRows("tiers").filter((r) => r.country === "AFG" || r.country === "NPL").length;
    await expect.poll(() => page.locator("g.tier-cells rect").count()).toBe(expected);
    await page.close();
  });

  it("/prevalence?countries=PAK&measure=number shows Pakistan's estimates as counts", async () => {
    const { page } = await visit(site, "/prevalence?countries=PAK&measure=number&edition=2018", "g.gsi-dots path");
    expect(await selectedOptions(page, "select[multiple]")).toEqual(["Pakistan"]);
    const pak = builtRows("gsi").filter((r) => r.country === "PAK" && r.estimated_number !== null).length;
    expect(await page.locator("g.gsi-dots path").count()).toBe(pak);
    expect(await page.locator("label:has(input[type=radio]:checked)").allTextContents()).toEqual([
      "Number of people",
      "2018",
    ]);
    expect(
      await page.locator("h2", { hasText: "Estimated number of people in modern slavery, by edition" }).count(),
    ).toBe(1);
    expect(await page.locator("h2", { hasText: "Global Slavery Index 2018" }).count()).toBe(1);
    await page.close();
  });

  it("an unknown code in the URL is ignored, not an error", async () => {
    const { page } = await visit(site, "/tiers?countries=XXX,PAK", "g.tier-cells rect");
    expect(await selectedOptions(page, "select[multiple]")).toEqual(["Pakistan"]);
    await page.close();
  });
});

describe("provenance on marks", () => {
  it("a tier placement shows its source and quote", async () => {
    const { page } = await visit(site, "/tiers", "g.tier-dots circle");
    // The trajectory has a dot for each year with one of the four tiers, in year order.
    const ranked = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"];
    const pakistan = builtRows("tiers")
      .filter((r) => r.country === "PAK" && ranked.includes(r.tier as string))
      .sort((a, b) => Number(a.year) - Number(b.year));
    const quoted = pakistan.filter((r) => r.quote);
    expect(quoted.length).toBeGreaterThan(0);
    const target = quoted.at(-1)!;
    await page.locator("g.tier-dots circle").nth(pakistan.indexOf(target)).hover();
    const panel = page.locator(".mark-detail").nth(1);
    await expect.poll(() => panel.textContent()).toContain(String(target.quote));
    expect(await panel.textContent()).toContain(String(target.best_source));
    await page.close();
  });

  it("quotes are rendered as text, never as markup", async () => {
    const { page } = await visit(site, "/timeline", "g.event-dots circle");
    await page.locator("g.event-dots circle").first().hover();
    await expect.poll(() => page.locator(".mark-detail blockquote").count()).toBe(1);
    expect(await page.locator(".mark-detail blockquote *").count()).toBe(0);
    await page.close();
  });
});

describe("CSV download", () => {
  it("holds exactly the rows of the timeline's table", async () => {
    const { page } = await visit(site, "/timeline?country=PAK", "g.event-dots circle");
    const events = builtRows("events").filter((r) => r.country === "PAK");
    await page.locator("details.table-view summary").first().click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("a.download").first().click()]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, "utf8"), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    expect(csv.data.length).toBe(events.length);
    expect(new Set(csv.data.map((r) => r.quote))).toEqual(new Set(events.map((r) => (r.quote ?? "") as string)));
    await page.close();
  });
});
