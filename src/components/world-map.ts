// A world map of one Global Slavery Index edition: prevalence per 1,000, country shapes from
// world-atlas (Natural Earth, 1:110m) matched on ISO 3166-1 numeric codes. The tooltip names
// the shape under the pointer (the browser's own hit-testing of the path, not the nearest
// centre), and each country with a page in tip-atlas links to it. Antarctica is not drawn.
import * as Plot from "@observablehq/plot";
import { html } from "htl";
import { feature } from "topojson-client";
import { fixAria } from "./a11y.js";
import type { GsiRow } from "./prevalence-chart.js";

const ANTARCTICA = "010";

interface MapCountry {
  name: string;
  code: string | null;
  row: (GsiRow & { iso_numeric: string | null }) | undefined;
}

export function WorldMap(
  world: any,
  rows: (GsiRow & { iso_numeric: string | null })[],
  { width, edition, root = "./" }: { width: number; edition: number; root?: string },
): HTMLElement {
  const numeric = (id: unknown) => String(Number(id));
  const byNumeric = new Map(
    rows.filter((r) => r.edition === edition && r.iso_numeric).map((r) => [numeric(r.iso_numeric), r]),
  );
  // Any edition names the country and gives its code, for the link and the "no estimate" tooltip.
  const known = new Map(rows.filter((r) => r.iso_numeric).map((r) => [numeric(r.iso_numeric), r]));
  const features = (feature(world, world.objects.countries) as any).features.filter((f: any) => f.id !== ANTARCTICA);
  const info = new Map<string, MapCountry>();
  const countries = features.map((f: any) => {
    const row = byNumeric.get(numeric(f.id));
    const any = known.get(numeric(f.id));
    const name = any?.country_name ?? f.properties.name;
    const code = any?.country ?? null;
    info.set(name, { name, code, row });
    return { ...f, properties: { ...f.properties, name, code, value: row?.prevalence_per_1000 ?? null } };
  });
  const withData = countries.filter((f: any) => f.properties.value !== null).length;
  const plot = fixAria(
    Plot.plot({
      width,
      height: Math.round(width * 0.45),
      projection: { type: "equal-earth", domain: { type: "FeatureCollection", features } as any },
      ariaLabel: `World map of modern slavery prevalence per 1,000 population, Global Slavery Index ${edition}`,
      ariaDescription: `${withData} countries shaded by estimated prevalence; grey where the edition has no estimate. Each country links to its page.`,
      // Thresholds, not a linear ramp: a few extreme values (North Korea above 100 per 1,000)
      // would otherwise wash out the differences between most countries.
      color: {
        type: "threshold",
        domain: [3, 5, 7, 10, 15, 25],
        scheme: "oranges",
        label: `People in modern slavery per 1,000 (GSI ${edition})`,
        legend: true,
        unknown: "var(--theme-foreground-faintest)",
      },
      marks: [
        Plot.geo(countries, {
          fill: (f: any) => f.properties.value,
          stroke: "var(--theme-background)",
          strokeWidth: 0.5,
          className: "map-countries",
          ariaLabel: (f: any) => f.properties.name,
          href: (f: any) => (f.properties.code ? `${root}countries/${f.properties.code}` : null),
        }),
      ],
    }),
  );
  const tooltip = html`<div class="map-tooltip" role="status" hidden></div>`;
  const container = html`<div class="world-map">${plot}${tooltip}</div>`;
  const describe = (c: MapCountry) => {
    const lines = [c.name];
    if (c.row?.prevalence_per_1000 != null) {
      lines.push(`${c.row.prevalence_per_1000} per 1,000 (GSI ${edition})`);
      if (c.row.estimated_number !== null) lines.push(`${c.row.estimated_number.toLocaleString("en-US")} people`);
    } else lines.push(`No estimate in GSI ${edition}`);
    if (c.code) lines.push("Click for the country's page");
    return lines;
  };
  const show = (event: PointerEvent | FocusEvent, path: Element | null) => {
    const name = path?.getAttribute("aria-label");
    const country = name ? info.get(name) : undefined;
    if (!country) {
      tooltip.hidden = true;
      return;
    }
    tooltip.replaceChildren(
      ...describe(country).map((line, i) => html`<div>${i === 0 ? html`<strong>${line}</strong>` : line}</div>`),
    );
    tooltip.hidden = false;
    const box = container.getBoundingClientRect();
    const target = "clientX" in event ? { x: event.clientX, y: event.clientY } : centre(path!);
    const x = Math.min(target.x - box.left + 12, box.width - tooltip.offsetWidth - 4);
    const y = target.y - box.top + 16;
    tooltip.style.left = `${Math.max(0, x)}px`;
    tooltip.style.top = `${y}px`;
  };
  const centre = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  plot.addEventListener("pointermove", (event) =>
    show(event as PointerEvent, (event.target as Element).closest("g.map-countries path")),
  );
  plot.addEventListener("pointerleave", () => (tooltip.hidden = true));
  plot.addEventListener("focusin", (event) =>
    show(event as FocusEvent, (event.target as Element).querySelector?.("path") ?? null),
  );
  plot.addEventListener("focusout", () => (tooltip.hidden = true));
  return container;
}
