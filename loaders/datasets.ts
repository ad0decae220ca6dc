// The published tables, each built from the validated ledger with its origin attached.
import { formatIssue } from "./issues.ts";
import { loadLedger, type Ledger } from "./ledger.ts";
import { dateRange, hashFiles, type Origin } from "./origin.ts";
import { toParquet } from "./parquet.ts";
import { dictionary, type ColumnDoc } from "./schema.ts";

export type DatasetName = keyof typeof dictionary;
export const DATASETS = Object.keys(dictionary) as DatasetName[];

const LICENSE = "Ledger and metadata: CC BY 4.0, tip-atlas contributors. Quoted text remains the publishers' own, quoted for verification.";

const DESCRIPTIONS: Record<DatasetName, { title: string; description: string }> = {
  figures: {
    title: "Figures quoted from reports on trafficking in persons",
    description: "Every statistical figure in the stored documents, reviewed by hand in data/figures.csv, each checked to be written in a verbatim quote of its source.",
  },
  sources: {
    title: "Source documents",
    description: "The documents behind the figures, stored as published with their metadata and SHA-256.",
  },
  events: {
    title: "Dated policy events quoted from reports",
    description: "Laws, rules, plans, ratifications and list placements, each with a verbatim quote of its source (data/events.csv).",
  },
};

export interface Dataset {
  name: DatasetName;
  rows: Record<string, unknown>[];
  columns: ColumnDoc[];
  origin: Origin;
}

export function buildDataset(name: DatasetName, ledger: Ledger): Dataset {
  const rows = (ledger[name] as unknown as Record<string, unknown>[]);
  const inputs = name === "sources" ? ledger.sources.map((s) => s.file) : ledger.inputs;
  return {
    name,
    rows,
    columns: dictionary[name],
    origin: {
      dataset: name,
      ...DESCRIPTIONS[name],
      producer: "tip-atlas (hand-reviewed ledger, verified against stored sources)",
      license: LICENSE,
      date_range: dateRange(ledger.sources.map((s) => s.published)),
      inputs: hashFiles(inputs),
    },
  };
}

/** Load and validate the ledger; on any problem, report each to stderr and exit non-zero. */
export function loadLedgerOrExit(dataDir = "data"): Ledger {
  const ledger = loadLedger(dataDir);
  if (ledger.issues.length) {
    for (const issue of ledger.issues) process.stderr.write(formatIssue(issue) + "\n");
    process.stderr.write(`${ledger.issues.length} problem(s) in the data; nothing was published.\n`);
    process.exit(1);
  }
  return ledger;
}

/** Body of a Framework data loader: the named table as Parquet on stdout. */
export function writeParquetDataset(name: DatasetName, dataDir = "data"): void {
  const dataset = buildDataset(name, loadLedgerOrExit(dataDir));
  const bytes = toParquet(dataset.rows, dataset.columns, { "tip_atlas.origin": JSON.stringify(dataset.origin) });
  process.stdout.write(bytes);
}
