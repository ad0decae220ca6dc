// What to chart from a query result, decided from its column types: the first suggestion
// (category + number → bars, year + number → lines by category, edition + number → dots,
// two numbers → dots, one number → histogram, only categories → counts), the mark that suits
// two chosen columns, and why a choice would mislead. Pure, so it is tested without a browser.
import type { Column } from "./sql-workspace.js";

export const MARKS = {
  auto: "Suggested",
  dot: "Dots",
  line: "Lines",
  bar: "Bars (sum per x)",
  histogram: "Histogram of x",
  count: "Count of rows per x",
} as const;
export type MarkKind = keyof typeof MARKS;

export interface ChartSpec {
  mark: Exclude<MarkKind, "auto">;
  x: string | null;
  y: string | null;
  color: string | null;
}

export type Row = Record<string, unknown>;
const NUMERIC = /^(Int|Uint|Float|Decimal|Double)/i;
/** Colours beyond this many would not be told apart. */
const MAX_COLOURS = 12;

export const isNumeric = (c: Column) => NUMERIC.test(c.type);

/** A column of years (or of an index's editions): whole numbers from 1900 to 2100, or so named. */
export function isYearColumn(name: string, rows: Row[]): boolean {
  return (
    /year|edition|period/i.test(name) ||
    (rows.length > 0 &&
      rows.every((r) => {
        const v = r[name];
        return v === null || (Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2100);
      }))
  );
}

/** Editions of an index are not a time series: each edition revises its method. */
const isEdition = (name: string | null) => name !== null && /edition/i.test(name);

export const distinctCount = (rows: Row[], name: string) => new Set(rows.map((r) => r[name])).size;

function categoryColumns(rows: Row[], columns: Column[]): string[] {
  return columns
    .filter((c) => !isNumeric(c) && rows.some((r) => typeof r[c.name] === "string" || typeof r[c.name] === "boolean"))
    .map((c) => c.name);
}

/** The chart a first look deserves, from the column types. */
export function suggestChart(rows: Row[], columns: Column[]): ChartSpec {
  const numbers = columns.filter(isNumeric).map((c) => c.name);
  const categories = categoryColumns(rows, columns);
  const year = numbers.find((n) => isYearColumn(n, rows)) ?? null;
  // The measure: a number that is not the year, preferring one that varies.
  const measures = numbers.filter((n) => n !== year);
  const measure = measures.find((n) => distinctCount(rows, n) > 1) ?? measures[0] ?? null;
  const fewValued = categories.find((c) => distinctCount(rows, c) <= MAX_COLOURS) ?? null;
  if (year && measure) return { mark: isEdition(year) ? "dot" : "line", x: year, y: measure, color: fewValued };
  if (categories.length && measure) return { mark: "bar", x: categories[0]!, y: measure, color: null };
  if (measures.length >= 2) return { mark: "dot", x: measures[0]!, y: measures[1]!, color: fewValued };
  if (numbers.length === 1) return { mark: "histogram", x: numbers[0]!, y: null, color: null };
  if (categories.length) return { mark: "count", x: categories[0]!, y: null, color: null };
  return { mark: "count", x: columns[0]?.name ?? null, y: null, color: null };
}

/** The mark that suits these x and y columns (what "Suggested" means once a reader picks them). */
export function suggestMark(rows: Row[], columns: Column[], x: string | null, y: string | null): ChartSpec["mark"] {
  const xColumn = columns.find((c) => c.name === x);
  const yColumn = columns.find((c) => c.name === y);
  if (!xColumn) return "count";
  if (!yColumn || !isNumeric(yColumn)) return isNumeric(xColumn) ? "histogram" : "count";
  if (!isNumeric(xColumn)) return "bar";
  return isYearColumn(xColumn.name, rows) && !isEdition(xColumn.name) ? "line" : "dot";
}

/**
 * Why `spec` cannot be drawn as asked, or null. Each reason names what is drawn instead, so a
 * reader never sees a misleading chart, nor an empty one without a word.
 */
export function refusal(spec: ChartSpec, rows: Row[], columns: Column[]): string | null {
  const column = (name: string | null) => columns.find((c) => c.name === name);
  const x = column(spec.x);
  const y = column(spec.y);
  if (!x) return "Choose a column for x.";
  if ((spec.mark === "dot" || spec.mark === "line" || spec.mark === "bar") && !y)
    return `Choose a column for y: ${MARKS[spec.mark].toLowerCase()} need one.`;
  if ((spec.mark === "dot" || spec.mark === "line" || spec.mark === "bar") && y && !isNumeric(y))
    return `y must be a number; ${y.name} is not.`;
  if (spec.mark === "histogram" && !isNumeric(x)) return `A histogram needs numbers on x; ${x.name} is not.`;
  if (spec.mark === "line") {
    if (!isNumeric(x)) return `A line joins values in order, and ${x.name} has no order: drawn as dots.`;
    if (isEdition(x.name))
      return `Editions of an index revise their method, so a line between them would show a change that may be the method's: drawn as dots.`;
  }
  if (
    spec.color &&
    distinctCount(rows, spec.color) > MAX_COLOURS &&
    column(spec.color) &&
    !isNumeric(column(spec.color)!)
  )
    return `${spec.color} has ${distinctCount(rows, spec.color)} values, too many colours to tell apart: drawn in one colour.`;
  return null;
}
