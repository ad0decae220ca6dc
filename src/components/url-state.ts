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
