// /sources and /sources/<id>: the documents as text, every ledger figure marked, and chart
// links that land on the right mark.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, builtRows, errorCells, offSite, openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe("the source reader", () => {
  it("lists every stored document with its figure count", async () => {
    const { page, errors, requests } = await visit(site, "/sources", "table.sources-table tbody tr");
    const sources = builtRows("sources");
    expect(await page.locator("table.sources-table tbody tr").count()).toBe(sources.length);
    for (const s of sources) expect(await page.locator(`a[href$="sources/${s.id}"]`).count(), String(s.id)).toBe(1);
    expect(errors).toEqual([]);
    expect(offSite(site, requests)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("marks every ledger figure at its quote, in text that is never HTML", async () => {
    for (const source of builtRows("sources")) {
      const figures = builtRows("figures").filter((f) => f.source_id === source.id && f.provenance === "document");
      const { page } = await visit(site, `/sources/${source.id}`, ".source-text");
      expect(await errorCells(page)).toEqual([]);
      // The rendered text is the stored body, character for character.
      expect(await page.locator(".source-text").evaluate((e) => e.textContent)).toBe(source.body);
      expect(await page.locator(".source-text *:not(mark):not(span.quoted)").count()).toBe(0);
      const seen = new Set<string>();
      for (const f of figures) {
        const mark = page.locator(`mark[id="fig-${f.figure_id}"]`);
        if ((await mark.count()) === 0) {
          // Two ledger rows citing the same words share the first row's mark.
          const shared = figures.find((g) => g.figure_start === f.figure_start && seen.has(String(g.figure_id)));
          expect(shared, `no mark for ${f.figure_id}`).toBeDefined();
          continue;
        }
        seen.add(String(f.figure_id));
        expect(await mark.textContent()).toBe(f.figure_text);
        expect(String(f.quote)).toContain(String(f.figure_text));
        const quoted = await mark.evaluate((m) => m.classList.contains("quoted"));
        expect(quoted, String(f.figure_id)).toBe(true);
      }
      await page.close();
    }
    // One page per stored document: the corpus has dozens.
  }, 600_000);

  it("shows a mark's ledger row when chosen, and from a #fig- link", async () => {
    const f = builtRows("figures").find((r) => r.figure_text === "$1.4 million")!;
    const { page } = await visit(
      site,
      `/sources/${f.source_id}#fig-${f.figure_id}`,
      `mark[id="fig-${f.figure_id}"].current`,
    );
    await expect.poll(() => page.locator(".mark-detail").textContent()).toContain(String(f.figure_id));
    expect(await page.locator(".mark-detail").textContent()).toContain("programme_budget");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`fig-${f.figure_id}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows why the extractor proposed a candidate", async () => {
    const c = builtRows("candidates")[0]!;
    const { page } = await visit(site, `/sources/${c.source_id}`, `mark[id="cand-${c.figure_start}"]`);
    await page.locator(`mark[id="cand-${c.figure_start}"]`).click();
    await expect.poll(() => page.locator(".mark-detail").textContent()).toContain("not reviewed");
    expect(await page.locator(".mark-detail").textContent()).toContain(`Why${c.reason}`);
    await page.close();
  });

  it("a chart's source link on /figures lands on the right mark", async () => {
    const f = builtRows("figures").find((r) => r.figure_text === "$1.4 million")!;
    const { page } = await visit(site, "/figures", "g.figure-dots circle");
    const labels = await page
      .locator("g.figure-dots circle")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    const dot = page.locator("g.figure-dots circle").nth(labels.findIndex((l) => l?.includes("$1.4 million")));
    await dot.hover();
    await dot.click();
    const link = page.locator(".mark-detail a", { hasText: String(f.source_title) });
    await expect.poll(() => link.getAttribute("href")).toBe(`./sources/${f.source_id}#fig-${f.figure_id}`);
    await link.click();
    await page.waitForSelector(`mark[id="fig-${f.figure_id}"].current`, { timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe(`/sources/${f.source_id}`);
    await page.close();
  });
});
