// One build step per published table, in the spirit of Our World in Data's etl: a step names its
// table declaration (src/lib/tables/<name>.ts), reads only the inputs it needs, and returns the
// rows, the problems found (path:line) and the table's origin. Steps that several tables share
// (the ledger, the reference facts) are computed once per process with `shared`, so building
// gsi.parquet never reads the ledger, and catalog.json builds each shared step once.
import { readFileSync } from "node:fs";
import { parseDocument, LineCounter } from "yaml";
import { z } from "zod";
import { columnDocs, type ColumnDoc, type RowOf, type TableSpec } from "../src/lib/table.ts";
import { formatIssue, type DataIssue } from "./issues.ts";
import { hashFiles, type Origin } from "./origin.ts";
import { toParquet } from "./parquet.ts";

/** The data folder the site is built from: `data/`, or TIP_ATLAS_DATA (the benchmark builds scaled copies). */
export const DATA_DIR = process.env.TIP_ATLAS_DATA || "data";

export interface StepResult<T extends TableSpec> {
  rows: RowOf<T>[];
  issues: DataIssue[];
  origin: Origin;
}

export interface Step<T extends TableSpec = TableSpec> {
  table: T;
  build(dataDir: string): StepResult<T>;
}

export const defineStep = <T extends TableSpec>(step: Step<T>): Step<T> => step;

/**
 * A computation shared by several steps, run at most once per process and data folder. Only the
 * latest folder's result is kept: a build reads one folder, and a process that validates many
 * (the bad-input tests, benchmarks) would otherwise hold every folder's GLOTIP rows at once.
 */
export function shared<R>(compute: (dataDir: string) => R): (dataDir: string) => R {
  let last: { dataDir: string; result: R } | undefined;
  return (dataDir) => {
    if (last?.dataDir !== dataDir) {
      last = undefined; // Frees the previous folder's result before computing the next.
      last = { dataDir, result: compute(dataDir) };
    }
    return last.result;
  };
}

/**
 * Rows must hold exactly the declared columns: a column a step forgets, or one the declaration
 * lacks, is an error naming the table and the column, never a silently dropped field.
 */
export function checkColumns(table: TableSpec, rows: readonly object[]): DataIssue[] {
  const declared = Object.keys(table.columns);
  const file = `src/lib/tables/${table.name}.ts`;
  const issues: DataIssue[] = [];
  const missing = new Set<string>();
  const extra = new Set<string>();
  for (const row of rows) {
    // Counting keys without listing them: a row with every declared column and no more keys
    // than declared has no extra one, and 105,000 GLOTIP rows are checked without allocating.
    let keys = 0;
    for (const _ in row) keys++;
    let present = 0;
    for (const name of declared) {
      if (name in row) present++;
      else missing.add(name);
    }
    if (keys !== present || present !== declared.length)
      for (const name of Object.keys(row)) if (!(name in table.columns)) extra.add(name);
  }
  for (const name of missing)
    issues.push({ file, line: null, message: `table ${table.name}: the build step gives no column "${name}"` });
  for (const name of extra)
    issues.push({ file, line: null, message: `table ${table.name}: column "${name}" is not declared` });
  return issues;
}

export interface BuiltTable {
  name: string;
  description: string;
  rows: Record<string, unknown>[];
  columns: ColumnDoc[];
  origin: Origin;
  issues: DataIssue[];
}

export function runStep(step: Step, dataDir = DATA_DIR): BuiltTable {
  const result = step.build(dataDir);
  const rows = result.rows as Record<string, unknown>[];
  return {
    name: step.table.name,
    description: step.table.description,
    rows,
    columns: columnDocs(step.table),
    origin: result.origin,
    issues: [...result.issues, ...checkColumns(step.table, rows)],
  };
}

export function exitOnIssues(issues: DataIssue[]): void {
  if (!issues.length) return;
  for (const issue of issues) process.stderr.write(formatIssue(issue) + "\n");
  process.stderr.write(`${issues.length} problem(s) in the data; nothing was published.\n`);
  process.exit(1);
}

/** Body of a Framework data loader: the step's table as Parquet on stdout, its origin and dictionary in the footer. */
export function writeStepParquet(step: Step, dataDir = DATA_DIR): void {
  const built = runStep(step, dataDir);
  exitOnIssues(built.issues);
  process.stdout.write(
    toParquet(built.rows, built.columns, {
      "tip_atlas.origin": JSON.stringify(built.origin),
      "tip_atlas.dictionary": JSON.stringify(built.columns),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Origins: what a table is and where it comes from, written in YAML beside its data.

const OriginMetaSchema = z
  .object({
    title: z.string().min(1),
    producer: z.string().min(1),
    description: z.string().min(1),
    license: z.string().min(1),
    url: z.string().url().optional(),
    source_commit: z.string().optional(),
    accessed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
      .optional(),
    date_range: z.tuple([z.string(), z.string()]).optional(),
  })
  .strict();
export type OriginMeta = z.infer<typeof OriginMetaSchema>;

/**
 * The metadata of `table` in an origin file (a YAML map of table name → metadata). Problems are
 * reported with the file's line; a missing entry is a problem, not a blank origin.
 */
export function readOriginMeta(file: string, table: string, issues: DataIssue[]): OriginMeta {
  const fallback: OriginMeta = { title: table, producer: "unknown", description: "", license: "unknown" };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    issues.push({ file, line: null, message: "cannot be read" });
    return fallback;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors)
      issues.push({ file, line: lineCounter.linePos(e.pos[0]).line, message: e.message.split("\n")[0] });
    return fallback;
  }
  const node = doc.get(table, true) as { range?: [number, number] } | undefined;
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : null;
  const parsed = OriginMetaSchema.safeParse(doc.toJS()?.[table]);
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      issues.push({ file, line, message: `${table}${i.path.length ? "." + i.path.join(".") : ""}: ${i.message}` });
    return fallback;
  }
  return parsed.data;
}

/** The origin of a built table: its metadata, the date range of what it holds, and the hash of every input. */
export function makeOrigin(
  table: string,
  meta: OriginMeta,
  inputs: string[],
  extra: { date_range?: [string, string] | null; details?: Record<string, unknown> } = {},
): Origin {
  const { date_range, ...rest } = meta;
  return {
    dataset: table,
    ...rest,
    date_range: extra.date_range !== undefined ? extra.date_range : (date_range ?? null),
    ...(extra.details ? { details: extra.details } : {}),
    inputs: hashFiles([...new Set(inputs)]),
  };
}
