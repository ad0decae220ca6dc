// The CSV reader (loaders/csv.ts): line endings that are wrong are named once, clearly, with the
// line; the records around them are still read.
import { describe, expect, it } from "vitest";
import { readCsv } from "../../loaders/csv.ts";

const columns = ["a", "b"];

describe("stray carriage returns (issue 27 item 12)", () => {
  it('reports "\\r\\r\\n" endings once for the whole file, not as an unclosed quote per line', () => {
    // On 2980dca: one "a quote opens a field here…" per line (58,771 on a real file), no records.
    const rows = Array.from({ length: 1000 }, (_, i) => `${i},${i + 1}`);
    const text = ["a,b", ...rows].join("\r\r\n") + "\r\r\n";
    const table = readCsv("t.csv", text, columns);
    expect(table.issues).toHaveLength(1);
    expect(table.issues[0].line).toBe(1);
    expect(table.issues[0].message).toMatch(/^stray carriage return \(U\+000D\).*1000 more line/);
    expect(table.issues[0].message).not.toMatch(/quote/);
    // The records are still read, each on its own line, with no "\r" left in a value.
    expect(table.records).toHaveLength(1000);
    expect(table.records[999]).toMatchObject({ line: 1001, values: { a: "999", b: "1000" } });
  });

  it("names the first line holding one in an otherwise clean CRLF file", () => {
    const table = readCsv("t.csv", "a,b\r\n1,2\r\n3,4\r\r\n5,6\r\n", columns);
    expect(table.issues.map((i) => `${i.file}:${i.line}: ${i.message}`)).toEqual([
      expect.stringMatching(/^t\.csv:3: stray carriage return \(U\+000D\) that ends no line: /),
    ]);
    expect(table.records.map((r) => r.values.b)).toEqual(["2", "4", "6"]);
  });

  it("leaves carriage returns inside a quoted field alone (a quote copied from a CRLF document)", () => {
    const table = readCsv("t.csv", 'a,quote\r\n1,"two\r\nlines"\r\n', ["a", "quote"]);
    expect(table.issues).toEqual([]);
    expect(table.records[0].values.quote).toBe("two\r\nlines");
    const lone = readCsv("t.csv", 'a,quote\n1,"a\rb"\n', ["a", "quote"]);
    expect(lone.issues).toEqual([]);
    expect(lone.records[0].values.quote).toBe("a\rb");
  });

  it("accepts clean LF and CRLF files without an issue", () => {
    expect(readCsv("t.csv", "a,b\n1,2\n", columns).issues).toEqual([]);
    expect(readCsv("t.csv", "a,b\r\n1,2\r\n", columns).issues).toEqual([]);
  });
});
