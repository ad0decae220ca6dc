// /data-quality on the built site: every check declared in src/lib/tables/checks.csv is listed
// with the rows it flags, in all and per edition, as counted here from the built Parquet files;
// each check's /explore link runs and returns exactly those rows, first row first; axe-core is
// satisfied, 375 px does not scroll sideways, the console stays clean. And /glotip's switch: by
// default the flagged values shown are left out and the page says how many; ?flagged=1 draws them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readChecks } from "../../loaders/plausibility.ts";
import { flaggedSentence } from "../../src/components/glotip-chart.ts";
import {
  axeViolations,
  builtRows,
  errorCells,
  horizontalOverflow,
  offSite,
  openSite,
  visit,
  type Site,
} from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const CHECKS_TABLE = "table.checks-table tbody tr";
const { checks: declared } = readChecks();
const failing = (row: Record<string, unknown>, check: string) =>
  typeof row.checks === "string" && row.checks.split("; ").includes(check);
const editionOf = (r: Record<string, unknown>) =>
  r.edition != null ? String(r.edition) : `${r.old_edition} → ${r.new_edition}`;
const num = (text: string | null) => Number(String(text).replace(/,/g, "").trim());

/** Rows of `table` flagged by `check`, in all and per edition, from the built Parquet file. */
function expectedCounts(table: string, check: string) {
  const rows = builtRows(table);
  const flagged = rows.filter((r) => failing(r, check));
  const perEdition: Record<string, number> = {};
  for (const r of rows) perEdition[editionOf(r)] ??= 0;
  for (const r of flagged) perEdition[editionOf(r)]++;
  return { total: flagged.length, perEdition, flagged };
}

