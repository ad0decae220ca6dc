// Issue 27 item 7: review and add-source print document text (quotes, notes, file names) to the
// terminal. A terminal obeys control characters, so each is shown as a visible escape. On
// 2980dca the text was written raw: ESC ] 0 ; … BEL retitled the window, CSI sequences could
// hide the digits under review, RLO reversed them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addSource } from "../../loaders/ingest/add-source.ts";
import { terminalSafe } from "../../loaders/ingest/terminal.ts";
import { copyDataWithoutCandidates } from "./helpers.ts";

// Anything a terminal would act on or not show: C0 but LF and tab, DEL, C1, format characters.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/u;

describe("terminalSafe", () => {
  it("shows control, bidi and invisible characters as \\u{…} escapes", () => {
    expect(terminalSafe("a\x1b]0;pwned\x07b")).toBe("a\\u{1b}]0;pwned\\u{7}b");
    expect(terminalSafe("\x9b2J\r650\x7f")).toBe("\\u{9b}2J\\u{d}650\\u{7f}");
    expect(terminalSafe("\u202E821\u202C and 1,\u200D234 and 1\u00AD0")).toBe(
      "\\u{202e}821\\u{202c} and 1,\\u{200d}234 and 1\\u{ad}0",
    );
  });

  it("keeps line feeds, tabs and printable text of any script as it is", () => {
    const text = "quote\t“650 laborers”\nRs. 3 lakh · ₹ · é · پاکستان · 2,00,000";
    expect(terminalSafe(text)).toBe(text);
  });
});

describe("review and add-source never write a control character from a document", () => {
  const run = (script: string, args: string[], env: Record<string, string>, input = "") =>
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
      encoding: "utf8",
      input,
      env: { ...process.env, ...env },
    });

  it("review shows a quote holding escape sequences, escaped", async () => {
    const data = copyDataWithoutCandidates(mkdtempSync(join(tmpdir(), "tip-atlas-term-data-")));
    const dir = mkdtempSync(join(tmpdir(), "tip-atlas-term-"));
    const file = join(dir, "raid.txt");
    // The window-title (OSC 0), clipboard (OSC 52) and C1 CSI sequences sit in the sentence.
    writeFileSync(
      file,
      "Police in Sindh rescued 650 laborers\x1b]0;pwned\x07 from kilns\x1b]52;c;ZXZpbA==\x07 in 2023 \x9b8m.\n",
    );
    await addSource({ file, title: "Kiln raid", publisher: "A paper", published: "2023-03-14", kind: "news" }, data);
    const r = run("scripts/review.ts", [], { TIP_ATLAS_DATA: data }, "s\nq\n");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "650 laborers\\u{1b}]0;pwned\\u{7} from kilns\\u{1b}]52;c;ZXZpbA==\\u{7} in 2023 \\u{9b}8m.",
    );
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stderr).not.toMatch(UNSAFE);
  });

  it("add-source names a file whose name holds escape sequences, escaped", () => {
    const data = copyDataWithoutCandidates(mkdtempSync(join(tmpdir(), "tip-atlas-term-data-")));
    const name = join(tmpdir(), "no-such-\x1b]0;pwned\x07-report\u202E.txt");
    const r = run(
      "scripts/add-source.ts",
      [name, "--title", "T", "--publisher", "P", "--published", "2023-03-14", "--kind", "news"],
      { TIP_ATLAS_DATA: data },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no-such-\\u{1b}]0;pwned\\u{7}-report\\u{202e}.txt");
    expect(r.stderr).not.toMatch(UNSAFE);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
