// Plausibility checks (src/lib/tables/checks.csv, loaders/plausibility.ts) on the real GLOTIP
// editions, with the counts they find pinned and the rows named; each rule on small rows that
// tell it apart from a near miss; bad declarations named at path:line; and a property test that
// no check ever changes a published value.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../loaders/issues.ts";
import { applyChecks, readChecks, RULES, CHECKS_FILE, type CheckDecl } from "../../loaders/plausibility.ts";
import { runStep } from "../../loaders/step.ts";
import glotipStep from "../../loaders/steps/glotip.ts";
import revisionsStep from "../../loaders/steps/glotip_revisions.ts";

const glotip = runStep(glotipStep, "data");
const revisions = runStep(revisionsStep, "data");
const has = (row: Record<string, unknown>, check: string) =>
  String(row.checks ?? "")
    .split("; ")
    .includes(check);
const flagged = (rows: Record<string, unknown>[], check: string) => rows.filter((r) => has(r, check));
const byEdition = (rows: Record<string, unknown>[]) => {
  const out: Record<string, number> = {};
  for (const r of rows) out[String(r.edition ?? r.new_edition)] = (out[String(r.edition ?? r.new_edition)] ?? 0) + 1;
  return out;
};
const at = (rows: Record<string, unknown>[], sourceRow: string) => rows.find((r) => r.source_row === sourceRow)!;
const NEW = "data/reference/glotip/data_glotip_2025-04-14.csv";
const OLD = "data/reference/glotip/data_glotip_2023-05-30.csv";

