import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { formatIssue } from "../../loaders/issues.ts";
import { loadLedger } from "../../loaders/ledger.ts";
import { editLine, lineOf, scratchData } from "./helpers.ts";

const messages = (dir: string) => loadLedger(dir).issues.map(formatIssue);

describe("the bundled corpus", () => {
  const ledger = loadLedger("data");
  it("has no problems", () => {
    expect(ledger.issues.map(formatIssue)).toEqual([]);
  });
  it("publishes every row of the ledger", () => {
    // Records, not lines: a quote of a table may span lines.
    const csvRows = (f: string) => Papa.parse(readFileSync(f, "utf8").trim()).data.length - 1;
    expect(ledger.figures).toHaveLength(csvRows("data/figures.csv"));
    expect(ledger.events).toHaveLength(csvRows("data/events.csv"));
    expect(ledger.sources).toHaveLength(readdirSync("data/sources").filter((f) => f.endsWith(".md")).length);
  });
  it("locates each figure in its source body", () => {
    for (const f of ledger.figures) {
      const body = ledger.sources.find((s) => s.id === f.source_id)!.body;
      expect(body.slice(f.quote_start, f.quote_end)).toBe(f.quote);
      expect(body.slice(f.figure_start, f.figure_end)).toBe(f.figure_text);
    }
  });
  it("normalises the figures the way the text writes them", () => {
    const byText = Object.fromEntries(ledger.figures.map((f) => [f.figure_text, [f.value, f.unit]]));
    expect(byText["$1.4 million"]).toEqual([1_400_000, "USD"]);
    expect(byText["2.13million"]).toEqual([2_130_000, "persons"]);
    expect(byText["1.13 per cent"]).toEqual([1.13, "percent"]);
    expect(byText["18.4 million"]).toEqual([18_400_000, "persons"]);
    expect(byText["650"]).toEqual([650, "persons"]);
  });
});

