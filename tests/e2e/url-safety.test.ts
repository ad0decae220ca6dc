// A shared link cannot change the data or break a page (issue 27, items 1 and 11), on the built site.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { TABLE_NAMES } from "../../loaders/catalog.ts";
import { NOT_A_QUERY, SEVERAL_STATEMENTS } from "../../src/components/read-only-sql.ts";
import { builtRows, errorCells, openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const RESULT = ".query-result, .query-error";
const explore = (sql: string) => `/explore?sql=${encodeURIComponent(sql)}`;
// The exploit of issue 27 as filed: a $$-string hides the ";" from a hand-written splitter.
const EXPLOIT =
  "SELECT 1 AS n, $$'$$ AS a; CREATE OR REPLACE TABLE figures AS SELECT * REPLACE (value * 10 AS value) FROM figures; SELECT $$'$$";
const SINDH = "iap2010-sindh-laborers-rescued";

/** Run `sql` from the editor, as the reader does, and wait for its outcome. */
async function run(page: Page, sql: string) {
  await page.locator(".query-stats, .query-error").first().waitFor();
  const textarea = page.locator("textarea");
  await textarea.fill(sql);
  await textarea.press("Control+Enter");
  await expect.poll(() => page.locator("textarea").inputValue()).toBe(sql);
}
/** Open /explore with `sql` in the URL and wait for its outcome (DuckDB-wasm loads in seconds, more on a busy machine). */
async function openExplore(sql: string) {
  const visited = await visit(site, explore(sql), "textarea");
  await visited.page.locator(RESULT).first().waitFor({ timeout: 120_000 });
  return visited;
}
const firstCell = (page: Page) => page.locator(".query-result tbody td:last-child").first().textContent();

describe("/explore from a shared link", () => {
  it("refuses the exploit URL of issue 27 whole: Sindh's 650 rescued labourers still read 650, every table as built", async () => {
    const { page, errors } = await openExplore(EXPLOIT);
    expect(await page.locator(".query-error pre").textContent()).toBe(SEVERAL_STATEMENTS);
    // The reader's click runs it under the same rule.
    await page.locator("textarea").press("Control+Enter");
    await expect.poll(() => page.locator(".query-error pre").textContent()).toBe(SEVERAL_STATEMENTS);

    const built = builtRows("figures");
    const sindh = built.find((r) => r.figure_id === SINDH)!;
    expect(Number(sindh.value)).toBe(650);
    await run(page, `SELECT value::INTEGER AS v FROM figures WHERE figure_id = '${SINDH}'`);
    await expect.poll(() => firstCell(page)).toBe("650");
    // The whole table: as many rows, the same total (a ×10 anywhere would show).
    const total = built.reduce((s, r) => s + Number(r.value), 0);
    await run(page, "SELECT count(*)::INTEGER || ' ' || round(sum(value))::BIGINT AS t FROM figures");
    await expect.poll(() => firstCell(page)).toBe(`${built.length} ${Math.round(total)}`);
    // No table, view or database was added, replaced or dropped.
    await run(
      page,
      "SELECT (SELECT count(*) FROM duckdb_tables() WHERE NOT temporary)::INTEGER || ' ' || " +
        "(SELECT count(*) FROM duckdb_views() WHERE NOT internal)::INTEGER || ' ' || " +
        "(SELECT string_agg(database_name, ',' ORDER BY database_name) FROM duckdb_databases()) AS t",
    );
    await expect.poll(() => firstCell(page)).toBe(`${TABLE_NAMES.length} 0 memory,system,temp`);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it("refuses a single write, a shadowing view and a DETACH, from the link or the editor", async () => {
    const writes = [
      "CREATE OR REPLACE TABLE figures AS SELECT * REPLACE (value * 10 AS value) FROM figures",
      "CREATE TEMP VIEW figures AS SELECT 6500 AS value",
      "DROP TABLE figures",
      "DETACH memory",
    ];
    const { page } = await openExplore(writes[0]!);
    expect(await page.locator(".query-error pre").textContent()).toBe(NOT_A_QUERY);
    for (const sql of writes.slice(1)) {
      await run(page, sql);
      await expect.poll(() => page.locator(".query-error pre").textContent(), { message: sql }).toBe(NOT_A_QUERY);
    }
    await run(page, `SELECT value::INTEGER AS v FROM figures WHERE figure_id = '${SINDH}'`);
    await expect.poll(() => firstCell(page)).toBe("650");
    await page.close();
  }, 240_000);
});

describe("URL params are read against their vocabularies", () => {
  it("/glotip?breakdown=__proto__ (toString, constructor) draws the charts with the default breakdown, and says so", async () => {
    for (const asked of ["__proto__", "toString", "constructor"]) {
      const { page, errors } = await visit(site, `/glotip?countries=PAK&breakdown=${asked}`, "g.glotip-known circle");
      expect(await errorCells(page), asked).toEqual([]);
      expect(errors, asked).toEqual([]);
      expect(await page.locator(".glotip-controls label:has(input[type=radio]:checked)").first().textContent()).toBe(
        "Total only",
      );
      expect(await page.locator(".url-notice").textContent(), asked).toBe(
        `The link asks for breakdown="${asked}", which is not one of none, sex, age, form: showing none.`,
      );
      await page.close();
    }
  });

  it("/prevalence?edition=2017 shows the latest edition's map, and says so (never 'GSI null')", async () => {
    const gsi = builtRows("gsi");
    const editions = [...new Set(gsi.map((r) => Number(r.edition)))].sort((a, b) => a - b);
    const latest = editions.at(-1)!;
    const { page, errors } = await visit(site, "/prevalence?edition=2017", "g.gsi-dots path");
    expect(await errorCells(page)).toEqual([]);
    expect(errors).toEqual([]);
    const body = (await page.locator("main").textContent())!;
    expect(body).not.toContain("null");
    expect(await page.locator("h2", { hasText: `Global Slavery Index ${latest}` }).count()).toBe(1);
    expect(await page.locator(`svg[aria-label$='Global Slavery Index ${latest}']`).count()).toBe(1);
    expect(await page.locator(".url-notice").textContent()).toBe(
      `The link asks for edition="2017", which is not one of ${editions.join(", ")}: showing ${latest}.`,
    );
    // The map's table holds the latest edition's rows (with no edition chosen it held none).
    const rows = gsi.filter((r) => Number(r.edition) === latest).length;
    expect(rows).toBeGreaterThan(0);
    expect(await page.locator("details.table-view summary", { hasText: `(${rows} rows)` }).count()).toBeGreaterThan(0);
    await page.close();
  });
});
