// /explore: SQL in the browser over every table, the query kept in the URL.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { readParquet } from "parquet-wasm";
import { tableFromIPC } from "@uwdata/flechette";
import { TABLE_NAMES } from "../../loaders/catalog.ts";
import { SEVERAL_STATEMENTS } from "../../src/components/read-only-sql.ts";
import { axeViolations, builtRows, errorCells, offSite, openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const RESULT = ".query-result, .query-error";
const explore = (sql: string) => `/explore?sql=${encodeURIComponent(sql)}`;

describe("the SQL workspace", () => {
  it("runs the query in the URL on load and shows its rows", async () => {
    const { page, requests, errors } = await visit(
      site,
      explore("SELECT country, edition, prevalence_per_1000 FROM gsi WHERE country = 'PAK' ORDER BY edition"),
      ".query-result table",
    );
    const expected = builtRows("gsi")
      .filter((r) => r.country === "PAK")
      .sort((a, b) => Number(a.edition) - Number(b.edition));
    await expect.poll(() => page.locator(".query-stats").textContent()).toContain(`${expected.length} rows`);
    const cells = await page
      .locator(".query-result table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim())));
    // Editions read as years; other numbers are grouped ("2,134,900"): compare them as numbers.
    expect(cells.map((c) => c.at(-2))).toEqual(expected.map((r) => String(r.edition)));
    const num = (t: string | undefined) => Number(String(t).replace(/,/g, ""));
    expect(cells.map((c) => [c.at(-3), num(c.at(-2)), num(c.at(-1))])).toEqual(
      expected.map((r) => ["PAK", r.edition, r.prevalence_per_1000]),
    );
    expect(await errorCells(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(offSite(site, requests)).toEqual([]);
    await page.close();
  });

  it("has every table, with its data dictionary", async () => {
    const { page } = await visit(
      site,
      explore("SELECT table_name FROM duckdb_tables() ORDER BY table_name"),
      ".query-result table",
    );
    const names = await page.locator(".query-result table tbody td:last-child").allTextContents();
    // The one list of tables (loaders/steps/), as the build published it.
    expect(names.map((n) => n.trim())).toEqual([...TABLE_NAMES].sort());
    expect(await page.locator("details.schema-table").count()).toBe(names.length);
    await page.locator("details.schema-table summary").first().click();
    expect(await page.locator("details.schema-table").first().textContent()).toContain(
      "The sentence holding the figure, verbatim",
    );
    await page.close();
  });

  it("registers the smallest table (one declaration, one step file) like any other", async () => {
    const { page } = await visit(
      site,
      explore("SELECT country, governance_issues FROM gsi_2018_vulnerability WHERE country = 'PAK'"),
      ".query-result table",
    );
    await expect.poll(() => page.locator(".query-stats").textContent()).toContain("1 row");
    expect(await page.locator(".query-result tbody td").allTextContents()).toContain("PAK");
    await page.close();
  });

  it("shows DuckDB's error inline and keeps working", async () => {
    const { page, errors } = await visit(site, explore("SELECT nonsense FROM nowhere WHERE"), RESULT);
    await expect.poll(() => page.locator(".query-error").textContent()).toMatch(/syntax error/i);
    // Printed once: one error box, and DuckDB's first line appears once on the page.
    expect(await page.locator(".query-error").count()).toBe(1);
    const first = (await page.locator(".query-error pre").textContent())!.split("\n")[0]!;
    const body = (await page.locator("main").textContent())!;
    expect(body.split(first).length - 1).toBe(1);
    const textarea = page.locator("textarea");
    await textarea.fill("SELECT 40 + 2 AS answer");
    await textarea.press("Control+Enter");
    await expect.poll(() => page.locator(".query-result td:last-child").first().textContent()).toBe("42");
    expect(new URL(page.url()).searchParams.get("sql")).toBe("SELECT 40 + 2 AS answer");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("survives empty input, ten statements and a huge query", async () => {
    const { page } = await visit(site, explore(" "), RESULT);
    await expect.poll(() => page.locator(".query-error").textContent()).toContain("Write a query");
    const textarea = page.locator("textarea");
    // One query at a time, as DuckDB's parser reads the text: ten statements are refused whole.
    await textarea.fill(Array.from({ length: 10 }, (_, i) => `SELECT ${i} AS n`).join("; "));
    await textarea.press("Control+Enter");
    await expect.poll(() => page.locator(".query-error pre").textContent()).toBe(SEVERAL_STATEMENTS);
    await textarea.evaluate((t: HTMLTextAreaElement) => {
      t.value = `SELECT ${"1 + ".repeat(40_000)}1 AS big`;
      t.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true }));
    });
    await expect.poll(() => page.locator(".query-error").textContent()).toContain("the limit is");
    await textarea.fill("SELECT count(*) AS n FROM figures");
    await textarea.press("Control+Enter");
    await expect
      .poll(() => page.locator(".query-result td:last-child").first().textContent())
      .toBe(String(builtRows("figures").length));
    await page.close();
  });

  it("cannot read files or the network", async () => {
    const { page, requests } = await visit(
      site,
      explore("SELECT * FROM read_csv('https://example.org/x.csv')"),
      RESULT,
    );
    await expect
      .poll(() => page.locator(".query-error").textContent())
      .toMatch(/disabled|external|not allowed|permission/i);
    const textarea = page.locator("textarea");
    await textarea.fill("SET enable_external_access = true");
    await textarea.press("Control+Enter");
    await expect.poll(() => page.locator(".query-error").textContent()).toMatch(/lock|cannot|changed/i);
    expect(offSite(site, requests)).toEqual([]);
    await page.close();
  });

  it("charts a result as the reader picks, and refuses a line through editions or categories", async () => {
    const sql = "SELECT edition, country_name, prevalence_per_1000 FROM gsi WHERE country IN ('PAK', 'IND')";
    const { page, errors } = await visit(site, explore(sql), ".chart-controls");
    const chart = ".card svg[aria-label='Quick chart of the query result']";
    // The suggestion for an index's editions: dots, no line.
    await expect.poll(() => page.locator(chart).count()).toBe(1);
    expect(await page.locator(`${chart} [aria-label='line']`).count()).toBe(0);
    expect(await page.locator(`${chart} [aria-label='dot'] circle`).count()).toBeGreaterThan(2);
    const pick = (label: string, value: string) =>
      page.locator(".chart-controls").getByLabel(label, { exact: true }).selectOption({ label: value });
    await pick("Mark", "Lines");
    await expect.poll(() => page.locator(".quick-chart-note").textContent()).toMatch(/Editions .* drawn as dots/);
    expect(await page.locator(`${chart} [aria-label='line']`).count()).toBe(0);
    // Bars of prevalence by country, then a line through countries is refused the same way.
    await pick("x", "country_name");
    await pick("Colour", "(none)");
    await pick("Mark", "Bars (sum per x)");
    await expect.poll(() => page.locator(`${chart} [aria-label='bar'] rect`).count()).toBe(2);
    await pick("Mark", "Lines");
    await expect.poll(() => page.locator(".quick-chart-note").textContent()).toMatch(/no order: drawn as dots/);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("runs an example without reloading, draws a quick chart and downloads the result", async () => {
    const { page } = await visit(site, "/explore", ".query-result table");
    await page.locator("details.examples-box summary").click();
    await page.locator(".examples a", { hasText: "Figures per source" }).click();
    await expect.poll(() => page.locator(".query-result thead").textContent()).toContain("figures");
    expect(new URL(page.url()).searchParams.get("sql")).toContain("GROUP BY ALL");
    await expect.poll(() => page.locator(".card svg[aria-label='Quick chart of the query result']").count()).toBe(1);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("button", { hasText: "Download CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe("tip-atlas-query.csv");
    // The file holds the rows on screen: same header, same number of rows, same first cells.
    const shown = await page.locator(".query-result tbody tr").count();
    const csvText = readFileSync((await csv.path())!, "utf8");
    const parsed = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(["source_title", "provenance", "figures"]);
    expect(parsed.data.length).toBe(shown);
    const total = parsed.data.reduce((sum, r) => sum + Number(r.figures), 0);
    expect(total).toBe(builtRows("figures").length);
    const [parquet] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("button", { hasText: "Download Parquet" }).click(),
    ]);
    expect(parquet.suggestedFilename()).toBe("tip-atlas-query.parquet");
    const rows = tableFromIPC(readParquet(readFileSync((await parquet.path())!)).intoIPCStream()).toArray();
    expect(rows.length).toBe(parsed.data.length);
    expect(rows.map((r) => String(r.source_title))).toEqual(parsed.data.map((r) => r.source_title));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("refuses a shared text of several statements whole, and holds a recursive query until the reader clicks Run", async () => {
    const { page } = await visit(site, explore("SELECT 1 AS a; SELECT 2 AS b"), RESULT);
    expect(await page.locator(".query-error pre").textContent()).toBe(SEVERAL_STATEMENTS);
    expect(await page.locator(".query-result").count()).toBe(0);
    // A click runs it under the same rule: one query at a time, whoever asks.
    await page.locator("textarea").press("Control+Enter");
    await expect.poll(() => page.locator(".query-error pre").textContent()).toBe(SEVERAL_STATEMENTS);
    const recursive = await visit(
      site,
      explore("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t"),
      ".query-held",
    );
    expect(await recursive.page.locator(".query-held").textContent()).toContain("it is a recursive query");
    await recursive.page.close();
    await page.close();
  }, 240_000);

  it("stops a query over the time limit with a clear message, and keeps working", async () => {
    const { page } = await visit(
      site,
      explore("SELECT count(*) AS n FROM range(1000000000000::BIGINT)"),
      ".query-running",
    );
    await page.locator(".query-error").waitFor({ timeout: 90_000 });
    expect(await page.locator(".query-error pre").textContent()).toBe(
      "The query ran longer than 15 seconds and was stopped. DuckDB was restarted with every table; narrow the query (a WHERE, a LIMIT) and run it again.",
    );
    await page.locator("textarea").fill("SELECT count(*) AS n FROM figures");
    await page.locator("textarea").press("Control+Enter");
    await page.locator(".query-result td").first().waitFor({ timeout: 90_000 });
    await expect
      .poll(() => page.locator(".query-result td:last-child").first().textContent())
      .toBe(String(builtRows("figures").length));
    await page.close();
  }, 240_000);

  it("cancels a running query with the Cancel button, and keeps working", async () => {
    const { page } = await visit(
      site,
      explore("SELECT count(*) AS n FROM range(1000000000000::BIGINT)"),
      ".query-running",
    );
    await page.locator("button.query-cancel").click();
    await page.locator(".query-error").waitFor({ timeout: 30_000 });
    expect(await page.locator(".query-error pre").textContent()).toBe(
      "The query was cancelled. DuckDB was restarted with every table.",
    );
    await page.locator("textarea").fill("SELECT count(*) AS n FROM sources");
    await page.locator("textarea").press("Control+Enter");
    await page.locator(".query-result td").first().waitFor({ timeout: 90_000 });
    await expect
      .poll(() => page.locator(".query-result td:last-child").first().textContent())
      .toBe(String(builtRows("sources").length));
    expect(await page.locator(".query-running").isHidden()).toBe(true);
    await page.close();
  }, 240_000);

  it("refuses a query beyond the memory limit with a message, and cuts a huge cell instead of crashing the tab", async () => {
    const { page, errors } = await visit(
      site,
      explore("SELECT count(DISTINCT s) AS n FROM (SELECT repeat('x', 1000) || i AS s FROM range(2000000) t(i))"),
      ".query-running",
    );
    await page.locator(".query-error").waitFor({ timeout: 90_000 });
    expect(await page.locator(".query-error pre").textContent()).toMatch(
      /^Out of Memory Error: .*\nThe query needed more than the 512MB DuckDB may use in this page\. /,
    );
    await page.locator("textarea").fill("SELECT repeat('x', 200000000) AS big");
    await page.locator("textarea").press("Control+Enter");
    await page.locator(".query-result td").first().waitFor({ timeout: 90_000 });
    expect(await page.locator(".query-result td:last-child").first().textContent()).toMatch(
      /^x{10000}… \(200,000,000 characters, cut for display\)$/,
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
