// npm run bench: measurements, not tests. Prints one JSON report on stdout; progress on stderr.
// Everything compared is measured in the same run, as ratios, because these machines are noisy.
//   - Parquet writers: parquet-wasm (what the loaders use) vs @duckdb/node-api, on our tables
//     and on a synthetic figures table 1×, 10× and 100× a 10,000-row base.
//   - Build: a clean `npm run build` (loader outputs removed first).
//   - Page: bytes served and time until the first chart is drawn, in headless Chromium.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DuckDBInstance } from "@duckdb/node-api";
import { DATASETS, loadCatalog, type Dataset } from "../loaders/datasets.ts";
import { toParquet } from "../loaders/parquet.ts";
import type { ColumnDoc } from "../loaders/schema.ts";
import { launchChromium } from "../tests/e2e/browser.ts";
import { serveDirectory } from "../tests/e2e/server.ts";

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

const SQL_TYPES: Record<ColumnDoc["type"], string> = { string: "VARCHAR", "string?": "VARCHAR", double: "DOUBLE", "double?": "DOUBLE", int32: "INTEGER", "int32?": "INTEGER", boolean: "BOOLEAN" };

/** The same table written by DuckDB: appender in, COPY … TO parquet out, file read back. */
async function duckdbParquet(dataset: Pick<Dataset, "rows" | "columns">, dir: string): Promise<Uint8Array> {
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

function syntheticFigures(base: Dataset, n: number): Dataset {
  const rows = Array.from({ length: n }, (_, i) => {
    const r = base.rows[i % base.rows.length];
    return { ...r, figure_id: `${r.figure_id}-${i}`, value: (r.value as number) + i };
  });
  return { ...base, rows };
}

async function benchWriters() {
  const { datasets } = loadCatalog("data");
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-bench-"));
  const results: Record<string, unknown>[] = [];
  const figures = datasets.figures;
  const cases: [string, Dataset, number][] = [
    ...DATASETS.map((name) => [`${name} (bundled data)`, datasets[name], 20] as [string, Dataset, number]),
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
  // kept, loader outputs re-run, as every `npm run build` does.
  log("build: cold");
  rmSync("src/.observablehq/cache", { recursive: true, force: true });
  const cold = timedBuild();
  log("build: warm");
  return { cold_build_ms: cold, warm_build_ms: timedBuild() };
}

async function benchPage() {
  log("page: first chart in Chromium");
  const server = await serveDirectory("dist");
  const browser = await launchChromium();
  const runs: { first_chart_ms: number; bytes_before_first_chart: number; bytes_total: number }[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      server.served.length = 0;
      const t0 = performance.now();
      await page.goto(server.url + "/");
      await page.waitForSelector("g.figure-dots circle", { timeout: 60_000 });
      const firstChart = performance.now() - t0;
      const before = server.served.reduce((s, r) => s + r.bytes, 0);
      await page.waitForLoadState("networkidle");
      runs.push({ first_chart_ms: Math.round(firstChart), bytes_before_first_chart: before, bytes_total: server.served.reduce((s, r) => s + r.bytes, 0) });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    page: "/",
    runs,
    first_chart_ms_median: median(runs.map((r) => r.first_chart_ms)),
    largest_files: [...new Map(server.served.map((r) => [r.path, r.bytes])).entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([path, bytes]) => ({ path, bytes })),
  };
}

const only = process.argv[2];
const report: Record<string, unknown> = { node: process.version };
if (!only || only === "writers") report.parquet_writers = await benchWriters();
if (!only || only === "build") report.build = benchBuild();
if (!only || only === "page") report.page = await benchPage();
process.stdout.write(JSON.stringify(report, null, 2) + "\n");
