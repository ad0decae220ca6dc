// What an analyst trips on (issue 15), each checked so it cannot come back: country pages are
// reachable, marks are yellow in their quotes, the header fits a phone, value labels never
// overlap, the map names the shape under the pointer, pickers search and keep what has no data,
// and each chart downloads as SVG and PNG.
import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Every country page the build wrote (dist/countries/<ISO3>.html). */
const countryPages = () =>
  readdirSync("dist/countries")
    .filter((f) => /^[A-Z]{3}\.html$/.test(f))
    .map((f) => f.slice(0, 3))
    .sort();

/** An rgb()/rgba()/color(srgb …) string as [r, g, b] in 0–255. */
function rgb(color: string): [number, number, number] {
  const srgb = color.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

describe("country pages are reachable", () => {
  it("/countries links every country page, and every page's header links /countries", async () => {
    const { page } = await visit(site, "/countries", "ul.country-index a");
    const linked = (await page.locator("ul.country-index a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
      .map((h) => String(h).replace(/^\.\/countries\//, ""))
      .sort();
    expect(linked).toEqual(countryPages());
    for (const file of ["index.html", "figures.html", "countries/PAK.html", "sources.html"])
      expect(readFileSync(`dist/${file}`, "utf8"), file).toMatch(/<a href="[^"]*countries">Countries<\/a>/);
    await page.close();
  });

  it("searching the index narrows it to the matching countries", async () => {
    const { page } = await visit(site, "/countries", "ul.country-index a");
    await page.locator("#country-search").fill("pak");
    await expect.poll(() => page.locator("ul.country-index li:visible").allTextContents()).toHaveLength(1);
    expect(await page.locator("ul.country-index li:visible a").textContent()).toBe("Pakistan");
    await page.locator("#country-search").fill("zzzz");
    await expect.poll(() => page.locator(".country-finder").textContent()).toContain("No country matches");
    await page.close();
  });

  it("a detail panel links to the country's page", async () => {
    // A country's figures (world totals have no country page to link to).
    const { page } = await visit(site, "/figures?country=PAK", "g.figure-dots circle");
    await page.locator("g.figure-dots circle").first().hover();
    const link = page.locator(".mark-detail a", { hasText: "Everything on" }).first();
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.getAttribute("href")).toMatch(/^\.\/countries\/[A-Z]{3}$/);
    await page.close();
  });

  it("a country with few rows says what is missing, section by section", async () => {
    const { page } = await visit(site, "/countries/NOR", "g.tier-dots circle");
    expect(await page.locator(".country-summary").textContent()).toMatch(/Norway.*Tier/);
    // Norway's funding sentence is its own paragraph, never merged into the tier summary.
    expect(await page.locator(".funding-summary").textContent()).toMatch(/Norway/);
    expect(await page.locator("p.no-data").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("No figure quoted from a report for Norway")]),
    );
    expect(await page.locator("g.region-dots circle").count()).toBeGreaterThan(0);
    // Full width: the chart is not boxed in a 640 px paragraph.
    const chartWidth = await page
      .locator(".card svg[aria-label]")
      .first()
      .evaluate((s) => s.getBoundingClientRect().width);
    expect(chartWidth).toBeGreaterThan(800);
    await page.close();
  });
});

describe("source text", () => {
  it("a reviewed figure is yellow inside its shaded quote", async () => {
    const { page } = await visit(site, "/sources/tip-interim-assessment-pakistan-2010", "mark.figure");
    const inQuote = page.locator(".source-text mark.figure.quoted").first();
    expect(await inQuote.count()).toBe(1);
    const [r, g, b] = rgb(await inQuote.evaluate((m) => getComputedStyle(m).backgroundColor));
    expect(r).toBeGreaterThan(200);
    expect(g).toBeGreaterThan(150);
    expect(b).toBeLessThan(80);
    await page.close();
  });

  it("on a phone, the chosen figure's row is on screen beside the text", async () => {
    const { page } = await visit(site, "/sources/tip-interim-assessment-pakistan-2010", "mark.figure", 375);
    await page.locator(".source-text mark.figure").first().click();
    const aside = page.locator(".source-aside");
    await expect.poll(() => aside.textContent()).toContain("Ledger row");
    const box = (await aside.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900 + 1);
    await page.close();
  });
});

describe("header", () => {
  for (const width of [375, 1280]) {
    it(`fits one row at ${width} px, every section reachable`, async () => {
      const { page } = await visit(site, "/", "g.tier-dots circle", width);
      const header = (await page.locator("#observablehq-header").boundingBox())!;
      const visibleLinks = page.locator("#observablehq-header a:visible, #observablehq-header summary:visible");
      const boxes = await visibleLinks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
      expect(boxes.length).toBeGreaterThan(1);
      for (const b of boxes) {
        expect(b.top).toBeGreaterThanOrEqual(header.y - 1);
        expect(b.bottom).toBeLessThanOrEqual(header.y + header.height + 1);
        expect(b.right).toBeLessThanOrEqual(width);
      }
      // One row: a horizontal line crosses every item.
      expect(Math.max(...boxes.map((b: DOMRect) => b.top))).toBeLessThan(
        Math.min(...boxes.map((b: DOMRect) => b.bottom)),
      );
      if (width === 375) {
        await page.locator(".site-menu summary").click();
        await expect.poll(() => page.locator(".site-menu-links a:visible").count()).toBeGreaterThan(8);
      }
      await page.close();
    });
  }
});

/** Bounding boxes of the value labels and dots of the figures chart that overlap. */
async function overlaps(page: Page) {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll("g.figure-labels text")].map((t) => ({
      what: `label "${t.textContent}"`,
      box: t.getBoundingClientRect(),
    }));
    const dots = [...document.querySelectorAll("g.figure-dots circle")].map((c) => ({
      what: `dot ${c.getAttribute("aria-label")}`,
      box: c.getBoundingClientRect(),
    }));
    // Between two drawings (the page draws from Parquet, then again from DuckDB) there is no chart.
    const group = document.querySelector("g.figure-labels");
    if (!group) return { found: [], labels: 0 };
    const svg = group.closest("svg")!.getBoundingClientRect();
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const found: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i];
      if (l.box.left < svg.left - 0.5 || l.box.right > svg.right + 0.5) found.push(`${l.what} is clipped`);
      for (let j = i + 1; j < labels.length; j++)
        if (hit(l.box, labels[j].box)) found.push(`${l.what} × ${labels[j].what}`);
      for (const d of dots) if (hit(l.box, d.box)) found.push(`${l.what} × ${d.what}`);
    }
    return { found, labels: labels.length };
  });
}

