// Reviewing candidates (data/candidates.csv) in the terminal: for each one, accept it into
// data/figures.csv, edit it first, reject it (it stays in candidates.csv as rejected, so the
// extractor never proposes it again), skip it, or quit. Files are rewritten after every
// decision, so quitting or a crash loses nothing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { readSources } from "../sources.ts";
import { verifyAgainstSource } from "../ledger.ts";
import { CANDIDATE_COLUMNS, FIGURE_COLUMNS, FigureRowSchema } from "../schema.ts";
import { describeIssue } from "../issues.ts";
import { appendCsv } from "./add-source.ts";

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

const readCsv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;
const writeCsv = (file: string, columns: readonly string[], rows: Record<string, string>[]) =>
  writeFileSync(file, `${Papa.unparse(rows, { columns: [...columns], newline: "\n" })}\n`);

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
  const existing = existsSync(join(dataDir, "figures.csv")) ? readCsv(join(dataDir, "figures.csv")) : [];
  if (existing.some((f) => f.figure_id === parsed.data.figure_id))
    return [`figure_id "${parsed.data.figure_id}" is already in data/figures.csv: edit it`];
  return [];
}

export async function review(io: ReviewIO, dataDir = "data"): Promise<ReviewSummary> {
  const file = join(dataDir, "candidates.csv");
  const summary: ReviewSummary = { accepted: 0, rejected: 0, skipped: 0, remaining: 0 };
  if (!existsSync(file)) {
    io.say("No data/candidates.csv: add a report with npm run add-source first.");
    return summary;
  }
  const rows = readCsv(file);
  const pending = rows.filter((r) => r.status === "candidate");
  io.say(`${pending.length} candidate(s) to review. a = accept, e = edit, r = reject, s = skip, q = quit.`);
  for (const [i, row] of pending.entries()) {
    io.say(`\n[${i + 1}/${pending.length}] ${row.figure_id} (${row.source_id})\n${describe(row)}`);
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
        writeCsv(file, CANDIDATE_COLUMNS, rows);
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
        writeCsv(file, CANDIDATE_COLUMNS, rows);
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
        appendCsv(join(dataDir, "figures.csv"), FIGURE_COLUMNS, [
          Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, row[c] ?? ""])),
        ]);
        row.status = "accepted";
        writeCsv(file, CANDIDATE_COLUMNS, rows);
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
