// npm run bench: measurements, not tests. Prints one JSON report on stdout; progress on stderr.
// Everything compared is measured in the same run, as ratios, because these machines are noisy.
//   - Parquet writers: parquet-wasm (what the loaders use) vs @duckdb/node-api, on our tables
//     and on a synthetic figures table 1×, 10× and 100× a 10,000-row base.
//   - Build: a clean `npm run build` (loader outputs removed first).
//   - Pages: per page, time to first chart and to DuckDB ready, bytes before the first chart and
//     in total (raw, gzip, brotli), in headless Chromium on localhost. Pages with a chart baked
//     into their HTML (issue 22) also report the time to that baked chart, the render-blocking
//     bytes before it (HTML, CSS, the head script: no module is needed to paint it) and the time
//     until the live chart replaces it.
//   - Explorer: group-by latency p50/p95 in the browser over 10k, 100k and 1M rows.
//   - Extractor: MB/s (scripts/bench-extract.mts).
//   - Growth: build time and Parquet size with the ledger 1×, 10×, 100×.
//   - /glotip: redraw time on a change of indicator or breakdown, data loaded.
// Run one part with `npm run bench -- pages` (writers | build | dev | pages | explorer | glotip | extractor | growth).
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DuckDBInstance } from "@duckdb/node-api";
import { TABLE_NAMES, buildCatalog } from "../loaders/catalog.ts";
import type { BuiltTable } from "../loaders/step.ts";
import { toParquet } from "../loaders/parquet.ts";
import type { ColumnDoc } from "../src/lib/table.ts";
import { launchChromium } from "../tests/e2e/browser.ts";
import { serveDirectory, type StaticServer } from "../tests/e2e/server.ts";

const log = (msg: string) => process.stderr.write(msg + "\n");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeIt(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const SQL_TYPES: Record<ColumnDoc["type"], string> = {
  string: "VARCHAR",
  "string?": "VARCHAR",
  double: "DOUBLE",
  "double?": "DOUBLE",
  int32: "INTEGER",
  "int32?": "INTEGER",
  boolean: "BOOLEAN",
  "boolean?": "BOOLEAN",
};

/** The same table written by DuckDB: appender in, COPY … TO parquet out, file read back. */
async function duckdbParquet(dataset: Pick<BuiltTable, "rows" | "columns">, dir: string): Promise<Uint8Array> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  await conn.run(`CREATE TABLE t (${dataset.columns.map((c) => `"${c.name}" ${SQL_TYPES[c.type]}`).join(", ")})`);
  const appender = await conn.createAppender("t");
  for (const row of dataset.rows) {
    for (const c of dataset.columns) {
      const v = row[c.name];
      if (v === null || v === undefined) appender.appendNull();
      else if (c.type.startsWith("string")) appender.appendVarchar(String(v));
      else if (c.type.startsWith("double")) appender.appendDouble(Number(v));
      else if (c.type === "boolean") appender.appendBoolean(Boolean(v));
      else appender.appendInteger(Number(v));
    }
    appender.endRow();
  }
  appender.closeSync();
  const file = join(dir, "t.parquet");
  await conn.run(`COPY t TO '${file}' (FORMAT parquet, COMPRESSION snappy)`);
  conn.closeSync();
  instance.closeSync();
  return readFileSync(file);
}

function syntheticFigures(base: BuiltTable, n: number): BuiltTable {
  const rows = Array.from({ length: n }, (_, i) => {
    const r = base.rows[i % base.rows.length];
    return { ...r, figure_id: `${r.figure_id}-${i}`, value: (r.value as number) + i };
  });
  return { ...base, rows };
}

