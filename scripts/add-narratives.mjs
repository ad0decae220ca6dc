// node scripts/add-narratives.mjs EXCERPTS.jsonl [--retrieved YYYY-MM-DD] [--dry-run]
//
// Bookkeeping for the TIP Report narrative corpus (README, "TIP Report narratives"): each line of
// EXCERPTS.jsonl is one page excerpt exactly as the search tool returned it, with the page it is
// from and what we know of it:
//   {"url": "...", "country": "NPL", "year": 2020, "part": "PROSECUTION", "excerpt": "...",
//    "via": "ecoi.net" (optional: who republished the State Department's text),
//    "year_note": "..." (optional: how the report year was established when the page does not print it)}
// Every excerpt goes through the product's own `npm run add-source` (so the extractor proposes its
// candidates into data/candidates.csv as for any document), as a .txt file holding the excerpt and
// nothing else; the stored body is then read back and must equal the excerpt byte for byte.
// Problems are `file:line: message` and exit code 1; documents already stored are skipped, so a
// stopped run can be resumed.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const COUNTRIES = {
  AFG: "Afghanistan",
  BGD: "Bangladesh",
  BTN: "Bhutan",
  IND: "India",
  LKA: "Sri Lanka",
  MDV: "Maldives",
  NPL: "Nepal",
  PAK: "Pakistan",
};
const PARTS = ["SUMMARY", "PROSECUTION", "PROTECTION", "PREVENTION"];
// The search tool cuts a page excerpt at 2,000 bytes of UTF-8 (dropping a character cut in two):
// an excerpt longer than that was not copied as returned.
const MAX_EXCERPT_BYTES = 2000;

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const retrieved = flag("--retrieved") ?? new Date().toISOString().slice(0, 10);
const dryRun = args.includes("--dry-run");
const dataDir = process.env.TIP_ATLAS_DATA || "data";
if (!file) {
  process.stderr.write("usage: node scripts/add-narratives.mjs EXCERPTS.jsonl [--retrieved YYYY-MM-DD] [--dry-run]\n");
  process.exit(2);
}

let text;
try {
  text = readFileSync(file, "utf8");
} catch (e) {
  process.stderr.write(`${file}: cannot be read (${e.code ?? e.message})\n`);
  process.exit(1);
}

const problems = [];
const records = [];
text.split("\n").forEach((line, i) => {
  if (!line.trim()) return;
  const where = `${file}:${i + 1}`;
  let r;
  try {
    r = JSON.parse(line);
  } catch (e) {
    problems.push(`${where}: not a JSON object (${e.message})`);
    return;
  }
  if (!COUNTRIES[r.country])
    problems.push(`${where}: country "${r.country}" is not one of ${Object.keys(COUNTRIES).join(", ")}`);
  if (!Number.isInteger(r.year) || r.year < 2001 || r.year > 2100)
    problems.push(`${where}: year must be a report year`);
  if (!PARTS.includes(r.part)) problems.push(`${where}: part "${r.part}" is not one of ${PARTS.join(", ")}`);
  if (typeof r.url !== "string" || !/^https?:\/\//.test(r.url))
    problems.push(`${where}: url must be an http(s) address`);
  if (typeof r.excerpt !== "string" || !r.excerpt.trim()) problems.push(`${where}: excerpt is empty`);
  else if (Buffer.byteLength(r.excerpt, "utf8") > MAX_EXCERPT_BYTES)
    problems.push(`${where}: excerpt is ${Buffer.byteLength(r.excerpt, "utf8")} bytes, more than the tool returns`);
  records.push({ ...r, where });
});
const seen = new Map();
for (const r of records) {
  const id = idOf(r);
  if (seen.has(id))
    problems.push(`${r.where}: ${id} is also ${seen.get(id)} (one document per country, report year and part)`);
  seen.set(id, r.where);
}
if (problems.length) {
  process.stderr.write(problems.join("\n") + "\n");
  process.exit(1);
}

function idOf(r) {
  return `tip-${r.year}-${r.country.toLowerCase()}-${r.part.toLowerCase()}`;
}

const tmp = mkdtempSync(join(tmpdir(), "tip-narratives-"));
let added = 0;
let skipped = 0;
try {
  for (const r of records) {
    const id = idOf(r);
    const stored = join(dataDir, "sources", `${id}.md`);
    if (existsSync(stored)) {
      skipped++;
      continue;
    }
    const txt = join(tmp, `${id}.txt`);
    writeFileSync(txt, r.excerpt, "utf8");
    const argv = [
      "run",
      "--silent",
      "add-source",
      "--",
      txt,
      "--id",
      id,
      "--title",
      `${r.year} Trafficking in Persons Report: ${COUNTRIES[r.country]} (excerpt, ${r.part})`,
      "--publisher",
      "United States Department of State",
      ...(r.via
        ? ["--publisher-note", `The State Department's text as republished by ${r.via}; the URL is that copy's.`]
        : []),
      // The report is known by its year; its release day is not in the excerpt, so none is typed.
      "--published",
      String(r.year),
      ...(r.year_note ? ["--published-note", r.year_note] : []),
      "--kind",
      "government-report",
      "--url",
      r.url,
      "--country",
      r.country,
      "--report-year",
      String(r.year),
      "--excerpt",
      "--part",
      r.part,
      "--retrieved",
      retrieved,
    ];
    if (dryRun) {
      process.stdout.write(`would add ${id}\n`);
      continue;
    }
    try {
      execFileSync("npm", argv, { stdio: ["ignore", "inherit", "pipe"] });
    } catch (e) {
      process.stderr.write(`${r.where}: add-source refused ${id}: ${String(e.stderr ?? e.message).trim()}\n`);
      process.exit(1);
    }
    // The stored body must be the excerpt itself: nothing trimmed, re-encoded or added.
    const content = readFileSync(stored, "utf8");
    const body = content.slice(content.indexOf("\n---\n") + 5);
    if (body !== r.excerpt) {
      process.stderr.write(`${r.where}: ${stored} does not hold the excerpt exactly\n`);
      process.exit(1);
    }
    added++;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.stdout.write(`${added} document(s) added, ${skipped} already stored\n`);
