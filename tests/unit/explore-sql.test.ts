// /explore runs at most one read-only query, whatever the quoting (issue 27, item 1). DuckDB-wasm's
// Node build (the same duckdb-eh.wasm as the browser's, driven synchronously) runs the page's own
// runQuery and runReadOnly here, on a database locked down like the page's.
import { createRequire } from "node:module";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/components/duckdb.ts";
import {
  inReadOnlyTransaction,
  lockdownStatements,
  NOT_A_QUERY,
  ONLY_COMMENTS,
  runReadOnly,
  SEVERAL_STATEMENTS,
  type SqlConnection,
} from "../../src/components/read-only-sql.ts";
import { autoRunProblem, runQuery } from "../../src/components/sql-workspace.ts";

const require = createRequire(import.meta.url);
interface ArrowLike {
  toArray(): { toJSON(): Record<string, unknown> }[];
}
type Conn = { query(text: string): ArrowLike; close(): void } & SqlConnection<ArrowLike>;
// The Node build's own typings are not exported under this path: the part used here.
interface Blocking {
  createDuckDB(
    bundles: unknown,
    logger: unknown,
    runtime: unknown,
  ): Promise<{ instantiate(p: () => void): Promise<unknown> }>;
  VoidLogger: new () => unknown;
  NODE_RUNTIME: unknown;
}
const duckdb = require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs") as Blocking;

let db: { connect(): Conn; reset(): void };
let admin: Conn; // sets the tables up, as the page's loading connection does
let reader: Conn; // runs the reader's SQL, as the page's reader connection does
let database: Database;

const plain = (v: unknown) => (typeof v === "bigint" ? Number(v) : v);
const rows = (conn: Conn, sql: string) =>
  conn
    .query(sql)
    .toArray()
    .map((r) => Object.fromEntries(Object.entries(r.toJSON()).map(([k, v]) => [k, plain(v)])));

// Everything a statement could change that a later query would see.
const state = () => ({
  figures: rows(admin, "SELECT * FROM figures ORDER BY figure_id"),
  tables: rows(admin, "SELECT database_name, schema_name, table_name FROM duckdb_tables() ORDER BY ALL"),
  views: rows(admin, "SELECT database_name, view_name FROM duckdb_views() WHERE NOT internal ORDER BY ALL"),
  macros: rows(admin, "SELECT function_name FROM duckdb_functions() WHERE NOT internal ORDER BY ALL"),
  databases: rows(admin, "SELECT database_name FROM duckdb_databases() ORDER BY ALL"),
  // Session state of the reader's own connection.
  reader: rows(
    reader,
    "SELECT current_setting('search_path') AS search_path, current_schema() AS schema, getvariable('x') AS x",
  ),
  sindh: rows(reader, "SELECT value FROM figures WHERE figure_id = 'sindh-rescued'"),
});

beforeAll(async () => {
  const wasm = require.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
  const bundles = {
    mvp: { mainModule: wasm.replace("duckdb-eh", "duckdb-mvp"), mainWorker: "" },
    eh: { mainModule: wasm, mainWorker: "" },
  };
  const instance = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await instance.instantiate(() => undefined);
  db = instance as unknown as typeof db;
  admin = db.connect();
  admin.query(`CREATE TABLE figures AS SELECT * FROM (VALUES
    ('sindh-rescued', 'PAK', 'Sindh', 'people_rescued', 650),
    ('pak-convicted', 'PAK', NULL, 'people_convicted', 95)) t(figure_id, country, place, metric, value)`);
  for (const statement of lockdownStatements("512MB")) admin.query(statement);
  reader = db.connect();
  database = {
    query: async () => [],
    arrow: async (sql) => reader.query(sql) as never,
    readOnly: async (sql) => (await runReadOnly(reader, sql)) as never,
    restart: async () => undefined,
    close: async () => undefined,
  };
  // Compiling the 33 MB wasm takes seconds, more on a loaded machine.
}, 120_000);
afterAll(() => {
  reader?.close();
  admin?.close();
});

let before: ReturnType<typeof state>;
beforeEach(() => {
  before = state();
  expect(before.sindh).toEqual([{ value: 650 }]);
});

// The exploit of issue 27 and its class: a second statement hidden from a hand-written splitter.
const SEVERAL = [
  "SELECT 1 AS n, $$'$$ AS a; CREATE OR REPLACE TABLE figures AS SELECT * REPLACE (value * 10 AS value) FROM figures; SELECT $$'$$",
  "SELECT $tag$;'$tag$ AS a; DROP TABLE figures",
  "SELECT E'\\';' AS a; UPDATE figures SET value = value * 10; SELECT E'\\''",
  'SELECT 1 AS "a;""b"; DELETE FROM figures',
  "SELECT 1 /* nested /* ; */ still comment */; DROP TABLE figures",
  "SELECT 1 -- ; \n; INSERT INTO figures SELECT * FROM figures",
  "SELECT 1; COMMIT; DROP TABLE figures",
  "SELECT 1; DETACH memory",
  "SELECT 1 AS a; SELECT 2 AS b",
];

// One statement each, not a query: every one of these runs inside a read-only transaction (measured),
// so the transaction alone would not hold them.
const NOT_QUERIES = [
  "CREATE OR REPLACE TABLE figures AS SELECT * REPLACE (value * 10 AS value) FROM figures",
  "CREATE TEMP VIEW figures AS SELECT 'sindh-rescued' AS figure_id, 6500 AS value",
  "CREATE TEMP MACRO m() AS 1",
  "DROP TABLE figures",
  "UPDATE figures SET value = 6500",
  "INSERT INTO figures SELECT * FROM figures RETURNING *",
  "SET VARIABLE x = 1",
  "SET search_path = 'temp'",
  "SET enable_external_access = true",
  "RESET search_path",
  "USE memory",
  "ATTACH ':memory:' AS other",
  "DETACH memory",
  "CHECKPOINT",
  "COMMIT",
  "BEGIN TRANSACTION",
  "PREPARE p AS SELECT 1",
  "INSTALL json",
  "LOAD json",
  "PRAGMA version",
  "CALL pragma_version()",
  "VACUUM",
  "EXPLAIN ANALYZE SELECT 1",
];

