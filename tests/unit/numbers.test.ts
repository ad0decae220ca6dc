import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../loaders/extract/index.ts";
import { addSource, figureRows } from "../../loaders/ingest/add-source.ts";
import { verifyAgainstSource } from "../../loaders/ledger.ts";
import { CandidateRowSchema, type FigureRow } from "../../loaders/schema.ts";
import { loadLabelled } from "../extract/labelled.ts";
import { decimalText, parseQuantities, wordsValue } from "../../loaders/numbers.ts";
import { copyDataWithoutCandidates } from "./helpers.ts";

const read = (text: string) => parseQuantities(text).map((q) => [q.text, q.value, q.unit]);

describe("parseQuantities", () => {
  it.each([
    ["its $1.4 million project", [["$1.4 million", 1_400_000, "USD"]]],
    ["estimated 2.13million men", [["2.13million", 2_130_000, null]]],
    ["(1.13 per cent of the total population)", [["1.13 per cent", 1.13, "percent"]]],
    ["with 18.4 million population", [["18.4 million", 18_400_000, null]]],
    ["approximately 650 laborers", [["650", 650, null]]],
    ["nearly 6,000 bonded laborers", [["6,000", 6000, null]]],
    ["US$ 21,000", [["US$ 21,000", 21_000, "USD"]]],
    ["Rs. 5 million", [["Rs. 5 million", 5_000_000, "PKR"]]],
    ["PKR 2 billion", [["PKR 2 billion", 2_000_000_000, "PKR"]]],
    ["€3m", [["€3m", 3_000_000, "EUR"]]],
    ["1.2bn", [["1.2bn", 1_200_000_000, null]]],
    ["3.24mn", [["3.24mn", 3_240_000, null]]],
    ["40.3 mn", [["40.3 mn", 40_300_000, null]]],
    ["40.3 M", [["40.3 M", 40_300_000, null]]],
    ["$40.3M", [["$40.3M", 40_300_000, "USD"]]],
    ["three lakh", [["three lakh", 300_000, null]]],
    ["1.5 crore", [["1.5 crore", 15_000_000, null]]],
    ["six thousand", [["six thousand", 6000, null]]],
    ["a dozen", [["a dozen", 12, null]]],
    ["twenty-five victims", [["twenty-five", 25, null]]],
    ["16.8 per 1,000", [["16.8 per 1,000", 16.8, "per_1000"]]],
    ["2.1 per 100,000", [["2.1 per 100,000", 2.1, "per_100000"]]],
    ["98 percent", [["98 percent", 98, "percent"]]],
    ["1.13%", [["1.13%", 1.13, "percent"]]],
    ["Pakistan is 9th among", [["9th", 9, "rank"]]],
    ["5 million rupees", [["5 million rupees", 5_000_000, "PKR"]]],
    ["2,00,000 bonded labourers", [["2,00,000", 200_000, null]]],
    ["1.2 mln dollars", [["1.2 mln dollars", 1_200_000, "USD"]]],
    ["Rs. 3 lakh", [["Rs. 3 lakh", 300_000, "PKR"]]],
    ["one and a half million people", [["one and a half million", 1_500_000, null]]],
    ["NPR 40,000", [["NPR 40,000", 40_000, "NPR"]]],
    ["12 pc", [["12 pc", 12, "percent"]]],
    ["2.3 per thousand", [["2.3 per thousand", 2.3, "per_1000"]]],
    [
      "2-4 million people",
      [
        ["2", 2_000_000, null],
        ["4 million", 4_000_000, null],
      ],
    ],
  ])("reads %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("returns every number in order with offsets that slice back to the text", () => {
    const text = "The $116,000 project (launched at the end of 2005) constructed 75 units.";
    const found = parseQuantities(text);
    expect(found.map((q) => q.value)).toEqual([116_000, 2005, 75]);
    expect(found.map((q) => q.not)).toEqual([null, "a year", null]);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("does not read words that are not numbers", () => {
    expect(read("a child and a woman")).toEqual([]);
    expect(read("Some progress was made")).toEqual([]);
  });

  it("rounds away floating-point noise from scaling", () => {
    // 2.13 * 1e6 is 2129999.9999999998 in floating point.
    expect(parseQuantities("2.13 million")[0].value).toBe(2_130_000);
    expect(parseQuantities("0.07 billion")[0].value).toBe(70_000_000);
  });

  it("never throws and always slices back, on any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        for (const q of parseQuantities(text)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(Number.isNaN(q.value)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("survives huge numbers and long lines", () => {
    // A 400-digit number is not a finite double: it is not read as a figure at all.
    expect(parseQuantities(`about ${"9".repeat(400)} people`)).toEqual([]);
    expect(parseQuantities(`about ${"9".repeat(20)} people`)[0].value).toBe(1e20);
    const long = "word 12 ".repeat(50_000);
    expect(parseQuantities(long)).toHaveLength(50_000);
  });
});

