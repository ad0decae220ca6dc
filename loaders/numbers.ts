// The one number reader. Reports write numbers as "$1.4 million", "2,00,000", "1.2 mln",
// "Rs. 3 lakh", "one and a half million", "1.13 per cent", "9th". The extractor (loaders/extract)
// reads figures with it, and the ledger (loaders/ledger.ts) proves with it that a figure's value
// is written in its quote: both must read the same text the same way, or add-source would
// propose figures that `npm run check` then refuses.
//
// Values are kept as exact decimal text (`exact`), because a ledger row must hold the number as
// written: 2.13 million is "2130000", never 2129999.9999999998, and 650.0000001 is not 650.
import { countsSomething, qualifierBefore } from "./extract/vocabulary.ts";

export const SCALES: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
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
  mln: 1e6,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
};
// A one-letter scale counts written against the number ("$5m") or, after a space, only as a
// capital ("40.3 M people"): "5 m deep" is a depth.
const TIGHT_SCALES = ["m", "b", "k"];

const UNITS: Record<string, number> = {
  zero: 0,
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
};

const WORD = `${Object.keys(UNITS).join("|")}|dozen|hundred|half`;
// "twenty-five", "two hundred", "a dozen", "a hundred", "one and a half"
const WORDS = String.raw`(?:an?\s)?(?:${WORD})(?:(?:[-\s]|\sand\s(?:a\s)?)(?:${WORD}))*`;
// Indian grouping (2,00,000) first, then western grouping, then plain digits.
const DIGITS = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = Object.keys(SCALES)
  .filter((s) => !TIGHT_SCALES.includes(s))
  .sort((a, b) => b.length - a.length)
  .join("|");
const CURRENCY_BEFORE = String.raw`US\s?\$|USD|\$|Rs\.?|PKR|INR|NPR|BDT|₹|€|EUR|£|GBP`;
const SUFFIX = String.raw`per\s?cent\b|percent\b|pc\b|%|percentage points?\b|per\s(?:1,000|1000|thousand|100,000|100000)\b|(?:US\s)?dollars\b|(?:Pakistani\s|Indian\s|Nepali\s|Nepalese\s)?rupees\b|euros\b|pounds\b`;

export const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/#@_])` +
    String.raw`(?<cur>(?:${CURRENCY_BEFORE})\s?)?` +
    String.raw`(?:(?<num>${DIGITS})|(?<words>(?<![\p{L}])${WORDS}(?![\p{L}])))` +
    String.raw`(?<ord>st|nd|rd|th)?` +
    String.raw`(?:\s?(?<scale>${SCALE})(?![\p{L}\p{N}])|(?<tight>${TIGHT_SCALES.join("|")})(?![\p{L}\p{N}])|\s(?<spaced>[mb])(?![\p{L}\p{N}]))?` +
    String.raw`(?<suffix>\s?(?:${SUFFIX}))?` +
    String.raw`(?![\p{L}\p{N}])`,
  "giu",
);

const CURRENCY_CODES: [RegExp, string][] = [
  [/^(?:US\s?\$|USD|\$|(?:US\s)?dollars)$/i, "USD"],
  [/^(?:Rs\.?|PKR|(?:Pakistani\s)?rupees)$/i, "PKR"],
  [/^(?:INR|₹|Indian\srupees)$/i, "INR"],
  [/^(?:Nepali|Nepalese)\srupees$/i, "NPR"],
  [/^NPR$/i, "NPR"],
  [/^BDT$/i, "BDT"],
  [/^(?:€|EUR|euros)$/i, "EUR"],
  [/^(?:£|GBP|pounds)$/i, "GBP"],
];
const currencyCode = (s: string) => CURRENCY_CODES.find(([re]) => re.test(s.trim()))?.[1] ?? null;

/** "twenty-five" → 25, "a dozen" → 12, "two hundred" → 200, "one and a half" → 1.5; else null. */
export function wordsValue(text: string): number | null {
  const tokens = text
    .toLowerCase()
    .split(/[-\s]+/)
    .filter((t) => t && t !== "and");
  let current = 0;
  let seen = false;
  for (const [i, t] of tokens.entries()) {
    if (t === "a" || t === "an") {
      if (i === tokens.length - 1) return null;
      if (i === 0) current = 1;
      continue;
    }
    seen = true;
    if (t === "hundred") current = (current || 1) * 100;
    else if (t === "dozen") current = (current || 1) * 12;
    else if (t === "half") current += 0.5;
    else if (t in UNITS) current += UNITS[t];
    else return null;
  }
  return seen ? current : null;
}

