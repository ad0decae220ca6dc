// The summary /data-quality reads from catalog.json (loaders/quality.ts): each declared check's
// rows counted from the rows' own `checks` column, per edition with zeros kept, in a total order
// that the /explore query repeats, with the first rows as published; and on the real GLOTIP
// tables, the same counts as the checks themselves report in the table's origin.
import { describe, expect, it } from "vitest";
import { readChecks, type CheckDecl } from "../../loaders/plausibility.ts";
import { checkSummary, editionOf, EXAMPLES_PER_CHECK, failedChecks } from "../../loaders/quality.ts";
import { runStep } from "../../loaders/step.ts";
import glotipStep from "../../loaders/steps/glotip.ts";
import revisionsStep from "../../loaders/steps/glotip_revisions.ts";

const decl = (table: string, check: string): CheckDecl => ({
  table,
  check,
  severity: "flag",
  rule: "valueIsYear",
  sentence: `${check} sentence`,
  line: 2,
});

const row = (edition: string, country: string, year: number, checks: string | null, line: number) => ({
  edition,
  country_name: country,
  indicator: "Persons convicted",
  dimension: "Total",
  category: null,
  sex: line % 2 ? "Female" : "Total",
  age: "Total",
  year,
  value_text: String(line * 10),
  source_row: `in.csv:${line}`,
  checks,
});

describe("checkSummary on small rows", () => {
  const rows = [
    row("2025", "Peru", 2020, "b_check; a_check", 1),
    row("2023", "Peru", 2020, "a_check", 2),
    row("2025", "Chad", 2019, null, 3),
    row("2025", "Chad", 2018, "a_check", 10),
    row("2025", "Chad", 2018, "a_check", 9),
    row("2023", "Chad", 2020, "a_check_more", 4),
  ];
  const [a, b, c] = checkSummary("t", rows, [decl("t", "a_check"), decl("t", "b_check"), decl("t", "c_check")]);

  it("counts whole names only, per edition, zeros kept", () => {
    expect(a.rows).toBe(4);
    expect(a.by_edition).toEqual([
      { edition: "2023", rows: 1 },
      { edition: "2025", rows: 3 },
    ]);
    expect(b.rows).toBe(1);
    expect(c).toMatchObject({
      rows: 0,
      examples: [],
      by_edition: [
        { edition: "2023", rows: 0 },
        { edition: "2025", rows: 0 },
      ],
    });
  });

  it("lists examples in the query's order: edition, country, indicator, year, then the input row as text", () => {
    expect(a.examples.map((e) => e.row)).toEqual(["in.csv:2", "in.csv:10", "in.csv:9", "in.csv:1"]);
    expect(a.examples[0]).toEqual({
      country: "Peru",
      year: 2020,
      indicator: "Persons convicted",
      breakdown: null,
      value: "20",
      row: "in.csv:2",
    });
    expect(a.examples[3].breakdown).toBe("Female");
    expect(a.sql).toBe(
      "SELECT * FROM t WHERE list_contains(string_split(checks, '; '), 'a_check') ORDER BY edition, country_name, indicator, year, source_row",
    );
  });

  it("ignores declarations of other tables, and keeps at most a few examples", () => {
    const many = Array.from({ length: 12 }, (_, i) => row("2025", "Peru", 2000 + i, "a_check", i));
    const out = checkSummary("t", many, [decl("t", "a_check"), decl("other", "a_check")]);
    expect(out).toHaveLength(1);
    expect(out[0].rows).toBe(12);
    expect(out[0].examples.map((e) => e.year)).toEqual([2000, 2001, 2002, 2003, 2004].slice(0, EXAMPLES_PER_CHECK));
  });

  it("names a revision's edition by the pair it compares", () => {
    expect(editionOf({ old_edition: "2023-05-30", new_edition: "2025-04-14" })).toBe("2023-05-30 → 2025-04-14");
    expect(editionOf({ edition: 2018 })).toBe("2018");
    expect(failedChecks({ checks: null })).toEqual([]);
  });
});

describe("checkSummary on the real GLOTIP tables", () => {
  const { checks } = readChecks();
  for (const step of [glotipStep, revisionsStep]) {
    it(`${step.table.name}: agrees with the counts the checks report in the origin`, () => {
      const built = runStep(step, "data");
      expect(built.issues).toEqual([]);
      const summary = checkSummary(built.name, built.rows, checks);
      const origin = (
        built.origin.details as { checks: { check: string; rows: number; by_edition?: Record<string, number> }[] }
      ).checks;
      expect(summary.map((s) => s.check)).toEqual(origin.map((c) => c.check));
      for (const s of summary) {
        const o = origin.find((c) => c.check === s.check)!;
        expect(s.rows).toBe(o.rows);
        const nonZero = Object.fromEntries(
          s.by_edition.filter((e) => e.rows).map((e) => [e.edition.split(" → ").at(-1), e.rows]),
        );
        expect(nonZero).toEqual(o.by_edition ?? {});
        expect(s.examples.length).toBe(Math.min(EXAMPLES_PER_CHECK, s.rows));
        for (const e of s.examples) {
          const source = built.rows.find((r) => (r.source_row ?? r.new_row) === e.row)!;
          expect(failedChecks(source)).toContain(s.check);
        }
      }
    });
  }
  it("glotip: both editions listed; Andorra's 6,112,019 convicted is the first code published as a count", () => {
    const built = runStep(glotipStep, "data");
    const code = checkSummary("glotip", built.rows, checks).find((s) => s.check === "digits_encode_code")!;
    expect(code.by_edition).toEqual([
      { edition: "2023-05-30", rows: 0 },
      { edition: "2025-04-14", rows: 128 },
    ]);
    expect(code.examples[0]).toMatchObject({ country: "Andorra", year: 2022, value: "6,112,019" });
  });
});