describe("what is not a quantity", () => {
  it.each([
    ["since its launch in 2005", "2005", "a year"],
    ["On March 3, 2022, police", "3", "a date"],
    ["under Section 370 of the penal code", "370", "a section, law or item number"],
    ["BHUTAN: Tier 2", "2", "a section, law or item number"],
    ["children as young as 4 were found", "4", "an age"],
    ["a pit 5 m deep", "5", "a measure"],
    ["up to five years' imprisonment", "five", "a duration"],
  ])("%j: %s is %s", (text, written, reason) => {
    const q = parseQuantities(text).find((x) => x.text.startsWith(written));
    expect(q?.not).toBe(reason);
  });

  it("reads a one-letter scale only when written against the number", () => {
    expect(parseQuantities("a pit 5 m deep")[0].value).toBe(5);
    expect(parseQuantities("a $5m fund")[0].value).toBe(5_000_000);
  });
});

describe("exact decimals", () => {
  it.each([
    ["650", "650"],
    ["0650", "650"],
    ["1.50", "1.5"],
    ["-0", "0"],
    ["-0.0", "0"],
    ["2.13e6", "2130000"],
    [".5", "0.5"],
    ["1e-3", "0.001"],
    ["650.0000001", "650.0000001"],
    ["9007199254740993", "9007199254740993"],
    ["12a", null],
    ["", null],
  ])("%j → %j", (text, exact) => expect(decimalText(text)).toBe(exact));

  it("scales without floating-point noise", () => {
    expect(parseQuantities("2.13 million")[0].exact).toBe("2130000");
    expect(parseQuantities("0.07 billion")[0].exact).toBe("70000000");
    expect(parseQuantities("1.005 crore")[0].exact).toBe("10050000");
  });

  it("reads number words", () => {
    expect(wordsValue("two hundred")).toBe(200);
    expect(wordsValue("one and a half")).toBe(1.5);
    expect(wordsValue("several")).toBeNull();
  });
});

