// Fault test: `review` and `add-source` killed (SIGKILL, as a crash or power cut would) at random
// moments while they save. Every file must then be as it was before the run or as the run
// intended, never cut short; a review stopped between its two saves leaves at worst a figure
// still marked candidate, which check names and the next review completes.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../loaders/csv.ts";
import { formatIssue } from "../../loaders/issues.ts";
import { loadLedger } from "../../loaders/ledger.ts";
import { review } from "../../loaders/ingest/review.ts";
import { CANDIDATE_COLUMNS, FIGURE_COLUMNS } from "../../loaders/schema.ts";

const RUNS = Number(process.env.FAULT_RUNS || 20);

/** Run a tool; kill it `killAfter` ms after `marker` appears on stdout (or after start). */
function runTool(
  script: string,
  args: string[],
  dataDir: string,
  { stdin = "", marker = "", killAfter = Infinity } = {},
): Promise<{ killed: boolean; code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      env: { ...process.env, TIP_ATLAS_DATA: dataDir },
    });
    let stdout = "";
    let stderr = "";
    let timer: NodeJS.Timeout | undefined;
    let t0 = performance.now();
    const arm = () => {
      t0 = performance.now();
      if (Number.isFinite(killAfter)) timer = setTimeout(() => child.kill("SIGKILL"), killAfter);
    };
    if (!marker) arm();
    child.stdout.on("data", (d) => {
      const before = stdout.includes(marker);
      stdout += d;
      if (marker && !before && stdout.includes(marker)) arm();
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.end(stdin);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === "SIGKILL", code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** A scratch data folder with a large ledger (so that saves take time) and acceptable candidates. */
function bigData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "tip-atlas-fault-")), "data");
  cpSync("data", dir, { recursive: true });
  const figures = readFileSync(join(dir, "figures.csv"), "utf8");
  const table = readCsv("figures.csv", figures, FIGURE_COLUMNS);
  const lines = figures.trimEnd().split("\n");
  // One-line records only: a quote spanning lines (a table copied from a report) cannot be
  // cloned line by line.
  const body = table.records
    .filter((r) => !Object.values(r.values).some((v) => v.includes("\n")))
    .map((r) => lines[r.line - 1]);
  const clone = (prefix: string, n: number, extra = "") =>
    Array.from({ length: n }, (_, i) => body[i % body.length].replace(/^[^,]+,/, `${prefix}-${i},`) + extra);
  writeFileSync(join(dir, "figures.csv"), [...lines, ...clone("fault-ledger", 1500)].join("\n") + "\n");
  expect(table.issues).toEqual([]);
  writeFileSync(
    join(dir, "candidates.csv"),
    [CANDIDATE_COLUMNS.join(","), ...clone("fault-candidate", 400, ",candidate,0.5")].join("\n") + "\n",
  );
  return dir;
}

const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : null);
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp"));

