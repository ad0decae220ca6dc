// npm run review: go through data/candidates.csv in the terminal (see loaders/ingest/review.ts).
import { createInterface } from "node:readline";
import { review, ReviewError } from "../loaders/ingest/review.ts";
import { terminalSafe } from "../loaders/ingest/terminal.ts";

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
const lines = rl[Symbol.asyncIterator]();
try {
  await review(
    {
      async ask(prompt) {
        process.stdout.write(terminalSafe(prompt));
        const next = await lines.next();
        if (next.done) return null;
        if (!process.stdin.isTTY) process.stdout.write(`${terminalSafe(next.value)}\n`);
        return next.value;
      },
      // Quotes and notes are document text: shown, never obeyed by the terminal.
      say: (text) => process.stdout.write(`${terminalSafe(text)}\n`),
    },
    process.env.TIP_ATLAS_DATA || "data",
  );
} catch (e) {
  if (!(e instanceof ReviewError)) throw e;
  process.stderr.write(`review: ${terminalSafe(e.message)}\n`);
  process.exitCode = 1;
}
rl.close();
