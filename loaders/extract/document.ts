// Reading a document for extraction: .txt as it is, .md with its front matter skipped (offsets
// still count from the start of the file, so text.slice(start, end) works on the file as read).
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { firstInvalidLine } from "../sources.ts";

export interface ExtractDocument {
  text: string;
  /** Offset where the body starts (after front matter). */
  from: number;
  /** ISO date from front matter (`published`) or from a date line near the top, else null. */
  date: string | null;
  /** front matter `id`, else null. */
  id: string | null;
}

export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(message);
  }
}

export const SUPPORTED_EXTENSIONS = [".txt", ".md"];

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A date written near the top of a text ("date 2017-11-10", "Sep 22, 2022", "24 February 2010"). */
export function headDate(head: string): string | null {
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(head);
  if (iso) return iso[0];
  const month = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  const dmy = new RegExp(`\\b(\\d{1,2})\\s+${month},?\\s+((?:19|20)\\d{2})\\b`, "i").exec(head);
  const mdy = new RegExp(`\\b${month}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, "i").exec(head);
  const pad = (n: string | number) => String(n).padStart(2, "0");
  const candidates: { at: number; date: string }[] = [];
  if (dmy)
    candidates.push({
      at: dmy.index,
      date: `${dmy[3]}-${pad(MONTHS.indexOf(dmy[2].toLowerCase()) + 1)}-${pad(dmy[1])}`,
    });
  if (mdy)
    candidates.push({
      at: mdy.index,
      date: `${mdy[3]}-${pad(MONTHS.indexOf(mdy[1].toLowerCase()) + 1)}-${pad(mdy[2])}`,
    });
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.date ?? null;
}

export function readExtractDocument(file: string): ExtractDocument {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext))
    throw new DocumentError(
      file,
      null,
      `cannot read ${ext || "files without an extension"}: supported formats are ${SUPPORTED_EXTENSIONS.join(", ")}`,
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new DocumentError(
      file,
      null,
      (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `cannot be read (${(e as Error).message})`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Name the line of the first invalid byte, so the file can be fixed.
    const line = firstInvalidLine(bytes);
    throw new DocumentError(file, line, "is not valid UTF-8 text");
  }
  if (text.includes("\u0000")) throw new DocumentError(file, null, "is binary, not text");
  let from = 0;
  let date: string | null = null;
  let id: string | null = null;
  if (ext === ".md") {
    const fm = FRONT_MATTER.exec(text.startsWith("\uFEFF") ? text.slice(1) : text);
    if (fm) {
      from = fm[0].length + (text.startsWith("\uFEFF") ? 1 : 0);
      // Only two plain keys are needed; reading them by line is ten times faster than a YAML
      // parser on small documents (npm run check validates the whole front matter).
      const key = (name: string) =>
        new RegExp(`^${name}:[ \\t]*["']?([^"'\\r\\n]*?)["']?[ \\t]*$`, "m").exec(fm[1] ?? "")?.[1] || null;
      date = key("published");
      id = key("id");
      if (date !== null && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date))
        throw new DocumentError(
          file,
          1 + (fm[1] ?? "").split("\n").findIndex((l) => l.startsWith("published:")) + 1,
          `front matter: published "${date}" is not an ISO date`,
        );
    }
  }
  date ??= headDate(text.slice(from, from + 600));
  return { text, from, date, id };
}
