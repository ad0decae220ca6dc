// Every page of the site: its charts are drawn, no cell errors, nothing is fetched off
// 127.0.0.1, axe-core finds no serious or critical violation, and it fits 375 px.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, errorCells, horizontalOverflow, offSite, openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Each page, and the marks that must be on it once it has rendered. */
const PAGES: { path: string; marks: string[] }[] = [
  { path: "/", marks: ["g.tier-dots circle", "g.gsi-dots path"] },
  { path: "/figures", marks: ["g.figure-dots circle"] },
  { path: "/prevalence", marks: ["g.gsi-dots path", "svg[aria-label^='World map'] path"] },
  { path: "/tiers", marks: ["g.tier-cells rect", "g.tier-dots circle", "g.cspa-cells rect"] },
  { path: "/enforcement", marks: ["g.figure-dots circle"] },
  { path: "/countries", marks: ["ul.country-index a"] },
  { path: "/countries/NOR", marks: ["g.tier-dots circle", "g.region-dots circle"] },
  { path: "/timeline", marks: ["g.event-dots circle"] },
  { path: "/funding", marks: ["g.funding-bars rect", "g.funding-cells rect", "g.funding-tier-dots circle"] },
  {
    path: "/countries/PAK",
    marks: [
      "g.tier-dots circle",
      "g.gsi-dots path",
      "g.figure-dots circle",
      "g.event-dots circle",
      "g.country-funding-bars rect",
    ],
  },
  { path: "/countries/NPL", marks: ["g.tier-dots circle", "g.gsi-dots path"] },
  { path: "/sources", marks: ["table.sources-table tbody tr"] },
  { path: "/sources/tip-interim-assessment-pakistan-2010", marks: ["mark.figure"] },
  { path: "/add-data", marks: ["#observablehq-main h1"] },
  { path: "/data-quality", marks: ["table.checks-table tbody tr", "section.check-examples table tbody tr"] },
  { path: "/explore", marks: [".query-result table", "svg[aria-label='Quick chart of the query result']"] },
];

describe.each(PAGES)("$path", ({ path, marks }) => {
  it("is a page the Content-Security-Policy would block injected scripts on", async () => {
    const { page, cspViolations } = await visit(site, path, marks[0]);
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ?? "";
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;.*script-src|script-src[^;]*unsafe-inline/);
    expect(csp).toContain("connect-src 'self'");
    // And it does: a script injected into the page (inline, as an attribute handler and as an
    // inline <script>) is refused and reported, and never runs.
    await page.evaluate(() => {
      const box = document.createElement("div");
      box.innerHTML = `<img src="data:," onerror="window.__injected = 'attribute'">`;
      document.body.append(box);
      const script = document.createElement("script");
      script.textContent = "window.__injected = 'inline'";
      document.body.append(script);
    });
    await expect.poll(async () => (await cspViolations()).length).toBeGreaterThanOrEqual(2);
    expect((await cspViolations()).join("\n")).toMatch(/script-src-attr/);
    expect((await cspViolations()).join("\n")).toMatch(/script-src-elem|script-src /);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    await page.close();
  });

  it("renders its charts with no error cell, no script error and no request off 127.0.0.1", async () => {
    const { page, requests, errors, consoleErrors, cspViolations } = await visit(site, path, marks[0]);
    for (const mark of marks) expect(await page.locator(mark).count(), mark).toBeGreaterThan(0);
    expect(await errorCells(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(offSite(site, requests)).toEqual([]);
    // The page's Content-Security-Policy is in force and nothing the page needs breaks it.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    expect(await cspViolations()).toEqual([]);
    // The console is clean: nothing logged as an error (a CSP report would be one).
    expect(consoleErrors).toEqual([]);
    // Every dashboard (not the overview) has a table view of its rows with a CSV download.
    if (!["/", "/sources", "/explore", "/add-data", "/countries", "/data-quality"].includes(path))
      expect(await page.locator("details.table-view").count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("fits 375 px without horizontal scrolling", async () => {
    const { page } = await visit(site, path, marks[0], 375);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    for (const mark of marks) expect(await page.locator(mark).count(), mark).toBeGreaterThan(0);
    await page.close();
  });
});
