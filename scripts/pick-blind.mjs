// node scripts/pick-blind.mjs [--seed S] [--count N] > tests/extract/blind-narratives.txt
//
// The frozen blind part of the TIP Report narrative corpus (issue 25): N documents chosen at
// random, before anything is tuned on the corpus, and never looked at while tuning. "Random" is
// reproducible and cannot be steered: each corpus document (data/sources/*.md with `excerpt: true`
// and a `report_year`) is ranked by SHA-256 of "<seed>:<id>", and the first N are blind. The seed
// is fixed in the list's header; re-running with it gives the same list, so the list can be
// checked but not quietly redrawn.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const seed = flag("--seed", "tip-atlas issue 25 blind narratives 2026-12-05");
const count = Number(flag("--count", "30"));
const dir = join(process.env.TIP_ATLAS_DATA || "data", "sources");

const ids = readdirSync(dir)
  .filter((f) => f.endsWith(".md"))
  .filter((f) => {
    const front = readFileSync(join(dir, f), "utf8").split("\n---\n")[0];
    return /^excerpt: true$/m.test(front) && /^report_year: \d{4}$/m.test(front);
  })
  .map((f) => f.slice(0, -3))
  .sort();
if (!Number.isInteger(count) || count < 1 || count > ids.length) {
  process.stderr.write(`pick-blind: --count must be between 1 and ${ids.length} (the corpus documents)\n`);
  process.exit(1);
}
const rank = (id) => createHash("sha256").update(`${seed}:${id}`).digest("hex");
const blind = [...ids]
  .sort((a, b) => rank(a).localeCompare(rank(b)))
  .slice(0, count)
  .sort();

process.stdout.write(
  [
    "# The blind part of the TIP Report narrative corpus (issue 25): never tune the extractor on these.",
    `# Drawn by scripts/pick-blind.mjs before any extractor change: the ${count} of ${ids.length} corpus`,
    `# documents (data/sources/*.md with excerpt: true and a report_year) with the lowest`,
    `# SHA-256("<seed>:<id>"), seed "${seed}".`,
    `# Reproduce: node scripts/pick-blind.mjs --seed "${seed}" --count ${count}`,
    ...blind,
    "",
  ].join("\n"),
);
