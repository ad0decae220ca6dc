// URL params checked against their vocabularies (issue 27, item 11): the shared helper every page
// reads its choices through. The pages themselves are checked in tests/e2e/url-safety.test.ts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { BREAKDOWNS } from "../../src/components/glotip-chart.ts";
import { GLOTIP_INDICATORS } from "../../src/lib/vocabulary.ts";
import { chooseFrom, chooseManyFrom, fromUrlChoice, fromUrlChoices } from "../../src/components/url-state.ts";

// Every name an object inherits, and JSON-ish and numeric look-alikes.
const INHERITED = [
  "__proto__",
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "__defineGetter__",
];

describe("chooseFrom", () => {
  const breakdowns = Object.keys(BREAKDOWNS);

  it("never matches a name every object inherits (the TypeError of /glotip?breakdown=toString)", () => {
    for (const asked of INHERITED) {
      const choice = chooseFrom(asked, breakdowns, "none", { key: "breakdown" });
      expect(choice.value, asked).toBe("none");
      expect(choice.notice, asked).toBe(
        `The link asks for breakdown=${JSON.stringify(asked)}, which is not one of none, sex, age, form: showing none.`,
      );
    }
  });

  it("falls back to the default edition and says so for one the data does not hold (/prevalence?edition=2017)", () => {
    const editions = [2016, 2018, 2023];
    expect(chooseFrom("2017", editions, 2023, { key: "edition" })).toEqual({
      value: 2023,
      notice: 'The link asks for edition="2017", which is not one of 2016, 2018, 2023: showing 2023.',
    });
    // Number("") is 0 and Number(" 2018 ") is 2018: the text is compared as written.
    for (const asked of ["", " 2018", "2018.0", "0x7e2", "2.018e3"])
      expect(chooseFrom(asked, editions, 2023, { key: "edition" }).value, asked).toBe(2023);
  });

  it("keeps a known value, typed as the vocabulary's (a number stays a number), without a notice", () => {
    expect(chooseFrom("2018", [2016, 2018, 2023], 2023, { key: "edition" })).toEqual({ value: 2018, notice: null });
    expect(chooseFrom("form", Object.keys(BREAKDOWNS), "none", { key: "breakdown" })).toEqual({
      value: "form",
      notice: null,
    });
  });

  it("matches an entry by the text the URL holds (GLOTIP indicators by id, not by label)", () => {
    const indicators = Object.keys(GLOTIP_INDICATORS) as (keyof typeof GLOTIP_INDICATORS)[];
    const format = (k: keyof typeof GLOTIP_INDICATORS) => GLOTIP_INDICATORS[k].id;
    const first = indicators[1]!;
    expect(chooseFrom(format(first), indicators, indicators[0]!, { key: "indicator", format }).value).toBe(first);
    expect(chooseFrom(first, indicators, indicators[0]!, { key: "indicator", format }).notice).toMatch(
      /^The link asks for indicator=/,
    );
    expect(chooseFrom("constructor", indicators, indicators[0]!, { key: "indicator", format }).value).toBe(
      indicators[0],
    );
  });

  it("means absent when the URL has no such key: the default, silently", () => {
    expect(chooseFrom(null, ["a"], "a", { key: "k" })).toEqual({ value: "a", notice: null });
    expect(chooseFrom(undefined, ["a"], "a", { key: "k" })).toEqual({ value: "a", notice: null });
  });

  it("cuts a very long value in its notice", () => {
    const notice = chooseFrom("x".repeat(10_000), ["a"], "a", { key: "k" }).notice!;
    expect(notice.length).toBeLessThan(200);
    expect(notice).toContain(`"${"x".repeat(60)}…"`);
  });
});

describe("chooseManyFrom", () => {
  const kinds = ["law", "plan", "listing"];

  it("keeps the known entries in the URL's order and names the others", () => {
    expect(chooseManyFrom("plan,__proto__,law,plan", kinds, kinds, { key: "types" })).toEqual({
      value: ["plan", "law"],
      notice: 'The link asks for types="__proto__", not among law, plan, listing: showing plan, law.',
    });
  });

  it("falls back when no entry is known, and keeps an empty list the URL asked for", () => {
    expect(chooseManyFrom("toString,constructor", kinds, kinds, { key: "types" }).value).toEqual(kinds);
    expect(chooseManyFrom("", kinds, kinds, { key: "types" })).toEqual({ value: [], notice: null });
  });
});

describe("fromUrlChoice / fromUrlChoices", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("read the page URL (decoded) through the same checks", () => {
    vi.stubGlobal("location", { search: "?breakdown=__proto__&edition=2017&types=law%2Cnope" });
    expect(fromUrlChoice("breakdown", Object.keys(BREAKDOWNS), "none").value).toBe("none");
    expect(fromUrlChoice("edition", [2016, 2018, 2023], 2023).notice).toMatch(/edition="2017"/);
    expect(fromUrlChoices("types", ["law", "plan"], ["law", "plan"]).value).toEqual(["law"]);
    expect(fromUrlChoice("scale", ["linear", "symlog"], "linear")).toEqual({ value: "linear", notice: null });
  });
});
