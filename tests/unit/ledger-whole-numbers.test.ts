// Issue 27 item 3: a figure's value must be a whole number of its source, as a reader sees it.
// A quote that starts or ends inside a number, cuts off its scale word, or holds invisible or
// bidi characters in or beside a number is refused with file and line, by `npm run check`, by
// review (verifyAgainstSource), and the extractor never proposes such a figure. Each case here
// was accepted on 2980dca.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../loaders/extract/index.ts";
import { formatIssue } from "../../loaders/issues.ts";
import { loadLedger, verifyAgainstSource } from "../../loaders/ledger.ts";
import { FIGURE_COLUMNS, type FigureRow } from "../../loaders/schema.ts";
import { formatSourceFile, sha256 } from "../../loaders/sources.ts";
import { scratchData } from "./helpers.ts";

const ID = "whole-number-traps-2024";
const BODY = [
  "Police rescued 145 victims in 2023.",
  "Officials rescued 1,500 people from brick kilns.",
  "The minister said 2.5 million people were at risk.",
  "Police rescued 1,\u200D234 victims in Punjab.",
  "Inspectors freed 1\u200B000 workers in Sindh.",
  "Authorities said \u202E821 people were freed.",
  "The shelter housed 12\u00AD34 victims last year.",
  "The NGO counted 2-4 million people in bondage.",
  "",
].join("\n");

const row = (figure_id: string, quote: string, value: string, unit = "persons"): Record<string, string> => ({
  figure_id,
  source_id: ID,
  quote,
  value,
  value_high: "",
  unit,
  qualifier: "exact",
  metric: "people_rescued",
  country: "PAK",
  region: "",
  period_start: "2023",
  period_end: "2023",
  claim_kind: "us_state_department",
  note: "",
});

// [figure id, quote, value, what the message must say]
const CASES: [string, string, string, RegExp][] = [
  [
    "starts-inside",
    "5 victims in 2023.",
    "5",
    /"5" is not a whole number of the source: the source writes "145" .*the quote starts inside it/,
  ],
  ["ends-inside", "Officials rescued 1", "1", /the source writes "1,500" \(1,500\) and the quote ends inside it/],
  [
    "cuts-scale",
    "The minister said 2.5",
    "2.5",
    /the source writes "2\.5 million" \(2,500,000\) and the quote ends inside it/,
  ],
  [
    "cuts-range-scale",
    "counted 2-4",
    "2",
    /the source writes "2" \(2,000,000\) and the source reads it as 2,000,000: a scale word outside/,
  ],
  [
    "zwj",
    "rescued 1,\u200D234 victims",
    "234",
    /quote holds U\+200D \(zero-width joiner\) at column 11, inside or beside a number/,
  ],
  [
    "zwsp",
    "freed 1\u200B000 workers",
    "1",
    /quote holds U\+200B \(zero-width space\) at column 8, inside or beside a number/,
  ],
  ["rlo", "said \u202E821 people", "821", /quote holds U\+202E \(bidi control\) at column 6, which reorders the text/],
  [
    "soft-hyphen-cut",
    "34 victims last year.",
    "34",
    /"34" is not a whole number of the source: there it is part of "r housed 12⟨U\+00AD⟩34 victims/,
  ],
];

function scratch(): string {
  const dir = scratchData();
  const meta = {
    id: ID,
    title: "Whole-number traps",
    publisher: "Test",
    published: "2024-01-01",
    url: null,
    kind: "government-report" as const,
    language: "en",
    sha256: sha256(BODY),
  };
  writeFileSync(join(dir, "sources", `${ID}.md`), formatSourceFile(meta, BODY));
  const rows = [
    ...CASES.map(([id, quote, value]) => row(id, quote, value)),
    // Controls: the same numbers quoted whole are accepted.
    row("whole-145", "Police rescued 145 victims in 2023.", "145"),
    row("whole-1500", "Officials rescued 1,500 people", "1500"),
    row("whole-2-5m", "said 2.5 million people", "2500000"),
  ];
  writeFileSync(
    join(dir, "figures.csv"),
    Papa.unparse(
      { fields: [...FIGURE_COLUMNS], data: rows.map((r) => FIGURE_COLUMNS.map((c) => r[c])) },
      { newline: "\n" },
    ) + "\n",
  );
  writeFileSync(join(dir, "candidates.csv"), "");
  return dir;
}

describe("a figure's value is a whole number of its source", () => {
  const dir = scratch();
  const ledger = loadLedger(dir);
  const file = join(dir, "figures.csv");
  const issues = ledger.issues.filter((i) => i.file === file).map(formatIssue);

  it.each(CASES.map((c, i) => [c[0], i, c[3]] as const))("refuses %s with path:line: message", (_id, i, message) => {
    const line = i + 2;
    const mine = issues.filter((m) => m.startsWith(`${file}:${line}: `));
    expect(mine).toEqual([expect.stringMatching(message)]);
  });

  it("keeps the same numbers quoted whole, and marks them where a reader sees them", () => {
    expect(issues, issues.join("\n")).toHaveLength(CASES.length);
    const kept = ledger.figures.filter((f) => f.source_id === ID);
    expect(kept.map((f) => [f.figure_id, f.figure_text, BODY.slice(f.figure_start, f.figure_end)])).toEqual([
      ["whole-145", "145", "145"],
      ["whole-1500", "1,500", "1,500"],
      ["whole-2-5m", "2.5 million", "2.5 million"],
    ]);
  });

  it("review's check (verifyAgainstSource) refuses them too", () => {
    const source = ledger.sources.find((s) => s.id === ID)!;
    for (const [id, quote, value, message] of CASES) {
      const r = { ...row(id, quote, value), value: Number(value), value_high: null } as unknown as FigureRow;
      expect(verifyAgainstSource(r, source), id).toMatch(message);
    }
  });

  it("the extractor proposes none of them", () => {
    const found = extractFigures(BODY, { documentDate: "2024-01-01" }).map((f) => [f.text, f.value]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["145", 145],
        ["1,500", 1500],
        ["2.5 million", 2_500_000],
      ]),
    );
    for (const bad of [5, 1, 2.5, 234, 1000, 821, 34, 12])
      expect(
        found.filter(([, v]) => v === bad),
        String(bad),
      ).toEqual([]);
  });
});
