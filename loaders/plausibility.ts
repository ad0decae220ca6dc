// Plausibility checks: the sources' own errors, found and named, never corrected. Each check is
// declared as data in src/lib/tables/checks.csv (table, name, severity, rule, sentence); the rule
// is one of the named functions below. A `flag` check adds its name to the row's `checks` column
// and leaves every published value as it is; a `refuse` check is a value no count can have (a
// negative estimate, more people than the population) and stops the build with path:line.
// runStep (loaders/step.ts) applies them to every table that declares a `checks` column, so the
// build, `npm run check` and the tests all see the same flags.
import { readCsv } from "./csv.ts";
import { readTextFile } from "./files.ts";
import type { DataIssue } from "./issues.ts";

export const CHECKS_FILE = "src/lib/tables/checks.csv";
export const CHECK_SEVERITIES = ["flag", "refuse"] as const;
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

export interface CheckDecl {
  table: string;
  check: string;
  severity: CheckSeverity;
  rule: string;
  sentence: string;
  line: number;
}

type Row = Record<string, unknown>;
/** A rule: the indices of the rows that fail it. It only reads rows; it never writes one. */
export type Rule = (rows: readonly Row[]) => Set<number>;

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
/** Bounds of a count: GLOTIP gives value_low/value_high (1–4 when censored "<5"); others a value. */
const low = (r: Row) => num(r.value_low) ?? num(r.value);
const high = (r: Row) => num(r.value_high) ?? num(r.value);
const countryOf = (r: Row) => `${r.code_in_file ?? ""}|${r.code_in_file ? "" : (r.country_unodc ?? "")}`;

// Ratios are only judged where the larger count is at least this: 1 → 20 detected victims is a
// small country's ordinary year, 50 → 1,000 is not.
const RATIO_FLOOR = 100;

/** The larger of two counts is at least `factor` times the smaller, even at their most similar. */
function ratioAtLeast(a: Row, b: Row, factor: number): "a" | "b" | null {
  const [al, ah, bl, bh] = [low(a), high(a), low(b), high(b)];
  if (al === null || ah === null || bl === null || bh === null) return null;
  if (al >= RATIO_FLOOR && al >= factor * bh) return "a";
  if (bl >= RATIO_FLOOR && bl >= factor * ah) return "b";
  return null;
}

/** A GLOTIP breakdown row larger than its own total (same edition, country, indicator, year). */
const partExceedsTotal: Rule = (rows) => {
  const totals = new Map<string, Row>();
  const keyOf = (r: Row, sex: unknown, age: unknown) =>
    [r.edition, countryOf(r), r.indicator, sex, age, r.year].join("\u0000");
  for (const r of rows) if (r.dimension === "Total" && r.parts === 1) totals.set(keyOf(r, r.sex, r.age), r);
  const out = new Set<number>();
  rows.forEach((r, i) => {
    // A breakdown's own total has the same sex and age; a sex or age row of the total is itself
    // a part of the all-sexes, all-ages total.
    const total =
      r.dimension !== "Total"
        ? totals.get(keyOf(r, r.sex, r.age))
        : r.sex !== "Total" || r.age !== "Total"
          ? totals.get(keyOf(r, "Total", "Total"))
          : undefined;
    if (!total) return;
    const partLow = low(r);
    const totalHigh = high(total);
    if (partLow !== null && totalHigh !== null && partLow > totalHigh) out.add(i);
  });
  return out;
};

/** A count equal to its own year. */
const valueIsYear: Rule = (rows) => {
  const out = new Set<number>();
  rows.forEach((r, i) => {
    if (r.value !== null && r.value === r.year) out.add(i);
  });
  return out;
};

// UNODC's questionnaire codes: Q6.1_4s_2019 is question 6.1, item 4, year 2019.
const QUESTION_CODE = /^Q(\d+)\.?(\d*)_(\d+)[a-z]*_((?:19|20)\d\d)$/;

/**
 * A count whose digits spell a questionnaire code: the question of a code the edition uses as a
 * category, any item, any year (Q6.1_4s_2019 → 6142019; Q6.1_1s_2019, the nationals item the
 * file never shows as a category, → 6112019 under "Nationals").
 */
