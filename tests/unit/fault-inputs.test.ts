// Issue 17: what an unlucky user or an attacker can do to add-source, review and the build cache
// must end in a clear message, with nothing valid lost or rewritten. (Damaged data files are in
// the bad-input catalogue, tests/bad-inputs/cases.yaml; kills are in tests/integration/fault.test.ts.)
import { readCsv } from "../../loaders/csv.ts";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { addSource } from "../../loaders/ingest/add-source.ts";
import { review, ReviewError } from "../../loaders/ingest/review.ts";
import { loadLedger } from "../../loaders/ledger.ts";
import { formatIssue } from "../../loaders/issues.ts";
import { createFileExclusive, withDataLock, writeFileAtomic } from "../../loaders/files.ts";
import { CANDIDATE_COLUMNS, FIGURE_COLUMNS } from "../../loaders/schema.ts";
import { copyDataWithoutCandidates } from "./helpers.ts";

const scratch = () => {
  const dir = join(mkdtempSync(join(tmpdir(), "tip-atlas-fault-inputs-")), "data");
  return copyDataWithoutCandidates(dir);
};
const options = {
  title: "Kiln raid",
  publisher: "Test",
  published: "2023-05-02",
  kind: "news",
};
const report = (dir: string) => {
  const file = join(dir, "..", "report.txt");
  writeFileSync(file, "Police in Sindh rescued 46 bonded labourers, including 18 women, from a brick kiln.\n");
  return file;
};
/** The ledger's first figure as an acceptable candidate with a new id. */
function candidateFromFigure(dir: string, id: string): Record<string, string> {
  const [header, first] = readFileSync(join(dir, "figures.csv"), "utf8").split("\n");
  return { ...parseLine(header, first), figure_id: id, status: "candidate", confidence: "1" };
}
const parseLine = (header: string, line: string): Record<string, string> =>
  Papa.parse<Record<string, string>>(`${header}\n${line}`, { header: true }).data[0];
