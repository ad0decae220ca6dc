// Computations several build steps need, run once per process (see loaders/step.ts).
import { join } from "node:path";
import { loadLedger } from "./ledger.ts";
import { readFacts } from "./reference/facts.ts";
import { readFunding } from "./reference/funding.ts";
import { shared } from "./step.ts";

/** Sources, figures.csv, events.csv and candidates.csv, each checked against the stored documents. */
export const ledgerOf = shared((dataDir) => loadLedger(dataDir));

/** data/reference/facts.csv: cited tiers, CSPA rows, figures and legal milestones. */
export const factsOf = shared((dataDir) => readFacts(join(dataDir, "reference")));

/** The origin file of the tables built from tip-atlas's own ledger. */
export const LEDGER_ORIGINS = "origins.yaml";

/** Both US grant tables (funding_grants, funding_country_year), read once. */
export const fundingOf = shared((dataDir) => readFunding(dataDir));
