// Where a published table comes from, as Our World in Data's pipeline records it: written by the
// loaders into each Parquet file and catalog.json, shown under every chart that uses the table.
// Deterministic: no build timestamps.
export interface Origin {
  dataset: string;
  title: string;
  producer: string;
  description: string;
  license: string;
  url?: string;
  source_commit?: string;
  /** When the copy was taken from its publisher. */
  accessed?: string;
  /** Earliest and latest dates of what the table holds (publication dates, editions or years). */
  date_range: [string, string] | null;
  /** Counts a reader should know: rows by provenance, rows dropped on purpose. */
  details?: Record<string, unknown>;
  /** Every input file with its SHA-256, so two builds can be told apart. */
  inputs: { path: string; sha256: string }[];
}
