// Reviewing candidates (data/candidates.csv) in the terminal: for each one, accept it into
// data/figures.csv, edit it first, reject it (it stays in candidates.csv as rejected, so the
// extractor never proposes it again), skip it, or quit. Each decision is saved at once, and
// atomically: figures.csv first, then candidates.csv, so a run stopped between the two leaves
// at worst a figure still marked candidate, which check names and the next review completes.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readSources } from "../sources.ts";
import { loadLedger, verifyAgainstSource } from "../ledger.ts";
import { CANDIDATE_COLUMNS, FIGURE_COLUMNS, FigureRowSchema } from "../schema.ts";
import { DataError, describeIssue, formatIssue } from "../issues.ts";
import { appendCsvRows, readCsv, updateCsvRecords } from "../csv.ts";
import { acquireLock, FileProblem, readTextFile, withDataLock } from "../files.ts";

export interface ReviewIO {
  /** The next line the reviewer types, or null at the end of input. */
  ask(prompt: string): Promise<string | null>;
  say(text: string): void;
}

export interface ReviewSummary {
  accepted: number;
  rejected: number;
  skipped: number;
  remaining: number;
}

/** The records of a table (already checked to parse). */
const readRows = (file: string, columns: readonly string[]) =>
  readCsv(file, readTextFile(file), columns).records.map((r) => r.values);

/** Thrown when review cannot start or save; the message is for the reviewer, no stack trace. */
export class ReviewError extends Error {}

function describe(row: Record<string, string>): string {
  const fields = FIGURE_COLUMNS.filter((c) => c !== "quote" && c !== "note").map(
    (c) => `  ${c.padEnd(13)} ${row[c] || "—"}`,
  );
  return [
    `  quote         “${row.quote}”`,
    ...fields,
    `  confidence    ${row.confidence}`,
    `  note          ${row.note || "—"}`,
  ].join("\n");
}

/** Problems that keep a candidate out of the ledger, or [] when it can be accepted. */
export function acceptProblems(row: Record<string, string>, dataDir: string): string[] {
  const figure = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, row[c] ?? ""]));
  const parsed = FigureRowSchema.safeParse(figure);
  if (!parsed.success)
    return parsed.error.issues.map((e) => describeIssue(e as Parameters<typeof describeIssue>[0], figure));
  const sources = readSources(join(dataDir, "sources")).sources;
  const problem = verifyAgainstSource(
    parsed.data,
    sources.find((s) => s.id === parsed.data.source_id),
  );
  if (problem) return [problem];
  const existing = existsSync(join(dataDir, "figures.csv"))
    ? readRows(join(dataDir, "figures.csv"), FIGURE_COLUMNS)
    : [];
  if (existing.some((f) => f.figure_id === parsed.data.figure_id))
    return [`figure_id "${parsed.data.figure_id}" is already in data/figures.csv: edit it`];
  return [];
}

/** Set the candidate `figureId`'s values in candidates.csv (its line only). */
function saveCandidate(file: string, figureId: string, values: Record<string, string>) {
  const n = updateCsvRecords(file, CANDIDATE_COLUMNS, (r) => (r.figure_id === figureId ? { ...r, ...values } : null));
  if (n !== 1)
    throw new ReviewError(`${file}: candidate ${figureId} is no longer there (was the file edited meanwhile?)`);
}

/** Run `work` holding the data lock; file problems become ReviewErrors. */
function saving<T>(dataDir: string, work: () => T): T {
  try {
    return withDataLock(dataDir, "review", work);
  } catch (e) {
    if (e instanceof FileProblem || e instanceof DataError) throw new ReviewError(e.message);
    throw e;
  }
}

/**
 * Before reviewing: finish accepts a stopped run left half done (the figure in figures.csv, the
 * candidate still marked candidate), then refuse to start unless candidates.csv and figures.csv
 * pass check: rewriting a file that does not parse would turn its errors into lost rows.
 */
function prepare(io: ReviewIO, dataDir: string): void {
  const file = join(dataDir, "candidates.csv");
  const figuresFile = join(dataDir, "figures.csv");
  const ledger = loadLedger(dataDir);
  const own = (issues: typeof ledger.issues) => issues.filter((i) => i.file === file || i.file === figuresFile);
  const halfDone = own(ledger.issues).filter((i) => i.message.includes("still marked candidate"));
  if (halfDone.length && own(ledger.issues).length === halfDone.length) {
    const ids = new Set(halfDone.map((i) => /figure_id "([^"]+)"/.exec(i.message)![1]));
    saving(dataDir, () =>
      updateCsvRecords(file, CANDIDATE_COLUMNS, (r) =>
        ids.has(r.figure_id) && r.status === "candidate" ? { ...r, status: "accepted" } : null,
      ),
    );
    io.say(`Finished ${ids.size} accept(s) an earlier review left half done: ${[...ids].join(", ")}.`);
    return prepare(io, dataDir);
  }
  const problems = own(ledger.issues);
  if (problems.length)
    throw new ReviewError(
      `${problems.map(formatIssue).join("\n")}\nreview does not start until these ${problems.length} problem(s) are fixed: it would rewrite the files (npm run check lists them).`,
    );
}

