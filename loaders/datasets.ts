// The published tables, each built from validated inputs with its origin attached. Everything
// is loaded and checked together: a table is published only when no input has a problem.
import { formatIssue, type DataIssue } from "./issues.ts";
import { loadLedger, type Ledger } from "./ledger.ts";
import { dateRange, hashFiles, type Origin } from "./origin.ts";
import { toParquet } from "./parquet.ts";
import { loadCspa } from "./reference/cspa.ts";
import { factEvents, factFigures } from "./reference/fact-tables.ts";
import { readFacts } from "./reference/facts.ts";
import { loadGsi } from "./reference/gsi.ts";
import { loadLawEnforcement } from "./reference/law-enforcement.ts";
import { loadTierPanel } from "./reference/tier-sources.ts";
import { countryName, numericCode } from "./countries.ts";
import { dictionary, type ColumnDoc } from "./schema.ts";
import { extractFigures } from "./extract/index.ts";

export type DatasetName = keyof typeof dictionary;

/** The data folder the site is built from: `data/`, or TIP_ATLAS_DATA (the benchmark builds scaled copies). */
export const DATA_DIR = process.env.TIP_ATLAS_DATA || "data";
export const DATASETS = Object.keys(dictionary) as DatasetName[];

export interface Dataset {
  name: DatasetName;
  rows: Record<string, unknown>[];
  columns: ColumnDoc[];
  origin: Origin;
}

export interface Catalog {
  ledger: Ledger;
  datasets: Record<DatasetName, Dataset>;
  issues: DataIssue[];
}

const LEDGER_LICENSE =
  "Ledger and metadata: CC BY 4.0, tip-atlas contributors. Quoted text remains the publishers' own, quoted for verification.";
const REFERENCE_LICENSE =
  "Facts and figures as published by their cited sources; compiled rows quoted for research with their citations.";

