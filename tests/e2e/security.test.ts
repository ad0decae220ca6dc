// Text from sources is data: hostile text in a document, a quote, a title, a note or a URL is
// shown as text on every page and never runs. The built site is copied and its Parquet files
// replaced by ones carrying hostile strings (same names, so every page loads them).
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../loaders/catalog.ts";
import { toParquet } from "../../loaders/parquet.ts";
import { launchChromium } from "./browser.ts";
import { serveDirectory, type StaticServer } from "./server.ts";
import type { Browser } from "playwright-core";

const HOSTILE = [
  `<script>window.__pwned = "script"</script>`,
  `<img src="x" onerror="window.__pwned = 'img'">`,
  `<a href="javascript:window.__pwned='link'">click</a>`,
  `[markdown link](javascript:window.__pwned='md') **bold** <b>bold</b>`,
  `<svg onload="window.__pwned='svg'"></svg>`,
  "${window.__pwned = 'template'}",
].join(" ");

let server: StaticServer;
let browser: Browser;
const SOURCE_ID = "govt-strong-will-against-tip-2022";
// The hostile figure's country: /figures shows it among that country's dots only.
let hostileCountry = "PAK";

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-hostile-"));
  cpSync("dist", dir, { recursive: true });
  const { byName: datasets } = buildCatalog("data");
  hostileCountry = String(datasets.figures.rows[0].country);
  const hostile = {
    sources: datasets.sources.rows.map((s) =>
      s.id === SOURCE_ID
        ? { ...s, title: `Hostile ${HOSTILE}`, body: `${HOSTILE}\n\n${s.body}`, url: "javascript:window.__pwned='url'" }
        : s,
    ),
    figures: datasets.figures.rows.map((f, i) =>
      i === 0
        ? {
            ...f,
            source_title: `Title ${HOSTILE}`,
            quote: `Quote ${HOSTILE}`,
            note: `Note ${HOSTILE}`,
            metric_label: `Metric ${HOSTILE}`,
            region: `<img src="x" onerror="window.__pwned='region'">`,
            source_url: "javascript:window.__pwned='url'",
          }
        : f,
    ),
    events: datasets.events.rows.map((e, i) =>
      i === 0
        ? { ...e, title: `Event ${HOSTILE}`, quote: `Quote ${HOSTILE}`, source_url: "javascript:window.__pwned='url'" }
        : e,
    ),
  };
  const dataDir = join(dir, "_file", "data");
  for (const [name, rows] of Object.entries(hostile)) {
    const file = readdirSync(dataDir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".parquet"))!;
    writeFileSync(join(dataDir, file), toParquet(rows, datasets[name].columns));
  }
  server = await serveDirectory(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, ready: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(server.url + path);
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  return { page, dialogs };
}

async function expectInert(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(await page.locator("#observablehq-main script").count()).toBe(0);
}

describe("hostile text in the data", () => {
  it("a document's page shows its text, markup and all, as text", async () => {
    const { page, dialogs } = await open(`/sources/${SOURCE_ID}`, ".source-text");
    expect(await page.locator(".source-text").textContent()).toContain(HOSTILE);
    expect(await page.locator("h1").textContent()).toContain("<script>");
    await expectInert(page, dialogs);
    await page.close();
  });

  it("quotes, titles and notes in chart details are text, and javascript: links are not links", async () => {
    const { page, dialogs } = await open(`/figures?country=${hostileCountry}`, "g.figure-dots circle");
    for (const dot of await page.locator("g.figure-dots circle").all()) {
      await dot.hover();
      if ((await page.locator(".mark-detail").first().textContent())?.includes("Quote <script>")) break;
    }
    const detail = (await page.locator(".mark-detail").first().textContent()) ?? "";
    expect(detail).toContain(`Quote ${HOSTILE}`);
    expect(detail).toContain(`Note ${HOSTILE}`);
    await expectInert(page, dialogs);
    await page.close();
  });

  it("the timeline, dashboards and the SQL workspace stay inert", async () => {
    for (const [path, ready] of [
      ["/timeline", "g.event-dots circle"],
      ["/enforcement", "g.figure-dots circle"],
      ["/countries/PAK", "g.tier-dots circle"],
      ["/sources", "table.sources-table"],
    ] as const) {
      const { page, dialogs } = await open(path, ready);
      if (path === "/timeline") {
        await page.locator("g.event-dots circle").first().hover();
        await page.locator("details.table-view summary").first().click();
      }
      await expectInert(page, dialogs);
      await page.close();
    }
    const sql = `SELECT quote, source_title, note FROM figures WHERE quote LIKE '%<script>%' UNION ALL SELECT '<img src="x" onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', NULL`;
    const { page, dialogs } = await open(`/explore?sql=${encodeURIComponent(sql)}`, ".query-result table");
    expect(await page.locator(".query-result table").textContent()).toContain("<script>");
    await expectInert(page, dialogs);
    await page.close();
  });
});
