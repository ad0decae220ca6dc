// Reference inputs (issue 27, items 2, 5 and 10): every file under data/reference/ is pinned by
// its SHA-256 and verified; GLOTIP's editions.csv must agree with the files it names; odd files
// (FIFO, link to /dev/zero, directory, a huge file) and YAML alias bombs are one-line problems.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { formatIssue, type DataIssue } from "../../loaders/issues.ts";
import { loadGlotip } from "../../loaders/reference/glotip.ts";
import { pinReferenceFile, verifyReferencePins } from "../../loaders/reference/pins.ts";
import { readOriginMeta } from "../../loaders/step.ts";

const run = promisify(execFile);
const ED23 = "data_glotip_2023-05-30.csv";
const ED25 = "data_glotip_2025-04-14.csv";

/** A scratch copy of data/reference/ only. */
function scratchReference(): string {
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-ref-"));
  cpSync("data/reference", join(dir, "reference"), { recursive: true });
  return join(dir, "reference");
}
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const messages = (issues: DataIssue[]) => issues.map(formatIssue);

describe("reference pins", () => {
  it("every file under data/reference/ is pinned, and every pin holds", () => {
    expect(messages(verifyReferencePins("data/reference"))).toEqual([]);
  });

  it("one digit changed in a GLOTIP copy is refused, naming the file and how to re-pin it", () => {
    const ref = scratchReference();
    const file = join(ref, "glotip", ED25);
    const pinned = sha(file);
    writeFileSync(file, readFileSync(file, "utf8").replace(",Counts,105,GLOTIP", ",Counts,106,GLOTIP"));
    const issues = messages(verifyReferencePins(ref));
    expect(issues).toEqual([
      `${file}: SHA-256 is ${sha(file)}, but ${join(ref, "glotip/origin.yaml")}:22 pins ${pinned}: these are not the bytes that were checked in; if the change is deliberate, pin the new bytes with npm run check -- --pin ${file} and say why in the commit`,
    ]);
    // A deliberate re-pin rewrites that one line of origin.yaml, nothing else.
    const before = readFileSync(join(ref, "glotip/origin.yaml"), "utf8");
    expect(pinReferenceFile(file)).toEqual({
      originFile: join(ref, "glotip/origin.yaml"),
      sha256: sha(file),
      previous: pinned,
    });
    expect(readFileSync(join(ref, "glotip/origin.yaml"), "utf8")).toBe(before.replace(pinned, sha(file)));
    expect(verifyReferencePins(ref)).toEqual([]);
  });

  it("a new file is not pinned until pinned deliberately, and a removed file's pin is named", () => {
    const ref = scratchReference();
    writeFileSync(join(ref, "gsi", "gsi-2030.csv"), "Country\n");
    rmSync(join(ref, "cspa", "cspa-source-quotes.md"));
    expect(messages(verifyReferencePins(ref))).toEqual([
      `${join(ref, "cspa/origin.yaml")}:6: pins cspa-source-quotes.md, which is not in this folder; if it was removed deliberately, remove its pin`,
      `${join(ref, "gsi/gsi-2030.csv")}: is not pinned: ${join(ref, "gsi/origin.yaml")} lists the SHA-256 of every file in its folder under "inputs"; if the change is deliberate, pin the new bytes with npm run check -- --pin ${join(ref, "gsi/gsi-2030.csv")} and say why in the commit`,
    ]);
    const origin = readFileSync(join(ref, "gsi/origin.yaml"), "utf8");
    pinReferenceFile(join(ref, "gsi", "gsi-2030.csv"));
    expect(readFileSync(join(ref, "gsi/origin.yaml"), "utf8")).toBe(
      origin.replace(/\n$/, `\n  gsi-2030.csv: ${sha(join(ref, "gsi", "gsi-2030.csv"))}\n`),
    );
  });

  it("a folder without an origin.yaml gets one, with the pins under inputs", () => {
    const ref = scratchReference();
    mkdirSync(join(ref, "new-set"));
    writeFileSync(join(ref, "new-set", "a.csv"), "x\n1\n");
    pinReferenceFile(join(ref, "new-set", "a.csv"));
    expect(readFileSync(join(ref, "new-set/origin.yaml"), "utf8")).toBe(
      `# The SHA-256 of every file in this folder, verified by npm run check and the build.\ninputs:\n  a.csv: ${sha(join(ref, "new-set", "a.csv"))}\n`,
    );
    expect(verifyReferencePins(ref)).toEqual([]);
  });

  it("npm run check -- --pin refuses a file outside data/reference/", async () => {
    const r = await run(process.execPath, ["--import", "tsx", "scripts/check.ts", "--pin", "data/figures.csv"]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect("code" in r ? r.code : 0).toBe(1);
    expect(r.stderr).toBe("data/figures.csv: is not a file under data/reference/; only reference inputs are pinned\n");
  }, 30_000);
});

describe("GLOTIP editions.csv against its files", () => {
  it("the real editions load with no problem", () => {
    const g = loadGlotip("data/reference");
    expect(messages(g.issues)).toEqual([]);
    expect(g.editions.map((e) => e.edition)).toEqual(["2023-05-30", "2025-04-14"]);
  });

  it("two copies swapped on disk and re-pinned: the row counts and the years tell", () => {
    const ref = scratchReference();
    const dir = join(ref, "glotip");
    renameSync(join(dir, ED23), join(dir, "tmp.csv"));
    renameSync(join(dir, ED25), join(dir, ED23));
    renameSync(join(dir, "tmp.csv"), join(dir, ED25));
    // The pins see it first.
    expect(messages(verifyReferencePins(ref)).map((m) => m.split(": SHA-256")[0])).toEqual([
      join(dir, ED23),
      join(dir, ED25),
    ]);
    // Re-pinned (as someone who trusted the names would), the editions check still refuses it.
    pinReferenceFile(join(dir, ED23));
    pinReferenceFile(join(dir, ED25));
    expect(messages(loadGlotip(ref).issues)).toEqual([
      `${join(dir, ED23)}: has 58769 data rows; editions.csv says UNODC's sheet has 46556`,
      `${join(dir, ED25)}: has 46556 data rows; editions.csv says UNODC's sheet has 58769`,
      `${join(dir, "editions.csv")}:3: edition 2025-04-14's file (${ED25}) ends in 2021, before the older edition 2023-05-30's (${ED23}, 2022): the files are swapped or mislabelled`,
    ]);
  });
});

describe("odd files in a reference folder", () => {
  it("a FIFO is named by npm run check at once, exit 1, no stack trace (it used to hang)", async () => {
    const ref = scratchReference();
    const data = join(ref, "..");
    cpSync("data", data, { recursive: true, filter: (src) => !src.startsWith("data/reference") });
    rmSync(join(ref, "glotip", ED23));
    await run("mkfifo", [join(ref, "glotip", ED23)]);
    const r = await run(process.execPath, ["--import", "tsx", "scripts/check.ts", data], { timeout: 60_000 }).catch(
      (e: { code: number; stderr: string; killed: boolean }) => e,
    );
    expect("killed" in r && r.killed).toBe(false);
    expect("code" in r ? r.code : 0).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe(`${join(ref, "glotip", ED23)}: is a named pipe (FIFO), not a regular file`);
    expect(lines).toHaveLength(2); // the problem, then the summary
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);

  it("a link to /dev/zero, a directory and a 300 MB file: one line each, nothing read", () => {
    const ref = scratchReference();
    const dir = join(ref, "glotip");
    rmSync(join(dir, "codes.csv"));
    symlinkSync("/dev/zero", join(dir, "codes.csv"));
    rmSync(join(dir, ED23));
    mkdirSync(join(dir, ED23));
    // Sparse: 300 MB long, no disk used; over the 200 MB table limit, refused by its size.
    rmSync(join(dir, ED25));
    writeFileSync(join(dir, ED25), "");
    truncateSync(join(dir, ED25), 300_000_000);
    const started = Date.now();
    const expected = [
      `${join(dir, "codes.csv")}: is a device, not a regular file`,
      `${join(dir, ED23)}: is a directory, not a file`,
      `${join(dir, ED25)}: is 300.0 MB; files over 200 MB are refused (split it into parts)`,
    ];
    expect(messages(verifyReferencePins(ref))).toEqual(expected);
    expect(() => loadGlotip(ref)).toThrow(expected[0]);
    rmSync(join(dir, "codes.csv"));
    cpSync("data/reference/glotip/codes.csv", join(dir, "codes.csv"));
    expect(() => loadGlotip(ref)).toThrow(expected[1]);
    rmSync(join(dir, ED23), { recursive: true });
    cpSync(`data/reference/glotip/${ED23}`, join(dir, ED23));
    expect(() => loadGlotip(ref)).toThrow(expected[2]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe("origin.yaml", () => {
  it("an alias bomb is one problem at its line, not an exception", () => {
    const ref = scratchReference();
    const file = join(ref, "gsi", "origin.yaml");
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [from, to] of [
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["d", "e"],
      ["e", "f"],
      ["f", "g"],
      ["g", "h"],
    ])
      bomb.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(", ")}]`);
    const lines = readFileSync(file, "utf8").split("\n").length;
    writeFileSync(file, readFileSync(file, "utf8") + bomb.join("\n") + "\n");
    const issues: DataIssue[] = [];
    const started = Date.now();
    expect(readOriginMeta(file, "gsi", issues).producer).toBe("unknown");
    expect(messages(issues)).toEqual([
      `${file}:${lines + 1}: YAML aliases are not allowed in an origin file (*a): write the value out`,
    ]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