// ---------------------------------------------------------------------------------------------
// Exact decimals

/**
 * A number as canonical decimal text: "0650" → "650", "1.50" → "1.5", "-0" → "0",
 * "2.13e6" → "2130000". Null when `s` is not a plain decimal number.
 */
export function decimalText(s: string): string | null {
  // Most numbers in reports are plain integers: no work to do.
  if (/^[1-9]\d{0,14}$/.test(s)) return s;
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(s.trim());
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return null;
  const exponent = Number(m[4] ?? 0);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return null;
  return shift(m[2] + "." + (m[3] ?? ""), exponent, m[1] === "-");
}

/** `digits` ("123.45", no grouping) times 10^places, as canonical decimal text. */
function shift(digits: string, places: number, negative = false): string {
  const [int, frac = ""] = digits.split(".");
  let all = int + frac;
  let point = int.length + places;
  if (point < 0) {
    all = "0".repeat(-point) + all;
    point = 0;
  }
  if (point > all.length) all += "0".repeat(point - all.length);
  const whole = all.slice(0, point).replace(/^0+/, "") || "0";
  const fraction = all.slice(point).replace(/0+$/, "");
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && text !== "0" ? `-${text}` : text;
}

/** The decimal text of a JavaScript number as its shortest round-trip form has it. */
export const numberText = (n: number): string | null => (Number.isFinite(n) ? decimalText(String(n)) : null);

// ---------------------------------------------------------------------------------------------
// Tokens: every number written in a text

export interface NumberToken {
  start: number;
  end: number;
  /** Where the digits or words themselves start and end (no currency, scale or unit). */
  numStart: number;
  numEnd: number;
  value: number;
  /** `value` as exact decimal text. */
  exact: string;
  /** The number before its scale: 2.13 in "2.13 million". */
  raw: number;
  /** `raw` as decimal text, to scale it exactly. */
  rawText: string;
  value_high: number | null;
  exactHigh: string | null;
  unit: string | null;
  scale: number | null;
  decimals: number;
  words: boolean;
  ordinal: boolean;
  grouped: boolean;
  hasCurrency: boolean;
  range: boolean;
}

/**
 * Characters that print as nothing (format characters: zero-width space and joiners, soft
 * hyphen, word joiner, BOM, bidi marks and controls; and the fillers that render blank). Beside a
 * number they make what a reader sees differ from what the text holds: "1,\u200D234" shows 1,234
 * but reads 1 and 234, "1\u200B000" shows 1000.
 */
export const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/u;
/** Bidi embeddings, overrides and isolates: they reorder what follows ("\u202E821" shows 128). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Is the number at [start, end) of `text` touching an invisible character, directly or across
 * the grouping or decimal mark it ends on ("1,\u200D234" read as "1")? Such a number is not read:
 * its digits are not the number a reader sees.
 */
export function touchesInvisible(text: string, start: number, end: number): boolean {
  const at = (i: number) => (i >= 0 && i < text.length ? text[i] : "");
  if (INVISIBLE.test(at(start - 1)) || INVISIBLE.test(at(end))) return true;
  return /[,.]/.test(at(end)) && INVISIBLE.test(at(end + 1));
}

