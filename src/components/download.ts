// A download link for exactly the rows shown, as CSV.
import { html } from "htl";
import { toCsv } from "./csv.js";

export function downloadButton(rows: Record<string, unknown>[], filename: string) {
  const link = html`<a class="download" download=${filename} href="#"
    >Download these ${rows.length} rows (CSV)</a
  >` as HTMLAnchorElement;
  link.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" }));
    link.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return link;
}
