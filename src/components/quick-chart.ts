// A chart of any query result: `ChartControls` offers x, y, colour and mark, set to the
// suggestion of chart-spec.ts; `QuickChart` draws the choice, refusing the misleading ones with
// a sentence (a line through categories or through an index's editions).
import * as Inputs from "@observablehq/inputs";
import * as Plot from "@observablehq/plot";
import { html } from "htl";
import { fixAria } from "./a11y.js";
import {
  distinctCount,
  isNumeric,
  isYearColumn,
  MARKS,
  refusal,
  suggestChart,
  suggestMark,
  type ChartSpec,
  type MarkKind,
  type Row,
} from "./chart-spec.js";
import type { Column } from "./sql-workspace.js";

/** The chart as asked, or its honest fallback (see `refusal`). */
export function QuickChart(
  rows: Row[],
  columns: Column[],
  spec: ChartSpec = suggestChart(rows, columns),
  { width }: { width: number } = { width: 640 },
): HTMLElement {
  if (!rows.length || !columns.length) return html`<p class="muted">Nothing to chart.</p>`;
  const why = refusal(spec, rows, columns);
  const x = spec.x;
  const y = spec.y;
  // Fallbacks: a refused line becomes dots; too many colours become one; anything else is not drawn.
  let mark = spec.mark;
  let color = spec.color;
  if (why && x && mark === "line" && /drawn as dots/.test(why)) mark = "dot";
  else if (why && /one colour/.test(why)) color = null;
  else if (why) return html`<p class="muted quick-chart-note" role="status">${why}</p>`;
  const xColumn = columns.find((c) => c.name === x)!;
  const xIsNumber = isNumeric(xColumn);
  const xIsYear = xIsNumber && isYearColumn(x!, rows);
  const colorIsCategory = color !== null && !isNumeric(columns.find((c) => c.name === color)!);
  const years = xIsYear ? ([...new Set(rows.map((r) => r[x!]).filter((v) => v !== null))] as number[]) : [];
  const base = {
    width,
    marginLeft: xIsNumber || mark === "histogram" ? 60 : 120,
    ariaLabel: "Quick chart of the query result",
    style: { overflow: "visible" },
    color: { legend: color !== null, ...(colorIsCategory ? { type: "categorical" as const } : {}) },
  };
  // Years read as years: one tick each when few ("2017", never "2,017" or "2017 2017 2018").
  const xYear = xIsYear
    ? { tickFormat: "d", ...(years.length <= 12 ? { ticks: years.sort((a, b) => a - b) } : {}) }
    : {};
  const tipFormat = xIsYear ? { format: { x: (v: number) => String(v) } } : {};
  let chart: ReturnType<typeof Plot.plot>;
  if (mark === "bar" && !xIsNumber) {
    const sums = new Map<unknown, number>();
    for (const r of rows) sums.set(r[x!], (sums.get(r[x!]) ?? 0) + Number(r[y!] ?? 0));
    const top = [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([k, v]) => ({ [x!]: String(k), [y!]: v }));
    chart = Plot.plot({
      ...base,
      color: undefined,
      ariaDescription: `Sum of ${y} by ${x}, largest first${sums.size > 30 ? " (top 30)" : ""}`,
      height: top.length * 22 + 40,
      x: { grid: true, label: `${y} (sum)` },
      y: { label: null },
      marks: [Plot.barX(top, { y: x!, x: y!, sort: { y: "-x" }, tip: true }), Plot.ruleX([0])],
    });
  } else if (mark === "bar") {
    chart = Plot.plot({
      ...base,
      ariaDescription: `Sum of ${y} by ${x}`,
      x: { label: x, ...xYear, ...(xIsYear ? { type: "band" as const } : {}) },
      y: { grid: true, label: `${y} (sum)` },
      marks: [
        Plot.barY(rows, Plot.groupX({ y: "sum" }, { x: x!, y: y!, fill: color ?? undefined, tip: true })),
        Plot.ruleY([0]),
      ],
    });
  } else if (mark === "histogram") {
    chart = Plot.plot({
      ...base,
      ariaDescription: `Distribution of ${x}`,
      x: { label: x, ...(xIsYear ? { tickFormat: "d" } : {}) },
      y: { grid: true },
      marks: [
        Plot.rectY(rows, { ...Plot.binX({ y: "count" }, { x: x! }), fill: color ?? undefined, tip: true }),
        Plot.ruleY([0]),
      ],
    });
  } else if (mark === "count") {
    chart = Plot.plot({
      ...base,
      ariaDescription: `Rows per ${x}`,
      x: { grid: true },
      y: { label: null },
      height: Math.min(30, distinctCount(rows, x!)) * 22 + 40,
      marks: [
        Plot.barX(
          rows,
          Plot.groupY({ x: "count" }, { y: x!, fill: color ?? undefined, sort: { y: "-x", limit: 30 }, tip: true }),
        ),
        Plot.ruleX([0]),
      ],
    });
  } else {
    // dot or line
    chart = Plot.plot({
      ...base,
      ariaDescription: `${y} by ${x}${color ? `, ${mark === "line" ? "one line" : "one colour"} per ${color}` : ""}`,
      x: { label: x, inset: 20, ...xYear, ...(xIsNumber ? {} : { type: "point" as const }) },
      y: { grid: true, label: y, nice: true },
      marginBottom: xIsNumber ? undefined : 80,
      marks: [
        mark === "line"
          ? Plot.line(rows, { x: x!, y: y!, z: color ?? undefined, stroke: color ?? undefined, sort: x! })
          : null,
        Plot.dot(rows, {
          x: x!,
          y: y!,
          fill: color ?? undefined,
          r: mark === "line" ? 3 : 4,
          tip: tipFormat as any,
        }),
        xIsNumber ? null : Plot.axisX({ tickRotate: -35 }),
      ],
    });
  }
  const figure = fixAria(chart) as unknown as HTMLElement;
  if (!why) return figure;
  return html`<div>
    ${figure}
    <p class="muted quick-chart-note" role="status">${why}</p>
  </div>`;
}

