// Issue 27, item 10: add-source's failures end in one line naming the file or option, never a
// stack trace, and write nothing. Run through the CLI, as a contributor runs it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_ID_LENGTH } from "../../loaders/ingest/add-source.ts";
import { copyDataWithoutCandidates } from "./helpers.ts";

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-add-source-cli-"));
  const data = copyDataWithoutCandidates(join(dir, "data"), (src) => !src.includes("/reference/glotip"));
  const report = join(dir, "report.txt");
  writeFileSync(report, "Police in Sindh rescued 46 bonded labourers from a brick kiln in 2023.\n");
  return { dir, data, report };
}
const args = (report: string, more: string[] = []) => [
  "tsx",
  "scripts/add-source.ts",
  report,
  "--title",
  "Kiln raid",
  "--publisher",
  "A paper",
  "--published",
  "2023-05-02",
  "--kind",
  "news",
  ...more,
];
const run = (data: string, argv: string[]) =>
  spawnSync("npx", argv, { encoding: "utf8", env: { ...process.env, TIP_ATLAS_DATA: data } });

describe("add-source from the command line", () => {
  it("refuses a 300-character --id in one line and writes nothing", () => {
    const { data, report } = scratch();
    const before = readdirSync(join(data, "sources"));
    const r = run(data, args(report, ["--id", "a".repeat(300)]));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `add-source: --id: is 300 characters long; an id has at most ${MAX_ID_LENGTH} (it names the file data/sources/<id>.md)`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(data, "sources"))).toEqual(before);
    expect(existsSync(join(data, "candidates.csv"))).toBe(false);
  }, 60_000);

  it("turns a system error while writing (sources/ is not a folder) into one line naming the path", () => {
    const { data, report } = scratch();
    // A file where the sources folder should be: the write fails with ENOTDIR, as a full disk
    // fails with ENOSPC: an error the loaders did not name themselves.
    renameSync(join(data, "sources"), join(data, "sources-moved"));
    writeFileSync(join(data, "sources"), "not a folder\n");
    const r = run(data, args(report, ["--id", "kiln-raid-2023"]));
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^add-source: .*sources/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(data, "candidates.csv"))).toBe(false);
    rmSync(join(data, "sources"));
  }, 60_000);
});
