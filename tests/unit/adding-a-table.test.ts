// The README's "Adding a table", followed literally: its fenced blocks named by a path are written
// into a scratch copy of the repository, and the new table must then be in `npm run check`, the
// data pass's Parquet files, catalog.json and /explore's file list, and DICTIONARY.md, with no
// other file touched (tests/e2e/adding-a-table.test.ts builds the site and queries it on /explore).
// If the README's example stops working, this test fails. The tests share
// one scratch copy and run in order: the last one damages the input the second one added.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readmeFiles } from "../readme-files.ts";

const run = promisify(execFile);

let repo: string;
const tsx = async (cwd: string, args: string[]) => {
  try {
    const r = await run(process.execPath, ["--import", "tsx", ...args], { cwd, maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "tip-atlas-add-table-"));
  for (const part of ["loaders", "src/lib", "scripts", "data", "DICTIONARY.md", "README.md", "package.json"])
    cpSync(part, join(repo, part), { recursive: true });
  symlinkSync(resolve("node_modules"), join(repo, "node_modules"));
});
afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe("adding a table, as the README says", () => {
  it("the README gives the input, its origin, the declaration and the step", () => {
    const files = readmeFiles(readFileSync("README.md", "utf8"), "### Adding a table");
    expect([...files.keys()]).toEqual([
      "data/reference/example/example-counts.csv",
      "data/reference/example/origin.yaml",
      "src/lib/tables/example_counts.ts",
      "loaders/steps/example_counts.ts",
    ]);
    for (const path of files.keys()) expect(existsSync(path), `${path} must not be in the repository`).toBe(false);
  });

  it("the new table is checked, built, listed for /explore and documented", async () => {
    for (const [path, text] of readmeFiles(readFileSync("README.md", "utf8"), "### Adding a table")) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
    const check = await tsx(repo, ["scripts/check.ts"]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/\b2 example_counts\b/);

    const out = join(repo, "out");
    const pass = await tsx(repo, ["scripts/build-data.ts", "--out", out]);
    expect(pass.code, pass.stderr).toBe(0);
    const catalog = JSON.parse(readFileSync(join(out, "catalog.json"), "utf8")) as {
      name: string;
      rows: number;
      columns: { name: string }[];
      origin: { title: string; inputs: { path: string; sha256: string }[] };
    }[];
    const entry = catalog.find((t) => t.name === "example_counts")!;
    expect(entry.rows).toBe(2);
    expect(entry.columns.map((c) => c.name)).toEqual(["country", "year", "count", "source_row"]);
    expect(entry.origin.title).toBe("Example counts");
    expect(entry.origin.inputs.map((i) => i.path)).toEqual([
      "data/reference/example/example-counts.csv",
      "data/reference/example/origin.yaml",
    ]);
    expect(existsSync(join(out, "example_counts.parquet"))).toBe(true);
    // /explore loads every table in tables.js into DuckDB.
    expect(readFileSync(join(out, "tables.js"), "utf8")).toContain(
      'example_counts: FileAttachment("./example_counts.parquet").href',
    );

    const docs = await tsx(repo, ["scripts/docs-schema.ts"]);
    expect(docs.code, docs.stderr).toBe(0);
    expect(readFileSync(join(repo, "DICTIONARY.md"), "utf8")).toMatch(/example_counts[\s\S]*How many were counted\./);
  }, 120_000);

  it("a value that does not fit its declared column stops the check and the data pass, naming it", async () => {
    const csv = join(repo, "data/reference/example/example-counts.csv");
    writeFileSync(csv, "country,year,count\nPAK,2020,many\n");
    const check = await tsx(repo, ["scripts/check.ts"]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(
      'src/lib/tables/example_counts.ts: table example_counts: column "count" is not a 32-bit integer: row 1 (NaN)',
    );
    const out = join(repo, "out");
    const before = readFileSync(join(out, "catalog.json"), "utf8");
    const pass = await tsx(repo, ["scripts/build-data.ts", "--out", out]);
    expect(pass.code).toBe(1);
    expect(pass.stderr).toContain('column "count" is not a 32-bit integer');
    expect(readFileSync(join(out, "catalog.json"), "utf8")).toBe(before);
  }, 60_000);
});