function readToken(m: RegExpMatchArray, offset: number): NumberToken | null {
  const g = m.groups!;
  const local = m.index!;
  const localNum = local + (g.cur?.length ?? 0);
  if (
    touchesInvisible(m.input!, local, local + m[0].length) ||
    touchesInvisible(m.input!, localNum, localNum + (g.num ?? g.words).length)
  )
    return null;
  let rawText: string | null;
  let decimals = 0;
  if (g.num) {
    rawText = decimalText(g.num.replace(/,/g, ""));
    decimals = g.num.includes(".") ? g.num.split(".")[1].length : 0;
  } else {
    const w = wordsValue(g.words);
    rawText = w === null ? null : numberText(w);
  }
  if (rawText === null) return null;
  const raw = Number(rawText);
  if (!Number.isFinite(raw)) return null;
  // "5 m deep": the number alone.
  const spacedLower = g.spaced !== undefined && g.spaced === g.spaced.toLowerCase();
  const scaleWord = (g.scale ?? g.tight ?? (spacedLower ? undefined : g.spaced))?.toLowerCase();
  const scale = scaleWord ? SCALES[scaleWord] : null;
  const exact = scale ? shift(rawText, Math.round(Math.log10(scale))) : rawText;
  const value = Number(exact);
  if (!Number.isFinite(value)) return null;
  let unit: string | null = g.cur ? currencyCode(g.cur) : null;
  const suffix = spacedLower ? "" : (g.suffix ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  if (suffix) {
    if (/^(?:per ?cent|percent|pc|%|percentage points?)$/.test(suffix)) unit = unit ?? "percent";
    else if (/^per (?:1,000|1000|thousand)$/.test(suffix)) unit = "per_1000";
    else if (/^per (?:100,000|100000)$/.test(suffix)) unit = "per_100000";
    else unit = unit ?? currencyCode(suffix);
  }
  const start = m.index! + offset;
  const numStart = start + (g.cur?.length ?? 0);
  const numEnd = numStart + (g.num ?? g.words).length;
  return {
    start,
    end: spacedLower ? numEnd + (g.ord?.length ?? 0) : start + m[0].length,
    numStart,
    numEnd,
    value,
    exact,
    raw,
    rawText,
    value_high: null,
    exactHigh: null,
    unit,
    scale,
    decimals,
    words: !g.num,
    ordinal: Boolean(g.ord),
    grouped: Boolean(g.num?.includes(",")),
    hasCurrency: Boolean(g.cur),
    range: false,
  };
}

/** Every number written in `text` from `from` on, as written, in order (offsets in `text`). */
export function readNumbers(text: string, from = 0): NumberToken[] {
  const body = from === 0 ? text : text.slice(from);
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (const m of body.matchAll(NUMBER)) {
    const t = readToken(m, from);
    if (t) out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What only looks like a quantity

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const LAW_WORDS = String.raw`Sections?|Secs?\.|Articles?|Arts?\.|Rules?|Clauses?|Sub-?sections?|Chapters?|Paras?\.?|Paragraphs?|Schedules?|Annex(?:ure)?s?|Appendix|Items?|Regulations?|Amendments?|Resolutions?|Conventions?|Protocols?|Acts?|Ordinances?|Orders?|Bills?|Notifications?|Circulars?|Cases?\s+No\.?|FIR\s+No\.?|Petitions?|Tables?|Figures?|Fig\.|Charts?|Boxes|Goals?|Targets?|Indicators?|SDGs?|Vol(?:ume)?\.?|Issues?|Editions?|Versions?|Phases?|Levels?|Grades?|Tiers?|Top|Nos?\.|Numbers?|Page|Pages|pp?\.|Ext\.?|Room|Rooms|Floors?|Suites?|Flats?|House|Houses|Plots?|Streets?|St\.|Roads?|Rd\.|Lanes?|Blocks?|Sectors?|Units?\s+No\.?|P\.?\s?O\.?\s?Box|Box|Gate|Ward|UC|Union Council|Highway|Route|Flight|Platform`;

/** Patterns of text whose numbers are not quantities, each with what it is. */
export const MASKS: [RegExp, string][] = [
  [/(?=[hw])\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/giu, "part of a web address"],
  [/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu, "part of an e-mail address"],
  // 29-11-2004, 11.2.2012, 1/7/2021, 2018-05-31
  [/(?<![\p{N}])\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?![\p{N}])/gu, "a date"],
  // 31 st May, 2018 · 4 October 2023 · 1st of June
  [
    new RegExp(
      String.raw`(?<![\p{N}])\d{1,2}\s?(?:st|nd|rd|th)?\s*(?:of\s+)?${MONTH}(?![\p{L}])(?:,?\s*\d{4}(?![\p{N}]))?`,
      "giu",
    ),
    "a date",
  ],
  // May 31, 2018 · Sep 22 · June 2021
  [
    new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?![\p{N}])(?:,?\s*\d{4}(?![\p{N}]))?`, "gu"),
    "a date",
  ],
  [/(?<![\p{N}])\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.?m\.?|GMT|PST|PKT|hrs))?(?![\p{N}])/giu, "a time"],
  [/(?<![\p{N}])\d{1,2}(?:\.\d{2})?\s?[ap]\.m\.?/giu, "a time"],
  // year spans and fiscal years: 2021-25, 2021–2025, 2019/20, FY2019, FY 2019-20, 1990s
  [/(?<![\p{N},.])(?:19|20)\d{2}\s?[-–—/]\s?(?:(?:19|20)\d{2}|\d{2})(?![\p{N}])/gu, "a span of years"],
  [/\b(?:FY|CY|SY)\s?'?\d{2,4}(?:\s?[-–/]\s?\d{2,4})?(?![\p{N}])/gu, "a fiscal year"],
  [/(?<![\p{N}])(?:19|20)?\d{2}'?s(?![\p{L}])/gu, "a decade"],
  // "Section 369A", "Article 3", "Act No. 5", "Tier 2", "top 10". (Each starts with (?=\d): the
  // look-behind is then tried only where a number starts.)
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![\p{L}])(?:${LAW_WORDS})\s*(?:No\.?|Nos\.?|#)?\s*\(?)\d+[\p{L}\d()\/.:-]*(?:\s*(?:,|and|&|or|to|-|–)\s*\(?\d+[\p{L}\d()\/.:-]*(?![\p{L}]))*`,
      "giu",
    ),
    "a section, law or item number",
  ],
  // abbreviations run into numbers: S.R.O.970(I)/2004, P.O. 12, U/S 370
  [/(?=\d)(?<=(?<![\p{L}])(?:\p{Lu}\.){1,4}\s?)\d+[\p{L}\d()\/.-]*/gu, "a section, law or item number"],
  // codes: 369A, 38-W, F-7/2, COVID-19, G-20, #38, 970(I)/2004, 24/7, ISO 9001
  [/(?<![\p{L}\p{N}])\d+(?![MBK](?![\p{L}]))\p{Lu}(?![\p{L}])/gu, "a code"],
  [/(?=-\d)(?<=(?<![\p{L}\p{N}])\p{L}{1,6})-\d+[\p{L}\d\/-]*/gu, "a code"],
  [/(?<![\p{N}])\d+-\p{Lu}\b/gu, "a code"],
  [/#\s?\d+[\p{L}\d\/-]*/gu, "a code"],
  [/(?<![\p{N},.])\d+(?:\([\p{L}\d]+\))?\/\d+(?:\/\d+)*/gu, "a code"],
  [/\b(?:ISO|ILO|C|No)\s?\d{2,5}\b/gu, "a code"],
  // phone numbers: a phone word and the rest of its line; 0-prefixed dialling codes; +92 …
  [
    /(?=[PTFCMHUW])\b(?:Phone|Ph|Tel|Telephone|Fax|Cell|Mobile|Helpline|Hotline|UAN|WhatsApp)\b\.?\s*(?:No\.?|#|number)?\s*:?\s*[+(\d][\d\s()+&,\/-]*/giu,
    "a phone number",
  ],
  [/(?<![\p{N}])\(?0\d{2,4}\)?[\s-]?\d{5,8}(?:\s?(?:&|,|\/)\s?\d{5,8})*(?![\p{N}])/gu, "a phone number"],
  [/\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,8}){2,4}/gu, "a phone number"],
  [/(?<![\p{N},.])\d{3,4}-\d{6,8}(?![\p{N}])/gu, "a phone number"],
  // street addresses: "22, Tipu Block", "House 5, Street 12"
  [
    /(?=\d)(?<![\p{N}])\d{1,6}[\p{L}\d\/-]{0,12},?\s{1,4}(?:[\p{Lu}][\p{L}'-]{0,30}\s{1,4}){0,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Block|Plaza|Colony|Town|Sector|Floor|Boulevard|Market|Chowk|Bazaar|Tower|Building|Park|Square|Drive)(?![\p{L}])/gu,
    "an address",
  ],
  // list markers at the start of a line ("1. ", "2) ", "(3) ") and inline "(iv)" enumerations
  [/^[ \t>*-]*\(?\d{1,3}[.)](?=\s)/gmu, "a list marker"],
  [/\(\d{1,2}\)(?=\s)/gu, "a list marker"],
  // ages: "aged 14", "under the age of 18", "12-year-old", "children under 18", "as young as 4"
  [/(?=a)\b(?:aged?|ages)\s+(?:of\s+)?(?:between\s+)?\d+(?:\s*(?:to|and|-|–)\s*\d+)?/giu, "an age"],
  [/(?=[ubo])\b(?:under|below|over|above)\s+(?:the\s+)?age\s+(?:of\s+)?\d+/giu, "an age"],
  [/(?<![\p{N}])\d+(?:\s?(?:to|-|–)\s?\d+)?[-\s]years?[-\s](?:old|of age)/giu, "an age"],
  [
    /(?=[cgbmpiy])\b(?:children|child|girls?|boys?|minors?|persons|people|individuals|youths?)\s+(?:under|below|over|above|aged)\s+\d+(?![\p{N}])/giu,
    "an age",
  ],
  [/(?=a)\bas\s+(?:young|old)\s+as\s+(?:\d+|[a-z]+)(?![\p{L}\p{N}])/giu, "an age"],
  // helpline numbers: "call 1717 (Punjab) or 1121 (Sindh)"
  [
    /(?=[cdrs])\b(?:call|dial|ring|sms)\s+(?:(?:the|our|a|toll-free|free|helpline|hotline|number|at|on|us)\s+){0,3}\d{3,}(?:\s*\([^)\n]{0,30}\))?(?:\s*(?:,|or|and|\/)\s*\d{3,}(?:\s*\([^)\n]{0,30}\))?)*/giu,
    "a phone number",
  ],
  // the denominator of a rate: "for every 1,000 people", "per 100,000"
  [
    /(?=[fiop])\b(?:for every|out of every|in every|of every|per)\s+(?:1,000|1000|100,000|100000|10,000|10000|100)(?![\p{N}])/giu,
    "the denominator of a rate",
  ],
];
const MASK_KINDS = [...new Set(MASKS.map(([, kind]) => kind))];

