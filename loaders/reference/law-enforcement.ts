// TIP Report "Global Law Enforcement Data", 2003–2015: one row per year, measure and source.
// Three sources speak: the Scorecard Diplomacy replication table (from the 2007 and 2016
// reports), and the TIP 2008 and TIP 2006 reports themselves, stored in data/sources/ with their
// table values as ledger figures. Where they differ (2005) every value is kept and flagged; the
// secondary 2016 and 2021 totals are kept as flagged leads.
import { readTextFile } from "../files.ts";
import { join } from "node:path";
import { readCsv } from "../csv.ts";
import type { DataIssue } from "../issues.ts";
import type { Ledger } from "../ledger.ts";
import { numberCell } from "./common.ts";
import { LAW_ENFORCEMENT_MEASURES, type LawEnforcementMeasure } from "../../src/lib/vocabulary.ts";

export { LAW_ENFORCEMENT_MEASURES, type LawEnforcementMeasure };

export interface LawEnforcementRow {
  year: number;
  measure: LawEnforcementMeasure;
  measure_label: string;
  value: number;
  source_title: string;
  source_url: string | null;
  source_id: string | null;
  source_class: "report_text" | "compiled" | "secondary";
  quote: string | null;
  reference_row: string;
  conflict: boolean;
  note: string | null;
}

const CSV_COLUMNS: Record<string, LawEnforcementMeasure> = {
  Prosecutions: "prosecutions",
  "Prosecutions (Labor)": "labour_prosecutions",
  Convictions: "convictions",
  "Convictions (Labor)": "labour_convictions",
  "Victims identified": "victims_identified",
  "Victims (Labor)": "labour_victims_identified",
  "New or amended legislation": "new_or_amended_laws",
};

const row = (r: Omit<LawEnforcementRow, "measure_label" | "conflict">): LawEnforcementRow => ({
  ...r,
  measure_label: LAW_ENFORCEMENT_MEASURES[r.measure].label,
  conflict: false,
});

/** The replication table: blanks are "not reported", never 0. */
export function readGlobalCsv(referenceDir: string): { rows: LawEnforcementRow[]; issues: DataIssue[]; file: string } {
  const file = join(referenceDir, "tip-law-enforcement", "global-2003-2015.csv");
  const table = readCsv(file, readTextFile(file), ["Year", ...Object.keys(CSV_COLUMNS)]);
  const issues = [...table.issues];
  const rows: LawEnforcementRow[] = [];
  for (const { line, values } of table.records) {
    const year = Number(values.Year);
    if (!Number.isInteger(year)) {
      issues.push({ file, line, message: `Year "${values.Year}" is not a year` });
      continue;
    }
    for (const [column, measure] of Object.entries(CSV_COLUMNS)) {
      const value = numberCell(values[column], column, file, line, issues);
      if (value === null) continue;
      rows.push(
        row({
          year,
          measure,
          value,
          source_title:
            "Kelley, Scorecard Diplomacy (2017), replication data: figure 3.2 (from the 2007 and 2016 TIP Reports)",
          source_url: "https://github.com/andrewheiss/scorecard-diplomacy",
          source_id: null,
          source_class: "compiled",
          quote: null,
          reference_row: `${file}:${line}`,
          note: null,
        }),
      );
    }
  }
  return { rows, issues, file };
}

const DOCUMENTS: Record<string, { title: string; regional: boolean }> = {
  "tip-2008-global-law-enforcement": { title: "TIP Report 2008, global law enforcement table", regional: false },
  "tip-2006-regional-law-enforcement": { title: "TIP Report 2006, sum of its six regional tables", regional: true },
};

