// Every dataset says where it comes from, as Our World in Data's pipeline does: who produced
// it, from what, under which licence, and the hash of each input file so that a reader can
// tell whether two builds used the same data. Deterministic: no build timestamps.
import { statSync } from "node:fs";
import { createHash } from "node:crypto";
import { FileProblem, fileProblem, MAX_TABLE_BYTES, readRegularFile } from "./files.ts";

import type { Origin } from "../src/lib/origin.ts";
export type { Origin };

// A process hashes the same large input more than once (GLOTIP's 14 MB: its pin, then the origin
// of glotip and of glotip_revisions); the digest is kept while the file's identity, size and
// nanosecond modification time stay the same.
const digests = new Map<string, { stamp: string; sha256: string }>();

/**
 * SHA-256 of a file's bytes, read through the guarded reader: a directory, a FIFO, a device or a
 * file over the table size limit is a FileProblem naming it, never a hang or a read without end.
 */
export function fileSha256(path: string): string {
  // Checked before the stat below, so that a missing file is named as such, not an ENOENT trace.
  const problem = fileProblem(path, MAX_TABLE_BYTES);
  if (problem) throw new FileProblem(path, problem);
  const st = statSync(path, { bigint: true });
  const stamp = `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  const known = digests.get(path);
  if (known?.stamp === stamp) return known.sha256;
  const sha256 = createHash("sha256").update(readRegularFile(path, MAX_TABLE_BYTES)).digest("hex");
  digests.set(path, { stamp, sha256 });
  return sha256;
}

export function hashFiles(paths: string[]): Origin["inputs"] {
  return paths.map((path) => ({ path, sha256: fileSha256(path) }));
}

export function dateRange(dates: string[]): [string, string] | null {
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  return [sorted[0], sorted[sorted.length - 1]];
}
