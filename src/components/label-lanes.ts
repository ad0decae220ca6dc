// Labels beside dots that never overlap: within a row, an item whose dot and label would collide
// with an earlier one moves to a new line ("lane") of that row, and a label that would leave the
// chart on the right is written to the left of its dot. Used by the figures chart and the timeline.

import * as Plot from "@observablehq/plot";

/** The dot radius the lanes leave room for, in pixels. */
export const DOT_R = 6;
const GAP = 6;

let canvas: CanvasRenderingContext2D | null | undefined;
/** The width of a label in pixels: measured with the page's font when a canvas is available. */
export function textWidth(text: string, fontSize: number): number {
  if (canvas === undefined)
    canvas = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!canvas) return text.length * fontSize * 0.62;
  canvas.font = `${fontSize}px system-ui, sans-serif`;
  // A margin for font differences between the canvas and the SVG.
  return canvas.measureText(text).width * 1.08 + 2;
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
