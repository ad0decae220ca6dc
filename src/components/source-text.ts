// A stored document rendered as text (never as HTML or Markdown), with every reviewed ledger
// figure wrapped in <mark id="fig-<figure_id>"> inside its lightly shaded quote, and the
// extractor's unreviewed candidates marked differently. Clicking or pressing Enter on a mark
// shows its row; a #fig-… in the URL scrolls to that figure and highlights it.
import { html } from "htl";

export interface LedgerFigure {
  figure_id: string;
  figure_text: string | null;
  figure_start: number | null;
  figure_end: number | null;
  quote_start: number | null;
  quote_end: number | null;
}

export interface CandidateFigure {
  candidate_id: string;
  figure_start: number;
  figure_end: number;
}

interface MarkSpan {
  start: number;
  end: number;
  id: string;
  kind: "figure" | "candidate";
  /** Every row behind this span (two ledger rows may cite the same words). */
  rows: unknown[];
}

/** Disjoint, sorted spans: the first claim on a stretch of text wins; overlaps are merged into it. */
function markSpans(figures: LedgerFigure[], candidates: CandidateFigure[]): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const add = (start: number, end: number, id: string, kind: MarkSpan["kind"], row: unknown) => {
    const overlap = spans.find((s) => s.start < end && start < s.end);
    if (overlap) overlap.rows.push(row);
    else spans.push({ start, end, id, kind, rows: [row] });
  };
  for (const f of figures)
    if (f.figure_start !== null && f.figure_end !== null)
      add(f.figure_start, f.figure_end, `fig-${f.figure_id}`, "figure", f);
  for (const c of candidates) add(c.figure_start, c.figure_end, `cand-${c.figure_start}`, "candidate", c);
  return spans.sort((a, b) => a.start - b.start);
}

/** Merge overlapping [start, end) ranges. */
function merged(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export interface SourceTextOptions {
  /** Called with the rows behind a mark when it is chosen. */
  onSelect: (rows: unknown[], kind: MarkSpan["kind"]) => void;
}

export function SourceText(
  body: string,
  figures: LedgerFigure[],
  candidates: CandidateFigure[],
  { onSelect }: SourceTextOptions,
): HTMLElement {
  const container = html`<div class="source-text" lang="en"></div>` as HTMLElement;
  const quotes = merged(
    figures.filter((f) => f.quote_start !== null && f.quote_end !== null).map((f) => [f.quote_start!, f.quote_end!]),
  );
  const inQuote = (pos: number) => quotes.some(([s, e]) => s <= pos && pos < e);
  // Plain text between marks, split where quotes begin and end.
  const appendText = (from: number, to: number) => {
    const cuts = [from, ...quotes.flat().filter((p) => p > from && p < to), to];
    for (let i = 0; i < cuts.length - 1; i++) {
      const text = body.slice(cuts[i], cuts[i + 1]);
      if (!text) continue;
      if (inQuote(cuts[i])) {
        const span = document.createElement("span");
        span.className = "quoted";
        span.textContent = text;
        container.append(span);
      } else container.append(document.createTextNode(text));
    }
  };
  let pos = 0;
  for (const span of markSpans(figures, candidates)) {
    if (span.start < pos) continue;
    appendText(pos, span.start);
    const mark = document.createElement("mark");
    mark.id = span.id;
    mark.className = `${span.kind}${inQuote(span.start) ? " quoted" : ""}`;
    mark.textContent = body.slice(span.start, span.end);
    mark.tabIndex = 0;
    mark.setAttribute("role", "button");
    mark.setAttribute(
      "aria-label",
      `${span.kind === "figure" ? "Reviewed figure" : "Candidate figure, not reviewed"}: ${mark.textContent}`,
    );
    const choose = () => {
      container.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
      mark.classList.add("current");
      history.replaceState(history.state, "", `${location.pathname}${location.search}#${span.id}`);
      onSelect(span.rows, span.kind);
    };
    mark.addEventListener("click", choose);
    mark.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose();
      }
    });
    container.append(mark);
    pos = span.end;
  }
  appendText(pos, body.length);
  return container;
}

/** After the text is on the page: bring the figure named in the URL's #fig-… into view. */
export function focusFromHash(container: HTMLElement): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const mark = container.querySelector<HTMLElement>(`mark[id="${CSS.escape(id)}"]`);
  if (!mark) return;
  mark.click();
  mark.scrollIntoView({ block: "center" });
  mark.focus({ preventScroll: true });
}
