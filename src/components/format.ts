// How a figure reads on the page: "$1.4 million", "about 650 persons", "1.13%", "9th".
export interface FigureLike {
  value: number;
  value_high?: number | null;
  unit: string;
  qualifier: string;
}

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "",
  approximately: "about ",
  nearly: "nearly ",
  at_least: "at least ",
  at_most: "at most ",
  range: "",
};

const UNIT_WORDS: Record<string, string> = {
  persons: " people",
  count: "",
  percent: "%",
  per_1000: " per 1,000",
  per_100000: " per 100,000",
};

function compact(n: number): string {
  const abs = Math.abs(n);
  const fmt = (x: number, word: string) => `${Number(x.toPrecision(3)).toLocaleString("en-US")} ${word}`;
  if (abs >= 1e9) return fmt(n / 1e9, "billion");
  if (abs >= 1e6) return fmt(n / 1e6, "million");
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

function ordinal(n: number): string {
  const s =
    n % 100 >= 11 && n % 100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${s}`;
}

function amount(n: number, unit: string): string {
  if (unit === "rank") return ordinal(n);
  if (/^[A-Z]{3}$/.test(unit)) {
    const symbol = unit === "USD" ? "$" : `${unit} `;
    return `${symbol}${compact(n)}`;
  }
  return `${compact(n)}${UNIT_WORDS[unit] ?? ` ${unit}`}`;
}

/** The figure as a short phrase, qualifier included. */
export function formatFigure(f: FigureLike): string {
  const q = QUALIFIER_WORDS[f.qualifier] ?? "";
  if (f.value_high !== null && f.value_high !== undefined)
    return `${q}${amount(f.value, f.unit)} to ${amount(f.value_high, f.unit)}`;
  return `${q}${amount(f.value, f.unit)}`;
}
