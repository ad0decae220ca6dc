// The bad-input catalogue (tests/bad-inputs/cases.yaml): every damaged input is refused with
// its exact `path:line: message` by the validator in-process, and no file changes; one case per
// kind of input also goes through `npm run check` and the build's data pass (`npm run data`,
// what `npm run build` runs before Framework): non-zero exit, no stack trace, nothing written.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../loaders/catalog.ts";
import { formatIssue } from "../../loaders/issues.ts";
import { applyCase, loadCases, type BadInputCase } from "../bad-inputs/apply.ts";

const run = promisify(execFile);
export const cases = loadCases();

/** SHA-256 of every file under `dir`, by path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      // Links, FIFOs and devices (some cases plant them) are recorded, never read.
      const stat = lstatSync(p);
      if (stat.isDirectory()) walk(p);
      else if (stat.isSymbolicLink()) out[p] = `link to ${readlinkSync(p)}`;
      else if (!stat.isFile()) out[p] = "not a regular file";
      else out[p] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

async function refused(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const r = await run(process.execPath, ["--import", "tsx", ...args], {
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
      encoding: "buffer",
    });
    return { code: 0, stdout: r.stdout.length, stderr: r.stderr.toString() };
  } catch (e) {
    const err = e as { code: number; stdout: Buffer; stderr: Buffer };
    return { code: err.code, stdout: err.stdout.length, stderr: err.stderr.toString() };
  }
}

/**
 * The catalogue's cases whose position is `part` modulo `parts`: each test file runs one share,
 * so that vitest's workers check the catalogue side by side.
 */
export function describeBadInputs(part: number, parts: number) {
  describe(`the bad-input catalogue, share ${part + 1} of ${parts}`, () => {
    badInputCases(cases.filter((_, i) => i % parts === part));
  });
}

function badInputCases(share: BadInputCase[]) {
  it.each(share.map((c) => [c.id, c] as const))(
    "%s",
    async (_id, c) => {
      const { dir, expected } = applyCase(c);
      const before = snapshot(dir);

      // The validator, in-process: exactly the expected problems, and no file changed.
      expect(buildCatalog(dir).issues.map(formatIssue)).toEqual(expected);
      if (!c.cli) {
        expect(snapshot(dir)).toEqual(before);
        return;
      }

      // npm run check and the build's data pass (every table in one process: any bad input
      // stops the build), each in its own process. Spawning both takes seconds per case, so the
      // catalogue's other cases stop at the validator they both call.
      const out = mkdtempSync(join(tmpdir(), "tip-atlas-bad-out-"));
      writeFileSync(join(out, "catalog.json"), "[]\n"); // a previous good pass's file, kept as it was
      const [check, loader] = await Promise.all([
        refused(["scripts/check.ts", dir]),
        refused(["scripts/build-data.ts", dir, "--out", out]),
      ]);
      for (const [name, r] of [
        ["check", check],
        ["loader", loader],
      ] as const) {
        expect(r.code, name).not.toBe(0);
        for (const line of expected) expect(r.stderr, name).toContain(line);
        expect(r.stderr, `${name} printed a stack trace`).not.toMatch(/^\s+at /m);
      }
      expect(check.stderr.trimEnd().split("\n").at(-1)).toMatch(/; \d+ problem\(s\) found\.$/);
      expect(loader.stdout, "the data pass wrote to stdout").toBe(0);
      expect(readdirSync(out), "the data pass wrote files").toEqual(["catalog.json"]);
      expect(readFileSync(join(out, "catalog.json"), "utf8")).toBe("[]\n");
      expect(snapshot(dir)).toEqual(before);
    },
    // Three full validations for a `cli` case; slow on a loaded machine.
    300_000,
  );
}