const digitsEncodeCode: Rule = (rows) => {
  // The questions each edition's codes belong to: Q6.1_4s_2019 → "61".
  const questions = new Map<unknown, Set<string>>();
  for (const r of rows) {
    const m = QUESTION_CODE.exec(String(r.category ?? ""));
    if (!m) continue;
    const set = questions.get(r.edition) ?? questions.set(r.edition, new Set()).get(r.edition)!;
    set.add(m[1] + m[2]);
  }
  const out = new Set<number>();
  rows.forEach((r, i) => {
    if (typeof r.value !== "number" || !Number.isInteger(r.value)) return;
    // The digits after the question must be an item of one or two digits and a year: 61102019
    // is 61 | 10 | 2019.
    const digits = String(r.value);
    for (const q of questions.get(r.edition) ?? []) {
      const rest = digits.startsWith(q) ? digits.slice(q.length) : "";
      if (/^\d{1,2}(19|20)\d\d$/.test(rest)) {
        out.add(i);
        return;
      }
    }
  });
  return out;
};

/** The larger of two adjacent years of one series, when it is 20 times the other or more. */
const jumpX20: Rule = (rows) => {
  const series = new Map<string, number[]>();
  rows.forEach((r, i) => {
    // Rows the export repeats under one key are distinct reports with no series of their own.
    if (r.parts !== 1) return;
    const key = [r.edition, countryOf(r), r.indicator, r.dimension, r.category, r.sex, r.age].join("\u0000");
    (series.get(key) ?? series.set(key, []).get(key)!).push(i);
  });
  const out = new Set<number>();
  for (const indices of series.values()) {
    indices.sort((a, b) => (rows[a].year as number) - (rows[b].year as number));
    for (let k = 1; k < indices.length; k++) {
      const [a, b] = [indices[k - 1], indices[k]];
      if ((rows[b].year as number) - (rows[a].year as number) !== 1) continue;
      const larger = ratioAtLeast(rows[a], rows[b], 20);
      if (larger) out.add(larger === "a" ? a : b);
    }
  }
  return out;
};

/** A GLOTIP revision by a factor of 10 or more, either way. */
const revisionX10: Rule = (rows) => {
  const out = new Set<number>();
  const side = (r: Row, which: "old" | "new"): Row => {
    const v = r[`${which}_value`];
    // A censored side ("<5") is 1–4.
    return v === null ? { value_low: 1, value_high: 4 } : { value: v };
  };
  rows.forEach((r, i) => {
    if (ratioAtLeast(side(r, "old"), side(r, "new"), 10)) out.add(i);
  });
  return out;
};

/** A value that is not a whole number a double carries exactly (above 2^53, or a fraction). */
const notSafeInteger: Rule = (rows) => {
  const out = new Set<number>();
  rows.forEach((r, i) => {
    if (r.value !== null && r.value !== undefined && !Number.isSafeInteger(r.value)) out.add(i);
  });
  return out;
};

/** Rows where `test` holds for a number in any of `columns`. */
const anyColumn =
  (columns: string[], test: (n: number, row: Row) => boolean): Rule =>
  (rows) => {
    const out = new Set<number>();
    rows.forEach((r, i) => {
      if (columns.some((c) => typeof r[c] === "number" && test(r[c] as number, r))) out.add(i);
    });
    return out;
  };

// The GSI: a count or a prevalence below zero, more people in slavery than live in the country,
// a prevalence above the whole population, a count no double carries exactly. The scores are left
// alone: their scales differ between editions, and government response totals can be negative
// (North Korea, 2016: −1.8).
const GSI_COUNTS = ["population", "estimated_number"];
const gsiNegative = anyColumn([...GSI_COUNTS, "prevalence_published", "prevalence_per_1000"], (n) => n < 0);
const gsiAbovePopulation: Rule = (rows) => {
  const out = new Set<number>();
  rows.forEach((r, i) => {
    const [estimate, population] = [num(r.estimated_number), num(r.population)];
    if (estimate !== null && population !== null && estimate > population) out.add(i);
  });
  return out;
};
// Prevalence is per 1,000 (the percent editions are harmonised to it).
const gsiShareAboveWhole = anyColumn(["prevalence_per_1000"], (n) => n > 1000);
const gsiNotSafeInteger = anyColumn(GSI_COUNTS, (n) => !Number.isSafeInteger(n));