/** The two stored reports' table values, from the ledger; the 2006 regional values summed per year. */
export function reportRows(ledger: Ledger): LawEnforcementRow[] {
  const rows: LawEnforcementRow[] = [];
  for (const [sourceId, doc] of Object.entries(DOCUMENTS)) {
    const figures = ledger.figures.filter((f) => f.source_id === sourceId && f.country === "WLD");
    const groups = new Map<string, typeof figures>();
    for (const f of figures) {
      const key = `${f.period_end}:${f.metric}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const group of groups.values()) {
      const first = group[0];
      if (!(first.metric in LAW_ENFORCEMENT_MEASURES)) continue;
      rows.push(
        row({
          year: Number(String(first.period_end).slice(0, 4)),
          measure: first.metric as LawEnforcementMeasure,
          value: group.reduce((s, f) => s + (f.value as number), 0),
          source_title: doc.title,
          source_url: (first.source_url as string | null) ?? null,
          source_id: sourceId,
          source_class: "report_text",
          quote: doc.regional ? null : (first.quote as string),
          reference_row: `data/figures.csv (${group.map((f) => f.figure_id).join(", ")})`,
          note: doc.regional ? `Sum of ${group.map((f) => `${f.region} ${f.value}`).join(", ")}.` : null,
        }),
      );
    }
  }
  return rows;
}

/** The blog (2016) and newsletter (2021) totals quoting later reports: leads, flagged as secondary. */
export function readSecondary(referenceDir: string): {
  rows: LawEnforcementRow[];
  issues: DataIssue[];
  files: string[];
} {
  const issues: DataIssue[] = [];
  const rows: LawEnforcementRow[] = [];
  const n = (s: string) => Number(s.replace(/,/g, ""));
  const specs = [
    {
      file: "secondary-2016-regional.txt",
      pattern: /only ([\d,]+) prosecutions and ([\d,]+) convictions for trafficking globally in (\d{4})/,
      title: "Blog quoting the 2017 TIP Report (secondary)",
      measures: [
        ["prosecutions", 1],
        ["convictions", 2],
      ] as const,
      year: 3,
    },
    {
      file: "secondary-2021-global.txt",
      pattern:
        /global investigations were reported at just ([\d,]+) \(of which ([\d,]+) were of forced Labour\) with convictions at\s+([\d,]+) \(of which\s+([\d,]+) were of forced Labour\) for (\d{4})/,
      title: "Newsletter quoting the 2022 TIP Report (secondary; it says investigations for prosecutions)",
      measures: [
        ["prosecutions", 1],
        ["labour_prosecutions", 2],
        ["convictions", 3],
        ["labour_convictions", 4],
      ] as const,
      year: 5,
    },
  ];
  const files: string[] = [];
  for (const spec of specs) {
    const file = join(referenceDir, "tip-law-enforcement", spec.file);
    files.push(file);
    const text = readTextFile(file);
    const m = spec.pattern.exec(text);
    if (!m) {
      issues.push({ file, line: null, message: "the sentence with the global totals was not found" });
      continue;
    }
    const line = text.slice(0, m.index).split("\n").length;
    for (const [measure, group] of spec.measures)
      rows.push(
        row({
          year: Number(m[spec.year]),
          measure,
          value: n(m[group]),
          source_title: spec.title,
          source_url: null,
          source_id: null,
          source_class: "secondary",
          quote: m[0],
          reference_row: `${file}:${line}`,
          note: "A secondary account, shown as a flagged point only.",
        }),
      );
  }
  return { rows, issues, files };
}

/** Every row, with the cells where non-secondary sources give different values flagged as conflicts. */
export function loadLawEnforcement(
  ledger: Ledger,
  referenceDir = "data/reference",
): { rows: LawEnforcementRow[]; issues: DataIssue[]; inputs: string[] } {
  const csv = readGlobalCsv(referenceDir);
  const secondary = readSecondary(referenceDir);
  const rows = [...csv.rows, ...reportRows(ledger), ...secondary.rows];
  const values = new Map<string, Set<number>>();
  for (const r of rows.filter((r) => r.source_class !== "secondary")) {
    const key = `${r.year}:${r.measure}`;
    values.set(key, (values.get(key) ?? new Set()).add(r.value));
  }
  for (const r of rows) if ((values.get(`${r.year}:${r.measure}`)?.size ?? 0) > 1) r.conflict = true;
  rows.sort(
    (a, b) => a.year - b.year || a.measure.localeCompare(b.measure) || a.source_title.localeCompare(b.source_title),
  );
  return { rows, issues: [...csv.issues, ...secondary.issues], inputs: [csv.file, ...secondary.files] };
}
