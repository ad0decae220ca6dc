// /glotip and the GLOTIP block of country pages, on the built site: the page renders with no
// error, every suppressed cell shown is drawn as a hollow mark (never a 0), the URL restores the
// view, the CSV holds exactly the rows shown, axe-core is satisfied and 375 px does not scroll.
import { readdirSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const FIRST_CHART = "g.glotip-known circle";
const NEW = "2025-04-14";

/** The national totals the page shows for these countries, indicator and edition. */
function expectedTotals(countries: string[], indicator: string, edition = NEW) {
  return builtRows("glotip").filter(
    (r) =>
      countries.includes(r.iso3 as string) &&
      r.edition === edition &&
      r.indicator === indicator &&
      r.dimension === "Total" &&
      r.sex === "Total" &&
      r.age === "Total" &&
      r.parts === 1,
  );
}

async function downloadCsv(page: Page, nth = 0) {
  await page.locator("details.table-view summary").nth(nth).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("details.table-view").nth(nth).locator("a.download").click(),
  ]);
  const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  return csv.data;
}

/** The countries chosen in the country picker, as its chips name them. */
const chosenCountries = async (page: Page) =>
  (await page.locator(".picker-chips .chip").allTextContents()).map((t) => t.replace(/×$/, "").trim());

describe("/glotip", () => {
  it("renders its charts with no error cell, no script error, no request off 127.0.0.1, axe clean", async () => {
    const { page, requests, errors, cspViolations } = await visit(site, "/glotip", FIRST_CHART);
    await page.waitForSelector("svg[aria-label^='World map'] path");
    for (const mark of [FIRST_CHART, "g.glotip-censored circle", "g.glotip-reporting rect", "g.glotip-revised path"])
      expect(await page.locator(mark).count(), mark).toBeGreaterThan(0);
    expect(await errorCells(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(offSite(site, requests)).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    // No WebAssembly on this page at all: hyparquet reads the Parquet files.
    expect(requests.filter((u) => u.endsWith(".wasm"))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("draws one hollow mark per suppressed row shown, and the CSV holds exactly the rows shown", async () => {
    const { page } = await visit(site, "/glotip", FIRST_CHART);
    const southernAsia = [
      ...new Set(
        builtRows("glotip")
          .filter((r) => r.subregion === "Southern Asia" && r.iso3)
          .map((r) => r.iso3 as string),
      ),
    ];
    // By default the values failing a plausibility check are left out (tests/e2e/data-quality.test.ts).
    const expected = expectedTotals(southernAsia, "Detected trafficking victims").filter((r) => !r.checks);
    const csv = await downloadCsv(page);
    expect(csv.length).toBe(expected.length);
    expect(new Set(csv.map((r) => r.source_row))).toEqual(new Set(expected.map((r) => r.source_row)));
    const censoredRows = csv.filter((r) => r.censored === "true");
    expect(censoredRows.length).toBe(expected.filter((r) => r.censored).length);
    expect(censoredRows.every((r) => r.value === "" && r.value_low === "1" && r.value_high === "4")).toBe(true);
    expect(await page.locator("g.glotip-censored circle").count()).toBe(censoredRows.length);
    expect(await page.locator("g.glotip-known circle").count()).toBe(csv.length - censoredRows.length);
    await page.close();
  });

  it("shows Pakistan's 2019 and 2020 revisions of detected victims", async () => {
    const { page } = await visit(site, "/glotip?countries=PAK", FIRST_CHART);
    const revisedRows = page.locator("table tr", { hasText: "Pakistan" }).filter({ hasText: "Detected victims" });
    // In the table of revised national totals (and again in "every revision", folded).
    await expect
      .poll(() => revisedRows.filter({ hasText: "32,022" }).filter({ hasText: "<5" }).count())
      .toBeGreaterThanOrEqual(1);
    expect(await revisedRows.filter({ hasText: "20,045" }).filter({ hasText: "22" }).count()).toBeGreaterThanOrEqual(1);
    // Each shown value revised since the earlier edition is marked ×.
    const revised = builtRows("glotip_revisions").filter(
      (r) =>
        r.iso3 === "PAK" &&
        r.indicator === "Detected trafficking victims" &&
        r.dimension === "Total" &&
        r.sex === "Total" &&
        r.age === "Total",
    );
    expect(await page.locator("g.glotip-revised path").count()).toBe(revised.length);
    await page.close();
  });

  it("restores countries, indicator, breakdown, edition and scale from the URL", async () => {
    const url = "/glotip?countries=PAK,IND,BGD&indicator=victims&breakdown=sex&edition=2023-05-30&scale=symlog";
    const { page } = await visit(site, url, "g.glotip-known circle, g.glotip-censored circle");
    expect((await chosenCountries(page)).sort()).toEqual(["Bangladesh", "India", "Pakistan"]);
    const indicatorShown = page.locator(".glotip-controls select option:checked").first();
    expect(await indicatorShown.textContent()).toBe("Detected victims");
    expect(await page.locator("label:has(input[type=radio]:checked)").allTextContents()).toEqual([
      "By sex",
      "2023-05-30",
      "Compressed (small counts visible)",
    ]);
    const heading = page.locator("h2", { hasText: "Detected victims, by sex, UNODC edition 2023-05-30" });
    expect(await heading.count()).toBe(1);
    const csv = await downloadCsv(page);
    const expected = builtRows("glotip").filter(
      (r) =>
        ["PAK", "IND", "BGD"].includes(r.iso3 as string) &&
        r.edition === "2023-05-30" &&
        r.indicator === "Detected trafficking victims" &&
        r.dimension === "Total" &&
        r.age === "Total" &&
        r.sex !== "Total" &&
        r.parts === 1,
    );
    expect(csv.length).toBe(expected.length);
    expect(await page.locator("g.glotip-censored circle").count()).toBe(
      csv.filter((r) => r.censored === "true").length,
    );
    await page.close();
  });

  it("says so when the chosen countries have no row for a breakdown, instead of drawing an empty chart", async () => {
    const url = "/glotip?countries=IND,BGD&indicator=prosecuted&breakdown=sex&edition=2023-05-30";
    const { page } = await visit(site, url, ".card .empty-state");
    expect(await page.locator(".card .empty-state").first().textContent()).toMatch(/No persons prosecuted rows/);
    expect(await page.locator("g.glotip-known circle, g.glotip-censored circle").count()).toBe(0);
    await page.close();
  });

  it("writes a changed selection back to the URL: India, Pakistan and Bangladesh in one click", async () => {
    const { page } = await visit(site, "/glotip", FIRST_CHART);
    await page.locator("a", { hasText: "India, Pakistan and Bangladesh" }).click();
    await page.waitForSelector(FIRST_CHART);
    expect((await chosenCountries(page)).sort()).toEqual(["Bangladesh", "India", "Pakistan"]);
    await page.locator(".glotip-controls select").first().selectOption({ label: "Persons convicted" });
    await expect.poll(() => new URL(page.url()).searchParams.get("indicator")).toBe("convicted");
    expect(new URL(page.url()).searchParams.get("countries")).toBe("PAK,IND,BGD");
    await page.close();
  });

  it("fits 375 px without horizontal scrolling", async () => {
    const { page } = await visit(site, "/glotip", FIRST_CHART, 375);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe("GLOTIP on country pages", () => {
  it("/countries/PAK shows Pakistan's series with suppressed cells and revisions marked", async () => {
    const { page, errors } = await visit(site, "/countries/PAK", ".glotip-country g.glotip-known circle");
    const shown = ["Detected trafficking victims", "Persons prosecuted", "Persons convicted"].flatMap((i) =>
      expectedTotals(["PAK"], i),
    );
    const card = page.locator(".glotip-country");
    // A value failing a plausibility check is drawn apart, as a diamond, never joined to the series.
    expect(await card.locator("g.glotip-known circle").count()).toBe(
      shown.filter((r) => !r.censored && !r.checks).length,
    );
    expect(await card.locator("g.glotip-flagged path").count()).toBe(shown.filter((r) => r.checks).length);
    expect(await card.locator("g.glotip-censored circle").count()).toBe(shown.filter((r) => r.censored).length);
    expect(await card.locator("g.glotip-revised path").count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("a country with no GLOTIP rows says so", async () => {
    const reported = new Set(builtRows("glotip").map((r) => r.iso3));
    const code = readdirSync("dist/countries")
      .map((f) => f.replace(/\.html$/, ""))
      .find((c) => /^[A-Z]{3}$/.test(c) && !reported.has(c));
    expect(code).toBeDefined();
    const { page } = await visit(site, `/countries/${code}`, ".glotip-country");
    const text = (await page.locator(".glotip-country .empty-state").textContent())!.replace(/\s+/g, " ");
    expect(text).toMatch(/no national total .* in either edition: unknown, not zero/);
    expect(await page.locator(".glotip-country svg").count()).toBe(0);
    await page.close();
  });
});
