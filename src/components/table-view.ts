// "Show the data": the rows a chart shows, as a table and as a CSV download of exactly them.
import * as Inputs from "@observablehq/inputs";
import { html } from "htl";
import { downloadButton } from "./download.js";

export interface TableViewOptions {
  /** Column → header label, in display order. */
  columns: Record<string, string>;
  filename: string;
  label?: string;
}

export function TableView(
  rows: Record<string, unknown>[],
  { columns, filename, label = "Show the data" }: TableViewOptions,
): HTMLElement {
  const shown = rows.map((r) => Object.fromEntries(Object.keys(columns).map((c) => [c, r[c] ?? null])));
  const table = Inputs.table(shown, { header: columns, rows: 12, select: false, layout: "auto" });
  // The table scrolls; keyboard users must be able to focus it to scroll it (WCAG 2.1.1).
  table.tabIndex = 0;
  table.setAttribute("role", "region");
  table.setAttribute("aria-label", `${label}: ${rows.length} rows`);
  return html`<details class="table-view">
    <summary>${label} (${rows.length} rows)</summary>
    ${table}${downloadButton(shown, filename)}
  </details>`;
}
