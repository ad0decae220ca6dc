// One build step per published table, in the spirit of Our World in Data's etl: a step names its
// table declaration (src/lib/tables/<name>.ts), reads only the inputs it needs, and returns the
// rows, the problems found (path:line) and the table's origin. Steps that several tables share
// (the ledger, the reference facts) are computed once per process with `shared`, so building
// gsi.parquet never reads the ledger, and catalog.json builds each shared step once.
import { normalize } from "node:path";
import { FileProblem, readTextFile, recordReads, replayReads } from "./files.ts";
import { isNode, parseDocument, LineCounter, visit, type Document } from "yaml";
import { z } from "zod";
import { columnDocs, type ColumnDoc, type RowOf, type TableSpec } from "../src/lib/table.ts";
import { formatIssue, type DataIssue } from "./issues.ts";
import { hashFiles, type Origin } from "./origin.ts";
import { toParquet } from "./parquet.ts";
import { applyChecks, CHECKS_FILE, declaredChecks, type CheckCount } from "./plausibility.ts";

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
  let last: { dataDir: string; result: R; read: Map<string, string> } | undefined;
  return (dataDir) => {
    if (last?.dataDir !== dataDir) {
      last = undefined; // Frees the previous folder's result before computing the next.
      last = { dataDir, ...recordReads(() => compute(dataDir)) };
    } else replayReads(last.read); // Every step built from it has read its inputs.
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

/** Why `value` does not fit a column of type `type` with allowed `values`, or null when it does. */
function cellProblem(value: unknown, spec: { type: string; values?: Readonly<Record<string, string>> }): string | null {
  if (value === null || value === undefined) return spec.type.endsWith("?") ? null : "is required";
  const base = spec.type.replace("?", "");
  if (base === "string") {
    if (typeof value !== "string") return "is not text";
    if (spec.values && !Object.hasOwn(spec.values, value)) return "is not one of the declared values";
    return null;
  }
  if (base === "double") return typeof value === "number" && Number.isFinite(value) ? null : "is not a finite number";
  if (base === "int32")
    return Number.isInteger(value) && Math.abs(value as number) < 2 ** 31 ? null : "is not a 32-bit integer";
  if (base === "boolean") return typeof value === "boolean" ? null : "is not true or false";
  return `has an unknown column type ${spec.type}`;
}

/** A cell as a message shows it: NaN and Infinity as themselves, not as JSON's null. */
const shown = (value: unknown) => (typeof value === "number" ? String(value) : JSON.stringify(value));

/**
 * Every cell is checked against its declared type and, for a vocabulary column, its allowed
 * values, at build time: a step can never publish a number as text, a missing required value or
 * an undeclared code. At most 5 rows are named per column and problem; the rest are counted.
 */
export function checkValues(table: TableSpec, rows: readonly object[]): DataIssue[] {
  const file = `src/lib/tables/${table.name}.ts`;
  const found = new Map<string, { rows: string[]; count: number }>();
  const columns = Object.entries(table.columns);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    for (const [name, spec] of columns) {
      if (!(name in row)) continue; // checkColumns names it once
      const problem = cellProblem(row[name], spec);
      if (!problem) continue;
      const key = `${name}\0${problem}`;
      const entry = found.get(key) ?? found.set(key, { rows: [], count: 0 }).get(key)!;
      if (entry.count++ < 5) entry.rows.push(`row ${i + 1} (${shown(row[name])})`);
    }
  }
  return [...found].map(([key, { rows: named, count }]) => {
    const [name, problem] = key.split("\0");
    const more = count > named.length ? ` and ${count - named.length} more row(s)` : "";
    return {
      file,
      line: null,
      message: `table ${table.name}: column "${name}" ${problem}: ${named.join(", ")}${more}`,
    };
  });
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
  let recorded: { result: StepResult<TableSpec>; read: Map<string, string> };
  try {
    recorded = recordReads(() => step.build(dataDir));
  } catch (e) {
    // A file that cannot be read as data (missing, a directory, a FIFO, too large) is a problem
    // naming it, not a stack trace.
    if (!(e instanceof FileProblem)) throw e;
    return {
      name: step.table.name,
      description: step.table.description,
      rows: [],
      columns: columnDocs(step.table),
      origin: {
        dataset: step.table.name,
        title: step.table.name,
        producer: "unknown",
        description: "",
        license: "unknown",
        date_range: null,
        inputs: [],
      } as Origin,
      issues: [{ file: e.file, line: null, message: e.problem }],
    };
  }
  const { result, read } = recorded;
  const rows = result.rows as Record<string, unknown>[];
  // The table's declared plausibility checks (src/lib/tables/checks.csv): flags fill its `checks`
  // column, refusals are problems. A table without the column can declare no check.
  const declared = declaredChecks();
  const checkIssues = [...declared.issues];
  let checkCounts: CheckCount[] | undefined;
  if ("checks" in step.table.columns) {
    const applied = applyChecks(step.table.name, rows, declared.checks);
    checkIssues.push(...applied.issues);
    checkCounts = applied.counts;
  } else
    for (const c of declared.checks.filter((c) => c.table === step.table.name))
      checkIssues.push({
        file: CHECKS_FILE,
        line: c.line,
        message: `check "${c.check}": table ${c.table} declares no "checks" column to hold it`,
      });
  // A step declares its inputs by reading them: every file it read, with the hash of the bytes it
  // read, is in its origin, after any the step names itself.
  const named = new Set(result.origin.inputs.map((i) => normalize(i.path)));
  const origin: Origin = {
    ...result.origin,
    inputs: [
      ...result.origin.inputs,
      ...[...read].filter(([file]) => !named.has(file)).map(([path, sha256]) => ({ path, sha256 })),
    ],
    ...(checkCounts ? { details: { ...result.origin.details, checks: checkCounts } } : {}),
  };
  return {
    name: step.table.name,
    description: step.table.description,
    rows,
    columns: columnDocs(step.table),
    origin,
    issues: [...result.issues, ...checkIssues, ...checkColumns(step.table, rows), ...checkValues(step.table, rows)],
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

/** An origin file parsed, or null with its problems (`path:line`) pushed to `issues`. */
export interface OriginYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The 1-based line where `node` starts, or null. */
  lineOf(node: unknown): number | null;
}

/**
 * Parse an origin file (data/origins.yaml, data/reference/<dataset>/origin.yaml) with its line numbers.
 * Anchors and aliases are refused before anything is expanded: an origin file has no use for
 * them, and a few lines of nested aliases (an "alias bomb") expand to billions of nodes, which
 * the YAML library stops only with an exception that names no file.
 */
export function readOriginYaml(file: string, issues: DataIssue[]): OriginYaml | null {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (e) {
    issues.push({ file, line: null, message: e instanceof FileProblem ? e.problem : "cannot be read" });
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (node: unknown) => (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : null);
  if (doc.errors.length) {
    for (const e of doc.errors)
      issues.push({ file, line: lineCounter.linePos(e.pos[0]).line, message: e.message.split("\n")[0] });
    return null;
  }
  let alias: DataIssue | null = null;
  visit(doc, {
    Alias(_key, node) {
      alias = {
        file,
        line: lineOf(node),
        message: `YAML aliases are not allowed in an origin file (*${node.source}): write the value out`,
      };
      return visit.BREAK;
    },
  });
  if (alias) {
    issues.push(alias);
    return null;
  }
  return { doc, lineCounter, lineOf };
}

/**
 * The metadata of `table` in an origin file (a YAML map of table name → metadata). Problems are
 * reported with the file's line; a missing entry is a problem, not a blank origin.
 */
export function readOriginMeta(file: string, table: string, issues: DataIssue[]): OriginMeta {
  const fallback: OriginMeta = { title: table, producer: "unknown", description: "", license: "unknown" };
  const parsedFile = readOriginYaml(file, issues);
  if (!parsedFile) return fallback;
  const { doc, lineOf } = parsedFile;
  const line = lineOf(doc.get(table, true));
  // No alias is left to expand (readOriginYaml refused them); maxAliasCount 0 says so again.
  const parsed = OriginMetaSchema.safeParse(doc.toJS({ maxAliasCount: 0 })?.[table]);
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