describe("killed at random moments", () => {
  it(`review: ${RUNS} SIGKILLs leave figures.csv and candidates.csv before or after, never cut`, async () => {
    const dir = bigData();
    const figuresFile = join(dir, "figures.csv");
    const candidatesFile = join(dir, "candidates.csv");
    // Calibrate: one accept, uninterrupted, timed from the moment review starts asking.
    const calibration = await runTool("scripts/review.ts", [], dir, { stdin: "a\nq\n", marker: "to review." });
    expect(calibration.stderr).toBe("");
    expect(calibration.stdout).toContain("Stopped: 1 accepted");
    const window = calibration.ms;
    const outcomes = { before: 0, after: 0, halfDone: 0, completed: 0 };
    for (let run = 0; run < RUNS; run++) {
      const figures = read(figuresFile)!;
      const candidates = read(candidatesFile)!;
      const next = readCsv(candidatesFile, candidates, CANDIDATE_COLUMNS).records.find(
        (r) => r.values.status === "candidate",
      )!;
      const r = await runTool("scripts/review.ts", [], dir, {
        stdin: "a\nq\n",
        marker: "to review.",
        killAfter: Math.random() * window * 1.1,
      });
      if (!r.killed) {
        expect(r.stderr).toBe("");
        outcomes.completed++;
      }
      const figuresNow = read(figuresFile)!;
      const candidatesNow = read(candidatesFile)!;
      // figures.csv: unchanged, or exactly one line more holding the candidate's figure.
      const figuresAfter = figuresNow !== figures;
      if (figuresAfter) {
        expect(figuresNow.startsWith(figures)).toBe(true);
        const added = readCsv("f", `${FIGURE_COLUMNS.join(",")}\n${figuresNow.slice(figures.length)}`, FIGURE_COLUMNS);
        expect(added.issues).toEqual([]);
        expect(added.records.map((x) => x.values)).toEqual([
          Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, next.values[c]])),
        ]);
      }
      // candidates.csv: unchanged, or only the candidate's line changed, to accepted.
      const candidatesAfter = candidatesNow !== candidates;
      if (candidatesAfter) {
        const was = candidates.split("\n");
        const now = candidatesNow.split("\n");
        expect(now.length).toBe(was.length);
        const changed = now.flatMap((l, i) => (l === was[i] ? [] : [i + 1]));
        expect(changed).toEqual([next.line]);
        expect(now[next.line - 1]).toBe(was[next.line - 1].replace(/,candidate,0\.5$/, ",accepted,0.5"));
        // Never the candidate accepted without its figure in the ledger.
        expect(figuresAfter).toBe(true);
      }
      if (!figuresAfter) outcomes.before++;
      else if (candidatesAfter) outcomes.after++;
      else {
        // Stopped between the two saves: check names the duplicate, the next review finishes it.
        outcomes.halfDone++;
        const named = loadLedger(dir)
          .issues.map(formatIssue)
          .filter((m) => m.includes("still marked candidate"));
        expect(named).toEqual([
          `${candidatesFile}:${next.line}: figure_id "${next.values.figure_id}" is already in ${figuresFile} but still marked candidate (a review stopped mid-accept?): npm run review marks it accepted`,
        ]);
        const said: string[] = [];
        await review({ ask: async () => "q", say: (t) => said.push(t) }, dir);
        expect(said[0]).toContain(`Finished 1 accept(s) an earlier review left half done: ${next.values.figure_id}`);
      }
    }
    console.log(`review fault test: ${RUNS} runs, window ${window.toFixed(0)} ms:`, outcomes);
    // Every run ended in a consistent state: the ledger and candidates pass check together.
    expect(loadLedger(dir).issues.map(formatIssue)).toEqual([]);
    expect(outcomes.before + outcomes.after + outcomes.halfDone).toBe(RUNS);
    // Leftover temporary files (a kill between write and rename) are only ever dot-files.
    for (const name of leftovers(dir)) expect(name.startsWith(".")).toBe(true);
  }, 900_000);

  it(`add-source: ${RUNS} SIGKILLs leave the document absent or whole and candidates.csv before or after`, async () => {
    const dir = bigData();
    const candidatesFile = join(dir, "candidates.csv");
    const report = join(dir, "..", "report.txt");
    writeFileSync(
      report,
      "Police in Sindh rescued 46 bonded labourers, including 18 women, from a brick kiln in 2023.\n".repeat(40),
    );
    const args = (id: string) => [
      report,
      ...["--title", "Kiln raid", "--publisher", "Test", "--published", "2023-05-02", "--kind", "news", "--id", id],
    ];
    const calibration = await runTool("scripts/add-source.ts", args("fault-calibration"), dir);
    expect(calibration.stderr).toBe("");
    const rowsPerRun = Number(/(\d+) candidate figure/.exec(calibration.stdout)![1]);
    expect(rowsPerRun).toBeGreaterThan(0);
    const window = calibration.ms;
    const outcomes = { before: 0, after: 0, documentOnly: 0, completed: 0 };
    for (let run = 0; run < RUNS; run++) {
      const id = `fault-run-${run}`;
      const doc = join(dir, "sources", `${id}.md`);
      const candidates = read(candidatesFile)!;
      // Kills spread over the whole run, half of them over its last fifth, where the saves are.
      const at = run % 2 ? Math.random() * window : window * (0.8 + Math.random() * 0.3);
      const r = await runTool("scripts/add-source.ts", args(id), dir, { killAfter: at });
      if (!r.killed) {
        expect(r.stderr).toBe("");
        outcomes.completed++;
      }
      const candidatesNow = read(candidatesFile)!;
      const docNow = read(doc);
      if (docNow !== null) {
        // Whole: the front matter's hash matches the body (a cut file would not).
        const ledger = loadLedger(dir);
        expect(ledger.issues.filter((i) => i.file === doc).map(formatIssue)).toEqual([]);
      }
      if (candidatesNow !== candidates) {
        expect(candidatesNow.startsWith(candidates)).toBe(true);
        const added = candidatesNow.slice(candidates.length).trimEnd().split("\n");
        expect(added).toHaveLength(rowsPerRun);
        for (const line of added) expect(line).toMatch(new RegExp(`^${id}-c\\d{3},${id},`));
        // Never candidates whose document is missing.
        expect(docNow).not.toBeNull();
        outcomes.after++;
      } else if (docNow !== null) {
        // Stopped between the two saves: running it again finishes the job.
        outcomes.documentOnly++;
        const again = await runTool("scripts/add-source.ts", args(id), dir);
        expect(again.stderr).toBe("");
        expect(read(candidatesFile)!.startsWith(candidates)).toBe(true);
        expect(read(candidatesFile)!.length).toBeGreaterThan(candidates.length);
      } else outcomes.before++;
    }
    console.log(`add-source fault test: ${RUNS} runs, window ${window.toFixed(0)} ms:`, outcomes);
    expect(loadLedger(dir).issues.map(formatIssue)).toEqual([]);
    expect(outcomes.before + outcomes.after + outcomes.documentOnly).toBe(RUNS);
  }, 900_000);
});