export const RULES: Readonly<Record<string, Rule>> = {
  gsiNegative,
  gsiAbovePopulation,
  gsiShareAboveWhole,
  gsiNotSafeInteger,
  partExceedsTotal,
  valueIsYear,
  digitsEncodeCode,
  jumpX20,
  revisionX10,
  notSafeInteger,
};

/** The declared checks, each line validated: an unknown rule or severity is a problem at its line. */
export function readChecks(file = CHECKS_FILE): { checks: CheckDecl[]; issues: DataIssue[] } {
  const table = readCsv(file, readTextFile(file), ["table", "check", "severity", "rule", "sentence"]);
  const issues = [...table.issues];
  const checks: CheckDecl[] = [];
  const seen = new Map<string, number>();
  for (const { line, values: v } of table.records) {
    const problems: string[] = [];
    if (!/^[a-z][a-z0-9_]*$/.test(v.check)) problems.push(`check "${v.check}" must be a lowercase name (a-z, 0-9, _)`);
    if (!(CHECK_SEVERITIES as readonly string[]).includes(v.severity))
      problems.push(`severity "${v.severity}" must be ${CHECK_SEVERITIES.join(" or ")}`);
    if (!Object.hasOwn(RULES, v.rule))
      problems.push(`rule "${v.rule}" is not a rule of loaders/plausibility.ts (${Object.keys(RULES).join(", ")})`);
    if (!v.sentence.trim()) problems.push("sentence is required: say what the check finds");
    const key = `${v.table}|${v.check}`;
    if (seen.has(key)) problems.push(`check "${v.check}" of table ${v.table} is declared on line ${seen.get(key)} too`);
    seen.set(key, line);
    for (const message of problems) issues.push({ file, line, message });
    if (!problems.length)
      checks.push({
        table: v.table,
        check: v.check,
        rule: v.rule,
        sentence: v.sentence,
        severity: v.severity as CheckSeverity,
        line,
      });
  }
  return { checks, issues };
}

let declared: { checks: CheckDecl[]; issues: DataIssue[] } | undefined;
/** The declarations, read once per process. */
export function declaredChecks(): { checks: CheckDecl[]; issues: DataIssue[] } {
  return (declared ??= readChecks());
}

export interface CheckCount {
  check: string;
  severity: CheckSeverity;
  sentence: string;
  rows: number;
  /** Rows flagged per edition, for tables with one. */
  by_edition?: Record<string, number>;
}

/** The row's value in a refusal, where it has one column called so. */
const shownValue = (row: Row) => ("value" in row ? ` (value ${String(row.value)})` : "");

/** Where a row comes from, as `path:line`, for a refusal. */
function placeOf(row: Row): { file: string; line: number | null } {
  const at = String(row.source_row ?? row.reference_row ?? "");
  const m = /^(.*):(\d+)$/.exec(at);
  return m ? { file: m[1], line: Number(m[2]) } : { file: at || CHECKS_FILE, line: null };
}

/**
 * Runs the checks declared for `table` over its rows: each row's `checks` becomes the names of
 * the flag checks it fails, joined by "; " (null when none). Nothing else in a row is touched.
 * Refusals come back as problems naming the row's file and line.
 */
export function applyChecks(
  table: string,
  rows: Row[],
  checks: readonly CheckDecl[] = declaredChecks().checks,
): { issues: DataIssue[]; counts: CheckCount[] } {
  const names: string[][] = rows.map(() => []);
  const issues: DataIssue[] = [];
  const counts: CheckCount[] = [];
  for (const c of checks.filter((c) => c.table === table)) {
    const failing = [...RULES[c.rule](rows)].sort((a, b) => a - b);
    const count: CheckCount = { check: c.check, severity: c.severity, sentence: c.sentence, rows: failing.length };
    for (const i of failing) {
      if (c.severity === "flag") names[i].push(c.check);
      else issues.push({ ...placeOf(rows[i]), message: `${c.check}: ${c.sentence}${shownValue(rows[i])}` });
      if (typeof rows[i].edition === "string" || typeof rows[i].new_edition === "string") {
        const edition = String(rows[i].edition ?? rows[i].new_edition);
        count.by_edition ??= {};
        count.by_edition[edition] = (count.by_edition[edition] ?? 0) + 1;
      }
    }
    counts.push(count);
  }
  rows.forEach((r, i) => {
    r.checks = names[i].length ? names[i].join("; ") : null;
  });
  return { issues, counts };
}
