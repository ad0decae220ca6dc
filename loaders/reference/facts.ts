// data/reference/facts.csv: individually cited facts (tier placements, CSPA list membership,
// GSI press figures, law-enforcement and context figures, legal milestones). Values and years
// are free text there — ranges, bounds, several countries or figures in one row — and are
// parsed here, never dropped: a row that cannot be read is reported with its line.
import { readTextFile } from "../files.ts";
import { join } from "node:path";
import { isAreaCode } from "../countries.ts";
import { readCsv } from "../csv.ts";
import type { DataIssue } from "../issues.ts";

export const FACT_COLUMNS = [
  "kind",
  "country_iso3",
  "year",
  "metric",
  "value",
  "unit",
  "qualifier",
  "source_title",
  "source_url_or_repo_path",
  "excerpt",
] as const;

export interface Fact {
  line: number;
  kind: string;
  countries: string[];
  year: string;
  metric: string;
  value: string;
  unit: string;
  qualifier: string;
  source_title: string;
  source_url: string | null;
  source_path: string | null;
  excerpt: string | null;
  reference_row: string;
}

export const FACT_KINDS = ["tip_tier", "cspa", "gsi", "law_enforcement", "context", "legal"] as const;

export function readFacts(referenceDir = "data/reference"): { facts: Fact[]; issues: DataIssue[]; file: string } {
  const file = join(referenceDir, "facts.csv");
  const table = readCsv(file, readTextFile(file), FACT_COLUMNS);
  const issues = [...table.issues];
  const facts: Fact[] = [];
  for (const { line, values: v } of table.records) {
    if (!(FACT_KINDS as readonly string[]).includes(v.kind)) {
      issues.push({ file, line, message: `kind "${v.kind}" is not one of ${FACT_KINDS.join(", ")}` });
      continue;
    }
    // "ALL" in this file means the whole world.
    const countries = v.country_iso3
      .split(";")
      .map((c) => c.trim())
      .map((c) => (c === "ALL" ? "WLD" : c));
    const unknown = countries.filter((c) => !isAreaCode(c));
    if (unknown.length) {
      issues.push({
        file,
        line,
        message: `country_iso3 "${unknown.join(";")}" is not an ISO 3166-1 alpha-3 code (or WLD, SCA, ALL)`,
      });
      continue;
    }
    // A country named twice ("IND;IND") would count the fact twice for it.
    const repeated = countries.filter((c, i) => countries.indexOf(c) !== i);
    if (repeated.length) {
      issues.push({
        file,
        line,
        message: `country_iso3 "${v.country_iso3}" names ${[...new Set(repeated)].join(", ")} twice`,
      });
      continue;
    }
    // A number above 2^53 is not carried exactly by any reader (JavaScript, DuckDB's DOUBLE).
    const unsafe = (v.value.match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => Number(n) > Number.MAX_SAFE_INTEGER);
    if (unsafe.length) {
      issues.push({
        file,
        line,
        message: `value "${v.value}": ${unsafe[0]} is above 2^53 and cannot be carried exactly`,
      });
      continue;
    }
    if (v.source_title.trim() === "") {
      issues.push({ file, line, message: "source_title is empty: a fact needs a citation" });
      continue;
    }
    const url = v.source_url_or_repo_path.trim();
    facts.push({
      line,
      kind: v.kind,
      countries,
      year: v.year.trim(),
      metric: v.metric.trim(),
      value: v.value.trim(),
      unit: v.unit.trim(),
      qualifier: v.qualifier.trim(),
      source_title: v.source_title.trim(),
      // Some citations are a repository path ("owner/repo@commit path"), not a URL.
      source_url: /^https?:\/\//.test(url) ? url : null,
      source_path: /^https?:\/\//.test(url) || url === "" ? null : url,
      excerpt: v.excerpt.trim() === "" ? null : v.excerpt.trim(),
      reference_row: `${file}:${line}`,
    });
  }
  return { facts, issues, file };
}

export interface ParsedValue {
  value: number;
  value_high: number | null;
  qualifier: "exact" | "approximately" | "at_least" | "at_most" | "range";
  note: string | null;
}

/**
 * A value cell: "2100000", ">10000" (at least), "<5" (at most), "~1.13" (approximately),
 * "13200000-14600000" (range), "1 (first in 10 years)" (the remark becomes a note).
 */
export function parseFactValue(text: string): ParsedValue | null {
  const m = /^(?<op>[<>~]?)\s*(?<low>\d+(?:\.\d+)?)(?:\s*-\s*(?<high>\d+(?:\.\d+)?))?\s*(?:\((?<note>[^)]*)\))?$/.exec(
    text.trim(),
  );
  if (!m?.groups) return null;
  const { op, low, high, note } = m.groups;
  if (high !== undefined && op) return null;
  const value = Number(low);
  const value_high = high === undefined ? null : Number(high);
  if (value_high !== null && value_high < value) return null;
  const qualifier =
    value_high !== null
      ? "range"
      : op === ">"
        ? "at_least"
        : op === "<"
          ? "at_most"
          : op === "~"
            ? "approximately"
            : "exact";
  return { value, value_high, qualifier, note: note ?? null };
}

/** A year cell: "2021" → [2021, 2021]; "2010-2020" → [2010, 2020]; "2022-23" → [2022, 2023]. */
export function parseYearSpan(text: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2}|\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : m[2].length === 2 ? Number(m[1].slice(0, 2) + m[2]) : Number(m[2]);
  return end >= start ? [start, end] : null;
}
