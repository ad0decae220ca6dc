import { loadLabelled, score } from "../tests/extract/labelled.ts";
import { extractFigures } from "../loaders/extract/index.ts";
const docs = loadLabelled();
const s = score(docs, (d) => extractFigures(d.text, { from: d.from, documentDate: d.date }));
console.log(JSON.stringify({ tp: s.tp, fp: s.fp, fn: s.fn, p: s.precision.toFixed(3), r: s.recall.toFixed(3), f1: s.f1.toFixed(3), attributes: s.attributes }, null, 0));
console.log("MISSES\n" + s.misses.join("\n")); console.log("FALSE\n" + s.falseAlarms.join("\n")); console.log("WRONG\n" + s.wrong.join("\n"));