async function benchWriters() {
  const { byName: datasets } = buildCatalog("data");
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-bench-"));
  const results: Record<string, unknown>[] = [];
  const figures = datasets.figures;
  const cases: [string, BuiltTable, number][] = [
    ...TABLE_NAMES.map((name) => [`${name} (bundled data)`, datasets[name], 20] as [string, BuiltTable, number]),
    ["figures synthetic 10,000 rows", syntheticFigures(figures, 10_000), 5],
    ["figures synthetic 100,000 rows", syntheticFigures(figures, 100_000), 3],
    ["figures synthetic 1,000,000 rows", syntheticFigures(figures, 1_000_000), 1],
  ];
  for (const [label, dataset, runs] of cases) {
    log(`writers: ${label}`);
    const wasmMs = await timeIt(() => toParquet(dataset.rows, dataset.columns), runs);
    const duckMs = await timeIt(() => duckdbParquet(dataset, dir), runs);
    results.push({
      table: label,
      rows: dataset.rows.length,
      parquet_wasm: { ms: +wasmMs.toFixed(2), bytes: toParquet(dataset.rows, dataset.columns).length },
      duckdb_node_api: { ms: +duckMs.toFixed(2), bytes: (await duckdbParquet(dataset, dir)).length },
      duckdb_time_ratio: +(duckMs / wasmMs).toFixed(2),
    });
  }
  rmSync(dir, { recursive: true, force: true });
  return results;
}

function timedBuild(): number {
  rmSync("dist", { recursive: true, force: true });
  const t0 = performance.now();
  execFileSync("npm", ["run", "--silent", "build"], { stdio: ["ignore", "ignore", "ignore"] });
  return Math.round(performance.now() - t0);
}

function benchBuild() {
  // Cold: no Framework cache at all (a fresh clone). Warm: the bundled node_modules (_node/)
  // kept, as every later `npm run build` finds them. The data pass (every table, one process)
  // and Framework's page build are also timed apart.
  log("build: cold");
  rmSync("src/.observablehq/cache", { recursive: true, force: true });
  const cold = timedBuild();
  log("build: warm");
  const warm = timedBuild();
  log("build: the data pass alone");
  const t0 = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build-data.ts"], {
    stdio: ["ignore", "ignore", "ignore"],
  });
  const data = Math.round(performance.now() - t0);
  return { cold_build_ms: cold, warm_build_ms: warm, data_pass_ms: data };
}

/** GET `url` until `accept(body)`, at most `limitMs`; the milliseconds it took from `since`. */
async function pollUntil(url: string, accept: (body: string) => boolean, since: number, limitMs = 120_000) {
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok && accept(await r.text())) return Math.round(performance.now() - since);
    } catch {
      // not listening yet
    }
    if (performance.now() - since > limitMs) throw new Error(`${url}: not served within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * `npm run dev` as an analyst starts it: the time until `/` is served, then the time from an
 * edit of one page to the server answering with the edited page.
 */
async function benchDev() {
  const port = 3917;
  const page = "src/add-data.md";
  const original = readFileSync(page, "utf8");
  log("dev: start, serve /, edit a page");
  const started = performance.now();
  const dev = spawn("npm", ["run", "--silent", "dev", "--", "--no-open", `--port=${port}`], {
    stdio: "ignore",
    detached: true,
  });
  try {
    const serveMs = await pollUntil(`http://127.0.0.1:${port}/`, (b) => b.includes("<html"), started);
    const marker = `bench-edit-${Date.now()}`;
    const edited = performance.now();
    writeFileSync(page, `${original}\n<p>${marker}</p>\n`);
    const editMs = await pollUntil(`http://127.0.0.1:${port}/add-data`, (b) => b.includes(marker), edited);
    return { dev_serves_index_ms: serveMs, page_edit_to_served_ms: editMs };
  } finally {
    writeFileSync(page, original);
    process.kill(-dev.pid!, "SIGTERM");
  }
}

