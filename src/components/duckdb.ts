// DuckDB-wasm in the browser, entirely from node_modules: no CDN. DuckDB-wasm ≥ 1.28 reads
// Parquet only through an extension it would download, so parquet-wasm decodes each file to
// Arrow and DuckDB ingests the Arrow stream. Tables are named after their file.
import * as duckdb from "@duckdb/duckdb-wasm";
import initParquetWasm, { readParquet, writeParquet, Table as ParquetTable } from "parquet-wasm/esm";
import { tableFromArrays, tableToIPC } from "@uwdata/flechette";
import type { Table as ArrowTable } from "apache-arrow";

// Framework copies these files out of node_modules at build time (import.meta.resolve).
const DUCKDB_WASM = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
const DUCKDB_WORKER = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js");
const PARQUET_WASM = import.meta.resolve("parquet-wasm/esm/parquet_wasm_bg.wasm");

let parquetReady: Promise<unknown> | undefined;

/** Parquet bytes → Arrow IPC stream bytes. */
export async function parquetToArrowIPC(bytes: Uint8Array): Promise<Uint8Array> {
  parquetReady ??= initParquetWasm({ module_or_path: PARQUET_WASM });
  await parquetReady;
  return readParquet(bytes).intoIPCStream();
}

/**
 * Rows (e.g. a query result) → Parquet bytes, for downloads. Built through flechette from plain
 * values, because DuckDB-wasm's results come from its own, older copy of apache-arrow.
 */
export async function rowsToParquet(rows: Record<string, unknown>[], columns: string[]): Promise<Uint8Array> {
  parquetReady ??= initParquetWasm({ module_or_path: PARQUET_WASM });
  await parquetReady;
  const arrays = Object.fromEntries(
    columns.map((c) => [c, rows.map((r) => (r[c] instanceof Date ? (r[c] as Date).toISOString() : (r[c] ?? null)))]),
  );
  const ipc = tableToIPC(tableFromArrays(arrays), { format: "stream" })!;
  return writeParquet(ParquetTable.fromIPCStream(ipc));
}

export type Row = Record<string, unknown>;

export interface Database {
  /** Run SQL; numbers come back as JavaScript numbers (DuckDB's BIGINTs included). */
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Run SQL and keep DuckDB's Arrow result (for large results and downloads). */
  arrow(sql: string): Promise<ArrowTable>;
  close(): Promise<void>;
}

function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  return value;
}

/**
 * Open an in-memory DuckDB holding one table per Parquet file: `{figures: url, ...}`.
 * File and network access are switched off once the tables are in, so SQL reaches only them.
 */
export async function openDatabase(files: Record<string, string>): Promise<Database> {
  const worker = new Worker(DUCKDB_WORKER, { type: "module" });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(DUCKDB_WASM);
  const conn = await db.connect();
  await Promise.all(
    Object.entries(files).map(async ([name, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`cannot load ${name} (${url}): HTTP ${response.status}`);
      const ipc = await parquetToArrowIPC(new Uint8Array(await response.arrayBuffer()));
      await conn.insertArrowFromIPCStream(ipc, { name, create: true });
    }),
  );
  await conn.query("SET enable_external_access = false");
  await conn.query("SET lock_configuration = true");
  return {
    async query(sql, params = []) {
      let table;
      if (params.length) {
        const statement = await conn.prepare(sql);
        try {
          table = await statement.query(...params);
        } finally {
          await statement.close();
        }
      } else {
        table = await conn.query(sql);
      }
      const names = table.schema.fields.map((f) => f.name);
      return table.toArray().map((row) => Object.fromEntries(names.map((n) => [n, plain(row[n])])));
    },
    async arrow(sql) {
      return (await conn.query(sql)) as unknown as ArrowTable;
    },
    async close() {
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}
