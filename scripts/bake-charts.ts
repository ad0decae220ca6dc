// Build-time rendering of each page's first chart (issue 22): the SAME chart components the
// browser runs, given a DOM from jsdom (already installed as Framework's own dependency; no new
// package), on the tables the data pass just wrote to src/data/*.parquet, read with hyparquet as
// the pages read them. scripts/postbuild.mjs calls bakePage() on every built page: each
// `<div class="baked-chart" data-bake="ID"></div>` a page's Markdown holds is filled with that
// chart as drawn in the page's default state, so it is on screen before any JavaScript runs.
// The page wraps its live chart in unbake() (src/components/baked.ts), which removes the baked
// copy in the frame that paints the live one.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { parquetReadObjects } from "hyparquet";

type Row = Record<string, any>;

// Plot and htl create their elements with the global document (Plot: `window.document` unless
// given one; htl: `document`, and `instanceof Node` checks). One jsdom window serves every page.
const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>");
const w = dom.window as any;
for (const name of [
  "window",
  "document",
  "Node",
  "NodeList",
  "HTMLCollection",
  "Element",
  "HTMLElement",
  "SVGElement",
  "DocumentFragment",
  "HTMLInputElement",
  "HTMLFormElement",
  "Event",
  "CustomEvent",
  // The pages' inputs read their value from the address: the build's is blank (the defaults).
  "location",
])
  (globalThis as any)[name] = name === "window" ? w : w[name];

const [{ TierTrajectory, TierMap, cellSummary }, { withDetails }, funding, glotip, prevalence] = await Promise.all([
  import("../src/components/tier-charts.js"),
  import("../src/components/details.js"),
  import("../src/components/funding-charts.js"),
  import("../src/components/glotip-chart.js"),
  import("../src/components/prevalence-chart.js"),
]);
const { SOUTH_ASIA } = await import("../src/components/palette.js");
const { TierHistory } = await import("../src/components/tier-history.js");
const [{ countrySummary }, { regionStats }, { mostly, yearsWhere }, Inputs, { urlCountryPicker }] = await Promise.all([
  import("../src/components/country-summary.js"),
  import("../src/components/region-comparison.js"),
  import("../src/components/coverage.js"),
  import("@observablehq/inputs"),
  import("../src/components/country-picker.js"),
]);

/**
 * The /tiers map's default year, as the page chooses it: the latest report whose tiers are known
 * for most countries (not the latest report, which can be mostly "Tier 1 or 2" or unknown).
 */
function mapYear(data: Data): number {
  const tiers = data.rows("tiers");
  const complete = yearsWhere(
    tiers as any,
    mostly((d: Row) => d.status !== "partial" && d.status !== "unknown"),
  );
  return complete.at(-1) ?? Math.max(...tiers.map((d) => d.year));
}
const [
  { FiguresChart },
  { TimelineChart },
  { formatFigure },
  { CLAIM_LABELS, EVENT_LABELS, claimLabel },
  { ENFORCEMENT_METRICS, GLOTIP_INDICATORS },
] = await Promise.all([
  import("../src/components/figures-chart.js"),
  import("../src/components/timeline-chart.js"),
  import("../src/components/format.js"),
  import("../src/components/palette.js"),
  import("../src/lib/vocabulary.js"),
]);

/** The widths a fixed-height chart is drawn at: a 375 px phone's card, a tablet's, a desktop's. */
export const WIDTHS = [277, 670, 1182] as const;
/** Cards at least this wide show the desktop drawing; narrower ones (down to the chart's own breakpoint) the tablet's. */
const WIDE_FROM = 900;

export interface Table {
  columns: Record<string, string>;
  rows: Row[];
}

