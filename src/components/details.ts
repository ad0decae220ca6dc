// Provenance for every mark: pointing at (or tapping) a mark shows its value, source and quote
// below the chart, with a link to the source; clicking pins it (Plot's sticky tip) so the link
// can be followed. Everything is rendered as text by htl: quotes can never inject markup.
import { html } from "htl";
import { ChartMenu, type ChartMenuOptions } from "./chart-menu.js";

export interface MarkDetail {
  title: string;
  value: string;
  qualifier?: string | null;
  source_title: string;
  source_url?: string | null;
  /** A page of this site about the source (e.g. /sources/<id>#fig-…), preferred to source_url. */
  source_page?: string | null;
  quote?: string | null;
  note?: string | null;
  reference?: string | null;
  /** This site's page about the country the mark is about, and the country's name. */
  country_page?: string | null;
  country_name?: string | null;
}

/** Only web links are followed; anything else (javascript:, data:) is shown as text. */
export const safeHref = (url: string | null | undefined): string | null =>
  url && /^https?:\/\//i.test(url) ? url : null;

export function renderDetail(d: MarkDetail): HTMLElement {
  const href = d.source_page ?? safeHref(d.source_url);
  return html`<div class="mark-detail-body">
    <p>
      <strong>${d.title}</strong>:
      ${d.value}${d.qualifier && d.qualifier !== "exact" ? ` (${d.qualifier.replace(/_/g, " ")})` : ""}
    </p>
    ${d.quote ? html`<blockquote>${d.quote}</blockquote>` : null}
    <p class="mark-source">
      Source: ${href ? html`<a href=${href} rel="noopener noreferrer">${d.source_title}</a>` : d.source_title}
    </p>
    ${
      // The input file and line (data/reference/facts.csv:4) are for checking, not reading: kept, one click away.
      d.reference
        ? html`<details class="mark-reference">
            <summary>details</summary>
            <p class="muted">Input row: <code>${d.reference}</code></p>
          </details>`
        : null
    }
    ${d.note ? html`<p class="muted">${d.note}</p>` : null}
    ${d.country_page ? html`<p><a href=${d.country_page}>Everything on ${d.country_name ?? "this country"} →</a></p>` : null}
  </div>`;
}

/** Wrap a Plot chart so that the mark under the pointer is described, with its source. */
export function withDetails<T>(
  chart: HTMLElement & { value?: T | null },
  describe: (datum: T) => MarkDetail,
  menu: ChartMenuOptions = {},
): HTMLElement {
  const panel = html`<div class="mark-detail" aria-live="polite">
    <p class="muted">Point at or tap a mark to see its source and quote here; click it to keep them.</p>
  </div>`;
  chart.addEventListener("input", () => {
    if (chart.value == null) return;
    panel.replaceChildren(renderDetail(describe(chart.value)));
  });
  return html`<div class="chart-with-details">${chart}${panel}${ChartMenu(chart, menu)}</div>`;
}

/**
 * The page of the stored document a row is quoted from, at the figure's mark when it is a ledger
 * figure: `${root}sources/<id>#fig-<figure_id>`. `root` is the way back to the site's root from
 * the page ("./" from /figures, "../" from /countries/PAK). Null for rows with no stored document.
 */
export function sourcePage(
  d: { provenance?: unknown; source_id?: unknown; figure_id?: unknown },
  root = "./",
): string | null {
  if (typeof d.source_id !== "string" || !d.source_id) return null;
  const anchor =
    d.provenance === "document" && typeof d.figure_id === "string" ? `#fig-${encodeURIComponent(d.figure_id)}` : "";
  return `${root}sources/${encodeURIComponent(d.source_id)}${anchor}`;
}
