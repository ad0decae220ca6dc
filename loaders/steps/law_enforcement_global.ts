// law_enforcement_global.parquet: the TIP Reports' global law-enforcement totals, per source.
import { join } from "node:path";
import { lawEnforcementGlobalTable } from "../../src/lib/tables/law_enforcement_global.ts";
import { loadLawEnforcement } from "../reference/law-enforcement.ts";
import { defineStep, makeOrigin, readOriginMeta } from "../step.ts";
import { ledgerOf } from "../shared.ts";

export default defineStep({
  table: lawEnforcementGlobalTable,
  build(dataDir) {
    const ledger = ledgerOf(dataDir);
    const result = loadLawEnforcement(ledger, join(dataDir, "reference"));
    const issues = [...ledger.issues, ...result.issues];
    const originFile = join(dataDir, "reference/tip-law-enforcement/origin.yaml");
    const meta = readOriginMeta(originFile, "law_enforcement_global", issues);
    const origin = makeOrigin("law_enforcement_global", meta, [...result.inputs, ...ledger.inputs, originFile]);
    return { rows: result.rows, issues, origin };
  },
});