export interface Bake {
  /** URL parameters the page reads for this chart: with one in the address, the default drawn here is not the answer. */
  state: string[];
  /** The container width below which the component draws its narrow layout (its own `width < N`). */
  narrowBelow: number;
  /**
   * "scales": the chart's height is proportional to its width (maps): drawn once and scaled by its
   * viewBox. "fixed": its height is set in pixels: drawn at each of WIDTHS and, per card width,
   * the drawing of the same layout is shown at its own height, so the live chart takes its place exactly.
   */
  sizing: "scales" | "fixed";
  /** What the default view is, said under the baked chart when JavaScript is off. */
  caption(data: Data, page: string): string;
  /**
   * The page's expression, with `resize` standing in for Framework's: it draws the chart at each
   * width this bake needs (null: this page draws no such chart).
   */
  render(data: Data, page: string, resize: Resize): Element | null;
  /** The rows drawn, for the table shown with the baked chart when JavaScript is off. */
  table(data: Data, page: string): Table;
}

/** Framework's resize(render): here it calls render at each baked width, one drawing per width. */
export type Resize = (render: (width: number) => Node | null) => Element;

const noDetail = () => {
  throw new Error("a baked chart has no pointer");
};

/** The tables the build wrote, each read once, with hyparquet as the pages read them. */
export class Data {
  private cache = new Map<string, Row[]>();
  private worldAtlas: unknown;
  constructor(private dir = join("src", "data")) {}
  async load(names: string[]): Promise<void> {
    for (const name of names) {
      if (this.cache.has(name)) continue;
      const buffer = readFileSync(join(this.dir, `${name}.parquet`));
      const file = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
      this.cache.set(name, (await parquetReadObjects({ file })) as Row[]);
    }
  }
  rows(name: string): Row[] {
    const rows = this.cache.get(name);
    if (!rows) throw new Error(`table ${name} not loaded`);
    return rows;
  }
  /** The same world-atlas file the pages fetch. */
  get world(): any {
    this.worldAtlas ??= JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-110m.json"), "utf8"),
    );
    return this.worldAtlas;
  }
  /** Tables each bake needs. */
  static readonly NEEDS: Record<string, string[]> = {
    "funding-by-year": ["funding_country_year"],
    "tier-map": ["tiers"],
    "glotip-time": ["glotip-totals", "glotip_revisions"],
    prevalence: ["gsi"],
    "overview-tiers": ["tiers"],
    "tier-history": ["tiers"],
    enforcement: ["figures"],
    timeline: ["events"],
    figures: ["figures"],
    "country-summary": ["tiers", "gsi", "figures", "events", "cspa"],
    "prevalence-title": [],
    "funding-summary": ["tiers", "gsi", "figures", "events", "cspa", "funding_country_year"],
  };
}

const code = (page: string) => page.split("/").pop()!;
const tierColumns = { year: "Year", summary: "Tier (status)", sources: "Sources", best_reference_row: "Input row" };
const tierRows = (cells: Row[]) => cells.map((d) => ({ ...d, summary: cellSummary(d as any) }));

/** The /glotip default: the page's own defaults (latest edition, detected victims, Southern Asia, no breakdown, no flagged value). */
function glotipDefault(data: Data) {
  const totals = data.rows("glotip-totals");
  const edition = [...new Set(totals.map((d) => d.edition))].sort().reverse()[0];
  const indicator = "Detected trafficking victims";
  const region = [...new Set(totals.filter((d) => d.subregion === "Southern Asia").map((d) => d.iso3))];
  const pool = totals.filter((d) => d.edition === edition && d.indicator === indicator);
  // Values failing a plausibility check are left out, as on the page until switched on (?flagged=1).
  return {
    edition,
    indicator,
    shown: glotip.withoutFlagged(glotip.shownRows(pool as any, region, "none"), false).drawn,
  };
}

/** The /prevalence default: South Asia, per 1,000 people. */
const prevalenceDefault = (data: Data) => data.rows("gsi").filter((d) => SOUTH_ASIA.includes(d.country));

/** /enforcement's default: Pakistan's protection and enforcement figures, from every kind of source. */
function enforcementDefault(data: Data) {
  const relevant = data.rows("figures").filter((d) => (ENFORCEMENT_METRICS as readonly string[]).includes(d.metric));
  const kinds = Object.keys(CLAIM_LABELS).filter((k) => relevant.some((d) => d.claim_kind === k));
  return relevant.filter((d) => d.country === "PAK" && kinds.includes(d.claim_kind));
}