describe("runQuery on /explore", () => {
  it("refuses the exploit URL of issue 27 whole, and Sindh's 650 rescued still read 650", async () => {
    for (const sql of SEVERAL) {
      const result = await runQuery(database, sql);
      expect(result.error, sql).toBe(SEVERAL_STATEMENTS);
      expect(result.rows).toEqual([]);
      expect(state(), sql).toEqual(before);
    }
  });

  it("refuses every statement that is not a query, and nothing changes", async () => {
    for (const sql of NOT_QUERIES) {
      const result = await runQuery(database, sql);
      expect(result.error, sql).toBe(NOT_A_QUERY);
      expect(state(), sql).toEqual(before);
    }
  });

  it("refuses file writes with DuckDB's own message (file access is off), and nothing changes", async () => {
    for (const sql of ["COPY figures TO 'x.csv'", "EXPORT DATABASE 'x'"]) {
      expect((await runQuery(database, sql)).error, sql).toMatch(/disabled by configuration/);
      expect(state(), sql).toEqual(before);
    }
  });

  it("refuses a write hidden in a query (the query() table function) with DuckDB's own message", async () => {
    const result = await runQuery(database, "SELECT * FROM query('DROP TABLE figures')");
    expect(result.error).toMatch(/single SELECT/);
    expect(state()).toEqual(before);
  });

  it("runs one query whatever its quoting, with a trailing semicolon or comment", async () => {
    const cases: [string, Record<string, unknown>[]][] = [
      ["SELECT $$;'$$ AS a", [{ a: ";'" }]],
      ["SELECT $t$ ; DROP TABLE figures; $t$ AS a;", [{ a: " ; DROP TABLE figures; " }]],
      ["SELECT E'\\'; x' AS a -- last\n", [{ a: "'; x" }]],
      ['SELECT 1 AS "a;""b"', [{ 'a;"b': 1 }]],
      ["/* ; */ SELECT value FROM figures WHERE place = 'Sindh'; -- done", [{ value: 650 }]],
      ["FROM figures SELECT count(*) AS n", [{ n: 2 }]],
      ["WITH t AS (SELECT value FROM figures) SELECT sum(value)::INTEGER AS s FROM t", [{ s: 745 }]],
      ["VALUES (1, 'x')", [{ col0: 1, col1: "x" }]],
    ];
    for (const [sql, expected] of cases) {
      const result = await runQuery(database, sql);
      expect(result.error, sql).toBeNull();
      expect(result.rows, sql).toEqual(expected);
    }
    expect(state()).toEqual(before);
  });

  it("says so for a text of comments only, and passes DuckDB's own errors through", async () => {
    expect((await runQuery(database, "-- nothing ;\n/* here */")).error).toBe(ONLY_COMMENTS);
    expect((await runQuery(database, "SELECT nonsense FROM nowhere WHERE")).error).toMatch(/syntax error/i);
    expect((await runQuery(database, "SELECT * FROM nowhere")).error).toMatch(/nowhere/);
  });

  it("leaves the reader's connection usable after a refusal or a failure (no transaction left open)", async () => {
    await runQuery(database, "SELECT 1 / 0 AS x, 'a'::INTEGER AS y");
    await runQuery(database, "DROP TABLE figures");
    expect((await runQuery(database, "SELECT value FROM figures WHERE place = 'Sindh'")).rows).toEqual([
      { value: 650 },
    ]);
    // Outside a transaction, a write on the reader's connection would work: proof that none is open.
    expect(() => reader.query("BEGIN TRANSACTION READ ONLY")).not.toThrow();
    reader.query("ROLLBACK");
  });
});

describe("the read-only transaction, on its own", () => {
  // The second line of defence, proved without the parser checks: were a write to get past them,
  // DuckDB's transaction manager refuses it and nothing persists.
  it("refuses writes to the tables", async () => {
    for (const sql of [
      "UPDATE figures SET value = value * 10",
      "CREATE OR REPLACE TABLE figures AS SELECT 1 AS value",
      "DROP TABLE figures",
    ]) {
      await expect(
        inReadOnlyTransaction(reader, () => reader.query(sql)),
        sql,
      ).rejects.toThrow(/read-only/);
      expect(state(), sql).toEqual(before);
    }
  });

  it("reports a statement that ended the transaction instead of returning its rows", async () => {
    await expect(inReadOnlyTransaction(reader, () => reader.query("COMMIT"))).rejects.toThrow(
      /ended DuckDB's read-only transaction/,
    );
  });

  it("covers a connection opened after the lockdown: settings stay locked", () => {
    const late = db.connect();
    expect(() => late.query("SET enable_external_access = true")).toThrow(/locked/);
    late.close();
  });
});

describe("autoRunProblem", () => {
  it("holds only a recursive query from a link, after leading comments", () => {
    expect(autoRunProblem("-- a\n/* b */ with  recursive t(n) AS (SELECT 1) SELECT * FROM t")).toMatch(/recursive/);
    expect(autoRunProblem("SELECT 1")).toBeNull();
    expect(autoRunProblem("")).toBeNull();
  });
});
