// Reading numbers as reports write them: "$1.4 million", "2.13million", "1.13 per cent",
// "approximately 650", "nearly 6,000", "three lakh", "9th". The ledger validator uses this to
// prove that a figure's value comes from its quote; the extractor (issue 3) builds on it.

export type QuantityUnit = "percent" | "per_1000" | "per_100000" | "rank" | string | null;

export interface Quantity {
  /** The figure as written, e.g. "$1.4 million". */
  text: string;
  /** Offsets in the string parsed, so that input.slice(start, end) === text. */
  start: number;
  end: number;
  value: number;
  /** percent, per_1000, per_100000, rank, an ISO 4217 code, or null for a plain count. */
  unit: QuantityUnit;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  m: 1e6,
  mio: 1e6,
  crore: 1e7,
  crores: 1e7,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
};

const WORD_VALUES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
};

// Currency as written before or after the amount → ISO 4217.
const CURRENCY_PREFIXES: [RegExp, string][] = [
  [/^US\s?\$$/i, "USD"],
  [/^\$$/, "USD"],
  [/^USD$/i, "USD"],
  [/^Rs\.?$/i, "PKR"],
  [/^PKR$/i, "PKR"],
  [/^INR$/i, "INR"],
  [/^₹$/, "INR"],
  [/^€$/, "EUR"],
  [/^EUR$/i, "EUR"],
  [/^£$/, "GBP"],
  [/^GBP$/i, "GBP"],
];
const CURRENCY_SUFFIXES: Record<string, string> = {
  dollars: "USD",
  "us dollars": "USD",
  rupees: "PKR",
  euros: "EUR",
  pounds: "GBP",
};

const digits = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const word = Object.keys(WORD_VALUES).join("|");
// "twenty-five", "six thousand", "a dozen", "two hundred"
const words = String.raw`(?:(?:a\s)?(?:${word})(?:[-\s](?:${word}))*)`;
const scale = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .join("|");
const currencyBefore = String.raw`US\s?\$|\$|USD|Rs\.?|PKR|INR|₹|€|EUR|£|GBP`;

const QUANTITY = new RegExp(
  String.raw`(?<cur>(?:${currencyBefore})\s?)?` +
    String.raw`(?:(?<num>${digits})|(?<words>\b${words}\b))` +
    String.raw`(?<ord>st|nd|rd|th)?` +
    String.raw`(?:\s?(?<scale>${scale})\b)?` +
    String.raw`(?<suffix>\s?(?:per\s?cent\b|percent\b|%|per\s(?:1,000|1000|100,000|100000)\b|(?:us\s)?dollars\b|rupees\b|euros\b|pounds\b))?`,
  "gi",
);

function currencyCode(prefix: string): string | null {
  const p = prefix.trim();
  for (const [re, code] of CURRENCY_PREFIXES) if (re.test(p)) return code;
  return null;
}

/** Value of "six thousand", "twenty-five", "a dozen", "two hundred"; null when not a number. */
export function parseNumberWords(text: string): number | null {
  const tokens = text
    .toLowerCase()
    .split(/[-\s]+/)
    .filter(Boolean);
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const [i, t] of tokens.entries()) {
    if (t === "a") {
      if (i !== 0 || tokens.length === 1) return null;
      current = 1;
    } else if (t === "hundred") current = (current || 1) * 100;
    else if (t === "dozen") current = (current || 1) * 12;
    else if (t === "thousand" || t === "million" || t === "billion") {
      total += (current || 1) * SCALES[t];
      current = 0;
    } else if (t in WORD_VALUES) current += WORD_VALUES[t];
    else return null;
  }
  return total + current;
}

/** "2,058,200" → 2058200, "2.13" → 2.13; null when the text is not such a number. */
export function parseDigits(text: string): number | null {
  if (!new RegExp(`^(?:${digits})$`).test(text)) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

// Floating-point scaling (2.13 * 1e6 = 2129999.9999999998) must not break equality with the
// ledger's 2130000: round to the precision the text actually had.
function scaleValue(n: number, factor: number, decimals: number): number {
  const digitsAfterScale = Math.max(0, decimals - Math.round(Math.log10(factor)));
  return Number((n * factor).toFixed(digitsAfterScale));
}

/**
 * Every quantity written in `text`, in order. This reads numbers; it does not decide which of
 * them are statistical figures (a year such as "2008" is returned as 2008).
 */
export function parseQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    let value: number | null;
    let decimals = 0;
    if (g.num) {
      value = parseDigits(g.num);
      decimals = g.num.includes(".") ? g.num.split(".")[1].length : 0;
    } else {
      value = parseNumberWords(g.words);
    }
    if (value === null) continue;
    let unit: QuantityUnit = g.cur ? currencyCode(g.cur) : null;
    if (g.ord) {
      if (!g.num || g.scale || g.suffix || g.cur) continue;
      unit = "rank";
    }
    const scaleWord = g.scale?.toLowerCase();
    if (scaleWord) value = scaleValue(value, SCALES[scaleWord], decimals);
    const suffix = (g.suffix ?? "").trim().toLowerCase();
    if (suffix) {
      if (/^per\s?cent$|^percent$|^%$/.test(suffix)) unit = unit ?? "percent";
      else if (/^per\s(1,000|1000)$/.test(suffix)) unit = "per_1000";
      else if (/^per\s(100,000|100000)$/.test(suffix)) unit = "per_100000";
      else if (suffix in CURRENCY_SUFFIXES) unit = unit ?? CURRENCY_SUFFIXES[suffix];
    }
    const end = m.index! + m[0].length;
    const start = m.index!;
    found.push({ text: text.slice(start, end), start, end, value, unit });
  }
  return found;
}

/** Whether a figure of `unit` can be read from a quantity: counts read as persons or count. */
export function quantityMatchesUnit(q: Quantity, unit: string): boolean {
  if (q.unit === null) return unit === "persons" || unit === "count";
  return q.unit === unit;
}

/** Exact up to float noise: values in the ledger are written as the text has them. */
export function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
