// Sentence spans for quotes. Lines are hard boundaries (reports put headings, list items and
// table rows on their own lines); inside a line a sentence ends at . ! or ? followed by space
// and a capital, a digit or an opening quote — unless the period belongs to an abbreviation
// ("Rs.", "No.", "U.S.", "Dr.").

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "no",
  "nos",
  "rs",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "approx",
  "govt",
  "dept",
  "art",
  "sec",
  "para",
  "p",
  "pp",
  "fig",
  "vol",
  "co",
  "ltd",
  "inc",
  "corp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "hon",
  "est",
  "cf",
]);

const END = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(line: string, dot: number): boolean {
  if (line[dot] !== ".") return false;
  const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "U.S.", "U.N.", "S.R.O."
  return /^(?:\p{L}\.)+\p{L}?$/u.test(word) || /^\p{Lu}$/u.test(word);
}

/** Sentence spans of `text` (offsets into it), leading and trailing space excluded. */
export function sentenceSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd);
    let sentenceStart = 0;
    END.lastIndex = 0;
    for (const m of line.matchAll(END)) {
      if (endsWithAbbreviation(line, m.index!)) continue;
      const end = m.index! + m[0].trimEnd().length;
      push(lineStart + sentenceStart, lineStart + end);
      sentenceStart = m.index! + m[0].length;
    }
    push(lineStart + sentenceStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return spans;
}

/** Paragraph spans: text between blank lines. */
export function paragraphSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t]*\n/g;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: to });
  return spans;
}
