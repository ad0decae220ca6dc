// Applies a case of tests/bad-inputs/cases.yaml to a scratch copy of data/.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { sha256 } from "../../loaders/sources.ts";
import { pinReferenceFile } from "../../loaders/reference/pins.ts";

export interface BadInputCase {
  id: string;
  file: string;
  /** Also run through `npm run check` and a data loader, each in its own process. */
  cli?: boolean;
  replace?: { match: string; with: string };
  line?: { match: string; with: string };
  append?: string;
  write?: string;
  write_hex?: string;
  repeat_body?: number;
  copy_to?: string;
  /** Replace the file by something that is not a readable regular file. */
  make?: "missing" | "dangling-link" | "directory" | "fifo" | "link-to-dev-zero";
  /**
   * A damaged reference file is re-pinned (as `npm run check -- --pin` does), so that the case
   * shows what its loader refuses even in a copy someone deliberately pinned; `keep_pin: true`
   * leaves the old pin, and the case shows what the pin check refuses.
   */
  keep_pin?: boolean;
  /** The one error expected, or `errors` when one damage causes several. */
  error?: string;
  errors?: string[];
}

export const loadCases = (): BadInputCase[] => parse(readFileSync("tests/bad-inputs/cases.yaml", "utf8"));

/** A scratch copy of data/ with the case applied; returns it and the error expected, filled in. */
export function applyCase(c: BadInputCase): { dir: string; expected: string[]; changed: string } {
  const dir = mkdtempSync(join(tmpdir(), `tip-atlas-bad-${c.id}-`));
  cpSync("data", dir, { recursive: true });
  let target = join(dir, c.file);
  if (c.make) {
    rmSync(target, { force: true });
    if (c.make === "dangling-link") symlinkSync(join(dir, "no-such-file.md"), target);
    if (c.make === "directory") mkdirSync(target);
    if (c.make === "fifo") execFileSync("mkfifo", [target]);
    if (c.make === "link-to-dev-zero") symlinkSync("/dev/zero", target);
    const expected = (c.errors ?? [c.error!]).map((e) => e.replaceAll("{data}", dir));
    return { dir, expected, changed: target };
  }
  if (c.copy_to) {
    cpSync(target, join(dir, c.copy_to));
    target = join(dir, c.copy_to);
  }
  let text = readFileSync(target, "utf8");
  if (c.replace) {
    if (!text.includes(c.replace.match)) throw new Error(`${c.id}: "${c.replace.match}" is not in ${c.file}`);
    text = text.replace(c.replace.match, c.replace.with);
  }
  if (c.line) {
    const lines = text.split("\n");
    const i = lines.findIndex((l) => l.includes(c.line!.match));
    if (i < 0) throw new Error(`${c.id}: no line of ${c.file} contains "${c.line.match}"`);
    lines[i] = c.line.with;
    text = lines.join("\n");
  }
  if (c.append !== undefined) text = `${text.replace(/\n*$/, "\n")}${c.append}\n`;
  if (c.write !== undefined) text = c.write;
  let bytes = Buffer.from(text, "utf8");
  if (c.repeat_body) {
    // Exactly N megabytes of body, its own text repeated.
    const fm = Buffer.from(/^---\n[\s\S]*?\n---\n/.exec(text)![0], "utf8");
    const body = bytes.subarray(fm.length);
    bytes = Buffer.concat([fm, Buffer.alloc(c.repeat_body * 1e6 - fm.length, body)]);
  }
  if (c.write_hex !== undefined) bytes = Buffer.from(c.write_hex, "hex");
  writeFileSync(target, bytes);
  if (!c.keep_pin && c.file.startsWith("reference/") && !target.endsWith("/origin.yaml")) pinReferenceFile(target);
  const lineCount = readFileSync(target, "utf8").replace(/\n$/, "").split("\n").length;
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
  const fileSha256 = createHash("sha256").update(readFileSync(target)).digest("hex");
  const fill = (e: string) =>
    e
      .replaceAll("{data}", dir)
      .replaceAll("{file_sha256}", fileSha256)
      .replaceAll("{last}", String(lineCount))
      .replaceAll("{sha}", sha256(body));
  const expected = (c.errors ?? [c.error!]).map(fill);
  return { dir, expected, changed: target };
}
