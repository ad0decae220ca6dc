// Every dataset says where it comes from, as Our World in Data's pipeline does: who produced
// it, from what, under which licence, and the hash of each input file so that a reader can
// tell whether two builds used the same data. Deterministic: no build timestamps.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";

export interface Origin {
  dataset: string;
  title: string;
  producer: string;
  description: string;
  license: string;
  /** Earliest and latest publication dates of the documents behind it. */
  date_range: [string, string] | null;
  /** Counts a reader should know: rows by provenance, rows dropped on purpose. */
  details?: Record<string, unknown>;
  inputs: { path: string; sha256: string }[];
}

export function hashFiles(paths: string[]): Origin["inputs"] {
  return paths.map((path) => ({ path, sha256: createHash("sha256").update(readFileSync(path)).digest("hex") }));
}

export function dateRange(dates: string[]): [string, string] | null {
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  return [sorted[0], sorted[sorted.length - 1]];
}