// Each page and what marks its first chart; /figures and /explore also say when DuckDB is ready.
const PAGES: { path: string; firstChart: string; duckdbReady?: string; baked?: boolean }[] = [
  { path: "/", firstChart: "g.tier-dots circle", baked: true },
  { path: "/prevalence", firstChart: "g.gsi-dots path", baked: true },
  { path: "/tiers", firstChart: "g.tier-cells rect", baked: true },
  { path: "/funding", firstChart: ".chart-with-details svg[aria-label]", baked: true },
  { path: "/enforcement", firstChart: "g.figure-dots circle", baked: true },
  { path: "/timeline", firstChart: "g.event-dots circle", baked: true },
  {
    path: "/figures",
    firstChart: "g.figure-dots circle",
    duckdbReady: '.query-engine[data-engine="duckdb"]',
    baked: true,
  },
  { path: "/countries/PAK", firstChart: "g.tier-dots circle", baked: true },
  { path: "/countries/ITA", firstChart: "g.tier-dots circle", baked: true },
  { path: "/sources/tip-interim-assessment-pakistan-2010", firstChart: "mark.figure" },
  { path: "/explore", firstChart: ".query-result table", duckdbReady: ".query-result table" },
  { path: "/glotip", firstChart: "g.glotip-known circle", baked: true },
  { path: "/countries/PAK#glotip", firstChart: ".glotip-country g.glotip-known circle" },
];

// Compressed sizes per file, computed once: gzip -9, and brotli at quality 9 (quality 11 takes
// minutes on DuckDB's 34 MB wasm and saves little more).
const compressedSizes = new Map<string, { gzip: number; brotli: number }>();
function compressed(files: string[]) {
  let gzip = 0;
  let brotli = 0;
  for (const f of new Set(files)) {
    let sizes = compressedSizes.get(f);
    if (!sizes) {
      const body = readFileSync(f);
      sizes = {
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }).length,
      };
      compressedSizes.set(f, sizes);
    }
    gzip += sizes.gzip;
    brotli += sizes.brotli;
  }
  return { gzip, brotli };
}

