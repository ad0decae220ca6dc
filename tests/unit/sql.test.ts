// Splitting SQL text into statements for the SQL workspace.
import { describe, expect, it } from "vitest";
import { splitStatements } from "../../src/components/sql-workspace.ts";

describe("splitStatements", () => {
  it("splits at semicolons outside strings, quoted names and comments", () => {
    expect(splitStatements("SELECT 1; SELECT 2")).toEqual(["SELECT 1", " SELECT 2"]);
    expect(splitStatements("SELECT ';' AS a; SELECT \"x;y\" FROM t")).toEqual([
      "SELECT ';' AS a",
      ' SELECT "x;y" FROM t',
    ]);
    expect(splitStatements("SELECT 1 -- a; comment\n; SELECT 2 /* ; */")).toEqual([
      "SELECT 1 -- a; comment\n",
      " SELECT 2 /* ; */",
    ]);
  });
  it("drops empty statements and comment-only ones", () => {
    expect(splitStatements(";;  ; -- nothing\n /* x */ ;SELECT 3;")).toEqual(["SELECT 3"]);
    expect(splitStatements("   ")).toEqual([]);
  });
  it("keeps an unterminated string as part of its statement", () => {
    expect(splitStatements("SELECT 'abc; SELECT 2")).toEqual(["SELECT 'abc; SELECT 2"]);
  });
});
