// Characters a reader cannot tell apart on screen (a no-break space from a space, a Cyrillic "А"
// from a Latin "A") are named by code point in messages, so that the problem they cause is visible.

const NAMES: Record<number, string> = {
  0x09: "tab",
  0x0a: "line feed",
  0x0d: "carriage return",
  0x20: "space",
  0x22: "quotation mark",
  0x27: "apostrophe",
  0x2d: "hyphen-minus",
  0xa0: "no-break space",
  0xad: "soft hyphen",
  0x200b: "zero-width space",
  0x200c: "zero-width non-joiner",
  0x200d: "zero-width joiner",
  0x200e: "left-to-right mark",
  0x200f: "right-to-left mark",
  0x2010: "hyphen",
  0x2011: "non-breaking hyphen",
  0x2012: "figure dash",
  0x2013: "en dash",
  0x2014: "em dash",
  0x2018: "left single quotation mark",
  0x2019: "right single quotation mark",
  0x201c: "left double quotation mark",
  0x201d: "right double quotation mark",
  0x2009: "thin space",
  0x202f: "narrow no-break space",
  0x2060: "word joiner",
  0x2212: "minus sign",
  0x3000: "ideographic space",
  0xfeff: "zero-width no-break space (BOM)",
};

/** "U+00A0 (no-break space)", "U+0410 (Cyrillic)", "U+0041 "A"". */
export function describeCodePoint(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[cp];
  if (name) return `${hex} (${name})`;
  if (cp >= 0x400 && cp <= 0x52f) return `${hex} (Cyrillic "${ch}")`;
  if (cp >= 0x370 && cp <= 0x3ff) return `${hex} (Greek "${ch}")`;
  if (cp >= 0xff00 && cp <= 0xffef) return `${hex} (full-width "${ch}")`;
  return `${hex} "${ch}"`;
}

/** Characters that print like others or not at all: anything outside printable ASCII. */
export const isDeceptive = (ch: string): boolean => !/^[\x21-\x7e ]$/.test(ch);

/** Where `actual` first differs from `expected`, described by code point when either character could deceive. */
export function firstDifference(actual: string, expected: string): string | null {
  const a = [...actual];
  const e = [...expected];
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  if (i === a.length && i === e.length) return null;
  const has = a[i] === undefined ? "nothing" : describeCodePoint(a[i]);
  const want = e[i] === undefined ? "nothing" : describeCodePoint(e[i]);
  return `${has} at column ${i + 1} where ${want} was expected`;
}

/** `text` with each deceptive character shown as ⟨U+XXXX⟩, for names in messages. */
export const showCodePoints = (text: string): string =>
  [...text]
    .map((ch) => (isDeceptive(ch) ? `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩` : ch))
    .join("");

/** The deceptive characters of `text`, each with its column: `U+00A0 (no-break space) at column 14`. */
export function deceptiveCharacters(text: string): string[] {
  return [...text].flatMap((ch, i) => (isDeceptive(ch) ? [`${describeCodePoint(ch)} at column ${i + 1}`] : []));
}
