// What the site's configuration needs to know about the data at build time, read once.
import { loadContributed } from "./contributed.ts";
import { STEPS } from "./catalog.ts";
import { DATA_DIR, runStep } from "./step.ts";
import { ledgerOf } from "./steps/shared.ts";

/**
 * The pages and files Framework cannot discover by links: one page per country with data
 * (countries/[iso3].md), one per stored document (sources/[id].md), and one Parquet file per
 * contributed dataset (data/contributed/[name].parquet.ts).
 */
export async function dynamicPaths(dataDir = DATA_DIR): Promise<string[]> {
  // Only the steps that decide which countries get a page: the config runs in every build and
  // preview, so it skips the heavy ones (GLOTIP, the extractor) that cannot add a country here.
  const ledger = ledgerOf(dataDir);
  const codes = new Set<string>();
  for (const step of STEPS.filter((s) => ["figures", "events", "gsi", "tiers", "cspa"].includes(s.table.name))) {
    for (const row of runStep(step, dataDir).rows) codes.add(String(row.country));
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