describe("value labels never overlap", () => {
  for (const path of ["/figures", "/enforcement?countries=PAK,IND,WLD", "/countries/PAK"])
    for (const width of [1280, 375])
      it(`${path} at ${width} px`, async () => {
        const { page } = await visit(site, path, "g.figure-labels text", width);
        // /figures draws again once DuckDB answers: measure that final chart.
        if (path === "/figures")
          await page.waitForSelector("[data-engine=duckdb]", { state: "attached", timeout: 30_000 });
        await expect.poll(async () => (await overlaps(page)).labels).toBeGreaterThan(5);
        const { found, labels } = await overlaps(page);
        expect(labels).toBeGreaterThan(5);
        expect(found).toEqual([]);
        await page.close();
      });

  it("/figures' axis ends with the data, not years after it", async () => {
    // A country's figures (world totals have no country page to link to).
    const { page } = await visit(site, "/figures?country=PAK", "g.figure-dots circle");
    const ticks = (
      await page.locator("svg[aria-label^='Figures quoted'] g[aria-label='x-axis tick label'] text").allTextContents()
    ).map(Number);
    const last = Math.max(...(await import("./helpers.ts")).builtRows("figures").map((r) => Number(r.year)));
    expect(Math.max(...ticks)).toBeLessThanOrEqual(last + 1);
    await page.close();
  });
});

