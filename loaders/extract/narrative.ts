// Reading TIP-Report-style country narratives: the chapter a figure sits in (its country and
// report year), the year its clause speaks of, what its number counts (the noun after it, the
// verb governing it, "rate"/"percent of"), and penalty clauses that are law, not statistics.
// Every decision returns the rule that made it, so a reviewer can see why.
import countries from "i18n-iso-countries";
import type { Metric } from "../schema.ts";
import { findPlaces, type PlaceMention } from "./places.ts";
import type { Span } from "./sentences.ts";

// ---------------------------------------------------------------------------------------------
// Chapters

export interface Chapter {
  /** Where the chapter starts (its header line), or the start of the text for the part before any header. */
  start: number;
  country: string | null;
  /** The report year a "2019 Trafficking in Persons Report: X" header names, else null. */
  reportYear: number | null;
  /** What set the country: "header …", or "most-named country before the first header". */
  rule: string;
}

// "BHUTAN: Tier 2", "MALDIVES (Tier 2 Watch List)", "2019 Trafficking in Persons Report: Bhutan"
const TIER_HEADER =
  /^[ \t#*]*([A-Z][A-Z .,'’()&-]*?[A-Z)])\s*(?::\s*Tier\s+(?:1|2|3|2\s+Watch\s+List|Special\s+Case)|\(\s*Tier\s+[^)\n]{1,20}\))[ \t*]*$/gmu;
const REPORT_HEADER =
  /^[ \t#*]*((?:19|20)\d{2})\s+Trafficking\s+in\s+Persons\s+Report\s*[:–—-]\s*([^\n]{2,60}?)[ \t*]*$/gimu;

// Headers repeat across a file of chapters, and the package's name look-up scans every name.
const COUNTRY_OF_NAME = new Map<string, string | null>();
function countryOfName(name: string): string | null {
  let code = COUNTRY_OF_NAME.get(name);
  if (code === undefined) {
    code = lookUpCountry(name);
    COUNTRY_OF_NAME.set(name, code);
  }
  return code;
}

function lookUpCountry(name: string): string | null {
  const title = name
    .trim()
    .toLowerCase()
    .replace(/(^|[\s(-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/\b(Of|The|And)\b/g, (w) => w.toLowerCase());
  return countries.getAlpha3Code(title, "en") ?? findPlaces(title)[0]?.country ?? null;
}

/** The chapters of a document, in order; the first starts at `from`. */
export function chapters(text: string, from: number, places: PlaceMention[]): Chapter[] {
  const headers: Chapter[] = [];
  const head = text.slice(from);
  for (const m of head.matchAll(REPORT_HEADER)) {
    const country = countryOfName(m[2]);
    if (country)
      headers.push({ start: from + m.index!, country, reportYear: Number(m[1]), rule: `header "${m[0].trim()}"` });
  }
  for (const m of head.matchAll(TIER_HEADER)) {
    const country = countryOfName(m[1]);
    if (country) headers.push({ start: from + m.index!, country, reportYear: null, rule: `header "${m[0].trim()}"` });
  }
  headers.sort((a, b) => a.start - b.start);
  // A report header followed by its tier header is one chapter.
  const merged: Chapter[] = [];
  for (const h of headers) {
    const last = merged.at(-1);
    if (last && last.country === h.country && h.start - last.start < 200) {
      last.reportYear ??= h.reportYear;
      continue;
    }
    merged.push({ ...h });
  }
  if (!merged.length) return [];
  // Text before the first header: the end of another country's chapter, when it names one.
  const out: Chapter[] = [];
  if (merged[0].start > from) {
    const counts = new Map<string, number>();
    for (const p of places) if (p.start < merged[0].start) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    out.push({
      start: from,
      country: top?.[0] ?? null,
      reportYear: null,
      rule: top ? "most-named country before the first chapter header" : "before the first chapter header",
    });
  }
  return [...out, ...merged];
}

/** The chapter holding `pos` (binary search: documents can hold hundreds of chapters). */
export function chapterAt(list: Chapter[], pos: number): Chapter | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : null;
}

// ---------------------------------------------------------------------------------------------
// Country: who acted

const ACTOR_AFTER =
  /^\s+(?:(?:federal|provincial|state|local|diplomatic|consular|immigration|labou?r)\s+)?(?:police|authorities|government|officials|courts?|judges|prosecutors|missions?|embassy|embassies|law enforcement|officers)\b/i;
const ACTOR_BEFORE = /\b(?:authorities|police|government|courts?|officials|Government)\s+(?:in|of)\s+(?:the\s+)?$/i;
const ACTOR_VERB =
  /^\s+(?:reported\s+)?(?:repatriated|identified|convicted|prosecuted|investigated|arrested|rescued|deported|sheltered|referred|returned)\b/i;

/**
 * In a chapter, the country that acted in the figure's sentence when it is not the chapter's own:
 * "Indian police reported rescuing 4,120", "authorities in Malaysia convicted 14", "Bangladesh
 * repatriated 18". Victims' nationalities ("nine Indian nationals") do not move a figure.
 */
export function actorBefore(text: string, places: PlaceMention[], sentence: Span, at: number): PlaceMention | null {
  let best: PlaceMention | null = null;
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < places.length; i++) {
    const p = places[i];
    if (p.start >= at) break;
    const after = text.slice(p.end, p.end + 40);
    const before = text.slice(Math.max(sentence.start, p.start - 30), p.start);
    if (ACTOR_AFTER.test(after) || ACTOR_BEFORE.test(before) || ACTOR_VERB.test(after)) best = p;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Year

const COMPARISON =
  /\b(?:compared\s+(?:with|to)|versus|vs\.?|(?:an?\s+)?(?:increase|decrease|rise|drop|decline)\s+from|up\s+from|down\s+from)\b/gi;
const PREVIOUS =
  /\b(?:(?:the\s+)?previous\s+(?:reporting\s+period|year)|(?:the\s+)?prior\s+(?:reporting\s+period|year)|the\s+year\s+before)\b/i;
const OPENING_YEAR = /^\s*(?:In|During|Throughout|By the end of|In calendar year|In fiscal year)\s+((?:19|20)\d{2})\b/;

/** The part of the sentence the figure is in: before or after "compared with", "up from". */
export function comparisonPart(text: string, sentence: Span, at: number): { part: Span; comparison: boolean } {
  const s = text.slice(sentence.start, sentence.end);
  let cut = -1;
  COMPARISON.lastIndex = 0;
  for (const m of s.matchAll(COMPARISON)) {
    if (sentence.start + m.index! < at) cut = sentence.start + m.index!;
    else if (cut < 0) return { part: { start: sentence.start, end: sentence.start + m.index! }, comparison: false };
  }
  return cut < 0
    ? { part: sentence, comparison: false }
    : { part: { start: cut, end: sentence.end }, comparison: true };
}

export const mentionsPrevious = (s: string) => PREVIOUS.test(s);

/** The year a sentence opening "In 2020, …" sets for its paragraph. */
export function openingYear(sentence: string): number | null {
  const m = OPENING_YEAR.exec(sentence);
  return m ? Number(m[1]) : null;
}

/** A year that starts a cumulative count ("since 1980") is not the figure's year. */
export const isSinceYear = (text: string, yearStart: number) =>
  /\bsince\s+(?:at least\s+)?$/i.test(text.slice(Math.max(0, yearStart - 16), yearStart));

// ---------------------------------------------------------------------------------------------
// Metric: what the number counts

export interface MetricReading {
  metric: Metric | null;
  rule: string;
}

// Words that end a noun phrase: "referred 210 to government shelters" does not count shelters.
export const NOT_MODIFIER = String.raw`to|in|into|from|for|by|with|at|on|of|and|or|among|including|under|across`;
// Nouns a count is of, right after it (up to two modifiers: "seven government-funded shelters").
const COVERAGE = String.raw`shelters|centers|centres|task\s+forces|circles|units|committees|districts|provinces|counties|states|regions|offices|desks|courts`;
const NOUNS: [RegExp, Metric][] = [
  [
    /^\s+(?:(?:new|more|additional|trafficking|criminal|separate)\s+){0,2}investigations?\s+(?:of|into|against)\s+(?:\w+\s+){0,2}?(?:complicit\s+)?(?:officials|officers)\b/i,
    "complicit_official_investigations",
  ],
  [
    /^\s+(?:(?:new|more|additional|trafficking|criminal|separate)\s+){0,2}prosecutions?\s+(?:of|against)\s+(?:\w+\s+){0,2}?(?:complicit\s+)?(?:officials|officers)\b/i,
    "complicit_official_prosecutions",
  ],
  [
    /^\s+(?:(?:new|more|additional|trafficking|criminal|separate)\s+){0,2}convictions?\s+of\s+(?:\w+\s+){0,2}?(?:complicit\s+)?(?:officials|officers)\b/i,
    "complicit_official_convictions",
  ],
  [
    /^\s+(?:(?:new|more|additional|trafficking|criminal|separate|potential)\s+){0,2}investigations?\b/i,
    "investigations",
  ],
  [/^\s+(?:(?:new|more|additional|trafficking|criminal|separate)\s+){0,2}prosecutions?\b/i, "prosecutions"],
  [/^\s+(?:(?:new|more|additional|trafficking|criminal|separate)\s+){0,2}convictions?\b/i, "convictions"],
  [/^\s+(?:(?:new|more|additional)\s+){0,2}acquittals?\b/i, "acquittals"],
  [/^\s+(?:(?:new|more|additional)\s+){0,2}arrests?\b/i, "arrests"],
  [/^\s+life\s+(?:sentences?|imprisonment)\b/i, "life_sentences"],
  [/^\s+(?:victims?|persons|people|survivors)\s+(?:were\s+)?identified\b/i, "victims_identified"],
  [/^\s+(?:victims?|persons|people|survivors)\s+(?:were\s+)?referred\b/i, "victims_referred"],
  [/^\s+(?:victims?|persons|people|survivors)\s+(?:were\s+)?repatriated\b/i, "victims_repatriated"],
  [/^\s+(?:victims?|persons|people|survivors)\s+(?:were\s+)?(?:sheltered|accommodated|housed)\b/i, "victims_sheltered"],
  [/^\s+(?:(?:new|more|registered|reported|trafficking|criminal)\s+){0,2}(?:complaints?)\b/i, "complaints_received"],
  [/^\s+(?:[\w-]+\s+){0,2}(?:housing units?|houses)\b/i, "housing_units_built"],
  [
    new RegExp(
      String.raw`^\s+(?:(?:of\s+(?:the|its)\s+(?:country['’]s\s+)?(?:\w+\s+)?)|(?:(?!(?:${NOT_MODIFIER})\b)[\p{L}-]+\s+){0,2})(?:${COVERAGE})\b`,
      "iu",
    ),
    "coverage_count",
  ],
];

// Verbs governing a number ("convicting 23 people", "referred 215 to care"), nearest first.
const VERBS: [RegExp, Metric][] = [
  [/\binvestigat\w*|\bopened\b/i, "investigations"],
  [/\bprosecut\w*|\bindict\w*|\bcharg(?:ed|ing)\b/i, "prosecutions"],
  [/\bconvict(?:ed|ing|s)?\b/i, "convictions"],
  [/\bacquitt\w*/i, "acquittals"],
  [/\b(?:arrest\w*|apprehend\w*|detain\w*)/i, "arrests"],
  [/\bsentenc(?:ed|ing)\b/i, "prison_sentences"],
  [/\bidentif\w*/i, "victims_identified"],
  [/\breferr\w*/i, "victims_referred"],
  [/\b(?:shelter(?:ed|ing)|accommodat\w*|hous(?:ed|ing)|assist\w*)/i, "victims_sheltered"],
  [/\brepatriat\w*/i, "victims_repatriated"],
  [/\bremov\w*/i, "children_removed_from_work"],
  [/\b(?:rescu\w*|freed|liberated)/i, "people_rescued"],
  [/\b(?:prevent\w*|intercept\w*|stopped|barred|offloaded|denied)\b/i, "recruitment_prevented"],
  [/\bregister\w*/i, "cases_registered"],
];
const VERB_ANY = new RegExp(VERBS.map(([re]) => re.source).join("|"), "gi");

const OFFICIALS_AFTER =
  /^\s+(?:(?:police|government|border|immigration|military|local|senior|complicit|public|customs|labou?r|other)\s+){0,2}(?:officials?|officers?|policemen|employees|judges?|prosecutors?|guards)\b/i;
const COMPLICIT: Partial<Record<Metric, Metric>> = {
  investigations: "complicit_official_investigations",
  arrests: "complicit_official_investigations",
  prosecutions: "complicit_official_prosecutions",
  convictions: "complicit_official_convictions",
};

const PENALTY_CLAUSE = /\b(?:penalt(?:y|ies)|punishable|prescrib\w*|fines?\s+of|imprisonment|minimum\s+wage)\b/i;
const FINE_BEFORE = /\bfines?\s+(?:of\s+)?(?:up\s+to\s+|between\s+|from\s+)?(?:\S+\s+)?$/i;

/** Whether a figure is a legal penalty (a fine, a prison term) rather than a statistic. */
export function isPenalty(clause: string, before: string, after: string, unit: string | null): boolean {
  if (!PENALTY_CLAUSE.test(clause)) return false;
  return (
    (unit !== null && /^[A-Z]{3}$/.test(unit)) ||
    FINE_BEFORE.test(before) ||
    /^\s*times the minimum wage/i.test(after) ||
    /^\s+\w+\s*\(\s*\$/.test(after)
  );
}

/**
 * What a number in an enforcement or protection sentence counts. `clauseBefore` is the text of
 * its clause before it, `after` what follows it, `previous` the metric of the sentence's previous figure.
 */
export function narrativeMetric(
  clauseBefore: string,
  after: string,
  unit: string,
  previous: Metric | null,
): MetricReading | null {
  const tail = after.slice(0, 100);
  if (unit === "percent") {
    const near = clauseBefore.slice(-80);
    if (/\bacquittal\s+rate\b/i.test(near)) return { metric: "acquittal_rate", rule: 'rate: "acquittal rate"' };
    if (/\bconviction\s+rate\b/i.test(near)) return { metric: "conviction_rate", rule: 'rate: "conviction rate"' };
    if (/^\s+of\s+(?:all\s+)?(?:the\s+)?(?:trafficking\s+)?convictions\b/i.test(tail))
      return { metric: "share_of_convictions", rule: 'percent of: "percent of convictions"' };
    return null;
  }
  if (unit !== "count" && unit !== "persons") return null;
  // Life sentences, from the words after: "14 of them received life sentences".
  if (
    /^\s+of\s+(?:them|the\s+(?:\w+\s+)?(?:convicted|traffickers|defendants)(?:\s+traffickers)?)\s+(?:received|were\s+(?:given|sentenced\s+to))\s+life\b/i.test(
      tail,
    )
  )
    return { metric: "life_sentences", rule: 'noun after: "received life sentences"' };
  if (/\blife\s+(?:imprisonment|sentences?)\s+(?:was|were)\s+imposed\s+on\s*$/i.test(clauseBefore))
    return { metric: "life_sentences", rule: 'verb before: "life imprisonment was imposed on"' };
  if (
    /^\s+of\s+(?:them|the\s+(?:\w+\s+)?(?:convicted|traffickers|defendants)(?:\s+traffickers)?)\s+(?:received|were\s+(?:given|sentenced\s+to))\s+(?:prison\s+)?(?:sentences?|terms?|prison)\b/i.test(
      tail,
    )
  )
    return { metric: "prison_sentences", rule: 'noun after: "received sentences"' };
  // The verb nearest before the number in its clause.
  let verb: [Metric, string] | null = null;
  VERB_ANY.lastIndex = 0;
  let lastVerbAt = -1;
  for (const m of clauseBefore.matchAll(VERB_ANY)) lastVerbAt = m.index!;
  if (lastVerbAt >= 0) {
    const word = /^\S+/.exec(clauseBefore.slice(lastVerbAt))![0];
    const found = VERBS.find(([re]) => re.test(word));
    // Only a verb near the number governs it ("investigated 196 cases involving 276 suspects").
    if (found && clauseBefore.length - lastVerbAt < 120) verb = [found[1], word.replace(/[^\p{L}-]+$/u, "")];
  }
  // Officials inside an enforcement clause: "convicting 23 people, among them four police officers".
  if (OFFICIALS_AFTER.test(tail) && verb && COMPLICIT[verb[0]])
    return { metric: COMPLICIT[verb[0]]!, rule: `officials counted under the verb "${verb[1]}"` };
  for (const [re, metric] of NOUNS) {
    if (!re.test(tail)) continue;
    // "investigated 238 cases" is investigations; "registered 181 cases" is cases.
    return { metric, rule: `noun after: "${tail.match(re)![0].trim()}"` };
  }
  if (/^\s+(?:(?:new|more|registered|reported|trafficking|criminal|suspected)\s+){0,2}cases\b/i.test(tail)) {
    if (verb && verb[0] !== "cases_registered" && ["investigations", "prosecutions", "convictions"].includes(verb[0]))
      return { metric: verb[0], rule: `verb before: "${verb[1]}" … cases` };
    return { metric: "cases_registered", rule: 'noun after: "cases"' };
  }
  // "investigated seven officials for complicity and convicted two": the officials are understood.
  const elided = !/^\s+[\p{L}]/u.test(tail) || /^\s+(?:of\s+(?:them|whom|these)|in\s|to\s|from\s)/i.test(tail);
  if (verb && elided && previous && Object.values(COMPLICIT).includes(previous) && COMPLICIT[verb[0]])
    return {
      metric: COMPLICIT[verb[0]]!,
      rule: `verb before: "${verb[1]}", officials understood from the figure before`,
    };
  if (verb) return { metric: verb[0], rule: `verb before: "${verb[1]}"` };
  if (elided && previous) return { metric: previous, rule: "no noun or verb: the metric of the figure before" };
  return null;
}
