// The build's shape: one declaration per table, one step per table with exactly the declared
// columns, origins read from YAML, claim kinds and mappings read from reviewed CSV files.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STEPS, buildCatalog } from "../../loaders/catalog.ts";
import { formatIssue } from "../../loaders/issues.ts";
import { sitePaths } from "../../loaders/build.ts";
import { checkColumns, defineStep, readOriginMeta, runStep, shared } from "../../loaders/step.ts";
import candidatesStep, { CoveredSpans, reasonInNote } from "../../loaders/steps/candidates.ts";
import figuresStep from "../../loaders/steps/figures.ts";
import gsiStep from "../../loaders/steps/gsi.ts";
import { defineTable, listValues } from "../../src/lib/table.ts";
import { CLAIM_KINDS } from "../../src/lib/vocabulary.ts";
import { editLine, lineOf, scratchData } from "./helpers.ts";

const problems = (dir: string) => buildCatalog(dir).issues.map(formatIssue);

describe("build steps", () => {
  const table = defineTable({
    name: "demo",
    description: "A test table.",
    columns: { id: { type: "string", description: "" }, n: { type: "int32?", description: "" } },
  });

  it("names a column a step forgets and one the declaration lacks", () => {
    expect(checkColumns(table, [{ id: "a", n: 1 }])).toEqual([]);
    expect(checkColumns(table, [{ id: "a" }]).map(formatIssue)).toEqual([
      'src/lib/tables/demo.ts: table demo: the build step gives no column "n"',
    ]);
    expect(checkColumns(table, [{ id: "a", n: 1, extra: true }]).map(formatIssue)).toEqual([
      'src/lib/tables/demo.ts: table demo: column "extra" is not declared',
    ]);
  });

  it("fails the build of a real table when its step drops a column", () => {
    const broken = defineStep({
      table: figuresStep.table,
      build(dir) {
        const result = figuresStep.build(dir);
        return { ...result, rows: result.rows.map(({ quote: _q, ...r }) => r) as typeof result.rows };
      },
    });
    expect(runStep(broken, "data").issues.map(formatIssue)).toEqual([
      'src/lib/tables/figures.ts: table figures: the build step gives no column "quote"',
    ]);
  });

  it("every built-in step gives exactly its declared columns on the bundled data", () => {
    const { tables, issues } = buildCatalog("data");
    expect(issues).toEqual([]);
    expect(tables.map((t) => t.name)).toEqual(STEPS.map((s) => s.table.name));
    for (const t of tables) expect(t.rows.length, t.name).toBeGreaterThan(t.name === "candidates" ? -1 : 0);
  });

  it("the gsi step reads only GSI inputs, not the ledger", () => {
    const inputs = runStep(gsiStep, "data").origin.inputs.map((i) => i.path);
    expect(inputs.every((p) => p.startsWith("data/reference/"))).toBe(true);
    expect(inputs.some((p) => p.includes("figures.csv") || p.includes("sources/"))).toBe(false);
  });

  it("runs a shared step once per data folder", () => {
    let runs = 0;
    const once = shared((dir) => ++runs + dir.length);
    once("a");
    once("a");
    once("bb");
    expect(runs).toBe(2);
  });

  it("lists vocabulary values for descriptions", () => {
    expect(listValues({ a: "A" })).toBe("a");
    expect(listValues({ a: "A", b: "B", c: "C" })).toBe("a, b or c");
  });
});

describe("origins in YAML", () => {
  it("reads the bundled origins with no problem", () => {
    const issues: never[] = [];
    expect(readOriginMeta("data/reference/gsi/origin.yaml", "gsi", issues).producer).toMatch(/Walk Free/);
    expect(issues).toEqual([]);
  });

  it("names the file and line of a bad or missing entry", () => {
    const dir = scratchData();
    const file = join(dir, "reference/gsi/origin.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace(/  license: .*\n/, "")
        .replace("date_range:", "licence: x\n  date_range:"),
    );
    const issues = problems(dir).filter((p) => p.includes("origin.yaml"));
    expect(issues).toContain(`${file}:3: gsi.license: Invalid input: expected string, received undefined`);
    expect(issues.some((p) => p === `${file}:3: gsi: Unrecognized key: "licence"`)).toBe(true);
    const other = join(dir, "origins.yaml");
    writeFileSync(other, readFileSync(other, "utf8").replace(/^events:/m, "evens:"));
    expect(problems(dir)).toContain(`${other}: events: Invalid input: expected object, received undefined`);
  });
});

