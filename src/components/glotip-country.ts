// The GLOTIP block of a country page: the country's detected victims, persons prosecuted and
// convicted in UNODC's latest edition, suppressed cells and revised values marked, or a plain
// statement that UNODC has no row for it. Self-contained: it fetches the small totals slice and
// the revisions itself, so the page inserts it with one expression and does not wait for it.
import { html } from "htl";
import { readParquet } from "./tables.js";
import { TableView } from "./table-view.js";
import { OriginNote, originsOf, type Origin } from "./origin.js";
import {
  GlotipTimeChart,
  MarkLegend,
  indicatorLabel,
  type GlotipPoint,
  type GlotipRevisionRow,
  type ShownRow,
} from "./glotip-chart.js";
import { GLOTIP_CLAIM_LABEL } from "../lib/vocabulary.js";
import { sentence } from "./format.js";

const INDICATORS = ["Detected trafficking victims", "Persons prosecuted", "Persons convicted"];

export interface GlotipCountryFiles {
  /** URLs of glotip-totals.parquet, glotip_revisions.parquet and catalog.json (the tables' origins). */
  totals: string;
  revisions: string;
  catalog: string;
  /** The way back to the site's root from the page ("../" from /countries/PAK). */
  root: string;
}

/** The rows the block shows: the latest edition's national totals of the three indicators. */
export function countryRows(totals: GlotipPoint[], code: string): { edition: string | null; rows: ShownRow[] } {
  const mine = totals.filter((r) => r.iso3 === code);
  const edition = [...new Set(totals.map((r) => r.edition))].sort().at(-1) ?? null;
  const rows = mine
    .filter((r) => r.edition === edition && INDICATORS.includes(r.indicator))
    .map((r) => ({ ...r, series: indicatorLabel(r.indicator), facet: r.country_name }))
    .sort((a, b) => INDICATORS.indexOf(a.indicator) - INDICATORS.indexOf(b.indicator) || a.year - b.year);
  return { edition, rows };
}

/** Draw `render(width)` into a container, again whenever its width changes. */
function responsive(render: (width: number) => Element): HTMLElement {
  const box = html`<div class="glotip-country-chart"></div>` as HTMLElement;
  let drawn = 0;
  const draw = (width: number) => {
    if (width <= 0 || Math.abs(width - drawn) < 1) return;
    drawn = width;
    box.replaceChildren(render(width));
  };
  new ResizeObserver(([entry]) => draw(Math.floor(entry.contentRect.width))).observe(box);
  return box;
}

export async function GlotipCountry(code: string, files: GlotipCountryFiles): Promise<HTMLElement> {
  const [totals, revisions, origins] = await Promise.all([
    readParquet(files.totals) as Promise<GlotipPoint[]>,
    readParquet(files.revisions) as Promise<GlotipRevisionRow[]>,
    fetch(files.catalog)
      .then((r) => r.json() as Promise<{ name: string; origin: Origin }[]>)
      .then(originsOf),
  ]);
  // The slice carries each row's line; its file is the edition's input (as in glotip's source_row).
  const glotipOrigin = origins.glotip as Origin & {
    details: { editions: { edition: string; file: string }[] };
  };
  const inputOf = new Map(
    glotipOrigin.details.editions.map((e) => [
      e.edition,
      glotipOrigin.inputs.find((i) => i.path.endsWith(`/${e.file}`))?.path,
    ]),
  );
  for (const r of totals as (GlotipPoint & { source_line: number })[])
    r.source_row = `${inputOf.get(r.edition)}:${r.source_line}`;
  const { edition, rows } = countryRows(totals, code);
  const anyEdition = totals.some((r) => r.iso3 === code);
  const mine = revisions.filter(
    (r) =>
      r.iso3 === code &&
      INDICATORS.includes(r.indicator) &&
      r.dimension === "Total" &&
      r.sex === "Total" &&
      r.age === "Total",
  );
  const heading = html`<h2>Detected victims, prosecutions, convictions (UNODC)</h2>`;
  if (!rows.length)
    return html`<div class="card glotip-country">
      ${heading}
      <p class="empty-state">
        UNODC's Global Report on Trafficking in Persons data has no national total of detected victims, persons
        prosecuted or convicted for ${code}${anyEdition ? ` in its ${edition} edition` : " in either edition"}: unknown,
        not zero.
      </p>
      ${OriginNote(origins.glotip)}
    </div>`;
  const name = rows[0].country_name;
  const censored = rows.filter((r) => r.censored).length;
  return html`<div class="card glotip-country">
    ${heading}
    ${responsive((width) =>
      GlotipTimeChart(rows, {
        width,
        yLabel: "Persons",
        revisions: mine,
        seriesOrder: INDICATORS.map(indicatorLabel),
        height: 280,
        scale: "symlog",
      }),
    )}
    ${MarkLegend()}
    <p class="muted">
      UNODC edition ${edition}: ${rows.length - censored} reported counts, ${censored} suppressed cells (fewer than 5),
      ${mine.length} national totals revised since the previous edition. ${sentence(GLOTIP_CLAIM_LABEL)}
      <a href=${`${files.root}glotip?countries=${encodeURIComponent(code)}`}>Compare ${name} with other countries</a>.
    </p>
    ${TableView(rows as unknown as Record<string, unknown>[], {
      columns: {
        series: "Indicator",
        year: "Year",
        value_text: "As published",
        value: "Count",
        censored: "Suppressed (<5)",
        edition: "Edition",
        source_row: "Input row",
      },
      filename: `tip-atlas-${code}-glotip.csv`,
    })}
    ${
      mine.length
        ? TableView(
            mine.map((r) => ({ ...r, indicator_label: indicatorLabel(r.indicator) })),
            {
              columns: {
                indicator_label: "Indicator",
                year: "Year",
                old_text: "Earlier edition",
                new_text: "Later edition",
                change_low: "Change, at least",
                change_high: "Change, at most",
                old_row: "Earlier row",
                new_row: "Later row",
              },
              filename: `tip-atlas-${code}-glotip-revisions.csv`,
              label: "Values revised between editions",
            },
          )
        : null
    }
    ${OriginNote(origins.glotip)}
  </div>`;
}
