// Filters live in the URL query string, so that a link reproduces the view.
// bindToUrl(input, "countries") reads ?countries=… into the input once, then writes the
// input's value back on every change (replaceState: no history entry per click).

export interface Codec<T> {
  parse(text: string): T | undefined;
  format(value: T): string | null;
}

export const listCodec: Codec<string[]> = {
  parse: (text) =>
    text
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  format: (value) => (value.length ? value.join(",") : null),
};

export const textCodec: Codec<string> = {
  parse: (text) => text,
  format: (value) => value || null,
};

export const numberCodec: Codec<number> = {
  parse: (text) => (Number.isFinite(Number(text)) ? Number(text) : undefined),
  format: (value) => String(value),
};

/** Read `key` from the page URL, if present and valid. */
export function fromUrl<T>(key: string, codec: Codec<T>): T | undefined {
  const text = new URLSearchParams(location.search).get(key);
  return text === null ? undefined : codec.parse(text);
}

/** Keep `input.value` and `?key=` in step; returns the input. */
export function bindToUrl<T, E extends HTMLElement & { value: T }>(input: E, key: string, codec: Codec<T>): E {
  input.addEventListener("input", () => {
    const params = new URLSearchParams(location.search);
    const text = codec.format(input.value);
    if (text === null) params.delete(key);
    else params.set(key, text);
    const query = params.toString();
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  });
  return input;
}

// Choices read from the URL are checked against their vocabulary (issue 27, item 11). A link is
// text anyone can write: looking it up as a key of an object (`BREAKDOWNS[param]`, `param in obj`)
// finds "toString", "constructor" or "__proto__" on every object, and a value outside the input's
// options leaves the input without a value ("GSI null"). The vocabulary is compared as text, so
// nothing inherited can match, and what was not used is said on the page, not dropped silently.

/** A value read from the URL, checked against its vocabulary. */
export interface UrlChoice<T> {
  value: T;
  /** Why the URL's value was not (entirely) used, for the reader; null when it was used or absent. */
  notice: string | null;
}

const shown = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * `asked` (the URL's text, or null/undefined when absent) matched against `vocabulary`, each
 * entry written as `format` writes it in the URL; `fallback` when absent or unknown.
 */
export function chooseFrom<T>(
  asked: string | null | undefined,
  vocabulary: readonly T[],
  fallback: T,
  { key, format = String }: { key: string; format?: (value: T) => string },
): UrlChoice<T> {
  if (asked === null || asked === undefined) return { value: fallback, notice: null };
  const match = vocabulary.find((v) => format(v) === asked);
  if (match !== undefined) return { value: match, notice: null };
  return {
    value: fallback,
    notice:
      `The link asks for ${key}=${shown(asked)}, which is not one of ${vocabulary.map(format).join(", ")}: ` +
      `showing ${format(fallback)}.`,
  };
}

/** A comma-separated list from the URL: the known entries kept in the URL's order, the others named. */
export function chooseManyFrom<T>(
  asked: string | null | undefined,
  vocabulary: readonly T[],
  fallback: T[],
  { key, format = String }: { key: string; format?: (value: T) => string },
): UrlChoice<T[]> {
  if (asked === null || asked === undefined) return { value: fallback, notice: null };
  const entries = listCodec.parse(asked) ?? [];
  const known: T[] = [];
  const unknown: string[] = [];
  for (const entry of entries) {
    const match = vocabulary.find((v) => format(v) === entry);
    if (match === undefined) unknown.push(entry);
    else if (!known.includes(match)) known.push(match);
  }
  if (!unknown.length) return { value: known, notice: null };
  const value = known.length ? known : fallback;
  return {
    value,
    notice:
      `The link asks for ${key}=${unknown.map(shown).join(", ")}, not among ${vocabulary.map(format).join(", ")}: ` +
      `showing ${value.length ? value.map(format).join(", ") : "none"}.`,
  };
}

/** `?key=` of the page URL, checked against `vocabulary`. */
export function fromUrlChoice<T>(
  key: string,
  vocabulary: readonly T[],
  fallback: T,
  format?: (value: T) => string,
): UrlChoice<T> {
  return chooseFrom(new URLSearchParams(location.search).get(key), vocabulary, fallback, { key, format });
}

/** `?key=a,b` of the page URL, each entry checked against `vocabulary`. */
export function fromUrlChoices<T>(
  key: string,
  vocabulary: readonly T[],
  fallback: T[],
  format?: (value: T) => string,
): UrlChoice<T[]> {
  return chooseManyFrom(new URLSearchParams(location.search).get(key), vocabulary, fallback, { key, format });
}

/** The notice of one or more choices, shown beside their inputs; an empty text node when there is none. */
export function UrlNotice(...choices: UrlChoice<unknown>[]): Node {
  const notices = choices.map((c) => c.notice).filter((n): n is string => n !== null);
  if (!notices.length) return document.createTextNode("");
  const p = document.createElement("p");
  p.className = "url-notice";
  p.setAttribute("role", "status");
  p.textContent = notices.join(" ");
  return p;
}
