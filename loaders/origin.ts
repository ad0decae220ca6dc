// Every dataset says where it comes from, as Our World in Data's pipeline does: who produced
// it, from what, under which licence, and the hash of each input file so that a reader can
// tell whether two builds used the same data. Deterministic: no build timestamps.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";

import type { Origin } from "../src/lib/origin.ts";
export type { Origin };

export function hashFiles(paths: string[]): Origin["inputs"] {
  return paths.map((path) => ({ path, sha256: createHash("sha256").update(readFileSync(path)).digest("hex") }));
}

export function dateRange(dates: string[]): [string, string] | null {
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  return [sorted[0], sorted[sorted.length - 1]];
}
