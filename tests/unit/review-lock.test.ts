// Review sessions are exclusive (issue 27, item 4): each session reads the candidates once and
// saves its decisions by figure_id, so a second session used to hold stale rows and write them
// back over the first one's rejections and edits. These tests fail without the session lock
// (loaders/ingest/review.ts, openSession): the second session starts and undoes the first.
import { execFile, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { addSource } from "../../loaders/ingest/add-source.ts";
import { review, ReviewError, type ReviewIO } from "../../loaders/ingest/review.ts";
import { copyDataWithoutCandidates } from "./helpers.ts";

const run = promisify(execFile);

/** A scratch data/ with one added report and its candidate figures. */
async function withCandidates(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-review-lock-"));
  const data = join(dir, "data");
  copyDataWithoutCandidates(data, (src) => !src.includes("/reference/glotip"));
  const report = join(dir, "raid.txt");
  writeFileSync(
    report,
    "FAISALABAD: Police on Monday freed 46 bonded labourers, including 18 women, from a brick kiln.\n",
  );
  await addSource({ file: report, title: "Kiln raid", publisher: "Dawn", published: "2023-05-02", kind: "news" }, data);
  return data;
}

const statuses = (data: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(data, "candidates.csv"), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data.map((c) => `${c.figure_id} ${c.status}`);

/** A reviewer whose answers are given one at a time by the test. */
function scriptedReviewer() {
  const said: string[] = [];
  const waiting: ((answer: string | null) => void)[] = [];
  const io: ReviewIO = {
    ask: () => new Promise((resolve) => waiting.push(resolve)),
    say: (t) => said.push(t),
  };
  /** Resolves once the session is waiting for an answer. */
  const prompted = async () => {
    while (!waiting.length) await new Promise((r) => setTimeout(r, 10));
  };
  const answer = async (text: string | null) => {
    await prompted();
    waiting.shift()!(text);
  };
  return { io, said, answer, prompted };
}

describe("review sessions", () => {
  it("refuses a second session while one is open, so its decisions are not undone", async () => {
    const data = await withCandidates();
    const first = scriptedReviewer();
    const firstDone = review(first.io, data);
    await first.prompted();

    // The second session, opened on the same candidates, is refused before it reads anything.
    const second = review({ ask: async () => "s", say: () => {} }, data);
    await expect(second).rejects.toThrow(ReviewError);
    await expect(second).rejects.toThrow(
      new RegExp(`\\.review-session\\.lock: another review \\(pid ${process.pid}, opened [0-9T:.Z-]+\\) is open on`),
    );

    await first.answer("r");
    await first.answer("q");
    await firstDone;
    const afterFirst = statuses(data);
    expect(afterFirst[0]).toMatch(/ rejected$/);

    // Once the first is closed, a new session starts, and the rejection stands.
    const third = scriptedReviewer();
    const thirdDone = review(third.io, data);
    await third.answer("q");
    await thirdDone;
    // It was offered only the candidate the first session left.
    expect(third.said.join("\n")).toContain("1 candidate(s) to review");
    expect(statuses(data)).toEqual(afterFirst);
    expect(existsSync(join(data, ".review-session.lock"))).toBe(false);
  }, 60_000);

  it("takes over a lock left by a process that is gone", async () => {
    const data = await withCandidates();
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    writeFileSync(join(data, ".review-session.lock"), `${gone} review session opened 2026-01-01T00:00:00.000Z\n`);
    const summary = await review({ ask: async () => "q", say: () => {} }, data);
    expect(summary.remaining).toBeGreaterThan(0);
    expect(existsSync(join(data, ".review-session.lock"))).toBe(false);
  });

  it("two npm run review processes: the second exits 1 with one line naming the first", async () => {
    const data = await withCandidates();
    const env = { ...process.env, TIP_ATLAS_DATA: data };
    const first = spawn(process.execPath, ["--import", "tsx", "scripts/review.ts"], { env });
    let out = "";
    await new Promise<void>((resolve, reject) => {
      first.stdout.on("data", (b) => {
        out += b;
        if (out.includes("a/e/r/s/q?")) resolve();
      });
      first.on("exit", () => reject(new Error(`the first review exited early: ${out}`)));
    });
    const second = await run(process.execPath, ["--import", "tsx", "scripts/review.ts"], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect("code" in second ? second.code : 0).toBe(1);
    const stderr = String(second.stderr);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`another review (pid ${first.pid}`);
    expect(stderr).not.toMatch(/\n\s+at /);

    first.stdin.end("r\nq\n");
    const code = await new Promise((resolve) => first.on("close", resolve));
    expect(code).toBe(0);
    expect(statuses(data)[0]).toMatch(/ rejected$/);
    expect(existsSync(join(data, ".review-session.lock"))).toBe(false);
  }, 60_000);
});