const csvLine = (columns: readonly string[], row: Record<string, string>) =>
  columns.map((c) => (/[",\n]/.test(row[c] ?? "") ? `"${row[c].replaceAll('"', '""')}"` : (row[c] ?? ""))).join(",");
const answers = (...lines: string[]) => {
  const said: string[] = [];
  return {
    said,
    io: { ask: async () => lines.shift() ?? null, say: (t: string) => void said.push(t) },
  };
};

describe("review", () => {
  it("appends in the ledger's own column order and line endings (a reordered CRLF figures.csv)", async () => {
    const dir = scratch();
    // Swap region and note, and use CRLF, as a spreadsheet might save it.
    const columns = FIGURE_COLUMNS.map((c) => (c === "region" ? "note" : c === "note" ? "region" : c));
    const text = readFileSync(join(dir, "figures.csv"), "utf8");
    // A quote with a line break (a table copied from a report) keeps the source's LF, so a CRLF
    // copy of the ledger can only hold the one-line records: this fixture keeps those.
    const reordered = readCsv("figures.csv", text, FIGURE_COLUMNS)
      .records.filter((r) => !Object.values(r.values).some((v) => v.includes("\n")))
      .map((r) => csvLine(columns, r.values));
    writeFileSync(join(dir, "figures.csv"), [columns.join(","), ...reordered].join("\r\n") + "\r\n");
    expect(loadLedger(dir).issues.map(formatIssue)).toEqual([]);
    const candidate = { ...candidateFromFigure(dir, "review-layout-1"), region: "Sindh", note: "A note." };
    writeFileSync(
      join(dir, "candidates.csv"),
      `${CANDIDATE_COLUMNS.join(",")}\n${csvLine(CANDIDATE_COLUMNS, candidate)}\n`,
    );
    const { io } = answers("a");
    expect((await review(io, dir)).accepted).toBe(1);
    const ledger = loadLedger(dir);
    expect(ledger.issues.map(formatIssue)).toEqual([]);
    const accepted = ledger.figures.find((f) => f.figure_id === "review-layout-1")!;
    expect([accepted.region, accepted.note]).toEqual(["Sindh", "A note."]);
    const after = readFileSync(join(dir, "figures.csv"), "utf8");
    expect(after.startsWith([columns.join(","), ...reordered].join("\r\n"))).toBe(true);
    expect(after.split("\n").every((l, i, all) => i === all.length - 1 || l.endsWith("\r"))).toBe(true);
  });

  it("refuses to start when candidates.csv does not pass check, and changes nothing", async () => {
    const dir = scratch();
    const good = candidateFromFigure(dir, "review-refuse-1");
    const text = `${CANDIDATE_COLUMNS.join(",")}\n${csvLine(CANDIDATE_COLUMNS, good)}\nbroken,row\n${csvLine(CANDIDATE_COLUMNS, { ...good, figure_id: "review-refuse-2" })}\n`;
    writeFileSync(join(dir, "candidates.csv"), text);
    const { io } = answers("a", "a");
    await expect(review(io, dir)).rejects.toThrow(ReviewError);
    await expect(review(answers("a").io, dir)).rejects.toThrow(
      `${join(dir, "candidates.csv")}:3: has 2 fields, the header has 16\nreview does not start until these 1 problem(s) are fixed`,
    );
    expect(readFileSync(join(dir, "candidates.csv"), "utf8")).toBe(text);
  });

  it("finishes an accept a stopped run left half done (figure in the ledger, candidate not marked)", async () => {
    const dir = scratch();
    const candidate = candidateFromFigure(dir, "review-half-1");
    writeFileSync(
      join(dir, "candidates.csv"),
      `${CANDIDATE_COLUMNS.join(",")}\n${csvLine(CANDIDATE_COLUMNS, candidate)}\n`,
    );
    const figures = readFileSync(join(dir, "figures.csv"), "utf8");
    writeFileSync(join(dir, "figures.csv"), figures + csvLine(FIGURE_COLUMNS, candidate) + "\n");
    expect(loadLedger(dir).issues.map(formatIssue)).toEqual([
      `${join(dir, "candidates.csv")}:2: figure_id "review-half-1" is already in ${join(dir, "figures.csv")} but still marked candidate (a review stopped mid-accept?): npm run review marks it accepted`,
    ]);
    const { io, said } = answers("q");
    await review(io, dir);
    expect(said[0]).toBe("Finished 1 accept(s) an earlier review left half done: review-half-1.");
    expect(loadLedger(dir).issues).toEqual([]);
  });
});

describe("add-source", () => {
  it("refuses a directory, a FIFO, a date in the future and javascript:/file: URLs, writing nothing", async () => {
    const dir = scratch();
    const before = readdirSync(join(dir, "sources"));
    const folder = join(dir, "..", "folder.txt");
    mkdirSync(folder);
    await expect(addSource({ file: folder, ...options }, dir)).rejects.toThrow(`${folder}: is a directory, not a file`);
    const fifo = join(dir, "..", "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    await expect(addSource({ file: fifo, ...options }, dir)).rejects.toThrow(
      `${fifo}: is a named pipe (FIFO), not a regular file`,
    );
    const zero = join(dir, "..", "zero.txt");
    symlinkSync("/dev/zero", zero);
    await expect(addSource({ file: zero, ...options }, dir)).rejects.toThrow(
      `${zero}: is a device, not a regular file`,
    );
    const file = report(dir);
    await expect(addSource({ file, ...options, published: "2099-01-01" }, dir)).rejects.toThrow(
      /^--published: 2099-01-01 is in the future \(today is \d{4}-\d{2}-\d{2}\)$/,
    );
    await expect(addSource({ file, ...options, url: "javascript:alert(1)" }, dir)).rejects.toThrow(
      "--url: only http: and https: addresses are accepted (got javascript:)",
    );
    await expect(addSource({ file, ...options, url: "file:///etc/passwd" }, dir)).rejects.toThrow(
      "--url: only http: and https: addresses are accepted (got file:)",
    );
    expect(readdirSync(join(dir, "sources"))).toEqual(before);
    expect(existsSync(join(dir, "candidates.csv"))).toBe(false);
  });

  it("two concurrent runs with the same id: one adds the document, the other fails clearly", async () => {
    for (let trial = 0; trial < 3; trial++) {
      const dir = scratch();
      const file = report(dir);
      const run = (title: string) =>
        new Promise<{ code: number | null; stderr: string }>((done) => {
          const child = spawn(
            process.execPath,
            ["--import", "tsx", "scripts/add-source.ts", file, "--id", "same-id", "--title", title].concat([
              "--publisher",
              "P",
              "--published",
              "2023-05-02",
              "--kind",
              "news",
            ]),
            { env: { ...process.env, TIP_ATLAS_DATA: dir } },
          );
          let stderr = "";
          child.stderr.on("data", (d) => (stderr += d));
          child.on("close", (code) => done({ code, stderr }));
        });
      const [a, b] = await Promise.all([run("Title A"), run("Title B")]);
      expect([a.code, b.code].sort()).toEqual([0, 1]);
      const loser = a.code === 1 ? a : b;
      const winner = a.code === 0 ? "Title A" : "Title B";
      expect(loser.stderr).toMatch(
        /^add-source: (.*same-id\.md already exists: choose another --id|.*\.tip-atlas\.lock: add-source \(pid \d+\) is changing .* now; wait for it to finish, then run again)/,
      );
      expect(readFileSync(join(dir, "sources", "same-id.md"), "utf8")).toContain(`title: "${winner}"`);
      // The candidates are the winner's alone, once.
      const candidates = readFileSync(join(dir, "candidates.csv"), "utf8").trimEnd().split("\n");
      expect(candidates.slice(1).every((l) => l.startsWith("same-id-c"))).toBe(true);
      expect(new Set(candidates).size).toBe(candidates.length);
      expect(loadLedger(dir).issues.map(formatIssue)).toEqual([]);
    }
  }, 180_000);
});

describe("the file helpers", () => {
  it("write atomically, create exclusively and lock data/ against a second live tool", () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-atlas-files-"));
    const file = join(dir, "x.csv");
    writeFileAtomic(file, "a\n");
    writeFileAtomic(file, "b\n");
    expect(readFileSync(file, "utf8")).toBe("b\n");
    expect(readdirSync(dir)).toEqual(["x.csv"]);
    expect(createFileExclusive(file, "c\n")).toBe(false);
    expect(readFileSync(file, "utf8")).toBe("b\n");
    expect(createFileExclusive(join(dir, "y.md"), "y\n")).toBe(true);
    // A live holder (this test's parent) is named; a dead one's lock is taken over.
    writeFileSync(join(dir, ".tip-atlas.lock"), `${process.ppid} review\n`);
    expect(() => withDataLock(dir, "add-source", () => 1)).toThrow(
      `${join(dir, ".tip-atlas.lock")}: review (pid ${process.ppid}) is changing ${dir} now; wait for it to finish, then run again`,
    );
    writeFileSync(join(dir, ".tip-atlas.lock"), `999999999 review\n`);
    expect(withDataLock(dir, "add-source", () => 2)).toBe(2);
    expect(existsSync(join(dir, ".tip-atlas.lock"))).toBe(false);
  });
});

describe("clean-cache", () => {
  const cleanCache = resolve("scripts/clean-cache.mjs");
  const project = () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-atlas-cache-"));
    symlinkSync(resolve("node_modules"), join(dir, "node_modules"));
    return dir;
  };
  const run = (cwd: string) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [cleanCache], { cwd, stdio: "pipe" }).toString() };
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      return { code: err.status, out: err.stderr.toString() };
    }
  };

  it("keeps a verified _node/ and removes one holding a truncated DuckDB wasm", () => {
    const dir = project();
    const node = join(dir, "src/.observablehq/cache/_node");
    const parquet = join(node, "parquet-wasm@undefined/esm");
    mkdirSync(parquet, { recursive: true });
    cpSync("node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm", join(parquet, "parquet_wasm_bg.wasm"));
    expect(run(dir)).toEqual({ code: 0, out: "" });
    expect(existsSync(join(parquet, "parquet_wasm_bg.wasm"))).toBe(true);
    const duck = join(node, "@duckdb/duckdb-wasm@1.32.0/dist");
    mkdirSync(duck, { recursive: true });
    const wasm = readFileSync("node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
    writeFileSync(join(duck, "duckdb-eh.wasm"), wasm.subarray(0, 1_000_000));
    const r = spawnSync(process.execPath, [cleanCache], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `clean-cache: removing src/.observablehq/cache/_node (@duckdb/duckdb-wasm@1.32.0/dist/duckdb-eh.wasm is 1000000 bytes, node_modules has ${wasm.length}); Framework rebuilds it\n`,
    );
    expect(existsSync(node)).toBe(false);
  });

  it("stops a second build while another one holds the cache, naming it", () => {
    const dir = project();
    mkdirSync(join(dir, "src/.observablehq/cache"), { recursive: true });
    writeFileSync(join(dir, "src/.observablehq/cache/.build.lock"), `${process.ppid} build\n`);
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`clean-cache: another build (pid ${process.ppid}) is using src/.observablehq/cache`);
    // A lock left by a build that is gone does not stop the next one.
    writeFileSync(join(dir, "src/.observablehq/cache/.build.lock"), `999999999 build\n`);
    expect(run(dir).code).toBe(0);
  });
});
