// A world map of one Global Slavery Index edition: prevalence per 1,000, country shapes from
// world-atlas (Natural Earth, 1:110m) matched on ISO 3166-1 numeric codes.
import * as Plot from "@observablehq/plot";
import { feature } from "topojson-client";
import { fixAria } from "./a11y.js";
import type { GsiRow } from "./prevalence-chart.js";

export function WorldMap(
  world: any,
  rows: (GsiRow & { iso_numeric: string | null })[],
  { width, edition }: { width: number; edition: number },
) {
  const byNumeric = new Map(
    rows.filter((r) => r.edition === edition && r.iso_numeric).map((r) => [String(Number(r.iso_numeric)), r]),
  );
  const countries = (feature(world, world.objects.countries) as any).features.map((f: any) => {
    const row = byNumeric.get(String(Number(f.id)));
    return { ...f, properties: { ...f.properties, row, value: row?.prevalence_per_1000 ?? null } };
  });
  const withData = countries.filter((f: any) => f.properties.value !== null).length;
  return fixAria(
    Plot.plot({
      width,
      height: Math.round(width * 0.5),
      projection: "equal-earth",
      ariaLabel: `World map of modern slavery prevalence per 1,000 population, Global Slavery Index ${edition}`,
      ariaDescription: `${withData} countries shaded by estimated prevalence; grey where the edition has no estimate.`,
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
        Plot.sphere({ stroke: "currentColor", strokeOpacity: 0.3 }),
        Plot.geo(countries, {
          fill: (f: any) => f.properties.value,
          stroke: "var(--theme-background)",
          strokeWidth: 0.5,
        }),
        Plot.tip(
          countries,
          Plot.pointer(
            Plot.centroid({
              title: (f: any) =>
                f.properties.row
                  ? `${f.properties.row.country_name}\n${f.properties.value} per 1,000 (GSI ${edition})\n${f.properties.row.estimated_number?.toLocaleString("en-US") ?? "—"} people\n${f.properties.row.source_title}`
                  : `${f.properties.name}\nno estimate in GSI ${edition}`,
            }),
          ),
        ),
      ],
    }),
  );
}