// The invariant that makes add-source → check safe: whatever the extractor proposes, the
// ledger's value-in-quote check accepts, because both read numbers with this one reader.
describe("one reader for the extractor and the ledger", () => {
  const source = (id: string, body: string) =>
    ({ id, file: `${id}.md`, body }) as unknown as Parameters<typeof verifyAgainstSource>[1];
  /** Problems the ledger finds in the candidate rows add-source would write for `text`. */
  const refusals = (id: string, text: string, from = 0, date: string | null = null) => {
    // Penalties proposed too (behind --penalties): they must pass the check as well.
    const figures = extractFigures(text, { from, documentDate: date, penalties: true });
    const rows = figureRows(figures, { id: "doc", published: date ?? "", kind: "news" });
    const problems: string[] = [];
    for (const [i, row] of rows.entries()) {
      const parsed = CandidateRowSchema.safeParse(row);
      if (!parsed.success) {
        problems.push(`${id}: ${row.value}: ${parsed.error.issues[0].message}`);
        continue;
      }
      const problem = verifyAgainstSource(
        { ...parsed.data, unit: row.unit } as unknown as FigureRow,
        source("doc", text),
        { value: row.value, value_high: row.value_high },
      );
      if (problem) problems.push(`${id}: "${figures[i].text}": ${problem}`);
    }
    return { problems, count: rows.length };
  };

  it("every figure extracted from every labelled set passes the ledger's value check", () => {
    let count = 0;
    const problems: string[] = [];
    for (const file of readdirSync("tests/extract").filter((f) => f.endsWith(".yaml"))) {
      for (const doc of loadLabelled(join("tests/extract", file))) {
        const r = refusals(`${file}/${doc.id}`, doc.text, doc.from, doc.date);
        count += r.count;
        problems.push(...r.problems);
      }
    }
    expect(count).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  it("every figure extracted from generated report sentences passes the ledger's value check", () => {
    const number = fc.oneof(
      fc.integer({ min: 0, max: 99_999_999 }).map(String),
      fc.integer({ min: 1000, max: 99_999_999 }).map((n) => n.toLocaleString("en-US")),
      fc.integer({ min: 100_000, max: 99_99_99_999 }).map((n) => n.toLocaleString("en-IN")),
      fc
        .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }))
        .map(([a, b]) => `${a}.${String(b).padStart(3, "0")}`),
      fc.constantFrom("one and a half", "two", "eleven", "a dozen", "twenty-five", "three hundred", "a hundred"),
    );
    const scale = fc.constantFrom(
      "",
      "",
      " million",
      "million",
      " mln",
      " lakh",
      " crore",
      "m",
      "bn",
      " billion",
      " thousand",
      " M",
      " m",
    );
    const currency = fc.constantFrom("", "", "", "$", "US$ ", "Rs. ", "Rs ", "NPR ", "BDT ", "€", "INR ");
    const suffix = fc.constantFrom(
      "",
      "",
      "",
      " percent",
      " per cent",
      "%",
      " pc",
      " per 1,000",
      " dollars",
      " rupees",
    );
    const noun = fc.constantFrom(
      " victims",
      " convictions",
      " bonded labourers",
      " people",
      " cases",
      " years' imprisonment",
      " m deep",
      "",
      " of the total",
    );
    const lead = fc.constantFrom(
      "Police rescued",
      "In 2019 the government reported",
      "approximately",
      "up to",
      "between",
      "since its launch in 2005 it spent",
      "Section 370 punishes it with",
      "On March 3, 2022, courts convicted",
      "as young as",
      "BHUTAN: Tier 2. Officials identified",
      "a fine of up to",
      "\n2019 Trafficking in Persons Report: Nepal\nNEPAL: Tier 2\nPolice registered",
      "compared with",
      "a court convicted 23 people, among them",
      "the acquittal rate rose to",
      "Indian police reported rescuing",
    );
    const figure = fc.tuple(currency, number, scale, suffix).map((parts) => parts.join(""));
    const sentence = fc
      .tuple(lead, figure, fc.constantFrom("", " to ", " and ", "-"), figure, noun)
      .map(([l, a, join, b, n]) => `${l} ${a}${join ? `${join}${b}` : ""}${n}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        const text = sentences.join(" ");
        expect(refusals("generated", text).problems).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("a report with 2,00,000, 1.2 mln, Rs. 3 lakh and one and a half million goes through add-source and check", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-atlas-numbers-"));
    const data = copyDataWithoutCandidates(join(dir, "data"));
    const file = join(dir, "report.txt");
    writeFileSync(
      file,
      "The commission identified 2,00,000 bonded labourers in brick kilns. Donors pledged 1.2 mln dollars to the " +
        "programme. Each freed family received Rs. 3 lakh in loans. An estimated one and a half million people " +
        "live in modern slavery in the country. The pit was 5 m deep.\n",
    );
    const r = await addSource(
      { file, title: "Bonded labour survey", publisher: "Example", published: "2021-05-01", kind: "news" },
      data,
    );
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(data, "candidates.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((c) => [c.value, c.unit])).toEqual([
      ["200000", "persons"],
      ["1200000", "USD"],
      ["300000", "PKR"],
      ["1500000", "persons"],
    ]);
    expect(r.candidates).toBe(4);
    const out = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", data], { encoding: "utf8" });
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/\d+ candidates.*no problems/);
  }, 60_000);

  it("compares values as exact decimals, refuses beyond 2^53, and reads -0 as 0", () => {
    const row = (value: string, quote: string) =>
      ({ source_id: "doc", quote, value: Number(value), value_high: null, unit: "persons" }) as unknown as FigureRow;
    const check = (value: string, quote: string) =>
      verifyAgainstSource(row(value, quote), source("doc", quote), { value, value_high: "" });
    expect(check("650", "Police rescued 650 people.")).toBeNull();
    expect(check("650.0000001", "Police rescued 650 people.")).toMatch(/^value 650.0000001 persons is not a number/);
    expect(check("2130000", "with 2.13million people")).toBeNull();
    expect(check("2130000.002", "with 2.13million people")).toMatch(/^value 2130000.002 persons is not/);
    expect(check("9007199254740992", "It counted 9007199254740993 people.")).toMatch(/beyond 2\^53/);
    expect(check("9007199254740993", "It counted 9007199254740993 people.")).toBe(
      "value 9007199254740993 is beyond 2^53 (9007199254740992): it cannot be stored exactly as a number",
    );
    expect(check("-0", "Courts recorded 0 convictions of officials.")).toBeNull();
    expect(check("2005", "since its launch in 2005")).toMatch(/"2005" is a year/);
    expect(check("2005", "It freed 2005 people.")).toBeNull();
  });
});