describe("reference facts mapped by reviewed CSV files", () => {
  it("takes every cited figure's claim kind from fact-claims.csv, with no guessing", () => {
    const { byName } = buildCatalog("data");
    const cited = byName.figures.rows.filter((r) => r.provenance === "dataset");
    const reviewed = readFileSync("data/reference/fact-claims.csv", "utf8").trim().split("\n").slice(1);
    expect(cited.length).toBeGreaterThanOrEqual(reviewed.length);
    for (const r of cited) expect(Object.keys(CLAIM_KINDS)).toContain(r.claim_kind);
    // The Interior Division's court statistics are the government's own claim; TIP numbers are the State Department's.
    const interior = cited.find((r) => String(r.note).includes("Interior Division"));
    expect(interior?.claim_kind).toBe("government_claim");
    const tip = cited.find((r) => r.metric === "complicit_official_convictions");
    expect(tip?.claim_kind).toBe("us_state_department");
  });

  it("refuses a claims row that no longer matches its facts.csv line, and a cited figure with none", () => {
    const dir = scratchData();
    const claims = join(dir, "reference/fact-claims.csv");
    const line = lineOf(claims, "fia_arrests");
    editLine(claims, line, (l) => l.replace("UrduPoint", "Dawn"));
    const factsLine = readFileSync(claims, "utf8").split("\n")[line - 1].split(",")[0];
    const found = problems(dir);
    expect(found).toContain(
      `${claims}:${line}: names metric "fia_arrests" and source "Dawn" but ${join(dir, "reference/facts.csv")}:${factsLine} holds "fia_arrests" from "UrduPoint"`,
    );
    editLine(claims, line, () => "");
    writeFileSync(claims, readFileSync(claims, "utf8").replace(/\n\n/, "\n"));
    expect(problems(dir)).toContain(
      `${join(dir, "reference/facts.csv")}:${factsLine}: no reviewed claim_kind for this row in ${claims} (facts_line ${factsLine})`,
    );
  });

  it("refuses an unknown claim kind, metric, unit or event type with its line", () => {
    const dir = scratchData();
    const claims = join(dir, "reference/fact-claims.csv");
    editLine(claims, 2, (l) => l.replace(/,[a-z_]+$/, ",rumour"));
    const metrics = join(dir, "reference/fact-metrics.csv");
    editLine(metrics, 2, (l) => l.replace(/^([^,]+),[^,]+/, "$1,happiness"));
    const milestones = join(dir, "reference/legal-milestones.csv");
    editLine(milestones, 2, (l) => l.replace(",law,", ",decree,"));
    const found = problems(dir);
    expect(
      found.some((p) => p.startsWith(`${claims}:2: claim_kind must be one of`) && p.endsWith('(got "rumour")')),
    ).toBe(true);
    expect(found).toContain(`${metrics}:2: metric "happiness" is not in the metric vocabulary (loaders/schema.ts)`);
    expect(found.some((p) => p.startsWith(`${milestones}:2: event_type must be one of`))).toBe(true);
  });
});

describe("covered spans (candidates the ledger already holds)", () => {
  it("agrees with a linear scan on random spans", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: rand(30) }, () => {
        const s = rand(500);
        return { source_id: rand(2) ? "a" : "b", figure_start: s, figure_end: s + 1 + rand(40) };
      });
      const index = new CoveredSpans(spans);
      for (let q = 0; q < 40; q++) {
        const start = rand(520);
        const end = start + 1 + rand(20);
        const id = rand(2) ? "a" : "b";
        const naive = spans.some((f) => f.source_id === id && f.figure_start < end && start < f.figure_end);
        expect(index.overlaps(id, start, end)).toBe(naive);
      }
    }
  });
});

describe("site paths", () => {
  it("lists a page for every country with data and every stored document, with its name", () => {
    const paths = sitePaths(buildCatalog("data"));
    const codes = paths.countries.map((c) => c.code);
    expect(paths.countries).toContainEqual({ code: "PAK", name: "Pakistan" });
    expect(codes).toContain("NOR");
    expect(codes).not.toContain("WLD");
    // One page per stored document, however many the corpus holds.
    expect(paths.sources).toHaveLength(readdirSync("data/sources").filter((f) => f.endsWith(".md")).length);
    expect(paths.sources.every((s) => s.title.length > 0)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("candidates say why", () => {
  it("every candidate carries the rules that chose its metric, country and year", () => {
    const { rows } = runStep(candidatesStep, "data");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.reason, String(row.candidate_id)).toMatch(/^metric: .+; country: .+; year: .+$/);
  });

  it("reads the rules back from the note add-source writes, else keeps the note", () => {
    expect(
      reasonInNote(
        'proposed by the extractor from "650" (metric: noun "victims"; country: none found; year: document date)',
      ),
    ).toBe('metric: noun "victims"; country: none found; year: document date');
    // A TIP chapter's rules hold parentheses of their own (the header that set the country).
    expect(
      reasonInNote(
        'proposed by the extractor from "258" (metric: noun "investigations"; country: the chapter (header "2020 Trafficking in Persons Report: Nepal"); year: the report year in the chapter header)',
      ),
    ).toBe(
      'metric: noun "investigations"; country: the chapter (header "2020 Trafficking in Persons Report: Nepal"); year: the report year in the chapter header',
    );
    expect(reasonInNote("edited by hand")).toBe("edited by hand");
    expect(reasonInNote(null)).toBe(null);
  });
});