describe("/data-quality", () => {
  it("lists every declared check with the rows it flags, per edition, as the built tables hold them", async () => {
    const { page, requests, errors, consoleErrors, cspViolations } = await visit(site, "/data-quality", CHECKS_TABLE);
    const listed = await page
      .locator(CHECKS_TABLE)
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-check")));
    expect([...listed].sort()).toEqual(declared.map((c) => `${c.table}.${c.check}`).sort());
    let flaggedChecks = 0;
    for (const c of declared) {
      const row = page.locator(`tr[data-check="${c.table}.${c.check}"]`);
      const expected = expectedCounts(c.table, c.check);
      expect(num(await row.locator("td[data-total]").textContent()), `${c.table}.${c.check}`).toBe(expected.total);
      const editions = await row
        .locator("li[data-edition]")
        .evaluateAll((lis) =>
          lis.map((li) => [li.getAttribute("data-edition"), li.querySelector(".num")?.textContent]),
        );
      expect(Object.fromEntries(editions.map(([e, n]) => [e, num(n ?? null)])), `${c.table}.${c.check}`).toEqual(
        expected.perEdition,
      );
      // The sentence is the declaration's, as text.
      expect(await row.locator("td.sentence").textContent()).toBe(c.sentence);
      if (expected.total) flaggedChecks++;
    }
    // The pinned figures of tests/unit/plausibility.test.ts are among them (a real page, not zeros).
    expect(num(await page.locator('tr[data-check="glotip.part_exceeds_total"] td[data-total]').textContent())).toBe(
      1596,
    );
    expect(await page.locator("section.check-examples").count()).toBe(flaggedChecks);
    expect(await page.locator("main").textContent()).toContain("Values are kept as published.");
    expect(await page.locator("details.origin").count()).toBeGreaterThanOrEqual(1);
    expect(await errorCells(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    expect(offSite(site, requests)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows each check's first rows as published, and its /explore link returns exactly the flagged rows", async () => {
    const { page } = await visit(site, "/data-quality", CHECKS_TABLE);
    const sections = await page
      .locator("section.check-examples")
      .evaluateAll((ss) =>
        ss.map((s) => [
          s.getAttribute("data-check")!,
          s.querySelector<HTMLAnchorElement>("a[href*='explore?sql=']")!.href,
          [...s.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
        ]),
      );
    expect(sections.length).toBeGreaterThan(0);
    for (const [name, href, examples] of sections as [string, string, string[][]][]) {
      const [table, check] = name.split(".");
      const { total, flagged } = expectedCounts(table, check);
      // Every example is a flagged row, its value as the source writes it.
      expect(examples.length).toBe(Math.min(5, total));
      for (const cells of examples) {
        const source = flagged.find((r) => (r.source_row ?? r.new_row) === cells.at(-1));
        expect(source, `${name}: ${cells.at(-1)}`).toBeDefined();
        const published = source!.value_text ?? `${source!.old_text} → ${source!.new_text}`;
        expect(cells.at(-2)).toBe(published);
        expect(cells[0]).toBe(source!.country_name);
      }
      const explore = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      explore.on("pageerror", (e) => errors.push(e.message));
      await explore.goto(href);
      await explore.waitForSelector(".query-result table, .query-error, .query-held", { timeout: 60_000 });
      const stats = (await explore.locator(".query-stats").textContent())!.replace(/\s+/g, " ");
      expect(stats, name).toMatch(new RegExp(`^ ?${total.toLocaleString("en-US")} rows? in`));
      // The first row of the result is the page's first example.
      expect(await explore.locator(".query-result tbody tr").first().textContent()).toContain(examples[0].at(-1));
      expect(errors).toEqual([]);
      await explore.close();
    }
    await page.close();
    // Each link loads every table into DuckDB-wasm afresh.
  }, 300_000);

  it("fits 375 px without horizontal scrolling, and reads in dark mode with no axe violation", async () => {
    const { page } = await visit(site, "/data-quality", CHECKS_TABLE, 375);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("/glotip's switch for values failing a plausibility check", () => {
  // Countries whose national totals of detected victims, latest edition, include flagged values.
  const NEW = "2025-04-14";
  const totals = builtRows("glotip").filter(
    (r) =>
      r.edition === NEW &&
      r.indicator === "Detected trafficking victims" &&
      r.dimension === "Total" &&
      r.sex === "Total" &&
      r.age === "Total" &&
      r.parts === 1 &&
      r.iso3,
  );
  const flaggedTotals = totals.filter((r) => r.checks);
  const countries = [...new Set(flaggedTotals.map((r) => r.iso3 as string))].sort().slice(0, 3);
  const shown = totals.filter((r) => countries.includes(r.iso3 as string));
  const flagged = shown.filter((r) => r.checks);

  it("has flagged national totals to show (measured on the built table)", () => {
    expect(flagged.length).toBeGreaterThan(0);
  });

  it("leaves them out by default and says how many; ?flagged=1 draws them apart", async () => {
    const path = `/glotip?countries=${countries.join(",")}`;
    const ready = "g.glotip-known circle";
    const byDefault = await visit(site, path, ready);
    expect(await byDefault.page.locator(".flagged-note").textContent()).toBe(
      flaggedSentence(flagged.length, flagged.length),
    );
    expect(await byDefault.page.locator("g.glotip-flagged path").count()).toBe(0);
    // The counts under the chart leave them out too.
    const reported = shown.filter((r) => !r.checks && !r.censored).length;
    expect(await byDefault.page.locator(".card p.muted").first().textContent()).toContain(
      `${reported} reported counts`,
    );
    expect(byDefault.consoleErrors).toEqual([]);
    await byDefault.page.close();

    const withFlagged = await visit(site, `${path}&flagged=1`, "g.glotip-flagged path");
    expect(await withFlagged.page.locator(".flagged-note").textContent()).toBe(flaggedSentence(flagged.length, 0));
    expect(await withFlagged.page.locator("g.glotip-flagged path").count()).toBe(flagged.length);
    expect(await withFlagged.page.locator(".glotip-controls input[type=checkbox]").isChecked()).toBe(true);
    expect(withFlagged.consoleErrors).toEqual([]);
    expect(withFlagged.errors).toEqual([]);
    await withFlagged.page.close();
  });
});
