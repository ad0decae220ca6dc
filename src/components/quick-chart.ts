// A first look at any query result: Plot's mark chosen from the column types.
//   category + number → bars (sum, largest first); year + number → lines by category;
//   two numbers → dots; one number → histogram; only categories → counts.
import * as Plot from "@observablehq/plot";
import { html } from "htl";
import { fixAria } from "./a11y.js";
import type { Column } from "./sql-workspace.js";

const NUMERIC = /^(Int|Uint|Float|Decimal|Double)/i;
const isYearColumn = (name: string, rows: Record<string, unknown>[]) =>
  /year|edition|period/i.test(name) ||
  rows.every(
    (r) =>
      r[name] === null || (Number.isInteger(r[name]) && (r[name] as number) >= 1900 && (r[name] as number) <= 2100),
  );

export function QuickChart(
  rows: Record<string, unknown>[],
  columns: Column[],
  { width }: { width: number },
): HTMLElement {
  if (!rows.length || !columns.length) return html`<p class="muted">Nothing to chart.</p>`;
  const numbers = columns.filter((c) => NUMERIC.test(c.type)).map((c) => c.name);
  const categories = columns
    .filter(
      (c) => !NUMERIC.test(c.type) && rows.some((r) => typeof r[c.name] === "string" || typeof r[c.name] === "boolean"),
    )
    .map((c) => c.name);
  const base = { width, marginLeft: 120, ariaLabel: "Quick chart of the query result", style: { overflow: "visible" } };
  let chart: ReturnType<typeof Plot.plot>;
  const year = numbers.find((n) => isYearColumn(n, rows));
  const measure = numbers.find((n) => n !== year);
  if (year && measure) {
    const z = categories.find((c) => new Set(rows.map((r) => r[c])).size <= 12);
    // Editions of an index are not a time series (methods change between them): dots, no line.
    const edition = /edition/i.test(year);
    const distinct = [...new Set(rows.map((r) => r[year]).filter((v) => v !== null))] as number[];
    chart = Plot.plot({
      ...base,
      marginLeft: 60,
      ariaDescription: `${measure} by ${year}${z ? `, ${edition ? "one colour" : "one line"} per ${z}` : ""}`,
      // Few distinct years: one tick each, so that no year is printed twice or as "2,017".
      x: { tickFormat: "d", label: year, ...(distinct.length <= 12 ? { ticks: distinct.sort((a, b) => a - b) } : {}) },
      y: { grid: true, label: measure },
      color: { legend: Boolean(z) },
      marks: [
        edition ? null : Plot.line(rows, { x: year, y: measure, stroke: z, sort: year }),
        Plot.dot(rows, {
          x: year,
          y: measure,
          fill: z,
          r: edition ? 5 : 3,
          tip: { format: { x: (v: number) => String(v) } } as any,
        }),
      ],
    });
  } else if (categories.length && numbers.length) {
    const [cat] = categories;
    const [num] = numbers;
    const sums = new Map<unknown, number>();
    for (const r of rows) sums.set(r[cat], (sums.get(r[cat]) ?? 0) + Number(r[num] ?? 0));
    const top = [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([k, v]) => ({ [cat]: String(k), [num]: v }));
    chart = Plot.plot({
      ...base,
      ariaDescription: `Sum of ${num} by ${cat}, largest first${sums.size > 30 ? " (top 30)" : ""}`,
      height: top.length * 22 + 40,
      x: { grid: true, label: num },
      y: { label: null },
      marks: [Plot.barX(top, { y: cat, x: num, sort: { y: "-x" }, tip: true }), Plot.ruleX([0])],
    });
  } else if (numbers.length >= 2) {
    chart = Plot.plot({
      ...base,
      marginLeft: 60,
      ariaDescription: `${numbers[1]} against ${numbers[0]}`,
      grid: true,
      marks: [Plot.dot(rows, { x: numbers[0], y: numbers[1], tip: true })],
    });
  } else if (numbers.length === 1) {
    chart = Plot.plot({
      ...base,
      marginLeft: 60,
      ariaDescription: `Distribution of ${numbers[0]}`,
      y: { grid: true },
      marks: [Plot.rectY(rows, { ...Plot.binX({ y: "count" }, { x: numbers[0] }), tip: true }), Plot.ruleY([0])],
    });
  } else {
    const [cat] = categories;
    chart = Plot.plot({
      ...base,
      ariaDescription: `Rows per ${cat}`,
      x: { grid: true },
      y: { label: null },
      marks: [Plot.barX(rows, Plot.groupY({ x: "count" }, { y: cat, sort: { y: "-x" }, tip: true })), Plot.ruleX([0])],
    });
  }
  return fixAria(chart) as unknown as HTMLElement;
}
