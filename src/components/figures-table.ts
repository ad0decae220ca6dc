// The rows of the chart as a table. Inputs.table renders every cell as text, so quotes from
// sources can never inject markup.
import * as Inputs from "@observablehq/inputs";
import { formatFigure } from "./format.js";
import type { FigureRow } from "./figures-chart.js";

export function FiguresTable(rows: (FigureRow & { period_start: string; period_end: string; metric: string })[]) {
  const data = rows.map((r) => ({
    figure: formatFigure(r),
    metric: r.metric_label,
    place: r.region ? `${r.region}, ${r.country_name}` : r.country_name,
    period: r.period_start === r.period_end ? r.period_start : `${r.period_start} – ${r.period_end}`,
    qualifier: r.qualifier,
    source: r.source_title,
    quote: r.quote,
  }));
  const table = Inputs.table(data, {
    header: { figure: "Figure", metric: "Metric", place: "Place", period: "Period", qualifier: "Qualifier", source: "Source", quote: "Quote" },
    width: { figure: 150, metric: 170, place: 140, period: 130, quote: 480 },
    rows: 14,
    select: false,
    layout: "auto",
  } as any);
  // The table scrolls; keyboard users must be able to focus it to scroll it (WCAG 2.1.1).
  table.tabIndex = 0;
  table.setAttribute("role", "region");
  table.setAttribute("aria-label", `Table of ${rows.length} figures`);
  return table;
}
