// The SQL workspace's parts: run a query safely, show its rows, offer downloads. The page
// (src/explore.md) wires them together.
import { html } from "htl";
import * as Inputs from "@observablehq/inputs";
import type { Database } from "./duckdb.js";
import { MEMORY_LIMIT, QueryStopped, rowsToParquet } from "./duckdb.js";
import { toCsv } from "./csv.js";
import { plural } from "./format.js";
import { OriginNote, type Origin } from "./origin.js";

/** More rows than this are counted but not copied out of DuckDB for display. */
export const DISPLAY_LIMIT = 10_000;
/** Queries longer than this are refused before they reach DuckDB. */
export const MAX_SQL_LENGTH = 100_000;
/** A query running longer than this is stopped (DuckDB restarted) with a message. */
export const QUERY_TIME_LIMIT_MS = 15_000;
/** Text cells longer than this are cut for display (a 200 MB string would take the tab down). */
export const MAX_CELL_CHARACTERS = 10_000;

export interface Column {
  name: string;
  type: string;
}

export interface QueryResult {
  sql: string;
  rows: Record<string, unknown>[];
  columns: Column[];
  /** All rows of the result, of which `rows` holds the first DISPLAY_LIMIT. */
  total: number;
  ms: number;
  error: string | null;
}

const plain = (v: unknown): unknown => {
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string" && v.length > MAX_CELL_CHARACTERS)
    return `${v.slice(0, MAX_CELL_CHARACTERS)}… (${v.length.toLocaleString("en-US")} characters, cut for display)`;
  return v;
};

/**
 * Why a query from a shared link should wait for the reader's click, or null. Only a recursive
 * query waits (it may never end, and would hold the tab until the time limit). This is a courtesy,
 * not a safety check: whatever the text, runQuery runs at most one read-only query, as DuckDB's
 * parser reads it (read-only-sql.ts).
 */
export function autoRunProblem(sql: string): string | null {
  const start = sql.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, "");
  if (/^WITH\s+RECURSIVE\b/i.test(start)) return "it is a recursive query, which may never end";
  return null;
}

/**
 * Run the reader's SQL; never throws: DuckDB's message, or why the text was refused, comes back in
 * `error`. Exactly one query runs, read-only (see read-only-sql.ts): a text of several statements
 * or a statement that would write is refused whole, before anything of it runs.
 */
export async function runQuery(
  db: Database,
  sql: string,
  { timeLimitMs = QUERY_TIME_LIMIT_MS }: { timeLimitMs?: number } = {},
): Promise<QueryResult> {
  const empty = { sql, rows: [], columns: [], total: 0, ms: 0 };
  if (!sql.trim())
    return { ...empty, error: "Write a query, then run it with the button or Ctrl+Enter (⌘+Enter on a Mac)." };
  if (sql.length > MAX_SQL_LENGTH)
    return {
      ...empty,
      error: `The query is ${sql.length.toLocaleString("en-US")} characters long; the limit is ${MAX_SQL_LENGTH.toLocaleString("en-US")}.`,
    };
  const t0 = performance.now();
  // DuckDB-wasm cannot interrupt a query: past the limit its worker is replaced (tables reloaded).
  const timer = setTimeout(
    () =>
      void db.restart(
        `The query ran longer than ${timeLimitMs / 1000} seconds and was stopped. DuckDB was restarted with every table; ` +
          "narrow the query (a WHERE, a LIMIT) and run it again.",
      ),
    timeLimitMs,
  );
  try {
    const table = await db.readOnly(sql);
    clearTimeout(timer);
    const ms = performance.now() - t0;
    const columns = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
    const shown = table.numRows > DISPLAY_LIMIT ? table.slice(0, DISPLAY_LIMIT) : table;
    const rows = shown
      .toArray()
      .map((row: Record<string, unknown>) => Object.fromEntries(columns.map((c) => [c.name, plain(row[c.name])])));
    return { sql, rows, columns, total: table.numRows, ms, error: null };
  } catch (e) {
    clearTimeout(timer);
    const message = e instanceof Error ? e.message : String(e);
    // DuckDB's out-of-memory message, without its advice for servers (a temp directory), with
    // what the reader can do about it.
    const outOfMemory = !(e instanceof QueryStopped) && /out of memory|could not allocate/i.test(message);
    return {
      ...empty,
      ms: performance.now() - t0,
      error: outOfMemory
        ? `${message.split("\n")[0]}\nThe query needed more than the ${MEMORY_LIMIT} DuckDB may use in this page. ` +
          "Narrow it (a WHERE, a LIMIT, fewer columns) and run it again."
        : message,
    };
  }
}