describe("bad input is refused with file and line, and valid rows are kept", () => {
  // Each case damages one row of a scratch copy and expects exactly this message for it.
  const cases: [string, string, (line: string) => string, RegExp][] = [
    [
      "an altered quote",
      "iap2010-sindh-laborers-rescued",
      (l) => l.replace("approximately 650 laborers", "approximately 560 laborers"),
      /quote is not in .*tip-interim-assessment-pakistan-2010\.md: its first \d+ characters match, then the quote has "560 laborers/,
    ],
    [
      "a value not in the quote",
      "iap2010-sindh-housing-units",
      (l) => l.replace(",75,", ",76,"),
      /value 76 count is not a number written in the quote \(it reads "\$116,000" = 116,000 USD, "75" = 75; "2005" is a year\)/,
    ],
    [
      "a value in the wrong unit",
      "iap2010-punjab-no-interest-loans",
      (l) => l.replace(",USD,", ",PKR,"),
      /value 140000 PKR is not a number written in the quote/,
    ],
    [
      "an unknown country",
      "cell2017-india-people-in-modern-slavery",
      (l) => l.replace(",IND,", ",XYZ,"),
      /country "XYZ" is not an ISO 3166-1 alpha-3 country code/,
    ],
    [
      "an unknown source",
      "iap2010-punjab-id-cards",
      (l) => l.replace("tip-interim-assessment-pakistan-2010", "no-such-report"),
      /source_id "no-such-report" is not a document in data\/sources\//,
    ],
    [
      "a non-numeric value",
      "iap2010-sindh-laborers-rescued",
      (l) => l.replace(",650,", ",six hundred fifty,"),
      /value "six hundred fifty" is not a plain number/,
    ],
    ["NaN", "iap2010-sindh-laborers-rescued", (l) => l.replace(",650,", ",NaN,"), /value "NaN" is not a plain number/],
    [
      "1e999",
      "iap2010-sindh-laborers-rescued",
      (l) => l.replace(",650,", ",1e999,"),
      /value "1e999" is not a finite number/,
    ],
    ["a negative count", "iap2010-sindh-laborers-rescued", (l) => l.replace(",650,", ",-650,"), /value is negative/],
    [
      "a unit outside the vocabulary",
      "iap2010-sindh-laborers-rescued",
      (l) => l.replace(",persons,", ",people,"),
      /unit "people" is not a unit/,
    ],
    [
      "a unit that does not fit the metric",
      "iap2010-sindh-laborers-rescued",
      (l) => l.replace(",persons,", ",USD,"),
      /unit "USD" does not fit metric people_rescued/,
    ],
    [
      "an unknown metric",
      "iap2010-sindh-laborers-rescued",
      (l) => l.replace(",people_rescued,", ",people_saved,"),
      /metric must be one of people_in_modern_slavery, .* \(got "people_saved"\)/,
    ],
    [
      "an end before the start",
      "iap2010-legal-aid-annual-spend",
      (l) => l.replace(",2005,2009,", ",2005,2004,"),
      /period_end 2004 is before period_start 2005/,
    ],
    [
      "an impossible date",
      "iap2010-legal-aid-annual-spend",
      (l) => l.replace(",2005,2009,", ",2005,2009-02-30,"),
      /period_end is not a calendar date/,
    ],
    [
      "a missing column",
      "iap2010-legal-aid-annual-spend",
      (l) => l.replace(/,[^,]*$/, ""),
      /has 13 fields, the header has 14/,
    ],
    ["an extra column", "iap2010-legal-aid-annual-spend", (l) => l + ",extra", /has 15 fields, the header has 14/],
  ];

  it.each(cases)("%s", (_name, id, edit, expected) => {
    const dir = scratchData();
    const file = join(dir, "figures.csv");
    const line = lineOf(file, id);
    editLine(file, line, edit);
    const issues = messages(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${line}: `));
    expect(issues[0]).toMatch(expected);
    // Every other figure is still published.
    const total = Papa.parse(readFileSync("data/figures.csv", "utf8").trim()).data.length - 1;
    expect(loadLedger(dir).figures).toHaveLength(total - 1);
  });

  it("refuses a duplicate figure id, naming the first use", () => {
    const dir = scratchData();
    const file = join(dir, "figures.csv");
    const line = lineOf(file, "iap2010-sindh-laborers-rescued");
    appendFileSync(file, readFileSync(file, "utf8").split("\n")[line - 1] + "\n");
    const total = readFileSync(file, "utf8").trim().split("\n").length;
    expect(messages(dir)).toEqual([
      `${file}:${total}: figure_id "iap2010-sindh-laborers-rescued" is already used on line ${line}`,
    ]);
  });

  it("refuses a header with a renamed column", () => {
    const dir = scratchData();
    const file = join(dir, "figures.csv");
    editLine(file, 1, (l) => l.replace("qualifier", "qualification"));
    expect(messages(dir)).toEqual([
      `${file}:1: header lacks column(s) qualifier`,
      `${file}:1: header has unknown column(s) qualification`,
    ]);
  });

  it("refuses an event whose quote is not in its source", () => {
    const dir = scratchData();
    const file = join(dir, "events.csv");
    const line = lineOf(file, "national-action-plan-2021-25");
    editLine(file, line, (l) => l.replace("National Action Plan 2021-25", "National Action Plan 2021-26"));
    expect(messages(dir)).toEqual([expect.stringMatching(new RegExp(`^.*events\\.csv:${line}: quote is not in `))]);
  });

  it("refuses an event that ends before it starts", () => {
    const dir = scratchData();
    const file = join(dir, "events.csv");
    const line = lineOf(file, "tip-protocol-ratified");
    editLine(file, line, (l) => l.replace("2023-10-04", "2021-01-01"));
    expect(messages(dir)).toEqual([`${file}:${line}: date_end 2021-01-01 is before date 2022-09`]);
  });
});

describe("bad source documents", () => {
  const source = (dir: string) => join(dir, "sources", "tip-interim-assessment-pakistan-2010.md");

  it("refuses a changed body by its sha256, and the figures quoting it", () => {
    const dir = scratchData();
    writeFileSync(source(dir), readFileSync(source(dir), "utf8").replace("650 laborers", "651 laborers"));
    const issues = messages(dir);
    expect(issues[0]).toMatch(/tip-interim-assessment-pakistan-2010\.md:\d+: sha256 does not match the body/);
    expect(
      issues
        .slice(1)
        .every(
          (m) =>
            /figures\.csv:\d+: source_id "tip-interim-assessment-pakistan-2010" is not a document/.test(m) ||
            /events\.csv/.test(m),
        ),
    ).toBe(true);
  });

  it("refuses a document without front matter", () => {
    const dir = scratchData();
    writeFileSync(source(dir), "Just text\n");
    expect(messages(dir)[0]).toBe(
      `${source(dir)}:1: has no front matter (the file must start with a --- line and close it with another)`,
    );
  });

  it("refuses bytes that are not UTF-8", () => {
    const dir = scratchData();
    writeFileSync(source(dir), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
    // The first byte that is not UTF-8 is on line 2.
    expect(messages(dir)[0]).toBe(`${source(dir)}:2: is not valid UTF-8`);
  });

  it("refuses an invalid date and an unknown kind in front matter", () => {
    const dir = scratchData();
    writeFileSync(
      source(dir),
      readFileSync(source(dir), "utf8")
        .replace('published: "2010-02-24"', 'published: "2010-02-30"')
        .replace('kind: "government-report"', 'kind: "blog"'),
    );
    const issues = messages(dir).filter((m) => m.includes(".md"));
    expect(issues).toEqual([
      expect.stringMatching(/\.md:6: published is not a calendar date$/),
      expect.stringMatching(/\.md:8: kind must be one of news, government-report, ngo-statement \(got "blog"\)$/),
    ]);
  });
});

describe("npm run check", () => {
  it("passes on the corpus", () => {
    const out = execFileSync("npx", ["tsx", "scripts/check.ts"], { encoding: "utf8" });
    const sources = readdirSync("data/sources").filter((f) => f.endsWith(".md")).length;
    expect(out).toContain(`candidates, ${sources} sources,`);
    expect(out).toMatch(
      /^\d+ figures, \d+ candidates, \d+ sources, \d+ events, \d+ gsi, \d+ tiers, \d+ tier_observations, \d+ cspa, \d+ law_enforcement_global, \d+ glotip, \d+ glotip_revisions, \d+ funding_grants, \d+ funding_country_year, \d+ gsi_2018_vulnerability verified; no problems\.$/m,
    );
  });

  it("exits non-zero with path:line messages and no stack trace on an altered quote", () => {
    const dir = scratchData();
    const file = join(dir, "figures.csv");
    const line = lineOf(file, "cell2017-pakistan-people-in-modern-slavery");
    editLine(file, line, (l) => l.replace("2.13million", "2.31million"));
    const run = spawnSync("npx", ["tsx", "scripts/check.ts", dir], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}:${line}: quote is not in `);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
