// Test fixtures: a scratch copy of data/ that a test may damage without touching the real one.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";

export function scratchData(): string {
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-data-"));
  cpSync("data", dir, { recursive: true });
  return dir;
}

/**
 * Copy data/ to `to` without candidates.csv: the bundled corpus has candidates awaiting review, and
 * a test of add-source or review must see only the candidates it adds itself.
 */
export function copyDataWithoutCandidates(to: string, filter: (src: string) => boolean = () => true): string {
  cpSync("data", to, { recursive: true, filter: (src) => !src.endsWith("/candidates.csv") && filter(src) });
  return to;
}

/** Replace the `n`th line (1-based) of a file with what `edit` returns. */
export function editLine(file: string, n: number, edit: (line: string) => string): void {
  const lines = readFileSync(file, "utf8").split("\n");
  lines[n - 1] = edit(lines[n - 1]);
  writeFileSync(file, lines.join("\n"));
}

/** 1-based line of the first line of `file` containing `needle`. */
export function lineOf(file: string, needle: string): number {
  const i = readFileSync(file, "utf8")
    .split("\n")
    .findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

/**
 * Every cell where `actual` differs from `expected` (a missing value counts as null), as
 * "table[row].column: got … expected …", at most `limit` of them. One expect per cell is
 * 2 million expects on GLOTIP, most of a minute; this compares the same cells in a second.
 */
export function cellDifferences(
  name: string,
  actual: readonly Record<string, unknown>[],
  expected: readonly Record<string, unknown>[],
  columns: readonly { name: string }[],
  limit = 20,
): string[] {
  const out: string[] = [];
  if (actual.length !== expected.length) out.push(`${name}: ${actual.length} rows, expected ${expected.length}`);
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n && out.length < limit; i++) {
    for (const { name: c } of columns) {
      const got = actual[i]![c];
      const want = expected[i]![c] ?? null;
      if (Object.is(got, want) || isDeepStrictEqual(got, want)) continue;
      out.push(`${name}[${i}].${c}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      if (out.length >= limit) break;
    }
  }
  return out;
}
