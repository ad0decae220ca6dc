// Shared by the end-to-end tests: the built site served on 127.0.0.1, one Chromium, and the
// checks every page must pass (no error cell, no request off 127.0.0.1, axe-core, 375 px).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readParquet, writeParquet, Table as WasmTable } from "parquet-wasm";
import { tableFromJSON, tableToIPC } from "apache-arrow";
import { tableFromIPC } from "@uwdata/flechette";
import { launchChromium } from "./browser.ts";
import { serveDirectory, type StaticServer } from "./server.ts";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Site {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  const server = await serveDirectory("dist");
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The rows of a Parquet file as the build published it (dist/_file/data/<name>.<hash>.parquet). */
export function builtRows(name: string): Record<string, unknown>[] {
  const dir = join("dist", "_file", "data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".parquet"));
  if (!file) throw new Error(`no ${name}.parquet in ${dir}: run npm run build first`);
  return tableFromIPC(readParquet(readFileSync(join(dir, file))).intoIPCStream()).toArray();
}

export interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
  /** Messages the page logged to the console as errors (CSP reports included). */
  consoleErrors: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations: () => Promise<string[]>;
}

/** Open a page and wait for `ready` (a selector that exists once its charts are drawn),
 * recording every request it makes and every script error. */
export async function visit(
  site: Site,
  path: string,
  ready: string,
  width = 1280,
  /** Run on the page before it loads (e.g. to route a request). */
  before?: (page: Page) => Promise<unknown>,
): Promise<Visit> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await before?.(page);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const consoleErrors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    // Every violation counts: none is filtered out (htl's placeholder on* attributes included).
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await page.goto(site.server.url + path);
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const cspViolations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, requests, errors, consoleErrors, cspViolations };
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
  });
}

export const offSite = (site: Site, urls: string[]) =>
  urls.filter((u) => !u.startsWith(site.server.url) && !u.startsWith("data:") && !u.startsWith("blob:"));

/** How far the page scrolls sideways (0 when it fits). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The text of Framework's error cells, if any. */
export const errorCells = (page: Page) => page.locator(".observablehq--error").allTextContents();

/**
 * Serve the page a changed copy of a published table: its rows as built, passed through `change`.
 * For tests of what the page does with data the repository does not hold (e.g. markup in a quote).
 */
export async function serveChangedTable(
  page: Page,
  name: string,
  change: (rows: Record<string, unknown>[]) => Record<string, unknown>[],
): Promise<void> {
  const rows = change(builtRows(name).map((r) => ({ ...r })));
  const body = Buffer.from(writeParquet(WasmTable.fromIPCStream(tableToIPC(tableFromJSON(rows), "stream"))));
  await page.route(new RegExp(`/_file/data/${name}\\.[0-9a-f]+\\.parquet$`), (route) =>
    route.fulfill({ status: 200, contentType: "application/vnd.apache.parquet", body }),
  );
}
