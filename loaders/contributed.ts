// Contributed datasets: one file in loaders/datasets/ becomes a published table with no other
// file touched. The file's default export is a ContributedDataset: its columns (the table's
// schema and data dictionary), how to read its rows, and where they come from. It is then
// validated by `npm run check`, written to Parquet by src/data/contributed/[name].parquet.ts,
// listed in catalog.json, and loaded into DuckDB on /explore.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { DataIssue } from "./issues.ts";
import { hashFiles, type Origin } from "./origin.ts";
import type { ColumnDoc } from "../src/lib/table.ts";

export interface ContributedRows {
  rows: Record<string, unknown>[];
  /** Where each row was read from (e.g. "data/reference/facts.csv:35"), for error messages. */
  lines?: string[];
  issues: DataIssue[];
  /** The files read, hashed into the table's origin. */
  inputs: string[];
}

export interface ContributedDataset {
  /** Table name in DuckDB and file name: lowercase letters, digits and underscores. */
  name: string;
  title: string;
  producer: string;
  description: string;
  license: string;
  date_range: [string, string] | null;
  columns: ColumnDoc[];
  load(dataDir: string): ContributedRows;
}

export const CONTRIBUTED_DIR = join(import.meta.dirname, "datasets");

/** Check rows against their declared columns: required values present, types as declared. */
export function checkRows(dataset: ContributedDataset, loaded: ContributedRows, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const where = (i: number) => loaded.lines?.[i] ?? `${file} row ${i + 1}`;
  for (const [i, row] of loaded.rows.entries()) {
    for (const c of dataset.columns) {
      const v = row[c.name];
      const optional = c.type.endsWith("?");
      const problem =
        v === null || v === undefined
          ? optional
            ? null
            : "is required"
          : c.type.startsWith("string")
            ? typeof v === "string"
              ? null
              : "is not text"
            : c.type.startsWith("double")
              ? typeof v === "number" && Number.isFinite(v)
                ? null
                : "is not a finite number"
              : c.type.startsWith("int32")
                ? Number.isInteger(v)
                  ? null
                  : "is not an integer"
                : c.type === "boolean"
                  ? typeof v === "boolean"
                    ? null
                    : "is not true or false"
                  : "has an unknown column type";
      if (problem)
        issues.push({
          file: where(i),
          line: null,
          message: `${dataset.name}.${c.name} ${problem} (${JSON.stringify(v)})`,
        });
    }
    const extra = Object.keys(row).filter((k) => !dataset.columns.some((c) => c.name === k));
    if (extra.length)
      issues.push({
        file: where(i),
        line: null,
        message: `${dataset.name}: columns not declared: ${extra.join(", ")}`,
      });
  }
  return issues;
}

export interface LoadedContribution {
  dataset: ContributedDataset;
  file: string;
  rows: Record<string, unknown>[];
  origin: Origin;
  issues: DataIssue[];
}

/** Every dataset file in loaders/datasets/, loaded and checked. */
export async function loadContributed(dataDir = "data", dir = CONTRIBUTED_DIR): Promise<LoadedContribution[]> {
  const out: LoadedContribution[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => /\.(ts|js|mjs)$/.test(f))
    .sort()) {
    const file = join(dir, name);
    const mod = await import(pathToFileURL(file).href);
    const dataset = mod.default as ContributedDataset | undefined;
    const shown = `loaders/datasets/${name}`;
    if (!dataset || typeof dataset.load !== "function" || !Array.isArray(dataset.columns)) {
      out.push({
        dataset: dataset as ContributedDataset,
        file: shown,
        rows: [],
        origin: null as unknown as Origin,
        issues: [
          {
            file: shown,
            line: null,
            message:
              "must export default a dataset: { name, title, producer, description, license, date_range, columns, load }",
          },
        ],
      });
      continue;
    }
    const issues: DataIssue[] = [];
    if (!/^[a-z][a-z0-9_]*$/.test(dataset.name))
      issues.push({
        file: shown,
        line: null,
        message: `name "${dataset.name}" must be lowercase letters, digits and underscores`,
      });
    const loaded = dataset.load(dataDir);
    issues.push(...loaded.issues, ...checkRows(dataset, loaded, shown));
    out.push({
      dataset,
      file: shown,
      rows: loaded.rows,
      issues,
      origin: {
        dataset: dataset.name,
        title: dataset.title,
        producer: dataset.producer,
        description: dataset.description,
        license: dataset.license,
        date_range: dataset.date_range,
        inputs: hashFiles([...loaded.inputs, relative(process.cwd(), file)]),
      } as Origin,
    });
  }
  const seen = new Set<string>();
  for (const c of out) {
    if (c.dataset && seen.has(c.dataset.name))
      c.issues.push({
        file: c.file,
        line: null,
        message: `name "${c.dataset.name}" is already used by another dataset`,
      });
    if (c.dataset) seen.add(c.dataset.name);
  }
  return out;
}
