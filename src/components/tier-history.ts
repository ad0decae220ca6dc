// A country's full TIP tier history with its sources: the trajectory, what each year rests on
// (agreement status, best source, every source), as one self-contained block for country pages.
import { html } from "htl";
import { withDetails } from "./details.js";
import { tierDetail } from "./mark-details.js";
import { TableView } from "./table-view.js";
import { TierStatusLegend, TierTrajectory, cellSummary, type TierCell } from "./tier-charts.js";

/** `resize` is Framework's: the chart follows the card's width. */
export function TierHistory(
  cells: TierCell[],
  { code, resize }: { code: string; resize: (render: (width: number) => Node) => Node },
): HTMLElement {
  const known = cells.filter((d) => d.status !== "unknown");
  if (!known.length) return html`<p>No TIP tier placement in the data.</p>`;
  const count = (s: string) => cells.filter((d) => d.status === s).length;
  // A flag is not a status: a cell can be "agree" and still flagged uncertain; the chart outlines both kinds.
  const flagged = cells.filter((d) => d.flag && d.flag !== "conflict").length;
  return html`<div class="card tier-history">
    <h2>TIP Report tier, ${cells[0].year}–${cells.at(-1)!.year}</h2>
    <p class="muted">
      ${known.length} of ${cells.length} report years known: ${count("agree")} where sources agree, ${count("single")}
      from one source, ${count("conflict")} in conflict, ${count("partial")} partial ("Tier 1 or 2"),
      ${count("unknown")} unknown${flagged ? `; ${flagged} flagged suspect or uncertain (dashed outline)` : ""}.
    </p>
    ${resize((width) => withDetails(TierTrajectory(cells, { width }) as unknown as HTMLElement & { value?: TierCell | null }, (d) => tierDetail({ ...d, country: code }, "../")))}
    ${TierStatusLegend()}
    ${TableView(
      cells.map((d) => ({ ...d, summary: cellSummary(d) })),
      {
        columns: {
          year: "Year",
          summary: "Tier (status)",
          sources: "Sources",
          best_reference_row: "Input row",
          note: "Note",
        },
        filename: `tip-atlas-${code}-tiers.csv`,
        label: "Every year and its sources",
      },
    )}
  </div>`;
}