/**
 * The query's progress while it runs, with a Cancel button that stops it (restarting DuckDB).
 * `run` runs a query through it; the element stays in the page between queries.
 */
export function QueryRunner(db: Database, options: { timeLimitMs?: number } = {}) {
  const cancel = html`<button type="button" class="query-cancel">Cancel</button>` as HTMLButtonElement;
  const status = html`<span></span>` as HTMLElement;
  const element = html`<p class="query-running" role="status" hidden>${status} ${cancel}</p>` as HTMLElement;
  cancel.onclick = () => {
    cancel.disabled = true;
    status.textContent = "Cancelling: restarting DuckDB…";
    void db.restart("The query was cancelled. DuckDB was restarted with every table.");
  };
  let runs = 0;
  async function run(sql: string): Promise<QueryResult> {
    const mine = ++runs;
    status.textContent = "Running the query…";
    cancel.disabled = false;
    element.hidden = false;
    try {
      return await runQuery(db, sql, options);
    } finally {
      if (mine === runs) element.hidden = true;
    }
  }
  return { element, run };
}

function download(bytes: string | Uint8Array, type: string, filename: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The result as a table with its row count and time, and CSV / Parquet downloads of it. */
export function ResultView(result: QueryResult): HTMLElement {
  if (result.error) {
    return html`<div class="query-error" role="alert">
      <strong>The query did not run.</strong>
      <pre>${result.error}</pre>
    </div>`;
  }
  const names = result.columns.map((c) => c.name);
  const csvButton = html`<button type="button">Download CSV</button>` as HTMLButtonElement;
  csvButton.onclick = () => download(toCsv(result.rows), "text/csv;charset=utf-8", "tip-atlas-query.csv");
  const parquetButton = html`<button type="button">Download Parquet</button>` as HTMLButtonElement;
  parquetButton.onclick = async () =>
    download(await rowsToParquet(result.rows, names), "application/vnd.apache.parquet", "tip-atlas-query.parquet");
  // Years and editions read as years ("2016"), not as quantities ("2,016").
  const yearLike = (name: string) =>
    /year|edition|period/i.test(name) ||
    (result.rows.length > 0 &&
      result.rows.every(
        (r) =>
          r[name] === null || (Number.isInteger(r[name]) && (r[name] as number) >= 1900 && (r[name] as number) <= 2100),
      ));
  const format = Object.fromEntries(
    result.columns
      .filter((c) => /^(Int|Uint)/i.test(c.type) && yearLike(c.name))
      .map((c) => [c.name, (v: unknown) => (v === null || v === undefined ? "" : String(v))]),
  );
  const table = names.length
    ? Inputs.table(result.rows, { columns: names, rows: 15, select: false, layout: "auto", format })
    : html`<p class="muted">The statement returned no columns.</p>`;
  if (names.length) {
    table.tabIndex = 0;
    table.setAttribute("role", "region");
    table.setAttribute("aria-label", `Query result: ${plural(result.total, "row")}`);
  }
  return html`<div class="query-result">
    <p class="query-stats" aria-live="polite">
      <strong>${result.total.toLocaleString("en-US")}</strong> row${result.total === 1 ? "" : "s"} in
      ${result.ms.toFixed(0)}
      ms${result.total > result.rows.length ? ` (the first ${result.rows.length.toLocaleString("en-US")} are shown and downloaded)` : ""}
    </p>
    ${table} ${names.length ? html`<p class="query-downloads">${csvButton} ${parquetButton}</p>` : ""}
  </div>`;
}

export interface CatalogTable {
  name: string;
  rows: number;
  columns: { name: string; type: string; description: string }[];
  origin: Origin;
}

/** The schema browser: each table's columns with their meaning (the one data dictionary) and origin. */
export function SchemaBrowser(catalog: CatalogTable[]): HTMLElement {
  return html`<div class="schema-browser">
    ${catalog.map(
      (t) =>
        html`<details class="schema-table">
          <summary><code>${t.name}</code> — ${t.rows.toLocaleString("en-US")} rows: ${t.origin.title}</summary>
          <div class="table-scroll" tabindex="0" role="region" aria-label=${`Columns of ${t.name}`}>
            <table class="sources-table">
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Type</th>
                  <th scope="col">Meaning</th>
                </tr>
              </thead>
              <tbody>
                ${t.columns.map(
                  (c) =>
                    html`<tr>
                      <td><code>${c.name}</code></td>
                      <td>${c.type}</td>
                      <td>${c.description}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${OriginNote(t.origin)}
        </details>`,
    )}
  </div>`;
}
