// US State Department TIP Report tier placements: the 2001–2015 academic panel joined with the
// 2014–2025 placements cited from report text and news in facts.csv. One row per country and
// report year. Where both have a year, the text-sourced placement wins (it has a quote) and
// the panel's is kept in the note; a disagreement is flagged. Suspect values are flagged, never
// corrected.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countryName, isCountryCode } from "../countries.ts";
import { readCsv } from "../csv.ts";
import type { DataIssue } from "../issues.ts";
import type { Fact } from "./facts.ts";

export const TIERS = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"] as const;
export type Tier = (typeof TIERS)[number];
/** Position on a 1–3 scale for charts: the Watch List sits between Tier 2 and Tier 3. */
export const TIER_LEVEL: Record<Tier, number> = { "Tier 1": 1, "Tier 2": 2, "Tier 2 Watch List": 2.5, "Tier 3": 3 };

export interface TierRow {
  country: string;
  country_name: string;
  year: number;
  tier: Tier;
  tier_level: number;
  source_title: string;
  source_url: string | null;
  quote: string | null;
  reference_row: string;
  provenance: "panel" | "text";
  flag: string | null;
  note: string | null;
}

const PANEL_TITLE = "TIP tier panel 2001–2015 (Cho et al., as kept in andrewheiss/jk_misc)";
const PANEL_URL = "https://github.com/andrewheiss/jk_misc";

/** "Tier 2    " → Tier 2, "Watchlist" → Tier 2 Watch List, "NA" → null; else undefined. */
export function normaliseTier(text: string): Tier | null | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  if (t === "NA" || t === "") return null;
  if (/^watch ?list$/i.test(t) || /^tier 2 watch ?list$/i.test(t)) return "Tier 2 Watch List";
  const m = /^tier ([123])$/i.exec(t);
  return m ? (`Tier ${m[1]}` as Tier) : undefined;
}

/** "2001.0" → 2001, "2e3" → 2000 (the panel's spreadsheet wrote years as floats). */
export function parsePanelYear(text: string): number | null {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : null;
}

export interface TiersResult {
  rows: TierRow[];
  issues: DataIssue[];
  dropped: { not_ranked: number };
  inputs: string[];
}

export function loadTiers(facts: Fact[], referenceDir = "data/reference"): TiersResult {
  const issues: DataIssue[] = [];
  const panelFile = join(referenceDir, "tip-tiers", "tiers-2001-2015.csv");
  const flagsFile = join(referenceDir, "tier-flags.csv");
  const codesFile = join(referenceDir, "tier-panel-codes.csv");
  const byKey = new Map<string, TierRow>();
  let notRanked = 0;

  // Panel rows whose iso is missing or not ISO, identified by their Correlates of War code.
  const codes = readCsv(codesFile, readFileSync(codesFile, "utf8"), ["iso", "ccode", "iso3", "note"]);
  issues.push(...codes.issues);
  const fixedCode = new Map(codes.records.map(({ values }) => [`${values.iso}:${values.ccode}`, values.iso3]));

  const panel = readCsv(panelFile, readFileSync(panelFile, "utf8"), ["countryname", "iso", "year", "ccode", "tier"]);
  issues.push(...panel.issues);
  for (const { line, values } of panel.records) {
    const year = parsePanelYear(values.year);
    const tier = normaliseTier(values.tier);
    const iso = fixedCode.get(`${values.iso.trim()}:${values.ccode.trim()}`) ?? values.iso.trim();
    if (year === null) issues.push({ file: panelFile, line, message: `year "${values.year}" is not a year` });
    if (tier === undefined)
      issues.push({
        file: panelFile,
        line,
        message: `tier "${values.tier}" is not a TIP tier (Tier 1, Tier 2, Watchlist, Tier 3 or NA)`,
      });
    if (!isCountryCode(iso))
      issues.push({ file: panelFile, line, message: `iso "${iso}" is not an ISO 3166-1 alpha-3 country code` });
    if (year === null || tier === undefined || !isCountryCode(iso)) continue;
    if (tier === null) {
      notRanked++;
      continue;
    }
    const key = `${iso}:${year}`;
    if (byKey.has(key)) {
      issues.push({ file: panelFile, line, message: `${iso} ${year} appears twice` });
      continue;
    }
    byKey.set(key, {
      country: iso,
      country_name: countryName(iso),
      year,
      tier,
      tier_level: TIER_LEVEL[tier],
      source_title: PANEL_TITLE,
      source_url: PANEL_URL,
      quote: null,
      reference_row: `${panelFile}:${line}`,
      provenance: "panel",
      flag: null,
      note: null,
    });
  }

  for (const fact of facts.filter((f) => f.kind === "tip_tier")) {
    const file = fact.reference_row.replace(/:\d+$/, "");
    // "Tier 2 (probable)": the source's wording leaves the placement uncertain.
    const probable = /\(probable\)/i.test(fact.value);
    const tier = normaliseTier(fact.value.replace(/\(probable\)/i, ""));
    const year = Number(fact.year);
    if (!tier) {
      issues.push({ file, line: fact.line, message: `value "${fact.value}" is not a TIP tier` });
      continue;
    }
    if (!Number.isInteger(year)) {
      issues.push({ file, line: fact.line, message: `year "${fact.year}" is not a year` });
      continue;
    }
    const uncertain = probable || /confirm|verify|secondary/i.test(fact.qualifier);
    for (const country of fact.countries) {
      const key = `${country}:${year}`;
      const existing = byKey.get(key);
      const row: TierRow = {
        country,
        country_name: countryName(country),
        year,
        tier,
        tier_level: TIER_LEVEL[tier],
        source_title: fact.source_title,
        source_url: fact.source_url,
        quote: fact.excerpt,
        reference_row: fact.reference_row,
        provenance: "text",
        flag: uncertain ? "uncertain" : null,
        note: fact.qualifier || null,
      };
      if (existing?.provenance === "text") {
        // A second text source for the same placement: corroboration, or a conflict.
        if (existing.tier !== tier) {
          existing.flag = "conflict";
          existing.note = [existing.note, `${fact.source_title} says ${tier}`].filter(Boolean).join("; ");
        } else {
          existing.note = [existing.note, `also: ${fact.source_title}`].filter(Boolean).join("; ");
        }
        continue;
      }
      if (existing?.provenance === "panel") {
        if (existing.tier !== tier) {
          row.flag = "conflict";
          row.note = [row.note, `the 2001–2015 panel says ${existing.tier}`].filter(Boolean).join("; ");
        } else {
          row.note = [row.note, "the 2001–2015 panel agrees"].filter(Boolean).join("; ");
        }
      }
      byKey.set(key, row);
    }
  }

  const flags = readCsv(flagsFile, readFileSync(flagsFile, "utf8"), ["country", "year", "flag", "note"]);
  issues.push(...flags.issues);
  for (const { line, values } of flags.records) {
    const row = byKey.get(`${values.country}:${values.year}`);
    if (!row) {
      issues.push({ file: flagsFile, line, message: `no tier placement for ${values.country} ${values.year} to flag` });
      continue;
    }
    row.flag = values.flag.trim();
    row.note = [row.note, values.note.trim()].filter(Boolean).join("; ");
  }

  const rows = [...byKey.values()].sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);
  return { rows, issues, dropped: { not_ranked: notRanked }, inputs: [panelFile, flagsFile, codesFile] };
}
