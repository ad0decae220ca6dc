// What the site's configuration needs to know about the data at build time, read once.
import { loadContributed } from "./contributed.ts";
import { buildCatalog } from "./catalog.ts";
import { DATA_DIR } from "./step.ts";
import { ledgerOf } from "./steps/shared.ts";

/**
 * The pages and files Framework cannot discover by links: one page per country with data
 * (countries/[iso3].md), one per stored document (sources/[id].md), and one Parquet file per
 * contributed dataset (data/contributed/[name].parquet.ts).
 */
export async function dynamicPaths(dataDir = DATA_DIR): Promise<string[]> {
  const catalog = buildCatalog(dataDir);
  const ledger = ledgerOf(dataDir);
  const codes = new Set<string>();
  for (const name of ["figures", "events", "gsi", "tiers", "cspa"] as const) {
    for (const row of catalog.byName[name].rows) codes.add(String(row.country));
  }
  const countries = [...codes].filter((c) => /^[A-Z]{3}$/.test(c) && c !== "WLD" && c !== "SCA").sort();
  const sources = ledger.sources.map((s) => s.id).sort();
  const contributed = (await loadContributed(dataDir))
    .filter((c) => c.dataset && !c.issues.length)
    .map((c) => c.dataset.name);
  return [
    ...countries.map((code) => `/countries/${code}`),
    ...sources.map((id) => `/sources/${id}`),
    ...contributed.map((name) => `/data/contributed/${name}.parquet`),
  ];
}