export function loadCatalog(dataDir = DATA_DIR): Catalog {
  const referenceDir = `${dataDir}/reference`;
  const ledger = loadLedger(dataDir);
  const facts = readFacts(referenceDir);
  const gsi = loadGsi(referenceDir);
  const tiers = loadTierPanel(facts.facts, referenceDir);
  const cspa = loadCspa(facts.facts, ledger.events, referenceDir);
  const lawEnforcement = loadLawEnforcement(ledger, referenceDir);
  const extraFigures = factFigures(facts.facts);
  const extraEvents = factEvents(facts.facts);
  const issues = [
    ...ledger.issues,
    ...facts.issues,
    ...gsi.issues,
    ...tiers.issues,
    ...cspa.issues,
    ...lawEnforcement.issues,
    ...extraFigures.issues,
    ...extraEvents.issues,
  ];

  // The alias table is read by several loaders: report each of its problems once.
  const seen = new Set<string>();
  const uniqueIssues = issues.filter((i) => {
    const key = `${i.file}:${i.line}:${i.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
  issues.splice(0, issues.length, ...uniqueIssues);

  const sourceDates = dateRange(ledger.sources.map((s) => s.published));
  const origin = (name: DatasetName, o: Omit<Origin, "dataset" | "inputs">, inputs: string[]): Origin => ({
    dataset: name,
    ...o,
    inputs: hashFiles(inputs),
  });
  const dataset = (name: DatasetName, rows: object[], o: Origin): Dataset => ({
    name,
    rows: rows as Record<string, unknown>[],
    columns: dictionary[name],
    origin: o,
  });

  const figures = [
    ...ledger.figures,
    ...extraFigures.rows.map((f) => ({
      ...f,
      provenance: "dataset",
      source_id: null,
      source_publisher: null,
      source_published: null,
      quote_start: null,
      quote_end: null,
      figure_text: null,
      figure_start: null,
      figure_end: null,
    })),
  ];
  const events = [
    ...ledger.events,
    ...extraEvents.rows.map((e) => ({ ...e, provenance: "dataset", source_id: null, quote_start: null })),
  ];
  // Candidates: the rows of data/candidates.csv awaiting review, and what the extractor finds in
  // each stored document that neither the ledger nor candidates.csv (in any status: rejected
  // ones are not proposed again) already covers.
  const covered = (sourceId: string, start: number, end: number) =>
    [...ledger.figures, ...ledger.candidates].some(
      (f) => f.source_id === sourceId && (f.figure_start as number) < end && start < (f.figure_end as number),
    );
  const candidates = [
    ...ledger.candidates
      .filter((c) => c.status === "candidate")
      .map((c) => ({
        candidate_id: c.figure_id,
        source_id: c.source_id,
        status: c.status,
        figure_text: c.figure_text,
        figure_start: c.figure_start,
        figure_end: c.figure_end,
        value: c.value,
        value_high: c.value_high,
        unit: c.unit,
        qualifier: c.qualifier,
        metric: c.metric,
        country: c.country,
        region: c.region,
        year: c.period_end ? Number(c.period_end.slice(0, 4)) : null,
        quote: c.quote,
        confidence: c.confidence,
      })),
    ...ledger.sources.flatMap((source) =>
      extractFigures(source.body, { documentDate: source.published })
        .filter((c) => !covered(source.id, c.start, c.end))
        .map((c) => ({
          candidate_id: `${source.id}@${c.start}`,
          source_id: source.id,
          status: "candidate",
          figure_text: c.text,
          figure_start: c.start,
          figure_end: c.end,
          value: c.value,
          value_high: c.value_high,
          unit: c.unit,
          qualifier: c.qualifier,
          metric: c.metric,
          country: c.country,
          region: c.region,
          year: c.year,
          quote: c.quote,
          confidence: null,
        })),
    ),
  ];
  const datasets: Record<DatasetName, Dataset> = {
    figures: dataset(
      "figures",
      figures,
      origin(
        "figures",
        {
          title: "Figures on trafficking in persons, with their sources",
          producer:
            "tip-atlas: hand-reviewed ledger verified against stored documents (data/figures.csv), plus cited figures from data/reference/facts.csv",
          description:
            "Statistical figures: each is either quoted from a stored document and checked against it, or a cited row of the reference facts.",
          license: LEDGER_LICENSE,
          date_range: sourceDates,
          details: { from_documents: ledger.figures.length, from_reference_facts: extraFigures.rows.length },
        },
        [...ledger.inputs, facts.file],
      ),
    ),
    candidates: dataset(
      "candidates",
      candidates,
      origin(
        "candidates",
        {
          title: "Candidate figures proposed by the extractor, not reviewed",
          producer: "tip-atlas figure extractor (loaders/extract) run over the stored documents",
          description:
            "Figures the extractor finds in stored documents that no ledger row covers. Unreviewed: shown as candidates, never published as figures.",
          license: LEDGER_LICENSE,
          date_range: sourceDates,
        },
        ledger.inputs,
      ),
    ),
    sources: dataset(
      "sources",
      ledger.sources,
      origin(
        "sources",
        {
          title: "Source documents",
          producer: "tip-atlas (documents stored as published)",
          description: "The documents behind the figures, stored as published with their metadata and SHA-256.",
          license: LEDGER_LICENSE,
          date_range: sourceDates,
        },
        ledger.sources.map((s) => s.file),
      ),
    ),
    events: dataset(
      "events",
      events,
      origin(
        "events",
        {
          title: "Dated policy events: laws, rules, plans, ratifications, list placements",
          producer:
            "tip-atlas: data/events.csv (quoted from stored documents) and the legal milestones of data/reference/facts.csv",
          description: "Each event has a quote from a stored document or a citation from the reference facts.",
          license: LEDGER_LICENSE,
          date_range: dateRange(events.map((e) => e.date)),
          details: { from_documents: ledger.events.length, from_reference_facts: extraEvents.rows.length },
        },
        [...ledger.inputs, facts.file],
      ),
    ),
    gsi: dataset(
      "gsi",
      gsi.rows,
      origin(
        "gsi",
        {
          title: "Global Slavery Index country tables, editions 2016, 2018 and 2023",
          producer:
            "Walk Free (Global Slavery Index); copied from the public repository Jaina007/slavery_capstone (commit b8397698, Datasets/)",
          description:
            "One row per country and edition. Prevalence is published in percent (2016) or per 1,000 (2018, 2023) and harmonised to per 1,000. The editions are not comparable as a time series.",
          license: "Walk Free's Global Slavery Index data, reproduced for research with attribution.",
          date_range: ["2016", "2023"],
          details: { dropped_rows: gsi.dropped },
        },
        gsi.inputs,
      ),
    ),
    tiers: dataset(
      "tiers",
      tiers.cells.map((c) => ({ ...c, country_name: countryName(c.country), iso_numeric: numericCode(c.country) })),
      origin(
        "tiers",
        {
          title: "US State Department TIP Report tier placements, 2001–2025: one cell per country and report year",
          producer:
            "US Department of State (Trafficking in Persons Reports), merged by tip-atlas from: the 2001–2015 panel of Cho et al. (andrewheiss/jk_misc, commit 1749d1b6); benjaminleroy/sure2018 (2016–2017); the 2021 Tier Placements page (copy at discerning-islam.org); GVNet's 2020 and 2023 Tier 1/2 lists; the CIA World Factbook's Watch List and Tier 3 lists (MilkMp/CIA-World-Factbooks-Archive-1990-2025, commit b998f60a); cited report text and news (data/reference/facts.csv)",
          description:
            "One row per country and report year 2001–2025 with the tier, every source that speaks to it and whether they agree (agree, single, conflict), the partial answer Tier 1 or 2 where only the Watch List and Tier 3 lists are known, and unknown where no source speaks. Conflicts and suspect values are kept and flagged.",
          license: REFERENCE_LICENSE,
          date_range: ["2001", "2025"],
          details: Object.fromEntries(
            ["agree", "single", "conflict", "partial", "unknown"].map((s) => [
              s,
              tiers.cells.filter((c) => c.status === s).length,
            ]),
          ),
        },
        [...tiers.inputs, facts.file],
      ),
    ),
    tier_observations: dataset(
      "tier_observations",
      tiers.observations.map((o) => ({ ...o, country_name: countryName(o.country) })),
      origin(
        "tier_observations",
        {
          title: "TIP Report tier placements as each source states them",
          producer: "The sources of the tier panel, one row per source, country and report year (see the tiers table)",
          description:
            "What each source says about one country in one report year, with the input row. Tier 1 or 2 rows are derived: the country is on neither of that year's complete Watch List and Tier 3 lists.",
          license: REFERENCE_LICENSE,
          date_range: ["2001", "2025"],
        },
        [...tiers.inputs, facts.file],
      ),
    ),
    law_enforcement_global: dataset(
      "law_enforcement_global",
      lawEnforcement.rows,
      origin(
        "law_enforcement_global",
        {
          title: "TIP Report global law enforcement data, 2003–2015 (and secondary totals for 2016 and 2021)",
          producer:
            "US Department of State (TIP Reports 2006, 2007, 2008, 2016); replication data of Kelley, Scorecard Diplomacy (andrewheiss/scorecard-diplomacy, commit 0ccc6fb5); the TIP 2008 and 2006 tables stored in data/sources/",
          description:
            "One row per year, measure and source. Where the sources differ (2004 convictions, 2005) every value is kept and flagged as a conflict; 2016 and 2021 come from secondary accounts only.",
          license: REFERENCE_LICENSE,
          date_range: ["2003", "2021"],
        },
        [...lawEnforcement.inputs, ...ledger.inputs],
      ),
    ),
    cspa: dataset(
      "cspa",
      cspa.rows,
      origin(
        "cspa",
        {
          title: "Child Soldiers Prevention Act list membership",
          producer:
            "tip-atlas, from data/reference/facts.csv and the CSPA listings quoted in stored documents (data/events.csv)",
          description:
            "One row per country, year and source, 2010–2025: listed, not listed (absent from a complete list) or unknown (no complete list of that year was found). Sources that disagree are kept side by side and flagged as in conflict.",
          license: REFERENCE_LICENSE,
          date_range: dateRange(cspa.rows.map((r) => String(r.year))),
        },
        [facts.file, ...cspa.inputs, ...ledger.inputs],
      ),
    ),
  };
  return { ledger, datasets, issues };
}

/** Load and validate everything; on any problem, report each to stderr and exit non-zero. */
export function loadCatalogOrExit(dataDir = DATA_DIR): Catalog {
  const catalog = loadCatalog(dataDir);
  if (catalog.issues.length) {
    for (const issue of catalog.issues) process.stderr.write(formatIssue(issue) + "\n");
    process.stderr.write(`${catalog.issues.length} problem(s) in the data; nothing was published.\n`);
    process.exit(1);
  }
  return catalog;
}

/** Body of a Framework data loader: the named table as Parquet on stdout. */
export function writeParquetDataset(name: DatasetName, dataDir = DATA_DIR): void {
  const dataset = loadCatalogOrExit(dataDir).datasets[name];
  const bytes = toParquet(dataset.rows, dataset.columns, { "tip_atlas.origin": JSON.stringify(dataset.origin) });
  process.stdout.write(bytes);
}
