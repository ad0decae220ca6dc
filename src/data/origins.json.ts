// Framework data loader for origins.json: where each published table comes from.
import { buildCatalog } from "../../loaders/catalog.ts";
import { exitOnIssues } from "../../loaders/step.ts";

const { tables, issues } = buildCatalog();
exitOnIssues(issues);
process.stdout.write(JSON.stringify(Object.fromEntries(tables.map((t) => [t.name, t.origin])), null, 2));
