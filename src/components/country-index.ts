// The countries tip-atlas has a page for, grouped by region, with what each page holds. The
// rule for "has a page" is the build's (loaders/site.ts dynamicPaths): a three-letter code with
// a row in any published table, aggregates (WLD, SCA) excluded.
import { html } from "htl";
import { matchesCountry, plural, type SearchableCountry } from "./format.js";

interface CountryRow {
  country: string;
  country_name: string;
}

export interface CountryTables {
  tiers: CountryRow[];
  gsi: (CountryRow & { edition: number; region: string | null; prevalence_per_1000: number | null })[];
  figures: CountryRow[];
  events: CountryRow[];
  cspa: CountryRow[];
}

export interface CountryEntry {
  code: string;
  name: string;
  region: string;
  counts: { tiers: number; gsi: number; figures: number; events: number; cspa: number };
}

export const NO_REGION = "Not in the Global Slavery Index";

export const hasCountryPage = (code: string) => /^[A-Z]{3}$/.test(code) && code !== "WLD" && code !== "SCA";

/** Every country with a page, with its region (the latest Global Slavery Index edition's). */
export function countryEntries(tables: CountryTables): CountryEntry[] {
  const entries = new Map<string, CountryEntry>();
  for (const table of ["tiers", "gsi", "figures", "events", "cspa"] as const) {
    for (const row of tables[table]) {
      if (!hasCountryPage(row.country)) continue;
      let entry = entries.get(row.country);
      if (!entry) {
        entry = {
          code: row.country,
          name: row.country_name,
          region: NO_REGION,
          counts: { tiers: 0, gsi: 0, figures: 0, events: 0, cspa: 0 },
        };
        entries.set(row.country, entry);
      }
      if (table !== "gsi" || (row as CountryTables["gsi"][number]).prevalence_per_1000 !== null) entry.counts[table]++;
    }
  }
  const latestRegion = new Map<string, { edition: number; region: string }>();
  for (const g of tables.gsi) {
    const seen = latestRegion.get(g.country);
    if (g.region && (!seen || g.edition > seen.edition))
      latestRegion.set(g.country, { edition: g.edition, region: g.region });
  }
  for (const entry of entries.values()) entry.region = latestRegion.get(entry.code)?.region ?? NO_REGION;
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** "21 tier placements · 3 GSI estimates · 12 figures" — only what there is. */
export function holdings(c: CountryEntry["counts"]): string {
  const parts = [
    c.tiers && plural(c.tiers, "tier placement"),
    c.gsi && plural(c.gsi, "GSI estimate"),
    c.figures && plural(c.figures, "figure"),
    c.events && plural(c.events, "event"),
    c.cspa && plural(c.cspa, "CSPA row"),
  ].filter(Boolean);
  return parts.join(" · ");
}

/** A search box and the countries by region; typing hides the countries that do not match. */
export function CountryIndex(
  entries: CountryEntry[],
  { root = "./", search: known = [] }: { root?: string; search?: readonly SearchableCountry[] } = {},
): HTMLElement {
  const aliasesOf = new Map(known.map((c) => [c.code, c.aliases ?? []]));
  const searchable = new Map<HTMLElement, SearchableCountry>();
  const regions = [...new Set(entries.map((e) => e.region))].sort((a, b) =>
    a === NO_REGION ? 1 : b === NO_REGION ? -1 : a.localeCompare(b),
  );
  const search = html`<input
    class="country-search"
    id="country-search"
    type="search"
    autocomplete="off"
    placeholder="Type a country's name or code"
  />` as HTMLInputElement;
  const count = html`<p class="muted" aria-live="polite"></p>`;
  const sections = regions.map((region) => {
    const items = entries
      .filter((e) => e.region === region)
      .map((e) => {
        const aliases = aliasesOf.get(e.code) ?? [];
        const li = html`<li data-search=${[e.name, e.code, ...aliases].join(" · ")}>
          <a href=${`${root}countries/${e.code}`}>${e.name}</a>
          <span class="has muted">${holdings(e.counts)}</span>
        </li>`;
        searchable.set(li, { code: e.code, name: e.name, aliases });
        return li;
      });
    return html`<section class="country-region">
      <h2>${region} <span class="muted">(${items.length})</span></h2>
      <ul class="country-index">
        ${items}
      </ul>
    </section>`;
  });
  const filter = () => {
    const query = search.value.trim();
    let shown = 0;
    for (const section of sections) {
      let inSection = 0;
      for (const li of section.querySelectorAll<HTMLElement>("li[data-search]")) {
        // Accents and case ignored, aliases included: "Turkey" finds Türkiye, "cote" Côte d'Ivoire.
        const match = !query || matchesCountry(searchable.get(li)!, query);
        li.hidden = !match;
        if (match) inSection++;
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    count.textContent = query
      ? shown
        ? `${plural(shown, "country", "countries")} match “${search.value.trim()}”.`
        : `No country matches “${search.value.trim()}”.`
      : `${plural(entries.length, "country", "countries")}.`;
  };
  search.addEventListener("input", filter);
  filter();
  return html`<div class="country-finder">
    <label for="country-search"><strong>Find a country</strong></label
    ><br />
    ${search} ${count} ${sections}
  </div>`;
}
