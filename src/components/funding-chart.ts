// Programme money by province and start year, in the currency the source gives (all USD in
// the current data; other currencies get their own chart row label).
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";
import type { FigureRow } from "./figures-chart.js";
import { formatFigure } from "./format.js";

export function FundingChart(rows: (FigureRow & { period_start: string })[], { width }: { width: number }) {
  const data = rows.map((r) => ({
    ...r,
    label: formatFigure(r),
    programme: `${r.region ?? r.country_name} · ${r.metric_label.toLowerCase()} · from ${r.period_start.slice(0, 4)}`,
  }));
  const order = [...data]
    .sort((a, b) => a.period_start.localeCompare(b.period_start) || b.value - a.value)
    .map((d) => d.programme);
  const narrow = width < 560;
  return fixAria(
    Plot.plot({
      width,
      height: data.length * (narrow ? 52 : 34) + 70,
      marginLeft: narrow ? 10 : 290,
      marginRight: 80,
      ariaLabel: "Programme budgets, yearly spending and loans, by province and start year",
      ariaDescription: `${data.length} amounts quoted from the stored reports; each bar's tooltip gives the quote.`,
      x: { label: "Amount (US dollars)", grid: true, tickFormat: "~s", nice: true },
      y: { domain: order, label: null, axis: narrow ? null : "left" },
      color: { legend: true, label: "Province or level" },
      marks: [
        Plot.barX(data, {
          x: "value",
          y: "programme",
          fill: (d) => d.region ?? "Federal",
          className: "funding-bars",
          channels: {
            Amount: "label",
            Qualifier: "qualifier",
            Source: "source_title",
            Quote: (d: FigureRow) => d.quote ?? "",
          },
          tip: { format: { x: false, y: true, fill: true } } as any,
        }),
        Plot.text(data, {
          x: "value",
          y: "programme",
          text: "label",
          dx: 6,
          textAnchor: "start",
          fontSize: 11,
          ariaHidden: "true",
        }),
        narrow
          ? Plot.text(data, {
              x: 0,
              y: "programme",
              text: "programme",
              dy: -14,
              textAnchor: "start",
              fontSize: 11,
              ariaHidden: "true",
            })
          : null,
        Plot.ruleX([0]),
      ],
    }),
  );
}
