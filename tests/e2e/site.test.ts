// End-to-end: the built site (dist/) served on 127.0.0.1 and opened in Debian's Chromium.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readParquet } from "parquet-wasm";
import { tableFromIPC } from "@uwdata/flechette";
import { launchChromium } from "./browser.ts";
import { serveDirectory, type StaticServer } from "./server.ts";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory("dist");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function builtRows(name: string): Record<string, unknown>[] {
  const dir = join("dist", "_file", "data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".parquet"));
  if (!file) throw new Error(`no ${name}.parquet in ${dir}: run npm run build first`);
  return tableFromIPC(readParquet(readFileSync(join(dir, file))).intoIPCStream()).toArray();
}

interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
}

/** Open a page, recording every request it makes and every script error. */
async function visit(path: string, width = 1280): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url + path);
  await page.waitForSelector("g.figure-dots circle", { timeout: 30_000 });
  return { page, requests, errors };
}

/** Serious and critical axe-core violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
      .map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}

const offSite = (urls: string[]) => urls.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:") && !u.startsWith("blob:"));

describe("the figures page", () => {
  it("draws one mark per row of figures.parquet, with no error and no request off 127.0.0.1", async () => {
    const { page, requests, errors } = await visit("/");
    const rows = builtRows("figures");
    expect(rows.length).toBeGreaterThan(0);
    expect(await page.locator("g.figure-dots circle").count()).toBe(rows.length);
    await page.waitForLoadState("networkidle");
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    expect(errors).toEqual([]);
    expect(offSite(requests)).toEqual([]);
    await page.close();
  });

  it("shows the value, source and quote in a dot's tooltip", async () => {
    const { page } = await visit("/");
    const rows = builtRows("figures");
    const target = rows.find((r) => r.figure_text === "$1.4 million")!;
    const label = await page.locator("g.figure-dots circle").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    const index = label.findIndex((l) => l?.includes("$1.4 million"));
    expect(index).toBeGreaterThanOrEqual(0);
    await page.locator("g.figure-dots circle").nth(index).hover();
    const tip = page.locator('g[aria-label="tip"]');
    await expect.poll(() => tip.textContent()).toContain("$1.4 million");
    const text = (await tip.textContent()) ?? "";
    expect(text).toContain(String(target.source_title));
    expect(text).toContain("launched at the end of 2008");
    await page.close();
  });

  it("filters by country through DuckDB", async () => {
    const { page } = await visit("/");
    await page.locator("form select").first().selectOption({ label: "India" });
    await expect.poll(() => page.locator("g.figure-dots circle").count()).toBe(builtRows("figures").filter((r) => r.country === "IND").length);
    await page.close();
  });

  it("has no serious or critical accessibility violation (axe-core), also with a tooltip open", async () => {
    const { page } = await visit("/");
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("g.figure-dots circle").first().hover();
    await expect.poll(() => page.locator('g[aria-label="tip"]').textContent()).not.toBe("");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("works at 375 px wide without horizontal scrolling", async () => {
    const { page } = await visit("/", 375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator("g.figure-dots circle").count()).toBe(builtRows("figures").length);
    await page.close();
  });
});
