// Every built-in table's build step, in the order /explore lists them. `npm run check`,
// catalog.json and origins.json run them all in one process (shared steps run once); each
// Parquet loader runs only its own step.
import type { DataIssue } from "./issues.ts";
import { DATA_DIR, runStep, type BuiltTable, type Step } from "./step.ts";
import candidates from "./steps/candidates.ts";
import cspa from "./steps/cspa.ts";
import events from "./steps/events.ts";
import figures from "./steps/figures.ts";
import gsi from "./steps/gsi.ts";
import sources from "./steps/sources.ts";
import tiers from "./steps/tiers.ts";

export const STEPS: Step[] = [figures, candidates, sources, events, gsi, tiers, cspa];

export const TABLE_NAMES = STEPS.map((s) => s.table.name);

export interface Catalog {
  tables: BuiltTable[];
  byName: Record<string, BuiltTable>;
  /** Every problem once, though shared steps report theirs to each table built from them. */
  issues: DataIssue[];
}

export function buildCatalog(dataDir = DATA_DIR): Catalog {
  const tables = STEPS.map((step) => runStep(step, dataDir));
  const seen = new Set<string>();
  const issues = tables
    .flatMap((t) => t.issues)
    .filter((i) => {
      const key = `${i.file}\0${i.line}\0${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { tables, byName: Object.fromEntries(tables.map((t) => [t.name, t])), issues };
}