describe("world map", () => {
  it("the tooltip names the shape under the pointer, even near a neighbour's centre, and a click opens its page", async () => {
    const { page } = await visit(site, "/prevalence", "g.map-countries path");
    // A point inside India's shape, in its southern tip (nearer Sri Lanka's centre than India's).
    const point = await page.evaluate(() => {
      const india = document.querySelector("g.map-countries path[aria-label='India']")!;
      india.scrollIntoView({ block: "center" });
      const box = india.getBoundingClientRect();
      for (let y = box.bottom - 2; y > box.top; y -= 2)
        for (let x = box.left; x < box.right; x += 2) if (document.elementFromPoint(x, y) === india) return { x, y };
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => page.locator(".map-tooltip").textContent()).toContain("India");
    expect(await page.locator(".map-tooltip").textContent()).not.toContain("Sri Lanka");
    await page.mouse.click(point!.x, point!.y);
    await page.waitForURL(/\/countries\/IND$/);
    await page.close();
  });

  it("does not draw Antarctica", async () => {
    const { page } = await visit(site, "/prevalence", "g.map-countries path");
    expect(await page.locator("g.map-countries path[aria-label='Antarctica']").count()).toBe(0);
    await page.close();
  });
});

describe("country picker", () => {
  it("types to filter, picks with the keyboard, keeps the choice in the URL and removes a chip", async () => {
    const { page } = await visit(site, "/prevalence?countries=PAK", "g.gsi-dots path");
    const box = page.locator(".country-picker input[role=combobox]").first();
    await box.fill("nep");
    await expect
      .poll(() => page.locator(".picker-options [role=option]:visible").allTextContents())
      .toEqual([expect.stringContaining("Nepal")]);
    await box.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("countries")).toBe("PAK,NPL");
    expect(await page.locator(".picker-chips .chip").first().textContent()).toContain("Pakistan");
    await page.locator(".picker-chips button[aria-label='Remove Pakistan']").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("countries")).toBe("NPL");
    await page.close();
  });

  it("says which asked-for countries have no data instead of dropping them silently", async () => {
    const { page } = await visit(site, "/enforcement?countries=PAK,NOR", "g.figure-dots circle");
    // Named as a reader knows it (issue 26: "No data here for BTN" was a code).
    expect(await page.locator(".picker-status").first().textContent()).toContain("No data here for Norway");
    await page.close();
  });
});

describe("downloads", () => {
  it("a chart downloads as a non-empty SVG and PNG", async () => {
    // A country's figures (world totals have no country page to link to).
    const { page } = await visit(site, "/figures?country=PAK", "g.figure-dots circle");
    // The chart is drawn again once DuckDB answers: wait for that, so the menu stays open.
    await page.waitForSelector("[data-engine=duckdb]", { state: "attached", timeout: 30_000 });
    await page.locator(".chart-menu summary").first().click();
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".chart-menu button", { hasText: "SVG" }).first().click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = readFileSync((await svg.path())!, "utf8");
    expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain("figure-dots");
    expect(svgText).not.toMatch(/var\(--/);
    // The colour legend (HTML swatches on the page) is in the file, as text at its place.
    const legend = await page.locator("figure:has(g.figure-dots) span[class$='-swatch']").allTextContents();
    expect(legend.length).toBeGreaterThan(0);
    for (const name of legend.map((t) => t.trim()).filter(Boolean))
      expect(svgText).toContain(`>${name.replace(/&/g, "&amp;")}</text>`);
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".chart-menu button", { hasText: "PNG" }).first().click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.length).toBeGreaterThan(1000);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The citation names the data's producer, the URL with its state and a data version.
    await expect
      .poll(() => page.locator(".cite-text").first().textContent())
      .toMatch(/Data: .+ tip-atlas, http.+\/figures.* \(accessed \d{4}-\d{2}-\d{2}\)\. Data version [0-9a-f]{12}\./);
    await page.close();
  });
});
