import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDigits, parseNumberWords, parseQuantities } from "../../loaders/numbers.ts";

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
    ["40.3 M", [["40.3 M", 40_300_000, null]]],
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
  ])("reads %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("returns every number in order with offsets that slice back to the text", () => {
    const text = "The $116,000 project (launched at the end of 2005) constructed 75 units.";
    const found = parseQuantities(text);
    expect(found.map((q) => q.value)).toEqual([116_000, 2005, 75]);
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

describe("parseDigits and parseNumberWords", () => {
  it("reads grouped and plain digits only", () => {
    expect(parseDigits("2,058,200")).toBe(2_058_200);
    expect(parseDigits("2446")).toBe(2446);
    expect(parseDigits("12a")).toBeNull();
  });
  it("reads number words", () => {
    expect(parseNumberWords("two hundred")).toBe(200);
    expect(parseNumberWords("eight")).toBe(8);
    expect(parseNumberWords("several")).toBeNull();
  });
});
