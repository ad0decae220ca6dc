// The figures page: DuckDB-wasm in the browser, one dot per ledger row, tooltips with quotes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, builtRows, errorCells, offSite, openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const DOTS = "g.figure-dots circle";

describe("the figures page (DuckDB-wasm)", () => {
  it("draws one mark per row of figures.parquet, with no error and no request off 127.0.0.1", async () => {
    const { page, requests, errors } = await visit(site, "/figures", DOTS);
    const rows = builtRows("figures");
    expect(rows.length).toBeGreaterThan(0);
    expect(await page.locator(DOTS).count()).toBe(rows.length);
    expect(await errorCells(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(offSite(site, requests)).toEqual([]);
    await page.close();
  });

  it("shows the value, source and quote in a dot's tooltip and in the detail panel", async () => {
    const { page } = await visit(site, "/figures", DOTS);
    const target = builtRows("figures").find((r) => r.figure_text === "$1.4 million")!;
    const labels = await page.locator(DOTS).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    const index = labels.findIndex((l) => l?.includes("$1.4 million"));
    expect(index).toBeGreaterThanOrEqual(0);
    await page.locator(DOTS).nth(index).hover();
    const tip = page.locator('g[aria-label="tip"]');
    await expect.poll(() => tip.textContent()).toContain("$1.4 million");
    expect(await tip.textContent()).toContain(String(target.source_title));
    const panel = page.locator(".mark-detail").first();
    await expect.poll(() => panel.textContent()).toContain(String(target.quote));
    expect(await panel.textContent()).toContain(String(target.source_title));
    await page.close();
  });

  it("draws from the Parquet file first, then answers through DuckDB once it is ready", async () => {
    // When the first dot appears: the time, and which engine the page says is answering.
    const { page } = await visit(site, "/figures", DOTS, 1280, (p) =>
      p.addInitScript(() => {
        const w = window as unknown as { __firstDot?: number; __engineAtFirstDot?: boolean };
        new MutationObserver(() => {
          // The first live dot: the baked chart in the HTML has dots before any script runs.
          const live = [...document.querySelectorAll("g.figure-dots circle")].some((c) => !c.closest(".baked-chart"));
          if (w.__firstDot === undefined && live) {
            w.__firstDot = performance.now();
            w.__engineAtFirstDot = document.querySelector("[data-engine]")?.getAttribute("data-engine") === "parquet";
          }
        }).observe(document, { subtree: true, childList: true });
      }),
    );
    await page.waitForSelector("[data-engine=duckdb]", { state: "attached", timeout: 30_000 });
    expect(await page.locator(DOTS).count()).toBe(builtRows("figures").length);
    const timing = await page.evaluate(() => {
      const w = window as unknown as { __firstDot?: number; __engineAtFirstDot?: boolean };
      const duckdb = performance
        .getEntriesByType("resource")
        .filter((e) => /duckdb/i.test(e.name))
        .map((e) => e.startTime);
      return { firstDot: w.__firstDot, parquetFirst: w.__engineAtFirstDot, duckdb };
    });
    // The first chart came from the Parquet file, before any of DuckDB's code or wasm was fetched.
    expect(timing.parquetFirst).toBe(true);
    expect(timing.duckdb.length).toBeGreaterThan(0);
    // The first chart a reader sees is the one baked into the HTML, before any script: no wasm on its path.
    const html = await (await fetch(new URL("/figures", page.url()))).text();
    expect(html).toMatch(/class="baked-chart[^"]*"[^>]*data-bake="figures"|data-bake="figures"[^>]*class="baked-chart/);
    expect(html).toContain("figure-dots");
    await page.close();
  });

  it("filters by country through DuckDB and keeps the choice in the URL", async () => {
    const { page } = await visit(site, "/figures", DOTS);
    await page.waitForSelector("[data-engine=duckdb]", { state: "attached", timeout: 30_000 });
    const box = page.locator(".country-picker input[role=combobox]").first();
    await box.fill("India");
    await box.press("Enter");
    const india = builtRows("figures").filter((r) => r.country === "IND").length;
    await expect.poll(() => page.locator(DOTS).count()).toBe(india);
    expect(new URL(page.url()).searchParams.get("country")).toBe("IND");
    await page.close();
  });

  it("restores a country from the URL", async () => {
    const { page } = await visit(site, "/figures?country=IND", DOTS);
    const india = builtRows("figures").filter((r) => r.country === "IND").length;
    await expect.poll(() => page.locator(DOTS).count()).toBe(india);
    expect(await page.locator(".picker-chips .chip").allTextContents()).toEqual(["India"]);
    await page.close();
  });

  it("has no serious or critical accessibility violation with a tooltip open", async () => {
    const { page } = await visit(site, "/figures", DOTS);
    await page.locator(DOTS).first().hover();
    await expect.poll(() => page.locator('g[aria-label="tip"]').textContent()).not.toBe("");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