/**
 * Pickers for x, y, colour and mark, set to the suggestion for this result; the value is the
 * spec to draw. A new result brings new pickers (its columns differ).
 */
export function ChartControls(rows: Row[], columns: Column[]): HTMLElement & { value: ChartSpec } {
  const suggested = suggestChart(rows, columns);
  const names = columns.map((c) => c.name);
  const none = "(none)";
  type Picker<T> = HTMLElement & { value: T };
  const mark = Inputs.select(Object.keys(MARKS) as MarkKind[], {
    label: "Mark",
    value: "auto",
    format: (k: MarkKind) => MARKS[k],
  }) as Picker<MarkKind>;
  const x = Inputs.select(names, { label: "x", value: suggested.x ?? names[0] }) as Picker<string>;
  const y = Inputs.select([none, ...names], { label: "y", value: suggested.y ?? none }) as Picker<string>;
  const color = Inputs.select([none, ...names], { label: "Colour", value: suggested.color ?? none }) as Picker<string>;
  const form = html`<div class="chart-controls" role="group" aria-label="Chart of the result">
    ${mark}${x}${y}${color}
  </div>` as HTMLElement & { value: ChartSpec };
  const read = (): ChartSpec => {
    const xName: string = x.value;
    const yName: string | null = y.value === none ? null : y.value;
    return {
      mark: mark.value === "auto" ? suggestMark(rows, columns, xName, yName) : mark.value,
      x: xName,
      y: yName,
      color: color.value === none ? null : color.value,
    };
  };
  form.value = read();
  for (const input of [mark, x, y, color])
    input.addEventListener("input", (event: Event) => {
      event.stopPropagation();
      form.value = read();
      form.dispatchEvent(new Event("input", { bubbles: true }));
    });
  return form;
}
