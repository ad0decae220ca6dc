// DuckDB-wasm in the browser, entirely from node_modules: no CDN. DuckDB-wasm ≥ 1.28 reads
// Parquet only through an extension it would download, so parquet-wasm decodes each file to
// Arrow and DuckDB ingests the Arrow stream. Tables are named after their file.
import * as duckdb from "@duckdb/duckdb-wasm";
import initParquetWasm, { readParquet, writeParquet, Table as ParquetTable } from "parquet-wasm/esm";
import { tableFromArrays, tableToIPC } from "@uwdata/flechette";
import type { Table as ArrowTable } from "apache-arrow";
import { lockdownStatements, runReadOnly } from "./read-only-sql.js";

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
  /**
   * Run a reader's SQL: exactly one query, read-only (see read-only-sql.ts), on a connection of
   * its own so that its read-only transaction never holds the page's other queries.
   */
  readOnly(sql: string): Promise<ArrowTable>;
  /**
   * Stop whatever runs: terminate DuckDB's worker (the only way to stop a query in DuckDB-wasm)
   * and start a fresh one with every table. Pending calls reject with a QueryStopped(reason).
   */
  restart(reason: string): Promise<void>;
  close(): Promise<void>;
}

/** A query stopped by restart(): cancelled by the reader, or over the time limit. */
export class QueryStopped extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "QueryStopped";
  }
}

/** DuckDB's memory ceiling in the browser: a query needing more fails with a message, not the tab. */
export const MEMORY_LIMIT = "512MB";

function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  return value;
}

interface Engine {
  worker: Worker;
  db: duckdb.AsyncDuckDB;
  conn: duckdb.AsyncDuckDBConnection;
  readerConn: duckdb.AsyncDuckDBConnection;
  /** The reader's queries, one after the other: a transaction is per connection. */
  readerQueue: Promise<unknown>;
}

/** Start DuckDB in a worker and load the tables; then lock it down (no files, no network, capped memory). */
async function startEngine(files: Record<string, string>, ipcCache: Map<string, Promise<Uint8Array>>): Promise<Engine> {
  const worker = new Worker(DUCKDB_WORKER, { type: "module" });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(DUCKDB_WASM);
  const conn = await db.connect();
  await Promise.all(
    Object.entries(files).map(async ([name, url]) => {
      if (!ipcCache.has(name))
        ipcCache.set(
          name,
          (async () => {
            const response = await fetch(url);
            if (!response.ok) throw new Error(`cannot load ${name} (${url}): HTTP ${response.status}`);
            return parquetToArrowIPC(new Uint8Array(await response.arrayBuffer()));
          })(),
        );
      // insertArrowFromIPCStream transfers the buffer to the worker: hand it a copy.
      await conn.insertArrowFromIPCStream((await ipcCache.get(name)!).slice(), { name, create: true });
    }),
  );
  for (const statement of lockdownStatements(MEMORY_LIMIT)) await conn.query(statement);
  // Settings are the database's: the reader's connection, opened after, is locked down too.
  const readerConn = await db.connect();
  return { worker, db, conn, readerConn, readerQueue: Promise.resolve() };
}

/**
 * Open an in-memory DuckDB holding one table per Parquet file: `{figures: url, ...}`.
 * File and network access are switched off once the tables are in, so SQL reaches only them.
 */
export async function openDatabase(files: Record<string, string>): Promise<Database> {
  const ipcCache = new Map<string, Promise<Uint8Array>>();
  let engine = startEngine(files, ipcCache);
  await engine;
  // Every call in flight, so that restart() can settle them (a terminated worker never answers).
  const pending = new Set<(e: Error) => void>();
  const guarded = <T>(work: (e: Engine) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.add(reject);
      engine
        .then(work)
        .then(resolve, reject)
        .finally(() => pending.delete(reject));
    });
  return {
    query: (sql, params = []) =>
      guarded(async ({ conn }) => {
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
      }),
    arrow: (sql) => guarded(async ({ conn }) => (await conn.query(sql)) as unknown as ArrowTable),
    readOnly: (sql) =>
      guarded((e) => {
        const run = e.readerQueue.then(() => runReadOnly(e.readerConn, sql));
        e.readerQueue = run.catch(() => undefined);
        return run as unknown as Promise<ArrowTable>;
      }),
    async restart(reason) {
      const old = engine;
      for (const reject of pending) reject(new QueryStopped(reason));
      pending.clear();
      old.then((e) => e.worker.terminate()).catch(() => undefined);
      engine = startEngine(files, ipcCache);
      await engine;
    },
    async close() {
      const { conn, readerConn, db, worker } = await engine;
      await readerConn.close();
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}
