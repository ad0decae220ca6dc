// The labelled set (tests/extract/labelled.yaml) and how predictions are scored against it.
// Shared by the extractor's tests and by `npm run bench:extract`.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { readExtractDocument } from "../../loaders/extract/index.ts";

export interface GoldFigure {
  text: string;
  occurrence?: number;
  value: number;
  value_high?: number | null;
  unit: string;
  qualifier?: string;
  metric?: string | null;
  country?: string | null;
  region?: string | null;
  year?: number | null;
  start: number;
  end: number;
}

export interface LabelledDocument {
  id: string;
  text: string;
  from: number;
  date: string | null;
  figures: GoldFigure[];
}

export interface Prediction {
  start: number;
  end: number;
  value: number;
  value_high?: number | null;
  unit?: string;
  qualifier?: string;
  metric?: string | null;
  country?: string | null;
  region?: string | null;
  year?: number | null;
}

export function loadLabelled(file = "tests/extract/labelled.yaml"): LabelledDocument[] {
  const entries = parse(readFileSync(file, "utf8")) as {
    id: string;
    file?: string;
    text?: string;
    date?: string;
    figures: Omit<GoldFigure, "start" | "end">[];
  }[];
  return entries.map((e) => {
    const doc = e.file ? readExtractDocument(e.file) : { text: e.text!, from: 0, date: e.date ?? null };
    const figures = (e.figures ?? []).map((g) => {
      let at = doc.from - 1;
      // The nth occurrence standing as a whole token ("8" is not the 8 in "817").
      const alone = (i: number) =>
        !/[\p{L}\p{N}]/u.test(doc.text[i - 1] ?? "") && !/[\p{L}\p{N}]/u.test(doc.text[i + g.text.length] ?? "");
      for (let n = 0; n <= (g.occurrence ?? 0); n++) {
        do at = doc.text.indexOf(g.text, at + 1);
        while (at >= 0 && !alone(at));
        if (at < 0)
          throw new Error(`${file}: ${e.id}: "${g.text}" (occurrence ${g.occurrence ?? 0}) is not in the text`);
      }
      return { ...g, start: at, end: at + g.text.length };
    });
    return { id: e.id, text: doc.text, from: doc.from, date: e.date ?? doc.date, figures };
  });
}

const ATTRIBUTES = ["unit", "qualifier", "metric", "country", "region", "year"] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of the matched figures whose gold gives the attribute, how many the prediction got right. */
  attributes: Record<Attribute, { correct: number; total: number }>;
  /** Of the matched figures labelled with metric, country and year, how many have all three right. */
  allThree: { correct: number; total: number };
  misses: string[];
  falseAlarms: string[];
  wrong: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const same = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === (b ?? null) ||
  (a != null && b != null && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)));

/**
 * A prediction is a true positive when its span overlaps a gold figure's and it has the same
 * value (and upper bound, for ranges): finding the figure and reading its number right.
 * Unit, qualifier, metric, place and year are scored separately, as accuracy over matches.
 */
export function score(
  docs: LabelledDocument[],
  predict: (doc: LabelledDocument) => Prediction[],
  attributes = true,
): Score {
  const s: Score = {
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    attributes: Object.fromEntries(ATTRIBUTES.map((a) => [a, { correct: 0, total: 0 }])) as Score["attributes"],
    allThree: { correct: 0, total: 0 },
    misses: [],
    falseAlarms: [],
    wrong: [],
  };
  for (const doc of docs) {
    const predictions = predict(doc);
    const used = new Set<number>();
    for (const g of doc.figures) {
      const i = predictions.findIndex(
        (p, k) => !used.has(k) && overlaps(p, g) && same(p.value, g.value) && same(p.value_high, g.value_high),
      );
      if (i < 0) {
        s.fn++;
        s.misses.push(`${doc.id}: "${g.text}" = ${g.value}`);
        continue;
      }
      used.add(i);
      s.tp++;
      if (!attributes) continue;
      const p = predictions[i];
      if ("metric" in g && "country" in g && "year" in g) {
        s.allThree.total++;
        if ((["metric", "country", "year"] as const).every((a) => (p[a] ?? null) === (g[a] ?? null)))
          s.allThree.correct++;
      }
      for (const a of ATTRIBUTES) {
        if (!(a in g)) continue;
        s.attributes[a].total++;
        if ((p[a] ?? null) === (g[a] ?? null)) s.attributes[a].correct++;
        else s.wrong.push(`${doc.id}: "${g.text}" ${a}: got ${p[a] ?? null}, expected ${g[a] ?? null}`);
      }
    }
    predictions.forEach((p, k) => {
      if (!used.has(k)) {
        s.fp++;
        s.falseAlarms.push(`${doc.id}: "${doc.text.slice(p.start, p.end)}" = ${p.value}`);
      }
    });
  }
  s.precision = s.tp / (s.tp + s.fp || 1);
  s.recall = s.tp / (s.tp + s.fn || 1);
  s.f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
  return s;
}
