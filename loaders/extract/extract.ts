// The figure extractor: every statistical figure in a report's text, normalised, with the
// sentence that holds it, its offsets, and a best guess of metric, country, region and year.
//
// How it works, in one pass per step over the document (so time grows linearly with size):
//  1. mask what only looks like a figure: URLs, e-mail addresses, dates, times, year spans,
//     fiscal years, law/section/ordinance numbers, codes, phone numbers, street addresses,
//     list markers, page numbers, tiers, ages, rate denominators;
//  2. read every number as written (digits, decimals with scale words, lakh and crore, number
//     words, currencies, percentages, rates) and join ranges ("2-4 million");
//  3. keep the figures: drop masked numbers, years, ordinals, durations, and number words that
//     count nothing ("three factors");
//  4. attribute: qualifier from the words before, unit (people or things) from the words after,
//     country/region/year from the sentence, metric from its keywords.
import { findPlaces, placeNamed, type PlaceMention } from "./places.ts";
import { paragraphSpans, sentenceSpans, type Span } from "./sentences.ts";
import {
  countsPeople,
  countsSomething,
  countsThings,
  guessMetric,
  qualifierBefore,
  thingsBefore,
} from "./vocabulary.ts";
import type { Metric } from "../schema.ts";

export interface ExtractedFigure {
  value: number;
  value_high: number | null;
  /** persons | count | percent | per_1000 | per_100000 | an ISO 4217 code */
  unit: string;
  qualifier: string;
  metric: Metric | null;
  country: string | null;
  region: string | null;
  year: number | null;
  /** The sentence (or table row) holding the figure. */
  quote: string;
  /** text.slice(start, end) is the figure as written, e.g. "$1.4 million". */
  start: number;
  end: number;
  text: string;
}

