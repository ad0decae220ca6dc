// One small menu per chart: download the chart as SVG or PNG, and a citation to copy (title,
// producer of the data, this page's URL with its filters, access date, data version). The CSV
// of the chart's rows is in its "Show the data" table, beside it.
import { html } from "htl";
import type { Origin } from "./origin.js";

export interface ChartMenuOptions {
  /** Where the chart's data comes from, for the citation. */
  origin?: Origin | null;
  /** The file name for downloads, without extension. */
  filename?: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "chart";

/** The chart's main <svg>: the one Plot labels (legends are separate SVGs or HTML). */
const mainSvg = (chart: Element): SVGSVGElement | null =>
  chart instanceof SVGSVGElement ? chart : (chart.querySelector("svg[aria-label]") ?? chart.querySelector("svg"));

/**
 * A standalone copy of an SVG: colours the page gave through CSS variables and currentColor are
 * written out, so the file looks the same outside the page.
 */
function standaloneCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = copies[i] as SVGElement;
    for (const attr of ["fill", "stroke", "color"] as const) {
      const value = target.getAttribute(attr);
      if (value && /var\(|currentcolor/i.test(value)) target.setAttribute(attr, style.getPropertyValue(attr));
    }
  });
  const rootStyle = getComputedStyle(svg);
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("color", rootStyle.color);
  copy.style.color = rootStyle.color;
  copy.style.fontFamily = rootStyle.fontFamily;
  if (!copy.getAttribute("width")) copy.setAttribute("width", String(svg.clientWidth));
  if (!copy.getAttribute("height")) copy.setAttribute("height", String(svg.clientHeight));
  return copy;
}

export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = standaloneCopy(svg);
  copy.style.background = getComputedStyle(document.body).backgroundColor;
  return new XMLSerializer().serializeToString(copy);
}

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * The whole chart as one SVG, legend included: Plot draws a colour legend as HTML swatches (or a
 * separate SVG) beside the chart's SVG, so a download of that SVG alone loses the legend. Every
 * SVG of the chart's figure is placed where it is on screen, and every piece of text outside them
 * (swatch labels, titles) becomes an SVG <text> at its place, in its font and colour.
 */
export function chartSvg(chart: Element): { text: string; width: number; height: number } | null {
  const main = mainSvg(chart);
  if (!main) return null;
  const figure = main.parentElement?.closest("figure") ?? null;
  if (!figure || (!chart.contains(figure) && figure !== chart)) {
    return { text: standaloneSvg(main), width: main.clientWidth, height: main.clientHeight };
  }
  const box = figure.getBoundingClientRect();
  const out = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  out.setAttribute("xmlns", SVG_NS);
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}` }))
    out.setAttribute(k, String(v));
  const figureStyle = getComputedStyle(figure);
  out.style.fontFamily = figureStyle.fontFamily;
  out.style.background = getComputedStyle(document.body).backgroundColor;
  for (const svg of figure.querySelectorAll("svg")) {
    if (svg.parentElement?.closest("svg")) continue; // drawn with its outer SVG
    const r = svg.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const copy = standaloneCopy(svg as SVGSVGElement);
    copy.setAttribute("x", String(r.left - box.left));
    copy.setAttribute("y", String(r.top - box.top));
    copy.setAttribute("width", String(r.width));
    copy.setAttribute("height", String(r.height));
    out.append(copy);
  }
  const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("svg") || !node.textContent?.trim()) continue;
    const style = getComputedStyle(parent);
    if (style.display === "none" || style.visibility === "hidden") continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (!r.width) continue;
    const text = document.createElementNS(SVG_NS, "text");
    text.setAttribute("x", String(r.left - box.left));
    // The baseline sits about four fifths down the line box.
    text.setAttribute("y", String(r.top - box.top + r.height * 0.8));
    text.setAttribute("font-size", style.fontSize);
    text.setAttribute("font-weight", style.fontWeight);
    text.setAttribute("fill", style.color);
    text.textContent = node.textContent.replace(/\s+/g, " ").trim();
    out.append(text);
  }
  return { text: new XMLSerializer().serializeToString(out), width, height };
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = html`<a download=${filename} href=${url} hidden></a>` as HTMLAnchorElement;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chart drawn on a canvas at twice its size, with the page's background. */
async function pngOf({ text, width, height }: { text: string; width: number; height: number }): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the chart could not be drawn as PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A short, stable version of the data: SHA-256 of the inputs' own hashes, 12 hex digits. */
export async function dataVersion(origin: Origin): Promise<string> {
  const joined = origin.inputs
    .map((i) => i.sha256)
    .sort()
    .join("\n");
  if (!globalThis.crypto?.subtle) return joined.slice(0, 12);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(joined));
  return [...new Uint8Array(digest)]
    .slice(0, 6)
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/** "Title. Data: producer. tip-atlas, <url> (accessed 2026-11-25). Data version abc123." */
export function citation(
  title: string,
  origin: Origin | null | undefined,
  url: string,
  accessed: Date,
  version: string | null,
) {
  const parts = [`${title}.`];
  if (origin) parts.push(`Data: ${origin.producer}, ${origin.title}.`);
  parts.push(`tip-atlas, ${url} (accessed ${accessed.toISOString().slice(0, 10)}).`);
  if (version) parts.push(`Data version ${version}.`);
  return parts.join(" ");
}

export function ChartMenu(chart: Element, { origin, filename }: ChartMenuOptions = {}): HTMLElement {
  const title = () => mainSvg(chart)?.getAttribute("aria-label") ?? document.title;
  const name = () => filename ?? `tip-atlas-${slug(title())}`;
  const status = html`<span class="muted" aria-live="polite"></span>`;
  const svgButton = html`<button type="button">SVG</button>`;
  const pngButton = html`<button type="button">PNG</button>`;
  const citeText = html`<p class="cite-text"></p>`;
  const copyButton = html`<button type="button">Copy the citation</button>`;
  svgButton.addEventListener("click", () => {
    const svg = chartSvg(chart);
    if (svg) save(new Blob([svg.text], { type: "image/svg+xml" }), `${name()}.svg`);
  });
  pngButton.addEventListener("click", async () => {
    const svg = chartSvg(chart);
    if (!svg) return;
    try {
      save(await pngOf(svg), `${name()}.png`);
    } catch (error) {
      status.textContent = String((error as Error).message ?? error);
    }
  });
  copyButton.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(citeText.textContent ?? "");
      status.textContent = "Copied.";
    } catch {
      // No clipboard (e.g. not a secure context): select the text for a manual copy.
      getSelection()?.selectAllChildren(citeText);
      status.textContent = "Selected: copy it with Ctrl+C.";
    }
  });
  const menu = html`<details class="chart-menu">
    <summary>Download or cite this chart</summary>
    <div class="chart-menu-body">
      <p>Download the chart: ${svgButton} ${pngButton} ${status}</p>
      ${citeText} ${copyButton}
    </div>
  </details>` as HTMLDetailsElement;
  // The citation is written when the menu opens, so that it carries the filters chosen by then.
  menu.addEventListener("toggle", async () => {
    if (!menu.open) return;
    const version = origin ? await dataVersion(origin) : null;
    citeText.textContent = citation(title(), origin, location.href, new Date(), version);
  });
  return menu;
}
