// Child Soldiers Prevention Act list membership by year. Each source is a row of the data;
// a cell shows what they say together: listed, not listed, listed in one account and not in
// another (a "disputed" row, or sources answering both), sources disagree (a source flags a
// conflict), or unknown (no complete list of that year; never drawn as "not listed").
import * as Plot from "@observablehq/plot";
import { fixAria } from "./a11y.js";
import { yearTip } from "./format.js";
import { UNKNOWN_COLOR } from "./palette.js";

export interface CspaRow {
  country: string;
  country_name: string;
  year: number;
  status: string;
  source_title: string;
  source_url: string | null;
  quote: string | null;
  conflict: boolean;
  note: string | null;
  reference_row: string;
}

export interface CspaCell {
  country_name: string;
  year: number;
  status: CspaCellStatus;
  sources: string;
  rows: CspaRow[];
}

/** What a cell can say, in the legend's order. */
export const CSPA_CELL_STATUSES = [
  "Listed",
  "Not listed",
  "Listed in one account, not in another",
  "Sources disagree",
  "Unknown",
] as const;
export type CspaCellStatus = (typeof CSPA_CELL_STATUSES)[number];
const CELL_COLORS: Record<CspaCellStatus, string> = {
  Listed: "#d7301f",
  "Not listed": "#8fc1de",
  "Listed in one account, not in another": "#9e5fb0",
  "Sources disagree": "#f0a04b",
  Unknown: UNKNOWN_COLOR,
};

export function cspaCells(rows: CspaRow[]): CspaCell[] {
  const groups = new Map<string, CspaRow[]>();
  for (const r of rows)
    groups.set(`${r.country_name}|${r.year}`, [...(groups.get(`${r.country_name}|${r.year}`) ?? []), r]);
  return [...groups.values()].map((g) => {
    // "unknown" rows say no list was found; any source that answers speaks for the cell.
    // A "disputed" row is no answer either: it says the answers differ.
    const answering = g.filter((r) => r.status !== "unknown" && r.status !== "disputed");
    const answers = new Set(answering.map((r) => r.status));
    const disputed = g.some((r) => r.status === "disputed") || (answers.has("listed") && answers.has("not listed"));
    const conflict = answers.size > 1 || answering.some((r) => r.conflict);
    return {
      country_name: g[0].country_name,
      year: g[0].year,
      status: disputed
        ? "Listed in one account, not in another"
        : conflict
          ? "Sources disagree"
          : !answering.length
            ? "Unknown"
            : answering[0].status === "listed"
              ? "Listed"
              : "Not listed",
      sources: g.map((r) => `${r.source_title}: ${r.status}`).join("\n"),
      rows: g,
    };
  });
}

export function CspaChart(rows: CspaRow[], { width }: { width: number }) {
  const cells = cspaCells(rows);
  const countries = [...new Set(cells.map((c) => c.country_name))].sort();
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const narrow = width < 560;
  return fixAria(
    Plot.plot({
      width,
      height: countries.length * 22 + 80,
      marginLeft: narrow ? 110 : 190,
      padding: 0.1,
      ariaLabel: "Child Soldiers Prevention Act list membership by year",
      ariaDescription: `${cells.length} country-years from ${rows.length} source rows for ${countries.length} governments ever listed; "Listed in one account, not in another" marks years whose accounts differ and "Sources disagree" other conflicting sources, all kept; "Unknown" marks years with no complete list.`,
      x: {
        domain: Array.from({ length: years.at(-1)! - years[0] + 1 }, (_, i) => years[0] + i),
        label: "TIP Report year",
        tickFormat: (y: number) => (y % 2 === 0 ? String(y) : ""),
      },
      y: { domain: countries, label: null },
      color: {
        // Only what the cells say: a legend entry no cell uses would claim a case the data lacks.
        domain: CSPA_CELL_STATUSES.filter((st) => cells.some((c) => c.status === st)),
        range: CSPA_CELL_STATUSES.filter((st) => cells.some((c) => c.status === st)).map((st) => CELL_COLORS[st]),
        legend: true,
        label: "CSPA list",
      },
      marks: [
        Plot.cell(cells, {
          x: "year",
          y: "country_name",
          fill: "status",
          className: "cspa-cells",
          tip: yearTip({ channels: { Status: "status", Sources: "sources" }, format: { fill: false } }, ["x"]) as any,
        }),
      ],
    }),
  );
}
