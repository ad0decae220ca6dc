// npm run review: go through data/candidates.csv in the terminal (see loaders/ingest/review.ts).
import { createInterface } from "node:readline";
import { review, ReviewError } from "../loaders/ingest/review.ts";

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
const lines = rl[Symbol.asyncIterator]();
try {
  await review(
    {
      async ask(prompt) {
        process.stdout.write(prompt);
        const next = await lines.next();
        if (next.done) return null;
        if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
        return next.value;
      },
      say: (text) => process.stdout.write(`${text}\n`),
    },
    process.env.TIP_ATLAS_DATA || "data",
  );
} catch (e) {
  if (!(e instanceof ReviewError)) throw e;
  process.stderr.write(`review: ${e.message}\n`);
  process.exitCode = 1;
}
rl.close();
