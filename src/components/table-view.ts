// "Show the data": the rows a chart shows, as a table and as a CSV download of exactly them.
import * as Inputs from "@observablehq/inputs";
import { html } from "htl";
import { downloadButton } from "./download.js";
import { plural, yearFormats } from "./format.js";
import { countryPage } from "./mark-details.js";

export interface TableViewOptions {
  /** Column → header label, in display order. */
  columns: Record<string, string>;
  filename: string;
  label?: string;
  /**
   * Write `country_name` as a link to the country's page, found from the row's `country` code
   * (this root is the path from the page to the site's root: "./" or "../"). Only for tables whose
   * countries all have a page: the ledger, GSI, tiers, CSPA and events decide which pages exist.
   */
  countryLinks?: string;
}

export function TableView(
  rows: Record<string, unknown>[],
  { columns, filename, label = "Show the data", countryLinks }: TableViewOptions,
): HTMLElement {
  const shown = rows.map((r) => Object.fromEntries(Object.keys(columns).map((c) => [c, r[c] ?? null])));
  // The link is made from the row's code, kept beside the shown cells (not in the CSV).
  const pages = rows.map((r) => (countryLinks === undefined ? null : countryPage(r.country as string, countryLinks)));
  // Years are names, not quantities: Inputs would print 2017 as "2,017".
  const format: Record<string, (v: unknown, i: number) => unknown> = yearFormats(Object.keys(columns));
  if (countryLinks !== undefined && "country_name" in columns)
    format.country_name = (name: unknown, i: number) =>
      pages[i] ? html`<a href=${pages[i]}>${String(name ?? "")}</a>` : String(name ?? "");
  const table = Inputs.table(shown, { header: columns, rows: 12, select: false, layout: "auto", format });
  // The table scrolls; keyboard users must be able to focus it to scroll it (WCAG 2.1.1).
  table.tabIndex = 0;
  table.setAttribute("role", "region");
  table.setAttribute("aria-label", `${label}: ${plural(rows.length, "row")}`);
  return html`<details class="table-view">
    <summary>${label} (${plural(rows.length, "row")})</summary>
    ${table}${downloadButton(shown, filename)}
  </details>`;
}