/** /timeline's default: Pakistan's events of every kind, by date. */
function timelineDefault(data: Data) {
  const events = data.rows("events");
  const kinds = Object.keys(EVENT_LABELS).filter((k) => events.some((d) => d.event_type === k));
  return events
    .filter((d) => d.country === "PAK" && kinds.includes(d.event_type))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** /figures' default: every figure (no country chosen), ordered as the page orders them. */
const figuresDefault = (data: Data) =>
  [...data.rows("figures")].sort(
    (a, b) => a.year - b.year || a.metric_label.localeCompare(b.metric_label) || a.figure_id.localeCompare(b.figure_id),
  );

const figureColumns = {
  figure: "Figure",
  metric_label: "Metric",
  country_name: "Where",
  period_end: "To",
  who: "Who says so",
  source_title: "Source",
};
const figureRows = (rows: Row[]) =>
  rows.map((d) => ({ ...d, figure: formatFigure(d as any), who: claimLabel(d.claim_kind) }));

export const BAKES: Record<string, Bake> = {
  "funding-by-year": {
    state: [],
    narrowBelow: 520,
    sizing: "fixed",
    caption: () => "stated amounts per fiscal year, every place",
    render: (data, _page, resize) =>
      resize((width) =>
        withDetails(funding.FundingByYearChart(data.rows("funding_country_year") as any, { width }) as any, noDetail),
      ),
    table: (data) => ({
      columns: {
        fiscal_year: "Fiscal year",
        kind_label: "Listed under",
        total_usd: "Stated amounts (US$)",
        grants: "Grants",
        grants_unknown_amount: "No stated amount",
      },
      rows: funding.fundingByYear(data.rows("funding_country_year") as any),
    }),
  },
  "tier-map": {
    state: ["year"],
    narrowBelow: 560,
    sizing: "scales",
    caption: (data) => `TIP Report ${mapYear(data)}, the latest report year with most countries' tiers known`,
    render: (data, _page, resize) => {
      const tiers = data.rows("tiers");
      return resize((width) => TierMap(data.world, tiers as any, { width, year: mapYear(data) }));
    },
    table: (data) => {
      const tiers = data.rows("tiers");
      const year = mapYear(data);
      return {
        columns: { country_name: "Country", ...tierColumns },
        rows: tierRows(tiers.filter((d) => d.year === year && d.status !== "unknown")),
      };
    },
  },
  "glotip-time": {
    state: ["countries", "indicator", "breakdown", "edition", "scale", "flagged"],
    narrowBelow: 560,
    sizing: "fixed",
    caption: (data) => {
      const { edition, indicator } = glotipDefault(data);
      return `${glotip.indicatorLabel(indicator)}, Southern Asia, UNODC edition ${edition}`;
    },
    render: (data, _page, resize) => {
      const { shown, indicator } = glotipDefault(data);
      if (!shown.length) return null;
      const revisions = data.rows("glotip_revisions") as any;
      const yLabel = glotip.indicatorLabel(indicator);
      return resize((width) => glotip.GlotipTimeChart(shown, { width, scale: "linear", yLabel, revisions }));
    },
    table: (data) => ({
      columns: {
        country_name: "Country",
        year: "Year",
        value_text: "As published",
        value: "Count",
        edition: "Edition",
      },
      rows: glotipDefault(data).shown,
    }),
  },
  prevalence: {
    state: ["countries", "measure"],
    narrowBelow: 560,
    sizing: "fixed",
    caption: () => "people in modern slavery per 1,000, South Asia",
    render: (data, _page, resize) =>
      resize((width) =>
        withDetails(
          prevalence.PrevalenceChart(prevalenceDefault(data) as any, { width, measure: "per_1000" }) as any,
          noDetail,
        ),
      ),
    table: (data) => ({
      columns: {
        country_name: "Country",
        edition: "Edition",
        estimated_number: "Estimated number",
        prevalence_per_1000: "Per 1,000 (harmonised)",
      },
      rows: prevalenceDefault(data),
    }),
  },
  "overview-tiers": {
    state: [],
    narrowBelow: 560,
    sizing: "fixed",
    caption: () => "Pakistan's TIP tier by report year",
    render: (data, _page, resize) =>
      resize((width) =>
        withDetails(
          TierTrajectory(data.rows("tiers").filter((d) => d.country === "PAK") as any, { width }) as any,
          noDetail,
        ),
      ),
    table: (data) => ({ columns: tierColumns, rows: tierRows(data.rows("tiers").filter((d) => d.country === "PAK")) }),
  },
  enforcement: {
    state: ["countries", "claims"],
    narrowBelow: 560,
    sizing: "fixed",
    caption: () => "Pakistan's protection and enforcement figures, from every kind of source",
    render: (data, _page, resize) =>
      resize((width) =>
        withDetails(FiguresChart(enforcementDefault(data) as any, { width, colorBy: "claim" }) as any, noDetail),
      ),
    table: (data) => ({ columns: figureColumns, rows: figureRows(enforcementDefault(data)) }),
  },
  timeline: {
    state: ["country", "types"],
    narrowBelow: 560,
    sizing: "fixed",
    caption: () => "Pakistan's laws, rules, plans, treaties and list placements",
    render: (data, _page, resize) =>
      resize((width) => withDetails(TimelineChart(timelineDefault(data) as any, { width }) as any, noDetail)),
    table: (data) => ({
      columns: { date: "Date", date_end: "Latest date", event_type: "Kind", title: "Event", source_title: "Source" },
      rows: timelineDefault(data).map((d) => ({ ...d, event_type: EVENT_LABELS[d.event_type] ?? d.event_type })),
    }),
  },
  figures: {
    state: ["country"],
    narrowBelow: 560,
    sizing: "fixed",
    caption: () => "every figure, all countries",
    render: (data, _page, resize) =>
      resize((width) => withDetails(FiguresChart(figuresDefault(data) as any, { width }) as any, noDetail)),
    table: (data) => ({ columns: figureColumns, rows: figureRows(figuresDefault(data)) }),
  },
  // A country page's first chart is inside its tier history card (src/components/tier-history.ts),
  // which JavaScript draws whole: the card is baked whole, so the live card takes its place exactly.
  "tier-history": {
    state: [],
    narrowBelow: 560,
    sizing: "fixed",
    caption: (data, page) =>
      `${data.rows("tiers").find((d) => d.country === code(page))?.country_name ?? code(page)}'s TIP tier by report year`,
    render: (data, page, resize) => {
      const cells = data.rows("tiers").filter((d) => d.country === code(page));
      if (!cells.some((d) => d.status !== "unknown")) return null;
      return TierHistory(cells as any, { code: code(page), resize: resize as any });
    },
    table: (data, page) => ({
      columns: tierColumns,
      rows: tierRows(data.rows("tiers").filter((d) => d.country === code(page))),
    }),
  },
};

/**
 * Text JavaScript writes above a page's first chart (a country page's summaries): baked too, so
 * the chart is where it will stay from the first paint. The page puts
 * `<span class="baked-text" data-bake="ID"></span>` before `${unbake("ID", html`<span>${text}</span>`)}`.
 */
export interface TextBake {
  /** The text the page writes, computed as the page computes it (null: none). */
  text(data: Data, page: string): string | null;
}

/** A country page's rows of `name`, as the page keeps them (`only`: its country; `ofPlace`: its place). */
const ofCountry = (data: Data, name: string, page: string) => data.rows(name).filter((d) => d.country === code(page));
const countryName = (data: Data, page: string) =>
  ["tiers", "gsi", "figures", "events", "cspa"].flatMap((t) => ofCountry(data, t, page))[0]?.country_name ?? code(page);

/**
 * A page's inputs above its first chart, drawn by the same components in their default state:
 * inert (nothing to act on before JavaScript), hidden without JavaScript, each replaced by the
 * live input when its cell runs, so the chart below does not move. The page puts
 * `<div class="baked-controls" data-bake="ID"></div>` before `${unbake("ID", input)}`.
 */
export interface ControlBake {
  tables: string[];
  render(data: Data, page: string): Element;
}

const countrySearch = () => JSON.parse(readFileSync(join("src", "data", "country-search.json"), "utf8"));

export const CONTROLS: Record<string, ControlBake> = {
  "prevalence-countries": {
    tables: ["gsi"],
    render: (data) =>
      urlCountryPicker(data.rows("gsi") as any, {
        label: "Countries",
        key: "countries",
        fallback: SOUTH_ASIA,
        search: countrySearch(),
      }),
  },
  "glotip-countries": {
    tables: ["glotip-totals"],
    render: (data) => {
      const totals = data.rows("glotip-totals");
      const names = new Map(totals.map((d) => [d.iso3, d.country_name]));
      const region = [...new Set(totals.filter((d) => d.subregion === "Southern Asia").map((d) => d.iso3))];
      return urlCountryPicker(
        [...names].filter(([code]) => code).map(([country, country_name]) => ({ country, country_name })),
        { label: "Countries", key: "countries", fallback: region, search: countrySearch() },
      );
    },
  },
  // The five inputs of /glotip's row, drawn as the page draws them (one cell: they come together).
  "glotip-choices": {
    tables: ["glotip-totals"],
    render: (data) => {
      const editions = [...new Set(data.rows("glotip-totals").map((d) => d.edition))].sort().reverse();
      const I = Inputs as any;
      const box = document.createElement("div");
      box.append(
        I.select(Object.keys(GLOTIP_INDICATORS), {
          label: "Indicator",
          format: glotip.indicatorLabel,
          value: "Detected trafficking victims",
        }),
        I.radio(Object.keys(glotip.BREAKDOWNS), {
          label: "Breakdown",
          format: (b: string) => (glotip.BREAKDOWNS as Record<string, string>)[b],
          value: "none",
        }),
        I.radio(editions, { label: "UNODC edition", value: editions[0] }),
        I.radio(["linear", "symlog"], {
          label: "Scale",
          format: (s: string) => (s === "linear" ? "Linear" : "Compressed (small counts visible)"),
          value: "linear",
        }),
        I.toggle({ label: "Show values failing a plausibility check", value: false }),
      );
      return box;
    },
  },
  "prevalence-measure": {
    tables: [],
    render: () =>
      (Inputs as any).radio(["per_1000", "number"], {
        label: "Show",
        format: (m: string) => (m === "per_1000" ? "Per 1,000 people" : "Number of people"),
        value: "per_1000",
      }),
  },
};

export const TEXTS: Record<string, TextBake> = {
  // /prevalence's card title starts with the measure shown.
  "prevalence-title": { text: () => prevalence.measureLabel("per_1000") },
  "country-summary": {
    text: (data, page) =>
      countrySummary({
        name: countryName(data, page),
        tiers: ofCountry(data, "tiers", page) as any,
        regionStats: regionStats(data.rows("gsi") as any, code(page)),
        figures: ofCountry(data, "figures", page).length,
        events: ofCountry(data, "events", page).length,
        cspaListedYears: [
          ...new Set(
            ofCountry(data, "cspa", page)
              .filter((d) => d.status === "listed")
              .map((d) => d.year),
          ),
        ].sort(),
      }),
  },
  "funding-summary": {
    text: (data, page) =>
      funding.fundingSummary(
        data.rows("funding_country_year").filter((d) => d.place === code(page)) as any,
        countryName(data, page),
      ),
  },
};

const escape = (text: unknown) =>
  String(text ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

function tableHtml({ columns, rows }: Table): string {
  const head = Object.values(columns)
    .map((h) => `<th scope="col">${escape(h)}</th>`)
    .join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${Object.keys(columns)
          .map((c) => `<td>${escape(typeof r[c] === "number" ? r[c].toLocaleString("en-US") : r[c])}</td>`)
          .join("")}</tr>`,
    )
    .join("\n");
  return `<div class="table-scroll baked-table"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/**
 * One drawing of the chart, ready for the page: the detail panel's prompt is kept (the live
 * chart has the same, so the box keeps its height) but hidden when JavaScript is off, where no
 * pointer works; the download menu keeps its place but is inert (it needs JavaScript).
 */
function drawing(el: Element, bake: Bake, table: string): string {
  // A "Show the data" the component drew (Inputs.table, which needs JavaScript to page and sort):
  // the same closed <details>, so the same height, holding the rows as a plain table.
  // (Spliced into the serialized text: parsing it into jsdom once per drawing cost more than the chart.)
  const TABLE = "<!--baked-table-->";
  for (const view of el.querySelectorAll("details.table-view")) {
    const summary = view.querySelector("summary")!;
    view.replaceChildren(summary, document.createComment("baked-table"));
  }
  for (const panel of el.querySelectorAll(".mark-detail")) panel.classList.add("baked-js-only");
  for (const menu of el.querySelectorAll("details.chart-menu")) {
    menu.setAttribute("inert", "");
    menu.classList.add("baked-js-only");
  }
  // The chart's own SVGs (not the legend's swatches) follow the card's width. Fixed-height charts
  // keep their height in pixels (the live chart's); maps keep their proportions.
  for (const svg of el.querySelectorAll("svg[viewBox]")) {
    const height = Number(svg.getAttribute("height"));
    if (!(height > 40)) continue;
    svg.setAttribute("style", bake.sizing === "fixed" ? `width:100%;height:${height}px` : "width:100%;height:auto");
  }
  let text = el.outerHTML.split(TABLE).join(table);
  // Map outlines come with three decimals; a tenth of a pixel is finer than any screen draws them
  // and halves the page (/tiers: 243 KB of HTML with three).
  if (bake.sizing === "scales")
    text = text.replace(/ d="[^"]*"/g, (d) => d.replace(/\d+\.\d{2,}/g, (n) => (+n).toFixed(1)));
  return text;
}

export class BakeError extends Error {}

/** The markup of one baked chart for `page` (its path, e.g. /countries/PAK), or null if the page draws none. */
export function bakeChart(id: string, page: string, data: Data): string | null {
  const bake = BAKES[id];
  const widths = bake.sizing === "scales" ? [WIDTHS[1]] : [...WIDTHS];
  // Framework's resize() returns a relatively positioned <div> that holds the chart drawn at its
  // width; this one holds a drawing per width and is a size container, so the card shows the
  // drawing made at its own width's layout (the component's narrow layout below its breakpoint).
  const resize: Resize = (render) => {
    const div = document.createElement("div");
    div.style.position = "relative";
    div.className = "baked-sizes";
    for (const width of widths) {
      const variant = document.createElement("div");
      variant.className = "baked-variant";
      variant.dataset.width = String(width);
      const drawn = render(width);
      if (drawn) variant.append(drawn);
      div.append(variant);
    }
    return div;
  };
  const el = bake.render(data, page, resize);
  if (!el) return null;
  const rows = bake.table(data, page);
  const table = tableHtml(rows);
  const ownTable = el.querySelector("details.table-view") !== null;
  const key = `.baked-chart[data-bake="${id}"] .baked-sizes > .baked-variant`;
  const style =
    bake.sizing === "scales"
      ? ""
      : `<style>${key} { display: none; }
@container (max-width: ${bake.narrowBelow - 0.02}px) { ${key}[data-width="${WIDTHS[0]}"] { display: block; } }
@container (min-width: ${bake.narrowBelow}px) and (max-width: ${WIDE_FROM - 0.02}px) { ${key}[data-width="${WIDTHS[1]}"] { display: block; } }
@container (min-width: ${WIDE_FROM}px) { ${key}[data-width="${WIDTHS[2]}"] { display: block; } }</style>`;
  const note = `<p class="baked-note baked-nojs muted">This chart was drawn when the site was built: ${escape(bake.caption(data, page))}. Pointing at a mark for its source and quote, and the choices in the page's address, need JavaScript.</p>`;
  return (
    `<div class="baked-chart" data-bake="${id}" data-bake-state="${bake.state.join(" ")}">${style}` +
    drawing(el, bake, table) +
    note +
    // The page's own table comes in a later cell: readers without JavaScript get this one.
    (ownTable
      ? ""
      : `<details class="baked-nojs"><summary>Show the data (${rows.rows.length} rows)</summary>${table}</details>`) +
    `</div>`
  );
}

const PLACEHOLDER =
  /<div class="baked-chart" data-bake="([^"]*)"><\/div>|<span class="baked-text" data-bake="([^"]*)"><\/span>|<div class="baked-controls" data-bake="([^"]*)"><\/div>/g;

/**
 * `html` (the built page `page`) with each baked-chart placeholder filled, and the URL
 * parameters that make the baked default stale. An unknown id stops the build with the file
 * and line of the placeholder.
 */
export async function bakePage(
  html: string,
  page: string,
  data: Data,
  file: string,
): Promise<{ html: string; state: string[]; count: number }> {
  const state = new Set<string>();
  let count = 0;
  const found = [...html.matchAll(PLACEHOLDER)];
  for (const m of found) {
    if (m[3] !== undefined) {
      if (!CONTROLS[m[3]]) {
        const line = html.slice(0, m.index).split("\n").length;
        throw new BakeError(
          `${file}:${line}: unknown baked controls "${m[3]}" (known: ${Object.keys(CONTROLS).join(", ")}); add them to scripts/bake-charts.ts`,
        );
      }
      await data.load(CONTROLS[m[3]].tables);
      continue;
    }
    if (m[2] !== undefined) {
      if (!TEXTS[m[2]]) {
        const line = html.slice(0, m.index).split("\n").length;
        throw new BakeError(
          `${file}:${line}: unknown baked text "${m[2]}" (known: ${Object.keys(TEXTS).join(", ")}); add it to scripts/bake-charts.ts`,
        );
      }
      await data.load(Data.NEEDS[m[2]]);
      continue;
    }
    if (!BAKES[m[1]]) {
      const line = html.slice(0, m.index).split("\n").length;
      throw new BakeError(
        `${file}:${line}: unknown baked chart "${m[1]}" (known: ${Object.keys(BAKES).join(", ")}); add it to scripts/bake-charts.ts`,
      );
    }
    await data.load(Data.NEEDS[m[1]]);
  }
  let out = html;
  for (const m of found.reverse()) {
    if (m[3] !== undefined) {
      const el = CONTROLS[m[3]].render(data, page);
      // A select's choice is a property: written as the attribute the HTML needs.
      for (const option of el.querySelectorAll("option"))
        if ((option as HTMLOptionElement).selected) option.setAttribute("selected", "");
      // A box of several inputs gives its children (the wrapper is display: contents).
      const inner = el.tagName === "DIV" ? el.innerHTML : el.outerHTML;
      const baked = `<div class="baked-controls" data-bake="${m[3]}" inert>${inner}</div>`;
      out = out.slice(0, m.index) + baked + out.slice(m.index! + m[0].length);
      continue;
    }
    if (m[2] !== undefined) {
      const text = TEXTS[m[2]].text(data, page);
      const baked = text === null ? "" : `<span class="baked-text" data-bake="${m[2]}">${escape(text)}</span>`;
      out = out.slice(0, m.index) + baked + out.slice(m.index! + m[0].length);
      continue;
    }
    const id = m[1];
    const baked = bakeChart(id, page, data);
    // No chart to bake (e.g. a country with no tier): the placeholder goes, the live page says why.
    out = out.slice(0, m.index) + (baked ?? "") + out.slice(m.index! + m[0].length);
    if (baked) {
      count++;
      for (const p of BAKES[id].state) state.add(p);
    }
  }
  return { html: out, state: [...state], count };
}
