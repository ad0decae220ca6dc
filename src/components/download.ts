// A download link for exactly the rows shown, as CSV.
import { html } from "htl";
import { toCsv } from "./csv.js";
import { plural } from "./format.js";

export function downloadButton(rows: Record<string, unknown>[], filename: string) {
  const link = html`<a class="download" download=${filename} href="#"
    >Download ${rows.length === 1 ? "this row" : `these ${plural(rows.length, "row")}`} (CSV)</a
  >` as HTMLAnchorElement;
  link.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" }));
    link.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return link;
}
