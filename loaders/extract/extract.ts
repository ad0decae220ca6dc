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
import { findPlaces, type PlaceMention } from "./places.ts";
import {
  joinRanges,
  maskMap,
  maskedAs,
  MAX_EXACT,
  notAQuantity,
  numberText,
  readNumbers,
  type NumberToken,
} from "../numbers.ts";
import {
  actorBefore,
  chapterAt,
  chapters,
  comparisonPart,
  isPenalty,
  isSinceYear,
  mentionsPrevious,
  narrativeMetric,
  openingYear,
} from "./narrative.ts";
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
  /** The reporting period (April of the year before to March) when the year is a TIP report's, else null. */
  period_start: string | null;
  period_end: string | null;
  /** The rules that chose the metric, country and year, for the reviewer. */
  reason: string;
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
  /** Propose legal penalties (fines, prison terms a law prescribes) as `legal_penalty` figures. */
  penalties?: boolean;
}

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
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|versus|up\s+from|down\s+from|from)\s*$/i;
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
  // A window edge inside a number or word ("…45 people" cut from "1,245 people") would give the
  // quote a number the source does not write, which the ledger refuses: start and end between words.
  const inside = (i: number) => /[\p{L}\p{N},.]/u.test(text[i - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[i] ?? "");
  if (start > s.start && inside(start)) while (start < c.start && !/\s/.test(text[start])) start++;
  if (end < s.end && inside(end)) while (end > c.end && !/\s/.test(text[end - 1])) end--;
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

  // 1. Masks, as a map over the body; 2. numbers as written, then ranges joined.
  const masked = maskMap(text, from);
  const isMasked = (t: NumberToken) => maskedAs(masked, from, t.numStart, t.numEnd) !== null;
  const candidates = joinRanges(text, from, readNumbers(text, from), isMasked);

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
  const lineIndex = (pos: number) => bisectRight(lines, pos, (l) => l.start);
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
  const chapterList = chapters(text, from, places);
  // The year a sentence opening "In 2020," sets, carried to the following sentences of its line
  // (narrative paragraphs are lines), one forward pass.
  const openingYears: (number | null)[] = [];
  for (const [i, sn] of sentences.entries()) {
    const own = openingYear(text.slice(sn.start, Math.min(sn.end, sn.start + 40)));
    const sameLine = i > 0 && lineIndex(sentences[i - 1].start) === lineIndex(sn.start);
    openingYears.push(own ?? (sameLine ? openingYears[i - 1] : null));
  }
  const docYear =
    options.documentDate && /^\d{4}/.test(options.documentDate) ? Number(options.documentDate.slice(0, 4)) : null;

  const figures: ExtractedFigure[] = [];
  const globalSentence = new Map<number, boolean>();
  for (const c of candidates) {
    // 3. Keep the figures.
    if (c.ordinal || isMasked(c) || notAQuantity(text, from, c) !== null) continue;
    // A number a double cannot hold as written (beyond 2^53, or 20 significant digits) could not
    // be stored in the ledger as the text has it.
    if (numberText(c.value) !== c.exact || (c.exactHigh !== null && numberText(c.value_high!) !== c.exactHigh))
      continue;
    if (Math.abs(c.value_high ?? c.value) > MAX_EXACT) continue;
    const after = text.slice(c.end, Math.min(to, c.end + 80));
    const before = text.slice(Math.max(from, c.start - 40), c.start);
    const explicitUnit = c.unit !== null || c.scale !== null;
    const qualifier = c.range ? "range" : qualifierBefore(before);
    // "compared with four in the previous reporting period": the comparison names the count.
    const compared = c.words && COMPARED_BEFORE.test(before) && /^\s+(?:in|during|the|a|for|last)\b/i.test(after);
    if (c.words && !explicitUnit && !countsSomething(after) && !compared && !(qualifier !== "exact" && c.raw >= 10))
      continue;
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
    let countryRule = "";
    if (listOwner) [place, countryRule] = [listOwner, "the place the parenthesised figure follows"];
    if (!place && table?.label) {
      const inLabel = findPlaces(table.label)[0];
      if (inLabel) [place, countryRule] = [inLabel, "the table row's label"];
      else if (WORLD_REGIONS.test(table.label))
        [place, countryRule] = [{ country: null, region: table.label }, "a world region in the row's label"];
    }
    const sentenceText = text.slice(sentence.start, sentence.end);
    const chapter = chapterList.length ? chapterAt(chapterList, c.start) : null;
    // A sentence naming no world word needs no clause test (most sentences, tested once each).
    const sentenceGlobal = globalSentence.get(sentence.start) ?? GLOBAL.test(sentenceText);
    globalSentence.set(sentence.start, sentenceGlobal);
    const global = !table && sentenceGlobal;
    // In a country chapter, the chapter's country, unless another country acted in the sentence
    // ("Indian police reported rescuing …"); victims' nationalities do not move a figure.
    const figureClause = clauseAround(text, sentence, c.start, c.end);
    const clauseGlobal = sentenceGlobal && GLOBAL.test(text.slice(figureClause.start, figureClause.end));
    const worldwide = !table && (global || clauseGlobal);
    if (!place && chapter?.country && !worldwide) {
      const actor = actorBefore(text, places, sentence, c.start);
      if (actor) [place, countryRule] = [actor, `the actor "${text.slice(actor.start, actor.end)}" in the sentence`];
      else {
        const named = nearestPlace(text, places, sentence, c);
        const region = named?.country === chapter.country ? named.region : null;
        [place, countryRule] = [{ country: chapter.country, region }, `the chapter (${chapter.rule})`];
      }
    }
    if (!place) {
      // The figure's clause first (", and …", "; …" start a new one), then its sentence; a
      // clause or sentence about the whole world names no country.
      const clause = figureClause;
      const inClause = nearestPlace(text, places, clause, c);
      const inSentence = inClause ?? nearestPlace(text, places, sentence, c);
      if (inClause) [place, countryRule] = [inClause, "the nearest place in the clause"];
      else if (clauseGlobal) [place, countryRule] = [{ country: null, region: null }, "a worldwide clause"];
      else if (inSentence) [place, countryRule] = [inSentence, "the nearest place in the sentence"];
      else if (global) [place, countryRule] = [{ country: null, region: null }, "a worldwide sentence"];
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
        countryRule = "the latest place named earlier in the paragraph";
      }
    }
    // Last, the country the document names most (a TIP chapter says "the government" throughout).
    if (!place && mainCountry)
      [place, countryRule] = [{ country: mainCountry, region: null }, "the country the document names most"];

    // Year: the column's year in a table; else the year nearest the figure in its part of the
    // sentence (before or after "compared with"), not a "since 1980"; "the previous reporting
    // period" after "compared with" is the year before; else the year a sentence opening "In
    // 2020," set for the paragraph; else the report year (chapter header or document date).
    const reportYear = chapter?.reportYear ?? docYear;
    let year: number | null = table?.columnYear ?? null;
    let yearRule = year !== null ? "the table column's year" : "";
    const { part, comparison } = comparisonPart(text, sentence, c.start);
    const nearestYear = (span: Span) => {
      let found: number | null = null;
      let bestDistance = Infinity;
      const first = bisectRight(years, span.start - 1, (y) => y.start);
      for (let i = first; i < years.length && years[i].start < span.end; i++) {
        const y = years[i];
        if (y.start >= c.numStart && y.end <= c.end) continue;
        if (chapter && isSinceYear(text, y.start)) continue;
        // As for places, a year after the figure counts three times its distance.
        const distance = y.end <= c.start ? c.start - y.end : 3 * (y.start - c.end);
        if (distance < bestDistance) {
          found = y.year;
          bestDistance = distance;
        }
      }
      return found;
    };
    const paragraphYear = () => {
      const i = bisectRight(sentences, c.start, (x) => x.start) - 1;
      return i >= 0 ? openingYears[i] : null;
    };
    if (year === null) {
      year = nearestYear(part);
      if (year !== null)
        yearRule = comparison ? "the year named after the comparison" : "the year nearest in the sentence";
    }
    if (year === null && comparison && mentionsPrevious(text.slice(part.start, part.end))) {
      const current = nearestYear({ start: sentence.start, end: part.start }) ?? paragraphYear() ?? reportYear;
      if (current !== null) [year, yearRule] = [current - 1, '"the previous reporting period": the year before'];
    }
    if (year === null) {
      year = paragraphYear();
      if (year !== null) yearRule = "the year a sentence of the paragraph opens with";
    }
    if (year === null && reportYear !== null) {
      year = reportYear;
      yearRule = chapter?.reportYear ? "the report year in the chapter header" : "the document's date";
    }
    // In a TIP chapter, a figure with no year of its own is of the reporting period.
    const periodOfReport = chapter !== null && year === reportYear && /report year|document's date/.test(yearRule);

    // Metric: the sentence read as a narrative sentence (noun counted, governing verb, rate), else
    // the vocabulary's keywords.
    const clause = figureClause;
    const clauseBefore = text.slice(Math.max(clause.start, c.start - 200), c.start);
    const penalty = isPenalty(text.slice(clause.start, clause.end), before, after, unit);
    if (penalty && !options.penalties) continue;
    let metric: Metric | null = null;
    let metricRule = "";
    if (penalty) [metric, metricRule] = ["legal_penalty", "a penalty clause"];
    const previousFigure = figures.at(-1)?.start ?? -1;
    const previous = previousFigure >= sentence.start ? figures.at(-1)!.metric : null;
    // In a TIP chapter the sentence is read first; elsewhere the vocabulary's keywords come first.
    const narrative = () => {
      const reading = !table ? narrativeMetric(clauseBefore, after, unit, previous) : null;
      if (reading?.metric) [metric, metricRule] = [reading.metric, reading.rule];
    };
    if (chapter && metric === null) narrative();
    if (metric === null) {
      const metricContext = table?.label ? table.label : sentenceText;
      const metricAt = table?.label ? table.label.length : c.start - sentence.start;
      // A table row labelled by place ("Europe | 1,998 | 801") takes its metric from the column heading.
      metric =
        guessMetric(metricContext, metricAt, unit, table ? "" : after) ??
        (table?.columnLabel ? guessMetric(table.columnLabel, 0, unit) : null);
      if (metric) metricRule = "the vocabulary's keyword nearest in the sentence";
    }
    if (metric === null) narrative();
    const why = (rule: string) => rule || "none found";
    figures.push({
      value,
      value_high: valueHigh,
      unit,
      qualifier,
      metric,
      country: place?.country ?? null,
      region: place?.region ?? null,
      year,
      period_start: periodOfReport && year !== null ? `${year - 1}-04` : null,
      period_end: periodOfReport && year !== null ? `${year}-03` : null,
      reason: `metric: ${why(metricRule)}; country: ${why(countryRule)}; year: ${why(yearRule)}`,
      quote: text.slice(sentence.start, sentence.end),
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
    });
  }
  return figures;
}
