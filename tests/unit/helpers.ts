// Test fixtures: a scratch copy of data/ that a test may damage without touching the real one.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function scratchData(): string {
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-data-"));
  cpSync("data", dir, { recursive: true });
  return dir;
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
