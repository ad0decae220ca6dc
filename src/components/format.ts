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

// ---------------------------------------------------------------------------------------------
// Years, labels, counts: one formatting layer for every tooltip, detail panel, table and axis.
// Observable Inputs and Plot's tooltips format any number as a quantity ("2,017"); a year is a
// name, not a quantity, so every place that shows one goes through these helpers.

/** A year (or edition, fiscal year) as written: "2017", never "2,017"; blank when missing. */
export function formatYear(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (value instanceof Date) return String(value.getUTCFullYear());
  return String(value);
}

/** Column or channel names that hold years: year, Year, fiscal_year, tip_report_year, edition, old_edition. */
export function isYearKey(name: string): boolean {
  return /(^|[_\s])(year|edition)s?($|[_\s])/i.test(name) || /^(year|edition)s?\b/i.test(name);
}

/** Observable Inputs table `format` for every year-like column among `columns`. */
export function yearFormats(columns: Iterable<string>): Record<string, (v: unknown) => string> {
  const out: Record<string, (v: unknown) => string> = {};
  for (const c of columns) if (isYearKey(c)) out[c] = formatYear;
  return out;
}

/**
 * Plot tip options with years written as years: every channel whose name is year-like gets
 * formatYear, unless the caller formats it already; `yearChannels` names others (e.g. "x").
 */
export function yearTip<T extends { channels?: Record<string, unknown>; format?: Record<string, unknown> }>(
  tip: T,
  yearChannels: string[] = [],
): T & { format: Record<string, unknown> } {
  const format: Record<string, unknown> = { ...(tip.format ?? {}) };
  for (const key of [...Object.keys(tip.channels ?? {}), ...yearChannels])
    if ((isYearKey(key) || yearChannels.includes(key)) && !(key in format)) format[key] = formatYear;
  return { ...tip, format };
}

/** "1 row", "2 rows", "1,204 rows": a count with its noun, pluralised (`many` when irregular). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** The same in running prose, where "0 figures" reads as a slip: "no figures", "1 figure". */
export function countPhrase(n: number, one: string, many = `${one}s`): string {
  return n === 0 ? `no ${many}` : plural(n, one, many);
}

/** A sentence ending in exactly one full stop, whatever the text it was built from ended with. */
export function sentence(text: string): string {
  const t = text.trimEnd();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * A count on an axis: "0", "500", "2k", "1.5M". Zero is written "0": an SI format applied to a
 * whole tick set writes it "0k" or "0M", as if nothing were a unit of thousands.
 */
export function axisCount(v: number): string {
  if (v === 0) return "0";
  const abs = Math.abs(v);
  const [div, suffix] = abs >= 1e9 ? [1e9, "B"] : abs >= 1e6 ? [1e6, "M"] : abs >= 1e3 ? [1e3, "k"] : [1, ""];
  return `${Number((v / div).toPrecision(3)).toLocaleString("en-US")}${suffix}`;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Ticks for a time axis in years: integers only (no "2017.5" drawn as a second "2017"), each
 * year once, thinned to the room there is (`spacing` px per label). Steps of 2, 5, 10… start
 * on a round year so the labels read 2005, 2010, 2015.
 */
export function yearTicks(from: number, to: number, width: number, spacing = 44): number[] {
  const lo = Math.ceil(Math.min(from, to));
  const hi = Math.floor(Math.max(from, to));
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return [];
  const room = Math.max(2, Math.floor(width / spacing));
  const step = YEAR_STEPS.find((s) => Math.floor((hi - lo) / s) + 1 <= room) ?? YEAR_STEPS.at(-1)!;
  const ticks: number[] = [];
  for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) ticks.push(y);
  // A short span with a large step can leave no round year inside it: then the two ends.
  return ticks.length ? ticks : lo === hi ? [lo] : [lo, hi];
}

/** Plot axis options for a numeric year scale: integer ticks, written without separators. */
export function yearAxis(from: number, to: number, width: number, spacing?: number) {
  return { ticks: yearTicks(from, to, width, spacing), tickFormat: formatYear };
}

/** The same for a time (utc) scale: ticks on 1 January of whole years. */
export function yearDateAxis(from: Date, to: Date, width: number, spacing?: number) {
  const ticks = yearTicks(from.getUTCFullYear(), to.getUTCFullYear(), width, spacing)
    .map((y) => new Date(Date.UTC(y, 0, 1)))
    .filter((d) => d >= from && d <= to);
  return { ticks, tickFormat: formatYear };
}

// ---------------------------------------------------------------------------------------------
// Finding a country by what a reader types.

/** Text as search compares it: accents, case, curly quotes and extra spaces ignored ("Côte" = "cote"). */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLocaleLowerCase("en-US")
    .replace(/\s+/g, " ")
    .trim();
}

/** A country as the search sees it: its name, code and the other names readers use. */
export interface SearchableCountry {
  code: string;
  name: string;
  aliases?: readonly string[];
}

/**
 * Does `query` find the country? A part of its name or of one of its aliases, accents and case
 * ignored, or its code typed whole ("pak").
 */
export function matchesCountry(country: SearchableCountry, query: string): boolean {
  const q = searchKey(query);
  if (!q) return true;
  if (searchKey(country.code) === q) return true;
  return [country.name, ...(country.aliases ?? [])].some((n) => searchKey(n).includes(q));
}