/** Per character of `text` from `from`: 0, or 1 + the index in MASK_KINDS of what masks it. */
export function maskMap(text: string, from = 0): Uint8Array {
  const body = from === 0 ? text : text.slice(from);
  const masked = new Uint8Array(body.length);
  for (const [re, kind] of MASKS) {
    const code = MASK_KINDS.indexOf(kind) + 1;
    re.lastIndex = 0;
    for (const m of body.matchAll(re)) masked.fill(code, m.index!, m.index! + m[0].length);
  }
  return masked;
}

/** What masks [start, end) (offsets in the text, `masked` built from `from`), or null. */
export function maskedAs(masked: Uint8Array, from: number, start: number, end: number): string | null {
  for (let i = start - from; i < end - from; i++) if (masked[i]) return MASK_KINDS[masked[i] - 1];
  return null;
}

/**
 * "two to four million", "2-4 million", "$2-3 million", "between 50,000 and 1 million": a range,
 * the first number taking the second's scale and unit when it has none of its own.
 */
export function joinRanges(
  text: string,
  from: number,
  tokens: NumberToken[],
  isMasked: (t: NumberToken) => boolean,
): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (b && !a.ordinal && !b.ordinal && !isMasked(a) && !isMasked(b)) {
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(from, a.start - 12), a.start);
      const between = /\bbetween\s*$/i.test(before);
      const joiner = between ? /^\s*(?:and|to|-|–)\s*$/i : /^\s*(?:to|-|–|—)\s*$/i;
      // A range never runs across a line break: the next line may be a heading ("… 0.00 –" then
      // "2019 Trafficking in Persons Report: Nepal"), not the range's other end.
      if (
        joiner.test(gap) &&
        !/[\r\n]/.test(gap) &&
        !/\bfrom\s*$/i.test(before) &&
        (a.words === b.words || a.scale || b.scale)
      ) {
        let low = a.value;
        let exact = a.exact;
        if (!a.scale && b.scale && !a.grouped && a.raw < b.raw) {
          exact = shift(a.rawText, Math.round(Math.log10(b.scale)));
          low = Number(exact);
        }
        const unit = a.unit ?? b.unit;
        if ((a.unit === null || b.unit === null || a.unit === b.unit) && low < b.value) {
          out.push({
            ...a,
            end: b.end,
            value: low,
            exact,
            value_high: b.value,
            exactHigh: b.exact,
            unit,
            scale: a.scale ?? b.scale,
            range: true,
            hasCurrency: a.hasCurrency || b.hasCurrency,
          });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

const TIME_UNIT_AFTER =
  /^[\s-]*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|decades?|centuries|nights?)\b/i;
const MEASURE_AFTER =
  /^\s*(?:m|km|cm|mm|kg|g|ha|sq|metres?|meters?|kilomet(?:re|er)s?|miles?|feet|ft|acres?|hectares?|tons?|tonnes?|kilograms?|grams?|litres?|liters?)\b/i;
const PREPOSITION_BEFORE =
  /\b(?:in|since|from|by|of|until|till|through|during|before|after|to|and|or|between|the|year|years|early|late|mid|circa|around|as of|fiscal|calendar|for)\s*$/i;

/**
 * Why a number read in `text` is not a quantity (a year, a duration, a depth), or null when it
 * is one. Masked numbers are decided by the caller with `maskedAs`.
 */
export function notAQuantity(text: string, from: number, t: NumberToken): string | null {
  const to = text.length;
  const after = text.slice(t.end, Math.min(to, t.end + 80));
  const before = text.slice(Math.max(from, t.start - 40), t.start);
  const explicitUnit = t.unit !== null || t.scale !== null;
  if (!explicitUnit && TIME_UNIT_AFTER.test(after)) return "a duration";
  if (!explicitUnit && MEASURE_AFTER.test(after)) return "a measure";
  const yearLike =
    !t.words &&
    !t.grouped &&
    !t.scale &&
    !t.unit &&
    !t.ordinal &&
    t.decimals === 0 &&
    !t.range &&
    t.raw >= 1800 &&
    t.raw <= 2099 &&
    t.end - t.numStart === 4;
  if (yearLike && qualifierBefore(before) === "exact" && !(countsSomething(after) && !PREPOSITION_BEFORE.test(before)))
    return "a year";
  return null;
}

// ---------------------------------------------------------------------------------------------
// The ledger's reading of a quote

export interface Quantity {
  /** The number as written, e.g. "$1.4 million"; for a range, one end of it. */
  text: string;
  /** Offsets in the string read, so that input.slice(start, end) === text. */
  start: number;
  end: number;
  value: number;
  exact: string;
  /** percent, per_1000, per_100000, rank, an ISO 4217 code, or null for a plain count. */
  unit: string | null;
  /** Why this is not a quantity (a year, a date, a section number), or null. */
  not: string | null;
}

/**
 * Every number written in `text`, read as the extractor reads it: masks, years and durations
 * marked with what they are; a range read as its two ends, the low end scaled like the high
 * ("2-4 million" reads 2000000 and 4000000); an ordinal as a rank.
 */
export function parseQuantities(text: string): Quantity[] {
  const masked = maskMap(text);
  const tokens = readNumbers(text);
  const maskOf = (t: NumberToken) => maskedAs(masked, 0, t.numStart, t.numEnd);
  const out: Quantity[] = [];
  for (const t of joinRanges(text, 0, tokens, (x) => maskOf(x) !== null)) {
    const not = maskOf(t) ?? (t.ordinal ? null : notAQuantity(text, 0, t));
    const unit = t.ordinal && !t.scale && !t.unit ? "rank" : t.unit;
    if (!t.range) {
      out.push({
        text: text.slice(t.start, t.end),
        start: t.start,
        end: t.end,
        value: t.value,
        exact: t.exact,
        unit,
        not,
      });
      continue;
    }
    // The two ends of a range, each with the range's unit.
    const first = tokens.find((x) => x.start === t.start)!;
    const second = tokens.find((x) => x.start > t.start && x.end === t.end)!;
    out.push({
      text: text.slice(t.start, first.end),
      start: t.start,
      end: first.end,
      value: t.value,
      exact: t.exact,
      unit,
      not,
    });
    out.push({
      text: text.slice(second.start, t.end),
      start: second.start,
      end: t.end,
      value: t.value_high!,
      exact: t.exactHigh!,
      unit,
      not,
    });
  }
  return out;
}

/** Whether a figure in `unit` can be read from `q`: a number with no unit written reads as a count. */
export function quantityMatchesUnit(q: Quantity, unit: string, quote: string): boolean {
  if (q.unit === unit) return true;
  if (q.unit !== null) return false;
  if (unit === "persons" || unit === "count") return true;
  // A bare number in a sentence about a rate ("Afghanistan (22.2 per 1,000), Pakistan (16.8)").
  if (unit === "per_1000") return /\b(?:per|every)\s+(?:1,000|1000|thousand)\b/i.test(quote);
  if (unit === "per_100000") return /\b(?:per|every)\s+(?:100,000|100000)\b/i.test(quote);
  if (unit === "percent") return /per\s?cent|%/i.test(quote);
  return false;
}

/** Integers beyond 2^53 cannot be told apart as JavaScript numbers (9007199254740993 reads …992). */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;
