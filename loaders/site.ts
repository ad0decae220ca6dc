// What the site's configuration needs to know about the data at build time.
import { DATA_DIR, loadCatalog } from "./datasets.ts";

/** Every country (not aggregate) that has a row in a published table, sorted. */
export function countryCodesWithData(dataDir = DATA_DIR): string[] {
  const { datasets } = loadCatalog(dataDir);
  const codes = new Set<string>();
  for (const name of ["figures", "events", "gsi", "tiers", "cspa"] as const) {
    for (const row of datasets[name].rows) codes.add(String(row.country));
  }
  return [...codes].filter((c) => /^[A-Z]{3}$/.test(c) && c !== "WLD" && c !== "SCA").sort();
}

/** Every stored document's id, for the /sources/<id> pages. */
export function sourceIds(dataDir = DATA_DIR): string[] {
  return loadCatalog(dataDir).ledger.sources.map((s) => s.id).sort();
}