export interface ExtractOptions {
  /** Where the body starts (after front matter); nothing before it is read. */
  from?: number;
  /** The document's date (ISO), the year of figures whose sentence names none. */
  documentDate?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Numbers as written

const SCALES: Record<string, number> = {
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
  .sort((a, b) => b.length - a.length)
  .join("|");
const CURRENCY_BEFORE = String.raw`US\s?\$|USD|\$|Rs\.?|PKR|INR|NPR|BDT|₹|€|EUR|£|GBP`;
const SUFFIX = String.raw`per\s?cent\b|percent\b|pc\b|%|percentage points?\b|per\s(?:1,000|1000|thousand|100,000|100000)\b|(?:US\s)?dollars\b|(?:Pakistani\s|Indian\s|Nepali\s|Nepalese\s)?rupees\b|euros\b|pounds\b`;

export const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/#@_])` +
    String.raw`(?<cur>(?:${CURRENCY_BEFORE})\s?)?` +
    String.raw`(?:(?<num>${DIGITS})|(?<words>(?<![\p{L}])${WORDS}(?![\p{L}])))` +
    String.raw`(?<ord>st|nd|rd|th)?` +
    String.raw`(?:\s?(?<scale>${SCALE})(?![\p{L}\p{N}]))?` +
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
  let total = 0;
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
  if (!seen) return null;
  return total + current;
}

// 2.13 * 1e6 = 2129999.9999999998: round to the precision the text had.
function scaled(n: number, factor: number, decimals: number): number {
  return Number((n * factor).toFixed(Math.max(0, decimals - Math.round(Math.log10(factor)))));
}

interface Candidate {
  start: number;
  end: number;
  /** Where the digits or words themselves start and end (no currency, scale or unit). */
  numStart: number;
  numEnd: number;
  value: number;
  raw: number;
  value_high: number | null;
  unit: string | null;
  scale: number | null;
  decimals: number;
  words: boolean;
  ordinal: boolean;
  grouped: boolean;
  hasCurrency: boolean;
  range: boolean;
}

function readCandidate(m: RegExpMatchArray): Candidate | null {
  const g = m.groups!;
  let raw: number | null;
  let decimals = 0;
  if (g.num) {
    raw = Number(g.num.replace(/,/g, ""));
    decimals = g.num.includes(".") ? g.num.split(".")[1].length : 0;
  } else {
    raw = wordsValue(g.words);
  }
  if (raw === null || !Number.isFinite(raw)) return null;
  const scaleWord = g.scale?.toLowerCase();
  // A lone "m" or "b" after a spaced number is too often something else ("5 m deep").
  const scale = scaleWord ? SCALES[scaleWord] : null;
  const value = scale ? scaled(raw, scale, decimals) : raw;
  if (!Number.isFinite(value)) return null;
  let unit: string | null = g.cur ? currencyCode(g.cur) : null;
  const suffix = (g.suffix ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  if (suffix) {
    if (/^(?:per ?cent|percent|pc|%|percentage points?)$/.test(suffix)) unit = unit ?? "percent";
    else if (/^per (?:1,000|1000|thousand)$/.test(suffix)) unit = "per_1000";
    else if (/^per (?:100,000|100000)$/.test(suffix)) unit = "per_100000";
    else unit = unit ?? currencyCode(suffix);
  }
  const start = m.index!;
  return {
    start,
    end: start + m[0].length,
    numStart: start + (g.cur?.length ?? 0),
    numEnd: start + (g.cur?.length ?? 0) + (g.num ?? g.words).length,
    value,
    raw,
    value_high: null,
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

// ---------------------------------------------------------------------------------------------
// What only looks like a figure

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const LAW_WORDS = String.raw`Sections?|Secs?\.|Articles?|Arts?\.|Rules?|Clauses?|Sub-?sections?|Chapters?|Paras?\.?|Paragraphs?|Schedules?|Annex(?:ure)?s?|Appendix|Items?|Regulations?|Amendments?|Resolutions?|Conventions?|Protocols?|Acts?|Ordinances?|Orders?|Bills?|Notifications?|Circulars?|Cases?\s+No\.?|FIR\s+No\.?|Petitions?|Tables?|Figures?|Fig\.|Charts?|Boxes|Goals?|Targets?|Indicators?|SDGs?|Vol(?:ume)?\.?|Issues?|Editions?|Versions?|Phases?|Levels?|Grades?|Tiers?|Top|Nos?\.|Numbers?|Page|Pages|pp?\.|Ext\.?|Room|Rooms|Floors?|Suites?|Flats?|House|Houses|Plots?|Streets?|St\.|Roads?|Rd\.|Lanes?|Blocks?|Sectors?|Units?\s+No\.?|P\.?\s?O\.?\s?Box|Box|Gate|Ward|UC|Union Council|Highway|Route|Flight|Platform`;

export const MASKS: RegExp[] = [
  // URLs and e-mail addresses
  /(?=[hw])\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/giu,
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu,
  // dates: 29-11-2004, 11.2.2012, 1/7/2021, 2018-05-31
  /(?<![\p{N}])\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?![\p{N}])/gu,
  // 31 st May, 2018 · 4 October 2023 · 1st of June
  new RegExp(
    String.raw`(?<![\p{N}])\d{1,2}\s?(?:st|nd|rd|th)?\s*(?:of\s+)?${MONTH}(?![\p{L}])(?:,?\s*\d{4}(?![\p{N}]))?`,
    "giu",
  ),
  // May 31, 2018 · Sep 22 · June 2021 · mid-2019
  new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?![\p{N}])(?:,?\s*\d{4}(?![\p{N}]))?`, "gu"),
  // times: 07:53, 5 pm
  /(?<![\p{N}])\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.?m\.?|GMT|PST|PKT|hrs))?(?![\p{N}])/giu,
  /(?<![\p{N}])\d{1,2}(?:\.\d{2})?\s?[ap]\.m\.?/giu,
  // year spans and fiscal years: 2021-25, 2021–2025, 2019/20, FY2019, FY 2019-20, 1990s
  /(?<![\p{N},.])(?:19|20)\d{2}\s?[-–—/]\s?(?:(?:19|20)\d{2}|\d{2})(?![\p{N}])/gu,
  /\b(?:FY|CY|SY)\s?'?\d{2,4}(?:\s?[-–/]\s?\d{2,4})?(?![\p{N}])/gu,
  /(?<![\p{N}])(?:19|20)?\d{2}'?s(?![\p{L}])/gu,
  // laws, sections, codes, numbered things: "Section 369A", "Article 3", "Act No. 5", "Tier 2", "top 10"
  // (Each starts with (?=\d): the look-behind is then tried only where a number starts.)
  new RegExp(
    String.raw`(?=\d)(?<=(?<![\p{L}])(?:${LAW_WORDS})\s*(?:No\.?|Nos\.?|#)?\s*\(?)\d+[\p{L}\d()\/.:-]*(?:\s*(?:,|and|&|or|to|-|–)\s*\(?\d+[\p{L}\d()\/.:-]*(?![\p{L}]))*`,
    "giu",
  ),
  // abbreviations run into numbers: S.R.O.970(I)/2004, P.O. 12, U/S 370
  /(?=\d)(?<=(?<![\p{L}])(?:\p{Lu}\.){1,4}\s?)\d+[\p{L}\d()\/.-]*/gu,
  // codes: 369A, 38-W, F-7/2, COVID-19, G-20, #38, 970(I)/2004, 24/7, ISO 9001
  /(?<![\p{L}\p{N}])\d+(?![MBK](?![\p{L}]))\p{Lu}(?![\p{L}])/gu,
  /(?=-\d)(?<=(?<![\p{L}\p{N}])\p{L}{1,6})-\d+[\p{L}\d\/-]*/gu,
  /(?<![\p{N}])\d+-\p{Lu}\b/gu,
  /#\s?\d+[\p{L}\d\/-]*/gu,
  /(?<![\p{N},.])\d+(?:\([\p{L}\d]+\))?\/\d+(?:\/\d+)*/gu,
  /\b(?:ISO|ILO|C|No)\s?\d{2,5}\b/gu,
  // phone numbers: a phone word and the rest of its line; 0-prefixed dialling codes; +92 …
  /(?=[PTFCMHUW])\b(?:Phone|Ph|Tel|Telephone|Fax|Cell|Mobile|Helpline|Hotline|UAN|WhatsApp)\b\.?\s*(?:No\.?|#|number)?\s*:?\s*[+(\d][\d\s()+&,\/-]*/giu,
  /(?<![\p{N}])\(?0\d{2,4}\)?[\s-]?\d{5,8}(?:\s?(?:&|,|\/)\s?\d{5,8})*(?![\p{N}])/gu,
  /\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,8}){2,4}/gu,
  /(?<![\p{N},.])\d{3,4}-\d{6,8}(?![\p{N}])/gu,
  // street addresses: "22, Tipu Block", "House 5, Street 12"
  /(?=\d)(?<![\p{N}])\d+[\p{L}\d\/-]*,?\s+(?:[\p{Lu}][\p{L}'-]*\s+){0,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Block|Plaza|Colony|Town|Sector|Floor|Boulevard|Market|Chowk|Bazaar|Tower|Building|Park|Square|Drive)(?![\p{L}])/gu,
  // list markers at the start of a line ("1. ", "2) ", "(3) ") and inline "(iv)" enumerations
  /^[ \t>*-]*\(?\d{1,3}[.)](?=\s)/gmu,
  /\(\d{1,2}\)(?=\s)/gu,
  // ages: "aged 14", "under the age of 18", "12-year-old", "children under 18", "14 years of age"
  /(?=a)\b(?:aged?|ages)\s+(?:of\s+)?(?:between\s+)?\d+(?:\s*(?:to|and|-|–)\s*\d+)?/giu,
  /(?=[ubo])\b(?:under|below|over|above)\s+(?:the\s+)?age\s+(?:of\s+)?\d+/giu,
  /(?<![\p{N}])\d+(?:\s?(?:to|-|–)\s?\d+)?[-\s]years?[-\s](?:old|of age)/giu,
  /(?=[cgbmpiy])\b(?:children|child|girls?|boys?|minors?|persons|people|individuals|youths?)\s+(?:under|below|over|above|aged)\s+\d+(?![\p{N}])/giu,
  // helpline numbers: "call 1717 (Punjab) or 1121 (Sindh)"
  /(?=[cdrs])\b(?:call|dial|ring|sms)\s+(?:(?:the|our|a|toll-free|free|helpline|hotline|number|at|on|us)\s+){0,3}\d{3,}(?:\s*\([^)\n]{0,30}\))?(?:\s*(?:,|or|and|\/)\s*\d{3,}(?:\s*\([^)\n]{0,30}\))?)*/giu,
  // the denominator of a rate: "for every 1,000 people", "per 100,000"
  /(?=[fiop])\b(?:for every|out of every|in every|of every|per)\s+(?:1,000|1000|100,000|100000|10,000|10000|100)(?![\p{N}])/giu,
];

// ---------------------------------------------------------------------------------------------

const TIME_UNIT_AFTER =
  /^[\s-]*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|decades?|centuries|nights?)\b/i;
const PREPOSITION_BEFORE =
  /\b(?:in|since|from|by|of|until|till|through|during|before|after|to|and|or|between|the|year|years|early|late|mid|circa|around|as of|fiscal|calendar|for)\s*$/i;
const RATE_AFTER =
  /^[^.;!?\d]{0,60}?\b(?:for every|out of every|in every|per)\s+(1,000|1000|one thousand|thousand|100,000|100000|hundred thousand)(?![\p{N}])/iu;
const PEOPLE_NOUN = String.raw`(?:people|persons|individuals|victims|survivors|children|women|men|girls|boys|workers|labou?rers|migrants|slaves|population)`;
const PEOPLE_BEFORE = new RegExp(
  String.raw`\b(?:numbers? of|total of|count of)\s+(?:[\w-]+\s+){0,2}${PEOPLE_NOUN}\b(?:[^.;!?]|\.\d)*$`,
  "i",
);
const PEOPLE_THEN = new RegExp(
  String.raw`\b${PEOPLE_NOUN}\s+(?:[\w-]+\s+){0,3}(?:was|were|is|are|stood at|reached|totall?ed|numbered|rose to|fell to|of|at)\s*(?:an? )?(?:[\w-]+\s+)?$`,
  "i",
);
const ELLIPTIC =
  /^\s*(?:[,;:)(]|\.(?!\d)|$|(?:and|or|in|since|from|to|for|were|was|are|is|have|has|had|compared|while|last|the previous|a year|each|respectively|this year|that year|during|by|as of|against|versus|vs|of (?:them|whom|these|those))\b)/i;
const WORLD_REGIONS =
  /\b(?:Asia|Africa|Europe|Americas?|Pacific|Middle East|Eurasia|Caribbean|World|Global|Worldwide|Region|Oceania)\b/i;
const YEAR = /(?<![\p{N},.$])(?:19[5-9]\d|20\d{2})(?![\p{N}])/gu;

function bisectRight<T>(items: T[], pos: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span among sorted, non-overlapping `spans` that contains `pos`. */
function spanAt(spans: Span[], pos: number): Span | null {
  const i = bisectRight(spans, pos, (s) => s.start) - 1;
  return i >= 0 && spans[i].end > pos ? spans[i] : null;
}

// A "sentence" of a megabyte (a text with no full stops) would make every figure's look-ups
// scan it all: past this length the quote is the figure's clause within a window around it.
const MAX_SENTENCE = 1000;
function narrow(text: string, s: Span, c: { start: number; end: number }): Span {
  if (s.end - s.start <= MAX_SENTENCE) return s;
  const lo = Math.max(s.start, c.start - 400);
  const hi = Math.min(s.end, c.end + 400);
  const left = text.slice(lo, c.start);
  const cut = Math.max(left.lastIndexOf(";"), left.lastIndexOf(". "), left.lastIndexOf("\n"));
  const right = text.slice(c.end, hi).search(/;|\. |\n/);
  let start = cut >= 0 ? lo + cut + 1 : lo;
  let end = right >= 0 ? c.end + right + 1 : hi;
  while (start < c.start && /\s/.test(text[start])) start++;
  while (end > c.end && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const GLOBAL = /\b(?:worldwide|globally|across the world|around the world|in the world|world-wide)\b/i;
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\s+|\s+while\s+/g;

/** The clause of `sentence` holding [start, end). */
function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  const s = text.slice(sentence.start, sentence.end);
  let from = sentence.start;
  let to = sentence.end;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index!;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * The nearest place mention within `span`: distance in characters, a mention after the figure
 * counting three times its distance, because reports name the subject before its figure.
 */
function nearestPlace(
  text: string,
  places: PlaceMention[],
  span: Span,
  c: { start: number; end: number },
): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestDistance = Infinity;
  for (
    let i = bisectRight(places, span.start - 1, (p) => p.start);
    i < places.length && places[i].start < span.end;
    i++
  ) {
    const p = places[i];
    if (p.end > span.end) break;
    // "China (3.24mn)": a place that owns a figure in parentheses is not the subject of others.
    if (p.end <= c.start - 3 || p.start >= c.end) {
      if (/^\s*\(\s*(?:US\s?\$|\$|Rs\.?|€|£)?\d/.test(text.slice(p.end, p.end + 8))) continue;
    }
    const distance = p.end <= c.start ? c.start - p.end : p.start >= c.end ? 3 * (p.start - c.end) : 0;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

interface TableContext {
  label: string;
  labelStart: number;
  columnYear: number | null;
  /** The heading of the figure's column, when it is not a year. */
  columnLabel: string | null;
}

/** A table row ("Total Prosecutions | 15,791"): its label cell and the year heading the figure's column. */
function tableContext(
  text: string,
  line: Span,
  pos: number,
  lineSpans: (at: number) => Span | null,
): TableContext | null {
  const row = text.slice(line.start, line.end);
  if (!row.includes("|") && !row.includes("\t")) return null;
  const sep = row.includes("|") ? "|" : "\t";
  const cells: { text: string; start: number }[] = [];
  let at = 0;
  for (const cell of row.split(sep)) {
    cells.push({ text: cell, start: line.start + at });
    at += cell.length + 1;
  }
  const filled = cells.filter((c) => c.text.trim() !== "");
  if (filled.length < 2) return null;
  const label = filled.find((c) => /\p{L}{2,}/u.test(c.text) && !/^\s*[\d,.%$]+\s*$/.test(c.text));
  const column = cells.findIndex((c, i) => pos >= c.start && (i === cells.length - 1 || pos < cells[i + 1].start));
  // The header: the first row of this run of table lines.
  let header: Span | null = line;
  for (
    let prev = lineSpans(line.start - 2);
    prev && /[|\t]/.test(text.slice(prev.start, prev.end));
    prev = lineSpans(prev.start - 2)
  )
    header = prev;
  let columnYear: number | null = null;
  let columnLabel: string | null = null;
  if (header && header.start !== line.start) {
    const heading = (text.slice(header.start, header.end).split(sep)[column] ?? "").trim();
    const y = /^((?:19|20)\d{2})$/.exec(heading);
    if (y) columnYear = Number(y[1]);
    else if (heading) columnLabel = heading;
  }
  return label
    ? {
        label: label.text.trim(),
        labelStart: label.start + label.text.indexOf(label.text.trim()),
        columnYear,
        columnLabel,
      }
    : { label: "", labelStart: line.start, columnYear, columnLabel };
}

export function extractFigures(text: string, options: ExtractOptions = {}): ExtractedFigure[] {
  const from = options.from ?? 0;
  const body = from === 0 ? text : text.slice(from);
  const to = text.length;

  // 1. Masks, as a bitmap over the body.
  const masked = new Uint8Array(body.length);
  for (const re of MASKS) {
    re.lastIndex = 0;
    for (const m of body.matchAll(re)) masked.fill(1, m.index!, m.index! + m[0].length);
  }
  const isMasked = (s: number, e: number) => {
    for (let i = s - from; i < e - from; i++) if (masked[i]) return true;
    return false;
  };

  // 2. Numbers as written, then ranges joined.
  const raw: Candidate[] = [];
  for (const m of body.matchAll(NUMBER)) {
    const c = readCandidate(m);
    if (c) {
      c.start += from;
      c.end += from;
      c.numStart += from;
      c.numEnd += from;
      raw.push(c);
    }
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i];
    const b = raw[i + 1];
    if (b && !a.ordinal && !b.ordinal && !isMasked(a.numStart, a.numEnd) && !isMasked(b.numStart, b.numEnd)) {
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(from, a.start - 12), a.start);
      const between = /\bbetween\s*$/i.test(before);
      const joiner = between ? /^\s*(?:and|to|-|–)\s*$/i : /^\s*(?:to|-|–|—)\s*$/i;
      if (joiner.test(gap) && !/\bfrom\s*$/i.test(before) && (a.words === b.words || a.scale || b.scale)) {
        // "two to four million", "2-4 million", "$2-3 million", "5 to 10 percent": the first
        // number takes the second's scale and unit when it has none of its own.
        let low = a.value;
        if (!a.scale && b.scale && !a.grouped && a.raw < b.raw) low = scaled(a.raw, b.scale, a.decimals);
        const unit = a.unit ?? b.unit;
        if ((a.unit === null || b.unit === null || a.unit === b.unit) && low < b.value) {
          candidates.push({
            ...a,
            end: b.end,
            value: low,
            value_high: b.value,
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
    candidates.push(a);
  }

  // Shared look-ups for attribution, built once per document.
  const sentences = sentenceSpans(text, from, to);
  const paragraphs = paragraphSpans(text, from, to);
  const lines: Span[] = [];
  for (let s = from; s < to;) {
    let e = text.indexOf("\n", s);
    if (e < 0) e = to;
    lines.push({ start: s, end: e });
    s = e + 1;
  }
  const lineAt = (pos: number) => spanAt(lines, pos);
  const places = findPlaces(body).map((p) => ({ ...p, start: p.start + from, end: p.end + from }));
  const years = [...body.matchAll(YEAR)].map((m) => ({
    start: m.index! + from,
    end: m.index! + from + m[0].length,
    year: Number(m[0]),
  }));
  const mentions = new Map<string, number>();
  for (const p of places) mentions.set(p.country, (mentions.get(p.country) ?? 0) + 1);
  // Only a document mostly about one country (≥ 60 % of its place mentions) lends it to figures
  // that name none.
  const [topCountry, topCount] = [...mentions].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const mainCountry = topCountry && topCount >= 0.6 * places.length ? topCountry : null;
  const docYear =
    options.documentDate && /^\d{4}/.test(options.documentDate) ? Number(options.documentDate.slice(0, 4)) : null;

  const figures: ExtractedFigure[] = [];
  for (const c of candidates) {
    // 3. Keep the figures.
    if (isMasked(c.numStart, c.numEnd)) continue;
    if (c.ordinal) continue;
    const after = text.slice(c.end, Math.min(to, c.end + 80));
    const before = text.slice(Math.max(from, c.start - 40), c.start);
    const explicitUnit = c.unit !== null || c.scale !== null;
    if (!explicitUnit && TIME_UNIT_AFTER.test(after)) continue;
    const qualifier = c.range ? "range" : qualifierBefore(before);
    const isYearLike =
      !c.words &&
      !c.grouped &&
      !c.scale &&
      !c.unit &&
      c.decimals === 0 &&
      c.raw >= 1800 &&
      c.raw <= 2099 &&
      c.end - c.numStart === 4;
    if (isYearLike && !(qualifier !== "exact" || (countsSomething(after) && !PREPOSITION_BEFORE.test(before))))
      continue;
    if (c.words && !explicitUnit && !countsSomething(after) && !(qualifier !== "exact" && c.raw >= 10)) continue;
    // "One, it is…" / "the one who": a bare "one" or "a" counts nothing unless a noun says so.
    if (c.words && c.raw <= 1 && !explicitUnit && !countsSomething(after)) continue;

    // 4. Attribute.
    const sentence = narrow(text, spanAt(sentences, c.start) ?? { start: c.start, end: c.end }, c);
    const line = lineAt(c.start) ?? sentence;
    const table = line.end - line.start <= MAX_SENTENCE ? tableContext(text, line, c.start, lineAt) : null;
    // "Afghanistan (22.2 per 1,000), Pakistan (16.8)": a bare number in parentheses after a
    // place is the next item of a list, in the unit of the item before it.
    const near = text.slice(Math.max(from, c.start - 3), c.start);
    const parenAt = near.includes("(") ? c.start - near.length + near.lastIndexOf("(") : -1;
    const parenOwner =
      parenAt >= from && /^\(\s*$/.test(text.slice(parenAt, c.start))
        ? places[bisectRight(places, parenAt, (p) => p.start) - 1]
        : undefined;
    const listOwner =
      parenOwner && parenOwner.end <= parenAt && /^\s*$/.test(text.slice(parenOwner.end, parenAt)) ? parenOwner : null;
    let unit = c.unit;
    if (unit === null && c.scale === null && listOwner && /^\s*\)/.test(after)) {
      const before = figures.at(-1);
      if (before && before.start >= sentence.start) unit = before.unit;
    }
    let value = c.value;
    let valueHigh = c.value_high;
    if (unit === null) {
      const rate = RATE_AFTER.exec(after);
      if (rate && !/\d/.test(after.slice(0, rate.index! + rate[0].length - rate[1].length))) {
        unit = /100,000|100000|hundred thousand/i.test(rate[1]) ? "per_100000" : "per_1000";
      }
    }
    if (unit === null) {
      const peopleContext = table ? ` ${table.label}` : after;
      const clauseBefore = text.slice(Math.max(sentence.start, c.start - 160), c.start);
      // People when the words after say so ("650 laborers"), or the clause before announces
      // people ("the number of victims was 2,446", "largest numbers of people: China (3.24mn)").
      let previous: ExtractedFigure | undefined;
      for (let k = figures.length - 1; k >= 0 && figures[k].start >= sentence.start; k--) {
        if (figures[k].unit === "persons" || figures[k].unit === "count") {
          previous = figures[k];
          break;
        }
      }
      if (!table && (countsThings(after) || thingsBefore(clauseBefore))) unit = "count";
      else if (countsPeople(peopleContext) || PEOPLE_BEFORE.test(clauseBefore) || PEOPLE_THEN.test(clauseBefore))
        unit = "persons";
      // A figure with no noun of its own ("prosecuting 1,107, and convicting 387 in 2022",
      // "4,036 suspects (1,921 for sex trafficking …)") counts what the sentence's previous figure counted.
      else if (!table && ELLIPTIC.test(after) && previous) unit = previous.unit;
      else unit = "count";
    }

    // Country and region: a figure in parentheses right after a place belongs to it
    // ("Pakistan (2.06mn)"); a table row's label names its place; otherwise the nearest
    // mention in the sentence wins, a mention after the figure counting three times its
    // distance (reports name the subject first); otherwise the latest mention earlier in the
    // paragraph; otherwise none.
    let place: { country: string | null; region: string | null } | null = null;
    if (listOwner) place = listOwner;
    if (!place && table?.label) {
      const inLabel = findPlaces(table.label)[0];
      if (inLabel) place = inLabel;
      else if (WORLD_REGIONS.test(table.label)) place = { country: null, region: table.label };
    }
    const sentenceText = text.slice(sentence.start, sentence.end);
    const global = !table && GLOBAL.test(sentenceText);
    if (!place) {
      // The figure's clause first (", and …", "; …" start a new one), then its sentence; a
      // clause or sentence about the whole world names no country.
      const clause = clauseAround(text, sentence, c.start, c.end);
      place =
        nearestPlace(text, places, clause, c) ??
        (GLOBAL.test(text.slice(clause.start, clause.end)) ? { country: null, region: null } : null) ??
        nearestPlace(text, places, sentence, c) ??
        (global ? { country: null, region: null } : null);
    }
    if (!place) {
      const paragraph = spanAt(paragraphs, c.start);
      const priorIndex = bisectRight(places, sentence.start, (p) => p.start) - 1;
      const prior = places[priorIndex];
      if (prior && paragraph && prior.start >= paragraph.start) {
        // If the sentence that named it names several regions, the figure's region is unknown.
        const named = spanAt(sentences, prior.start);
        const regions = new Set(
          places
            .slice(
              bisectRight(places, (named?.start ?? prior.start) - 1, (p) => p.start),
              priorIndex + 1,
            )
            .filter((p) => p.country === prior.country)
            .map((p) => p.region),
        );
        place = regions.size > 1 ? { country: prior.country, region: null } : prior;
      }
    }
    // Last, the country the document names most (a TIP chapter says "the government" throughout).
    if (!place && mainCountry) place = { country: mainCountry, region: null };

    // Year: the column's year in a table, else the year in the sentence nearest the figure,
    // else the document's date.
    let year: number | null = table?.columnYear ?? null;
    if (year === null) {
      let bestDistance = Infinity;
      const first = bisectRight(years, sentence.start - 1, (y) => y.start);
      for (let i = first; i < years.length && years[i].start < sentence.end; i++) {
        const y = years[i];
        if (y.start >= c.numStart && y.end <= c.end) continue;
        // As for places, a year after the figure counts three times its distance.
        const distance = y.end <= c.start ? c.start - y.end : 3 * (y.start - c.end);
        if (distance < bestDistance) {
          year = y.year;
          bestDistance = distance;
        }
      }
    }
    year ??= docYear;

    const metricContext = table?.label ? table.label : sentenceText;
    const metricAt = table?.label ? table.label.length : c.start - sentence.start;
    // A table row labelled by place ("Europe | 1,998 | 801") takes its metric from the column heading.
    const metric =
      guessMetric(metricContext, metricAt, unit, table ? "" : after) ??
      (table?.columnLabel ? guessMetric(table.columnLabel, 0, unit) : null);
    figures.push({
      value,
      value_high: valueHigh,
      unit,
      qualifier,
      metric,
      country: place?.country ?? null,
      region: place?.region ?? null,
      year,
      quote: text.slice(sentence.start, sentence.end),
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
    });
  }
  return figures;
}
