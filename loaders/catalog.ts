// The one list of tables: every file in loaders/steps/ is the build step of one published table
// (its default export names the table's declaration). Adding a table is adding a step file; the
// build (loaders/build.ts), `npm run check`, catalog.json, /explore, DICTIONARY.md and the tests
// all read this list. The tables are listed in the order of TABLE_ORDER, then by name.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { DataIssue } from "./issues.ts";
import { verifyReferencePins } from "./reference/pins.ts";
import { DATA_DIR, runStep, type BuiltTable, type Step } from "./step.ts";

const STEPS_DIR = join(import.meta.dirname, "steps");

// The tables an analyst meets first, in the order /explore lists them; any other comes after, by name.
const TABLE_ORDER = [
  "figures",
  "candidates",
  "sources",
  "events",
  "gsi",
  "tiers",
  "tier_observations",
  "cspa",
  "law_enforcement_global",
  "glotip",
  "glotip_revisions",
  "funding_grants",
  "funding_country_year",
];
const rank = (name: string) => (TABLE_ORDER.includes(name) ? TABLE_ORDER.indexOf(name) : TABLE_ORDER.length);

async function discoverSteps(): Promise<Step[]> {
  const steps: Step[] = [];
  for (const file of readdirSync(STEPS_DIR).filter((f) => /^[a-z][a-z0-9_]*\.ts$/.test(f))) {
    const step = (await import(pathToFileURL(join(STEPS_DIR, file)).href)).default as Step | undefined;
    const name = file.slice(0, -3);
    if (!step?.table || typeof step.build !== "function")
      throw new Error(`loaders/steps/${file}: must export default defineStep({ table, build })`);
    if (step.table.name !== name)
      throw new Error(`loaders/steps/${file}: builds table "${step.table.name}"; a step file is named after its table`);
    steps.push(step);
  }
  return steps.sort((a, b) => rank(a.table.name) - rank(b.table.name) || a.table.name.localeCompare(b.table.name));
}

export const STEPS: Step[] = await discoverSteps();

export const TABLE_NAMES = STEPS.map((s) => s.table.name);

export interface Catalog {
  tables: BuiltTable[];
  byName: Record<string, BuiltTable>;
  /** Every problem once, though shared steps report theirs to each table built from them. */
  issues: DataIssue[];
}

/** Every table built once, in one process: the build, `npm run check` and the tests call this. */
export function buildCatalog(dataDir = DATA_DIR): Catalog {
  const tables = STEPS.map((step) => runStep(step, dataDir));
  const seen = new Set<string>();
  // Every reference input against its pinned SHA-256 (loaders/reference/pins.ts), after the
  // tables: a damaged file is named by its loader first, then by its pin.
  const issues = [...tables.flatMap((t) => t.issues), ...verifyReferencePins(join(dataDir, "reference"))].filter(
    (i) => {
      const key = `${i.file}\0${i.line}\0${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  );
  return { tables, byName: Object.fromEntries(tables.map((t) => [t.name, t])), issues };
}
