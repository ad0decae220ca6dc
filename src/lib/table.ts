// One declaration per published table: its columns, their types and what each means (the data
// dictionary). Loaders type their rows with it and write Parquet columns from it; the Parquet
// metadata, /explore's schema browser and the README's dictionary are generated from it; browser
// components import the row types. Pure data with no imports, so pages can load it too.

export type ColumnType = "string" | "string?" | "double" | "double?" | "int32" | "int32?" | "boolean" | "boolean?";

export interface ColumnSpec {
  type: ColumnType;
  description: string;
  /** The allowed values with their labels, for columns drawn from a vocabulary. */
  values?: Readonly<Record<string, string>>;
}

export interface TableSpec<C extends Record<string, ColumnSpec> = Record<string, ColumnSpec>> {
  name: string;
  description: string;
  columns: C;
}

/** A column as listed in catalog.json and the Parquet metadata. */
export interface ColumnDoc {
  name: string;
  type: ColumnType;
  description: string;
  values?: Readonly<Record<string, string>>;
}

/**
 * The column a table declares to hold its plausibility checks (src/lib/tables/checks.csv): the
 * names of the checks a row fails, joined by "; ", or null. The row's values stay as published.
 */
export const CHECKS_COLUMN = {
  type: "string?",
  description:
    'Plausibility checks the row fails, joined by "; " (see src/lib/tables/checks.csv and /data-quality); null when none. The values are kept as published.',
} as const satisfies ColumnSpec;

export function defineTable<const C extends Record<string, ColumnSpec>>(spec: {
  name: string;
  description: string;
  columns: C;
}): TableSpec<C> {
  return spec;
}

type Base<T extends ColumnType> = T extends "string" | "string?"
  ? string
  : T extends "boolean" | "boolean?"
    ? boolean
    : number;
type ValueOf<S extends ColumnSpec> =
  | (S["values"] extends Readonly<Record<infer K, string>> ? K & string : Base<S["type"]>)
  | (S["type"] extends `${string}?` ? null : never);

/** The row type of a table: one property per column, nullable where the column type ends in "?". */
export type RowOf<T extends TableSpec> = { -readonly [K in keyof T["columns"]]: ValueOf<T["columns"][K]> };

export function columnDocs(table: TableSpec): ColumnDoc[] {
  return Object.entries(table.columns).map(([name, c]) => ({ name, ...c }));
}

/** "a, b or c": the allowed values of a vocabulary column, for descriptions. */
export function listValues(values: Readonly<Record<string, string>>): string {
  const keys = Object.keys(values);
  return keys.length < 2 ? keys.join("") : `${keys.slice(0, -1).join(", ")} or ${keys[keys.length - 1]}`;
}
