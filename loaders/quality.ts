// What /data-quality shows, computed once in the data pass (loaders/build.ts writes it into
// catalog.json, beside each table's dictionary): for every declared plausibility check
// (src/lib/tables/checks.csv), how many rows of the built table it flags, in all and per edition,
// the /explore query that lists exactly those rows, and the first few of them as published.
// Everything is counted from the rows' own `checks` column, as the Parquet file carries it.
import type { CheckDecl, CheckSeverity } from "./plausibility.ts";

type Row = Record<string, unknown>;

/** One flagged row, as the source published it. */
export interface CheckExample {
  country: string;
  year: number | null;
  indicator: string | null;
  /** Which part of the count (a breakdown: "Sex: Female, Age: Adult"), or null for a total. */
  breakdown: string | null;
  /** The value exactly as written in the source (a revision: earlier → later). */
  value: string;
  /** File and line of the row in its input. */
  row: string;
}

export interface CheckSummary {
  table: string;
  check: string;
  severity: CheckSeverity;
  sentence: string;
  /** Rows of the table flagged by the check (a refuse check flags none: the build stops instead). */
  rows: number;
  /** Every edition of the table, with the rows flagged in it (0 included), oldest first. */
  by_edition: { edition: string; rows: number }[];
  /** A query for /explore that lists exactly the flagged rows, in the order of `examples`. */
  sql: string;
  /** The first flagged rows in the query's order. */
  examples: CheckExample[];
}

export const EXAMPLES_PER_CHECK = 5;

/** The names of the checks a row fails ("; "-joined in its `checks` column). */
export const failedChecks = (row: Row): string[] =>
  typeof row.checks === "string" && row.checks ? row.checks.split("; ") : [];

/** A row's edition: its `edition`, or for a revision, the pair of editions it compares. */
export function editionOf(row: Row): string | null {
  if (row.edition !== undefined && row.edition !== null) return String(row.edition);
  if (row.old_edition != null && row.new_edition != null) return `${row.old_edition} → ${row.new_edition}`;
  return null;
}

// The order of the examples and of the /explore query: readable first (edition, country,
// indicator, year), then the input row, which is unique, so the order is total. Only the columns a
// table has are used.
const ORDER = ["edition", "new_edition", "country_name", "country", "indicator", "year", "source_row", "new_row"];

/** Compares as DuckDB's ORDER BY does by default: ascending, nulls last, strings by code point. */
function compareValues(a: unknown, b: unknown): number {
  const na = a === null || a === undefined;
  const nb = b === null || b === undefined;
  if (na || nb) return na === nb ? 0 : na ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const [sa, sb] = [String(a), String(b)];
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A GLOTIP row's cell: its breakdown, category, sex and age where they are not "Total". */
function breakdownOf(row: Row): string | null {
  const parts = [row.dimension, row.category, row.sex, row.age].filter(
    (x): x is string => typeof x === "string" && x !== "" && x !== "Total",
  );
  return parts.length ? parts.join(", ") : null;
}

function exampleOf(row: Row): CheckExample {
  const value =
    typeof row.value_text === "string"
      ? row.value_text
      : typeof row.old_text === "string" && typeof row.new_text === "string"
        ? `${row.old_text} → ${row.new_text}`
        : String(row.value ?? row.estimated_number ?? "");
  return {
    country: String(row.country_name ?? row.country ?? ""),
    year: typeof row.year === "number" ? row.year : typeof row.edition === "number" ? row.edition : null,
    indicator: typeof row.indicator === "string" ? row.indicator : null,
    breakdown: breakdownOf(row),
    value,
    row: String(row.source_row ?? row.new_row ?? row.reference_row ?? ""),
  };
}

/** The summary of every check declared for `table`, counted over its built rows. */
export function checkSummary(table: string, rows: readonly Row[], checks: readonly CheckDecl[]): CheckSummary[] {
  const columns = new Set(rows.length ? Object.keys(rows[0]) : []);
  const order = ORDER.filter((c) => columns.has(c));
  const sorted = [...rows].sort((a, b) => {
    for (const c of order) {
      const d = compareValues(a[c], b[c]);
      if (d) return d;
    }
    return 0;
  });
  const editions = [...new Set(rows.map(editionOf).filter((e): e is string => e !== null))].sort();
  return checks
    .filter((c) => c.table === table)
    .map((c) => {
      const flagged = sorted.filter((r) => failedChecks(r).includes(c.check));
      const counts = new Map(editions.map((e) => [e, 0]));
      for (const r of flagged) {
        const e = editionOf(r);
        if (e !== null) counts.set(e, (counts.get(e) ?? 0) + 1);
      }
      const sql =
        `SELECT * FROM ${table} WHERE list_contains(string_split(checks, '; '), ${quote(c.check)})` +
        (order.length ? ` ORDER BY ${order.join(", ")}` : "");
      return {
        table,
        check: c.check,
        severity: c.severity,
        sentence: c.sentence,
        rows: flagged.length,
        by_edition: [...counts].map(([edition, n]) => ({ edition, rows: n })),
        sql,
        examples: flagged.slice(0, EXAMPLES_PER_CHECK).map(exampleOf),
      };
    });
}