async function benchPages() {
  const server = await serveDirectory("dist");
  const browser = await launchChromium();
  const pages: Record<string, unknown>[] = [];
  try {
    for (const spec of PAGES) {
      log(`page: ${spec.path}`);
      const runs: {
        first_chart_ms: number;
        duckdb_ready_ms: number | null;
        baked_ms: number | null;
        replaced_ms: number | null;
        cls: number;
        beforeBaked: StaticServer["served"];
        before: StaticServer["served"];
        all: StaticServer["served"];
      }[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        // Cumulative layout shift, as the browser reports it (shifts after input excluded).
        await page.addInitScript(() => {
          const w = window as unknown as { __cls: number };
          w.__cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
              if (!e.hadRecentInput) w.__cls += e.value;
          }).observe({ type: "layout-shift", buffered: true });
        });
        server.served.length = 0;
        const t0 = performance.now();
        const loading = page.goto(server.url + spec.path);
        let baked: number | null = null;
        let beforeBaked: StaticServer["served"] = [];
        if (spec.baked) {
          // The baked chart is in the HTML: it is on screen at the page's first contentful paint,
          // which the browser times itself (from navigation start).
          await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, {
            polling: 16,
            timeout: 60_000,
          });
          baked = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime);
          beforeBaked = server.served.filter((r) => /\.(html|css)$|^[^.]*$/.test(r.path));
        }
        await loading;
        await page.waitForSelector(spec.firstChart, { timeout: 60_000 });
        let replaced: number | null = null;
        if (spec.baked) {
          await page.waitForSelector(".baked-chart", { state: "detached", timeout: 60_000 });
          replaced = performance.now() - t0;
        }
        if (spec.baked && !(await loading)?.ok()) throw new Error(`${spec.path}: not served`);
        const firstChart = performance.now() - t0;
        const before = [...server.served];
        let duckdb: number | null = null;
        if (spec.duckdbReady) {
          await page.waitForSelector(spec.duckdbReady, { state: "attached", timeout: 60_000 });
          duckdb = performance.now() - t0;
        }
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(300);
        const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
        runs.push({
          cls,
          first_chart_ms: firstChart,
          duckdb_ready_ms: duckdb,
          baked_ms: baked,
          replaced_ms: replaced,
          beforeBaked,
          before,
          all: [...server.served],
        });
        await page.close();
      }
      const last = runs.at(-1)!;
      const sum = (xs: StaticServer["served"]) => xs.reduce((n, r) => n + r.bytes, 0);
      const beforeCompressed = compressed(last.before.map((r) => r.file));
      pages.push({
        page: spec.path,
        first_chart_ms_median: Math.round(median(runs.map((r) => r.first_chart_ms))),
        cls_max: +Math.max(...runs.map((r) => r.cls)).toFixed(3),
        duckdb_ready_ms_median: spec.duckdbReady ? Math.round(median(runs.map((r) => r.duckdb_ready_ms!))) : null,
        baked_chart: spec.baked
          ? {
              first_paint_with_it_ms_median: Math.round(median(runs.map((r) => r.baked_ms!))),
              replaced_by_live_ms_median: Math.round(median(runs.map((r) => r.replaced_ms!))),
              render_blocking_before_it: {
                files: last.beforeBaked.map((r) => r.path),
                bytes: sum(last.beforeBaked),
                ...compressed(last.beforeBaked.map((r) => r.file)),
              },
            }
          : null,
        before_first_chart: {
          files: last.before.length,
          bytes: sum(last.before),
          ...beforeCompressed,
          wasm: last.before.filter((r) => r.path.endsWith(".wasm")).map((r) => r.path),
        },
        total: { files: last.all.length, bytes: sum(last.all), ...compressed(last.all.map((r) => r.file)) },
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return pages;
}

/** The text of the explorer's row count line, after running `sql` through the page itself. */
async function runInExplorer(page: Page, sql: string): Promise<{ rows: number; ms: number }> {
  const textarea = page.locator("textarea");
  await textarea.fill(sql);
  // Mark the current result, then wait for the cell to replace it with the new one.
  await page.evaluate(() =>
    document.querySelectorAll(".query-stats, .query-error").forEach((e) => e.setAttribute("data-old", "")),
  );
  await textarea.press("Control+Enter");
  await page.waitForSelector(".query-stats:not([data-old]), .query-error:not([data-old])", { timeout: 120_000 });
  if (await page.locator(".query-error:not([data-old])").count())
    throw new Error(`explorer query failed: ${await page.locator(".query-error").textContent()}`);
  const text = (await page.locator(".query-stats:not([data-old])").textContent()) ?? "";
  const m = /([\d,]+) rows? in (\d+) ms/.exec(text);
  if (!m) throw new Error(`cannot read "${text}"`);
  return { rows: Number(m[1].replace(/,/g, "")), ms: Number(m[2]) };
}

async function benchExplorer() {
  // Group-by latency in the browser's DuckDB over a synthetic figures table of 10k, 100k and
  // 1M rows (the real figures repeated), measured as the page itself reports it.
  log("explorer: query latency");
  const server = await serveDirectory("dist");
  const browser = await launchChromium();
  const results: Record<string, unknown>[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/explore?sql=${encodeURIComponent("SELECT count(*) AS n FROM figures")}`);
    await page.waitForSelector(".query-result table", { timeout: 60_000 });
    for (const rows of [10_000, 100_000, 1_000_000]) {
      const table = `figures_${rows}`;
      await runInExplorer(
        page,
        `CREATE OR REPLACE TABLE ${table} AS SELECT f.* REPLACE (f.value + r.i AS value), r.i AS copy FROM range(${Math.ceil(rows / 61)}) r(i), figures f LIMIT ${rows}; SELECT count(*) AS n FROM ${table}`,
      );
      const sql = `SELECT metric, country, count(*) AS n, sum(value) AS total, avg(value) AS mean FROM ${table} GROUP BY ALL ORDER BY n DESC`;
      await runInExplorer(page, sql);
      const times: number[] = [];
      for (let i = 0; i < 21; i++) times.push((await runInExplorer(page, `${sql} -- run ${i}`)).ms);
      times.sort((a, b) => a - b);
      results.push({
        rows,
        query: "group by metric, country: count, sum, avg",
        runs: times.length,
        p50_ms: times[Math.floor(times.length * 0.5)],
        p95_ms: times[Math.floor(times.length * 0.95)],
      });
    }
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const base = results[0].p50_ms as number;
  return results.map((r) => ({ ...r, p50_vs_10k: +((r.p50_ms as number) / Math.max(1, base)).toFixed(1) }));
}

/** A copy of data/ with every ledger row repeated `factor` times under new ids. */
function scaledData(factor: number): string {
  const dir = mkdtempSync(join(tmpdir(), `tip-atlas-data-${factor}x-`));
  cpSync("data", dir, { recursive: true });
  for (const [file, idColumn] of [
    ["figures.csv", "figure_id"],
    ["events.csv", "event_id"],
  ] as const) {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join("data", file), "utf8"), {
      header: true,
      skipEmptyLines: true,
    });
    // 1× is the corpus's candidates 50 times (about 550 rows); 100× is the size of a 4 MB report's.
    const rows = Array.from({ length: factor * 50 }, (_, k) =>
      parsed.data.map((r) => ({ ...r, [idColumn]: k === 0 ? r[idColumn] : `${r[idColumn]}-copy${k}` })),
    ).flat();
    writeFileSync(join(dir, file), Papa.unparse(rows, { columns: parsed.meta.fields, newline: "\n" }) + "\n");
  }
  return dir;
}

function benchGrowth() {
  // Build time and Parquet size with the ledger 1×, 10× and 100× its size, in one run.
  const results: Record<string, unknown>[] = [];
  for (const factor of [1, 10, 100]) {
    log(`growth: build with the ledger ${factor}×`);
    const dir = scaledData(factor);
    rmSync("dist", { recursive: true, force: true });
    const t0 = performance.now();
    execFileSync("npm", ["run", "--silent", "build"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, TIP_ATLAS_DATA: dir },
    });
    const ms = performance.now() - t0;
    const files = readdirSync(join("dist", "_file", "data"));
    const size = (name: string) =>
      statSync(
        join(
          "dist",
          "_file",
          "data",
          files.find((f) => f.startsWith(`${name}.`) && f.endsWith(".parquet"))!,
        ),
      ).size;
    results.push({
      ledger: `${factor}×`,
      build_ms: Math.round(ms),
      figures_parquet_bytes: size("figures"),
      events_parquet_bytes: size("events"),
    });
    rmSync(dir, { recursive: true, force: true });
  }
  // Leave dist/ built from the real data.
  execFileSync("npm", ["run", "--silent", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  const base = results[0];
  return results.map((r) => ({
    ...r,
    build_vs_1x: +((r.build_ms as number) / (base.build_ms as number)).toFixed(2),
    figures_bytes_vs_1x: +((r.figures_parquet_bytes as number) / (base.figures_parquet_bytes as number)).toFixed(1),
  }));
}

/**
 * `npm run check` on a copy of data/ whose candidates.csv holds the corpus's own extracted
 * candidates repeated under new ids, at 1×, 10× and 100×: the time must grow linearly.
 */
async function benchCheck() {
  const { readSources } = await import("../loaders/sources.ts");
  const { candidateRows } = await import("../loaders/ingest/add-source.ts");
  const { writeCsv } = await import("../loaders/csv.ts");
  const { CANDIDATE_COLUMNS } = await import("../loaders/schema.ts");
  const base = readSources("data/sources").sources.flatMap((s) => candidateRows(s, s.body));
  const results: Record<string, unknown>[] = [];
  for (const factor of [1, 10, 100]) {
    log(`check: ${base.length * factor * 50} candidates (${factor}×)`);
    const dir = mkdtempSync(join(tmpdir(), `tip-atlas-check-${factor}x-`));
    cpSync("data", dir, { recursive: true });
    // 1× is the corpus's candidates 50 times (about 550 rows); 100× is the size of a 4 MB report's.
    const rows = Array.from({ length: factor * 50 }, (_, k) =>
      base.map((r) => ({ ...r, figure_id: `${r.figure_id}-x${k}` })),
    ).flat();
    writeFileSync(join(dir, "candidates.csv"), writeCsv(CANDIDATE_COLUMNS, rows));
    const t0 = performance.now();
    let status = "ok";
    try {
      execFileSync(process.execPath, ["--import", "tsx", "scripts/check.ts", dir], {
        stdio: "ignore",
        timeout: 900_000,
      });
    } catch (e) {
      status = (e as { signal?: string }).signal ? "timed out (15 min)" : "reported problems";
    }
    results.push({
      candidates: rows.length,
      factor: `${factor}×`,
      check_ms: Math.round(performance.now() - t0),
      status,
    });
    rmSync(dir, { recursive: true, force: true });
  }
  const first = results[0].check_ms as number;
  return results.map((r) => ({ ...r, time_vs_1x: +((r.check_ms as number) / first).toFixed(1) }));
}

function benchExtractor() {
  log("extractor: throughput");
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "scripts/bench-extract.mts"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const report = JSON.parse(out);
  return { throughput: report.throughput, single_document: report.single_document };
}

/**
 * /glotip: time from a change of indicator (data loaded) to the redrawn chart, and the first
 * switch to a breakdown (which fetches the full table) then later breakdown changes.
 */
async function benchGlotip() {
  log("glotip: redraw");
  const server = await serveDirectory("dist");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/glotip`);
    await page.waitForSelector("g.glotip-known circle", { timeout: 60_000 });
    // Set the control (a select by option label, or a radio by value) and wait for a new chart.
    // Plain JavaScript text: tsx would wrap named functions in a helper the page does not have.
    const change = (control: "select" | "radio", value: string): Promise<number> =>
      page.evaluate(`(async () => {
        const chart = () => document.querySelector("g.glotip-known, g.glotip-censored")?.closest("svg");
        const old = chart();
        const t0 = performance.now();
        if (${JSON.stringify(control)} === "select") {
          const select = document.querySelector("select:not([multiple])");
          select.selectedIndex = [...select.options].findIndex((o) => o.textContent === ${JSON.stringify(value)});
          select.dispatchEvent(new Event("input", { bubbles: true }));
        } else {
          [...document.querySelectorAll("input[type=radio]")]
            .find((r) => r.parentElement.textContent.trim() === ${JSON.stringify(value)})
            .click();
        }
        await new Promise((resolve) => {
          const check = () => (chart() && chart() !== old ? resolve() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - t0;
      })()`);
    const indicators = ["Persons prosecuted", "Persons convicted", "Detected victims"];
    const indicatorMs: number[] = [];
    for (let i = 0; i < 21; i++) indicatorMs.push(await change("select", indicators[i % 3]));
    const firstBreakdownMs = await change("radio", "By sex");
    const breakdowns = ["By age", "By form of exploitation", "By sex"];
    const breakdownMs: number[] = [];
    for (let i = 0; i < 21; i++) breakdownMs.push(await change("radio", breakdowns[i % 3]));
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
    return {
      indicator_redraw_ms: { p50: Math.round(median(indicatorMs)), p95: Math.round(p95(indicatorMs)) },
      first_breakdown_with_full_table_ms: Math.round(firstBreakdownMs),
      breakdown_redraw_ms: { p50: Math.round(median(breakdownMs)), p95: Math.round(p95(breakdownMs)) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const only = process.argv[2];
const report: Record<string, unknown> = { node: process.version };
if (!only || only === "writers") report.parquet_writers = await benchWriters();
if (!only || only === "build") report.build = benchBuild();
if (!only || only === "dev") report.dev = await benchDev();
if (!only || only === "pages") report.pages = await benchPages();
if (!only || only === "explorer") report.explorer = await benchExplorer();
if (!only || only === "glotip") report.glotip = await benchGlotip();
if (!only || only === "extractor") report.extractor = benchExtractor();
if (!only || only === "growth") report.growth = benchGrowth();
if (!only || only === "check") report.check_vs_candidates = await benchCheck();
process.stdout.write(JSON.stringify(report, null, 2) + "\n");
