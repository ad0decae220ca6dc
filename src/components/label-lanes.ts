// Labels beside dots that never overlap: within a row, an item whose dot and label would collide
// with an earlier one moves to a new line ("lane") of that row, and a label that would leave the
// chart on the right is written to the left of its dot. Used by the figures chart and the timeline.

import * as Plot from "@observablehq/plot";

/** The dot radius the lanes leave room for, in pixels. */
export const DOT_R = 6;
const GAP = 6;

// Advance widths of DejaVu Sans (what system-ui is on Linux, and wider than the system fonts of
// macOS, Windows and Android), in thousandths of an em, for the printable ASCII characters from
// the space on, then the other characters labels use. A table, not a canvas measure: the same
// label gets the same width in every browser and at build time (scripts/bake-charts.ts draws the
// first chart of a page in jsdom, with no canvas), so a baked chart's lanes are the live one's.
const ASCII = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863,
  748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635,
  615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636,
  337, 636, 838,
];
const OTHER: Record<string, number> = {
  "–": 500,
  "—": 1000,
  "’": 318,
  "‘": 318,
  "“": 518,
  "”": 518,
  "…": 1000,
  "×": 838,
  "·": 318,
  "°": 500,
  "±": 838,
  "≈": 838,
  "≤": 838,
  "≥": 838,
  "€": 636,
  "£": 636,
  "₹": 636,
  "\u00a0": 318,
  "\u202f": 318,
};

/**
 * The width of a label in pixels, at least what the browser draws: accented letters count as
 * their base letter, any other character as a full em, with a margin for kerning and hinting.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")) {
    const code = ch.codePointAt(0)!;
    em += (code >= 32 && code < 127 ? ASCII[code - 32] : (OTHER[ch] ?? 1000)) / 1000;
  }
  return em * fontSize * 1.08 + 2;
}

export interface PlacedLabel {
  /** The dot's centre, in pixels. */
  x: number;
  /** The label's width, in pixels. */
  width: number;
}

export interface Placement {
  /** The line of the row the dot is on. */
  lane: number;
  /** The line the label is on: the dot's, or the next one when the label fits on neither side. */
  labelLane: number;
  /** The label's left edge, in pixels. */
  left: number;
}

/**
 * Lines ("lanes") for the dots and labels of one row, in pixels between `min` and `max`: a label
 * goes right of its dot, else left of it, else on the line below, starting where it fits. Items
 * are placed in order of x, each on the first line where neither its dot nor its label overlaps
 * anything already placed.
 */
export function assignLanes(items: PlacedLabel[], min: number, max: number): Placement[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a].x - items[b].x);
  const lanes: [number, number][][] = [];
  const free = (lane: number, span: [number, number]) =>
    (lanes[lane] ?? []).every(([a, b]) => span[1] + GAP <= a || b + GAP <= span[0]);
  const take = (lane: number, span: [number, number]) => {
    while (lanes.length <= lane) lanes.push([]);
    lanes[lane].push(span);
  };
  const out: Placement[] = new Array(items.length);
  for (const i of order) {
    const { x, width } = items[i];
    const dot: [number, number] = [x - DOT_R, x + DOT_R];
    let placement: { left: number; below: boolean };
    if (x + DOT_R + GAP + width <= max) placement = { left: x + DOT_R + GAP, below: false };
    else if (x - DOT_R - GAP - width >= min) placement = { left: x - DOT_R - GAP - width, below: false };
    else placement = { left: Math.max(min, Math.min(x - width / 2, max - width)), below: true };
    const label: [number, number] = [placement.left, placement.left + width];
    let lane = 0;
    for (; ; lane++) {
      if (
        placement.below
          ? free(lane, dot) && free(lane + 1, label)
          : free(lane, [Math.min(dot[0], label[0]), Math.max(dot[1], label[1])])
      )
        break;
    }
    if (placement.below) {
      take(lane, dot);
      take(lane + 1, label);
    } else take(lane, [Math.min(dot[0], label[0]), Math.max(dot[1], label[1])]);
    out[i] = { lane, labelLane: placement.below ? lane + 1 : lane, left: placement.left };
  }
  return out;
}

/**
 * The name of each row and a dotted rule along it: in the left margin, or in bold above the row's
 * dots on narrow screens. A long name is shortened to its margin (the tooltip gives it whole).
 */
export function rowHeadingMarks(
  rows: { name: string; py: number }[],
  {
    narrow,
    width,
    marginLeft,
    fontSize,
    className,
  }: {
    narrow: boolean;
    width: number;
    marginLeft: number;
    fontSize: number;
    className?: string;
  },
): Plot.Markish[] {
  return [
    Plot.ruleY(rows, { y: "py", strokeDasharray: "2,3", strokeOpacity: 0.3 }),
    Plot.text(rows, {
      y: "py",
      text: "name",
      frameAnchor: "left",
      textAnchor: narrow ? "start" : "end",
      dx: narrow ? 0 : -8,
      fontWeight: narrow ? "bold" : "normal",
      lineWidth: (narrow ? width - 20 : marginLeft - 16) / fontSize,
      textOverflow: "ellipsis",
      className,
    }),
  ];
}
