// Running a reader's SQL (typed, or from a shared /explore?sql= link) so that it can neither hold
// more than one statement nor change anything in the database.
//
// Why not split or inspect the text ourselves: every splitter written outside DuckDB's parser
// disagrees with it somewhere ($$…$$ and $tag$…$tag$ strings, E'' escapes, nested comments,
// quoted names), and one disagreement is enough to smuggle a second statement. So DuckDB's own
// parser decides, twice, and then DuckDB's transaction manager refuses writes:
//  1. `prepare(text)`: DuckDB refuses a text of several statements ("Cannot prepare multiple
//     statements at once!"), or of none.
//  2. `prepare("CREATE TEMP VIEW … AS\n" + text)`, prepared and never run: the grammar accepts only
//     a query (SELECT, WITH, FROM-first, VALUES, TABLE) after AS. A read-only transaction alone
//     is not enough: measured with DuckDB-wasm 1.32 (DuckDB 1.4.3), inside
//     BEGIN TRANSACTION READ ONLY these still run: CREATE TEMP VIEW figures (shadowing the real
//     table), SET VARIABLE, SET search_path, PREPARE, ATTACH ':memory:', DETACH memory (every
//     table gone), CHECKPOINT, INSTALL, and COMMIT (which ends the transaction).
//  3. The statement prepared in step 1 runs inside BEGIN TRANSACTION READ ONLY, rolled back after:
//     a write that a query could still reach is refused by DuckDB itself.
// DuckDB-wasm's json_serialize_sql would name the statement type, but it lives in the json
// extension, which DuckDB-wasm downloads (file and network access are off here).

/** The part of a DuckDB-wasm connection this needs: the async (browser) and blocking (Node) APIs both fit. */
export interface SqlConnection<T> {
  query(text: string): unknown;
  prepare(text: string): PreparedLike<T> | Promise<PreparedLike<T>>;
}
export interface PreparedLike<T> {
  query(...params: unknown[]): T | Promise<T>;
  close(): unknown;
}

/** Settings applied once the tables are loaded (src/components/duckdb.ts): no files, no network, no changing them. */
export const lockdownStatements = (memoryLimit: string): string[] => [
  `SET memory_limit = '${memoryLimit}'`,
  "SET enable_external_access = false",
  "SET lock_configuration = true",
];

/** A text refused before it ran: several statements, none, or a statement that is not a query. */
export class RefusedQuery extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedQuery";
  }
}

export const SEVERAL_STATEMENTS =
  "This page runs one query at a time, and DuckDB reads this text as several statements. " +
  "Run them one by one. (DuckDB also prepares PIVOT as several statements: use GROUP BY, or FILTER in aggregates.)";
export const NOT_A_QUERY =
  "This page only reads the tables. DuckDB reads this text as a statement other than a query " +
  "(SELECT, WITH, FROM, VALUES or TABLE): one that would change the tables or the settings, which cannot run here.";
export const ONLY_COMMENTS = "The query holds only comments.";

// The view is never created: its statement is only prepared, to make DuckDB parse the text as a query.
const QUERY_CHECK_PREFIX = "CREATE TEMP VIEW tip_atlas_query_check AS\n";

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Step 1 and 2: DuckDB's parser says the text is exactly one query; returns it prepared. */
async function prepareOneQuery<T>(conn: SqlConnection<T>, sql: string): Promise<PreparedLike<T>> {
  let statement: PreparedLike<T>;
  try {
    statement = await conn.prepare(sql);
  } catch (e) {
    const message = messageOf(e);
    if (/multiple statements/i.test(message)) throw new RefusedQuery(SEVERAL_STATEMENTS);
    if (/no statement to prepare/i.test(message)) throw new RefusedQuery(ONLY_COMMENTS);
    throw e; // DuckDB's own message: a syntax error, an unknown table…
  }
  try {
    const check = await conn.prepare(QUERY_CHECK_PREFIX + sql);
    await check.close();
  } catch (e) {
    await statement.close();
    // A parser error here means the grammar found no query after AS; anything else (a parameter
    // such as $1, which a view cannot hold) is DuckDB's own message, shown as it is.
    if (/parser error|syntax error|multiple statements/i.test(messageOf(e))) throw new RefusedQuery(NOT_A_QUERY);
    throw e;
  }
  return statement;
}

/**
 * Run one read-only query: DuckDB's parser must read exactly one query in `sql`, which then runs in
 * a read-only transaction that is rolled back. Throws RefusedQuery (with a reader's message) or
 * DuckDB's error. `conn` must not be used by anything else meanwhile (the transaction is its own).
 */
export async function runReadOnly<T>(conn: SqlConnection<T>, sql: string): Promise<T> {
  const statement = await prepareOneQuery(conn, sql);
  try {
    return await inReadOnlyTransaction(conn, () => statement.query());
  } finally {
    await statement.close();
  }
}

/** Step 3: `work` inside BEGIN TRANSACTION READ ONLY, rolled back whatever happens. */
export async function inReadOnlyTransaction<T, R>(conn: SqlConnection<T>, work: () => R | Promise<R>): Promise<R> {
  await conn.query("BEGIN TRANSACTION READ ONLY");
  let failed = false;
  try {
    return await work();
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    try {
      await conn.query("ROLLBACK");
    } catch (e) {
      // No transaction left to roll back means the work ended it (a COMMIT got through): say so
      // rather than report a result as read-only. A failed statement has already aborted it.
      if (!failed) throw new Error(`The query ended DuckDB's read-only transaction: ${messageOf(e)}`);
    }
  }
}