/**
 * Open a review session on `dataDir`: one at a time. Each session reads the candidates once and
 * saves its decisions by figure_id, so a second session would hold stale copies of the same rows
 * and write them back over the first one's rejections and edits; the data lock covers one write,
 * not a session. A session left by a process that is gone is taken over.
 */
function openSession(dataDir: string): () => void {
  try {
    return acquireLock(
      join(dataDir, ".review-session.lock"),
      `review session opened ${new Date().toISOString()}`,
      (holder) =>
        `another review (pid ${holder.pid}, ${holder.what.replace(/^review session /, "")}) is open on ${dataDir}; finish it first (q saves and stops): two sessions would undo each other's decisions`,
    );
  } catch (e) {
    if (e instanceof FileProblem) throw new ReviewError(e.message);
    throw e;
  }
}

export async function review(io: ReviewIO, dataDir = "data"): Promise<ReviewSummary> {
  const file = join(dataDir, "candidates.csv");
  const summary: ReviewSummary = { accepted: 0, rejected: 0, skipped: 0, remaining: 0 };
  if (!existsSync(file)) {
    io.say("No data/candidates.csv: add a report with npm run add-source first.");
    return summary;
  }
  const close = openSession(dataDir);
  try {
    return await session(io, dataDir, summary);
  } finally {
    close();
  }
}

async function session(io: ReviewIO, dataDir: string, summary: ReviewSummary): Promise<ReviewSummary> {
  const file = join(dataDir, "candidates.csv");
  const figuresFile = join(dataDir, "figures.csv");
  prepare(io, dataDir);
  const rows = readRows(file, CANDIDATE_COLUMNS);
  const pending = rows.filter((r) => r.status === "candidate");
  io.say(`${pending.length} candidate(s) to review. a = accept, e = edit, r = reject, s = skip, q = quit.`);
  for (const [i, row] of pending.entries()) {
    io.say(`\n[${i + 1}/${pending.length}] ${row.figure_id} (${row.source_id})\n${describe(row)}`);
    // The figure_id as saved: an edit may change the row's figure_id column.
    let savedId = row.figure_id;
    const save = () =>
      saving(dataDir, () => {
        saveCandidate(file, savedId, row);
        savedId = row.figure_id;
      });
    for (;;) {
      const answer = (await io.ask("a/e/r/s/q? "))?.trim().toLowerCase() ?? "q";
      if (answer === "q") {
        summary.remaining = pending.length - i;
        io.say(
          `Stopped: ${summary.accepted} accepted, ${summary.rejected} rejected, ${summary.skipped} skipped, ${summary.remaining} left for later.`,
        );
        return summary;
      }
      if (answer === "s") {
        summary.skipped++;
        break;
      }
      if (answer === "r") {
        row.status = "rejected";
        save();
        summary.rejected++;
        break;
      }
      if (answer === "e") {
        io.say("Type column=value lines (e.g. metric=people_rescued); an empty line ends.");
        for (;;) {
          const line = await io.ask("  edit> ");
          if (line === null || line.trim() === "") break;
          const eq = line.indexOf("=");
          const column = line.slice(0, eq).trim();
          if (eq < 0 || !(FIGURE_COLUMNS as readonly string[]).includes(column)) {
            io.say(`  not a column of figures.csv: ${line.trim()}`);
            continue;
          }
          row[column] = line.slice(eq + 1).trim();
        }
        save();
        io.say(describe(row));
        continue;
      }
      if (answer === "a") {
        const problems = acceptProblems(row, dataDir);
        if (problems.length) {
          io.say(
            `  cannot accept yet:\n${problems.map((p) => `  - ${p}`).join("\n")}\n  edit it (e), reject it (r) or skip it (s).`,
          );
          continue;
        }
        saving(dataDir, () => {
          // Ledger first: a stop between the two saves leaves a duplicate check names, never a loss.
          appendCsvRows(figuresFile, FIGURE_COLUMNS, [
            Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, row[c] ?? ""])),
          ]);
          row.status = "accepted";
          saveCandidate(file, savedId, row);
        });
        summary.accepted++;
        break;
      }
      io.say("  a = accept, e = edit, r = reject, s = skip, q = quit");
    }
  }
  io.say(
    `Done: ${summary.accepted} accepted, ${summary.rejected} rejected, ${summary.skipped} skipped. Run npm run check.`,
  );
  return summary;
}