describe("the declared checks", () => {
  it("are read from checks.csv with no problem, each naming a rule that exists", () => {
    const { checks, issues } = readChecks();
    expect(issues).toEqual([]);
    expect(checks.map((c) => `${c.table}.${c.check}`)).toEqual(
      expect.arrayContaining([
        "glotip.part_exceeds_total",
        "glotip.digits_encode_code",
        "glotip_revisions.revision_x10",
      ]),
    );
    for (const c of checks) expect(Object.keys(RULES)).toContain(c.rule);
  });

  it("names the file and line of a bad declaration", () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-atlas-checks-"));
    const file = join(dir, "checks.csv");
    const text = readFileSync(CHECKS_FILE, "utf8").trimEnd().split("\n");
    text.push("glotip,made_up,flag,noSuchRule,A rule nobody wrote.", "glotip,value_is_year,warn,valueIsYear,Twice.");
    writeFileSync(file, text.join("\n") + "\n");
    const { checks, issues } = readChecks(file);
    const lines = text.length;
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:${lines - 1}: rule "noSuchRule" is not a rule`)),
      `${file}:${lines}: severity "warn" must be flag or refuse`,
      expect.stringMatching(new RegExp(`^${file}:${lines}: check "value_is_year" of table glotip is declared on line`)),
    ]);
    // The valid declarations are all kept.
    expect(checks).toHaveLength(readChecks().checks.length);
  });
});

describe("GLOTIP checks on the real editions", () => {
  it("build both tables with no problem and publish the counts in the origin", () => {
    expect(glotip.issues).toEqual([]);
    expect(revisions.issues).toEqual([]);
    const counts = (glotip.origin.details as { checks: { check: string; rows: number }[] }).checks;
    expect(Object.fromEntries(counts.map((c) => [c.check, c.rows]))).toEqual({
      part_exceeds_total: 1596,
      value_is_year: 7,
      digits_encode_code: 128,
      jump_x20: 382,
      not_a_safe_integer: 0,
    });
  });

  it("part_exceeds_total: 1,596 rows, e.g. Austria 2020, 209 sexually exploited women of 129 victims", () => {
    const rows = flagged(glotip.rows, "part_exceeds_total");
    expect(byEdition(rows)).toEqual({ "2023-05-30": 554, "2025-04-14": 1042 });
    expect(at(rows, `${OLD}:2466`)).toMatchObject({ iso3: "AUT", category: "Sexual exploitation", value: 209 });
    // A censored total is at most 4: Pakistan's "Nationals" convicted in 2019 against "<5".
    expect(at(rows, `${NEW}:34493`)).toMatchObject({ category: "Nationals", value: 6112019 });
    // A part equal to its total is not flagged: Austria's 129 victims of all forms, 2020.
    expect(rows.some((r) => r.iso3 === "AUT" && r.year === 2020 && r.value === 129)).toBe(false);
  });

  it("value_is_year: 7 rows, e.g. Pakistan 2020, 2,020 repatriated victims in the 2023 edition", () => {
    const rows = flagged(glotip.rows, "value_is_year");
    expect(byEdition(rows)).toEqual({ "2023-05-30": 2, "2025-04-14": 5 });
    expect(at(rows, `${OLD}:27882`)).toMatchObject({ iso3: "PAK", year: 2020, value_text: "2,020" });
  });

  it("digits_encode_code: every value of a million or more, all 128, e.g. Q6.1_4s_2019 → 6,142,019", () => {
    const rows = flagged(glotip.rows, "digits_encode_code");
    expect(rows).toHaveLength(128);
    expect(rows.every((r) => r.edition === "2025-04-14" && r.indicator === "Persons convicted")).toBe(true);
    const millions = glotip.rows.filter((r) => (r.value as number) >= 1e6);
    expect(new Set(rows)).toEqual(new Set(millions));
    expect(at(rows, `${NEW}:34508`)).toMatchObject({ category: "Q6.1_4s_2019", value: 6142019 });
    expect(at(rows, `${NEW}:34494`)).toMatchObject({ category: "Q6.1_10s_2019", value: 61102019 });
    // Pakistan's "Nationals" 2019–2021: 6,112,019 / 6,112,020 / 6,112,019.
    const nationals = rows.filter((r) => r.iso3 === "PAK" && r.category === "Nationals").map((r) => r.value);
    expect(nationals).toEqual([6112019, 6112020, 6112019]);
  });

  it("jump_x20: 382 rows, e.g. Pakistan's 105 convictions in 2022 after <5", () => {
    const rows = flagged(glotip.rows, "jump_x20");
    expect(byEdition(rows)).toEqual({ "2023-05-30": 162, "2025-04-14": 220 });
    expect(at(rows, `${NEW}:34634`)).toMatchObject({
      iso3: "PAK",
      indicator: "Persons convicted",
      year: 2022,
      value: 105,
    });
  });

  it("revision_x10: 129 revisions, e.g. Burkina Faso's forced-labour victims 2020, <5 → 1,420", () => {
    const rows = flagged(revisions.rows, "revision_x10");
    expect(rows).toHaveLength(129);
    expect(
      rows.find((r) => r.iso3 === "BFA" && r.category === "Forced labour" && r.year === 2020 && r.sex === "Total"),
    ).toMatchObject({ old_text: "<5", new_text: "1,420" });
    // Pakistan's detected victims 2020, 22 → 20,045, is a revision of ×911.
    expect(
      rows.some((r) => r.iso3 === "PAK" && r.dimension === "Total" && r.year === 2020 && r.new_value === 20045),
    ).toBe(true);
  });

  it("a sum of convictions by citizenship 2019–2021 without the flagged rows", () => {
    const sum = (edition: string, keep: (r: Record<string, unknown>) => boolean) => {
      const rows = glotip.rows.filter(
        (r) =>
          r.edition === edition &&
          r.indicator === "Persons convicted" &&
          r.dimension === "by citizenship" &&
          (r.year as number) >= 2019 &&
          (r.year as number) <= 2021 &&
          keep(r),
      );
      return { rows: rows.length, sum: rows.reduce((t, r) => t + ((r.value as number | null) ?? 0), 0) };
    };
    expect(sum("2025-04-14", () => true)).toEqual({ rows: 762, sum: 4741635745 });
    expect(sum("2025-04-14", (r) => r.checks === null)).toEqual({ rows: 615, sum: 6763 });
    expect(sum("2023-05-30", () => true)).toEqual({ rows: 351, sum: 5290 });
    expect(sum("2023-05-30", (r) => r.checks === null)).toEqual({ rows: 343, sum: 4315 });
  });
});

describe("each rule tells a defect from a near miss", () => {
  const base = {
    edition: "2025-04-14",
    code_in_file: "XXX",
    country_unodc: "X",
    indicator: "Persons convicted",
    sex: "Total",
    age: "Total",
    parts: 1,
  };
  const count = (value: number | null, extra: object) => ({
    ...base,
    value,
    value_low: value ?? 1,
    value_high: value ?? 4,
    ...extra,
  });
  const run = (rule: string, rows: object[]) => [...RULES[rule](rows as Record<string, unknown>[])];

  it("part_exceeds_total takes a censored total as 1–4", () => {
    const total = count(null, { dimension: "Total", category: "Total", year: 2020 });
    const four = count(4, { dimension: "by citizenship", category: "A", year: 2020 });
    const five = count(5, { dimension: "by citizenship", category: "B", year: 2020 });
    expect(run("partExceedsTotal", [total, four, five])).toEqual([2]);
  });

  it("value_is_year needs the value to be the row's own year", () => {
    expect(run("valueIsYear", [count(2020, { year: 2020 }), count(2020, { year: 2021 })])).toEqual([0]);
  });

  it("digits_encode_code needs a question the edition uses", () => {
    const code = count(3, { dimension: "by citizenship", category: "Q6.1_4s_2019", year: 2019 });
    expect(run("digitsEncodeCode", [code, count(6142019, { year: 2019 }), count(7142019, { year: 2019 })])).toEqual([
      1,
    ]);
  });

  it("jump_x20 flags the larger of adjacent years only, at ×20 and 100 or more", () => {
    const series = (values: (number | null)[]) =>
      values.map((v, i) => count(v, { dimension: "Total", category: "Total", year: 2010 + i }));
    expect(run("jumpX20", series([5, 100, 99]))).toEqual([1]); // 100 ≥ 20 × 5
    expect(run("jumpX20", series([6, 100]))).toEqual([]); // ×16.7
    expect(run("jumpX20", series([null, 80]))).toEqual([]); // below 100
    expect(run("jumpX20", series([null, 80, 100]))).toEqual([]); // ×1.25
    expect(run("jumpX20", series([null, 100]))).toEqual([1]); // <5 is at most 4: ×25 at least
  });
});

describe("no check ever changes a published value", () => {
  const strip = (row: Record<string, unknown>) => {
    const { checks: _, ...rest } = row;
    return rest;
  };

  it("on the real GLOTIP rows: every value as the files give it", () => {
    // Rebuilt from the files: the rows before any check ran, compared with the published ones.
    const rows = glotip.rows.map((r) => ({ ...r, checks: "stale" }));
    const before = JSON.stringify(rows.map(strip));
    applyChecks("glotip", rows);
    expect(JSON.stringify(rows.map(strip))).toBe(before);
    expect(rows.filter((r) => r.checks !== null)).toHaveLength(glotip.rows.filter((r) => r.checks !== null).length);
  });

  it("on arbitrary rows, for every declared check", () => {
    const checks: CheckDecl[] = readChecks().checks.map((c) => ({ ...c, table: "t" }));
    const cell = fc.oneof(fc.constant(null), fc.integer({ min: -10, max: 1e8 }), fc.double(), fc.string());
    const row = fc.record({
      edition: fc.constantFrom("2023-05-30", "2025-04-14"),
      code_in_file: fc.constantFrom("PAK", "IND", null),
      country_unodc: fc.constantFrom("Pakistan", "Sark", null),
      indicator: fc.constantFrom("Persons convicted", "Detected trafficking victims"),
      dimension: fc.constantFrom("Total", "by citizenship"),
      category: fc.constantFrom("Total", "Nationals", "Q6.1_4s_2019", null),
      sex: fc.constantFrom("Total", "Female"),
      age: fc.constantFrom("Total", "Unknown"),
      year: fc.integer({ min: 2015, max: 2022 }),
      parts: fc.constantFrom(1, 2),
      value: cell,
      value_low: cell,
      value_high: cell,
      old_value: cell,
      new_value: cell,
      source_row: fc.constant("f.csv:2"),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const copy = rows.map((r) => ({ ...r }) as Record<string, unknown>);
        applyChecks("t", copy, checks);
        expect(copy.map(strip)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe("refusals", () => {
  it("a GLOTIP count above 2^53 is refused at its file and line, the other rows kept", () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-atlas-glotip-"));
    cpSync("data/reference/glotip", join(dir, "reference", "glotip"), { recursive: true });
    const file = join(dir, "reference", "glotip", "data_glotip_2023-05-30.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[1] = lines[1].replace(/,<5,GLOTIP/, ',"9,007,199,254,740,993",GLOTIP');
    writeFileSync(file, lines.join("\n"));
    const built = runStep(glotipStep, dir);
    expect(built.issues.map(formatIssue)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:2: not_a_safe_integer: .*\\(value 9007199254740992\\)$`)),
    ]);
    expect(built.rows).toHaveLength(glotip.rows.length);
  });
});
