// Adding a document to the corpus: text from .pdf, .html, .txt or .md, stored as
// data/sources/<id>.md with front matter and SHA-256; the extractor's figures appended to
// data/candidates.csv for review. Nothing is written unless everything is valid, and an
// existing document is never overwritten.
import { extname, join } from "node:path";
import { extractFigures, type ExtractedFigure } from "../extract/index.ts";
import { formatSourceFile, parseSourceFile, sha256 } from "../sources.ts";
import { CANDIDATE_COLUMNS, SOURCE_KINDS, SourceMetaSchema, type SourceMeta } from "../schema.ts";
import { DataError, describeIssue, formatIssue } from "../issues.ts";
import { appendCsvRows } from "../csv.ts";
import { createFileExclusive, FileProblem, readRegularFile, readTextFile, withDataLock } from "../files.ts";
import { droppedSummary, htmlToText } from "./html.ts";
import { textFromPdf } from "./pdf.ts";

export class AddSourceError extends Error {}

export interface AddSourceOptions {
  file: string;
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
  kind?: string;
  id?: string;
  language?: string;
  /** For a country's part of a larger report: ISO3 country, report year, and, for a part of a page, excerpt/part/retrieved. */
  country?: string;
  report_year?: string;
  excerpt?: boolean;
  part?: string;
  retrieved?: string;
  /** How the publisher or the date was established when the text does not say (front matter publisher_note, published_note). */
  publisher_note?: string;
  published_note?: string;
}

export const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");

/** The longest --id accepted (generated ids are at most 60 characters). */
export const MAX_ID_LENGTH = 100;

/** Report files larger than this are refused before they are read (PDFs with images are large). */
export const MAX_REPORT_BYTES = 100_000_000;

/** The text of a report file, by its extension. */
export async function readReportText(file: string): Promise<string> {
  return (await readReport(file)).text;
}

/**
 * The text of a report file, by its extension, and what was left out of it as a reader cannot
 * see it (hidden HTML, by reason), or null when nothing was.
 */
export async function readReport(file: string): Promise<{ text: string; dropped: string | null }> {
  const text = (t: string) => ({ text: t, dropped: null });
  let bytes: Buffer;
  try {
    // Only a regular file: a directory, a FIFO or a device is named, never read.
    bytes = readRegularFile(file, MAX_REPORT_BYTES);
  } catch (e) {
    if (e instanceof FileProblem) throw new AddSourceError(e.message);
    throw e;
  }
  const ext = extname(file).toLowerCase();
  const asText = () => {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new AddSourceError(`${file}: is not valid UTF-8 text`);
    }
  };
  if (ext === ".pdf") {
    try {
      return text(await textFromPdf(bytes));
    } catch (e) {
      throw new AddSourceError(`${file}: ${(e as Error).message}`);
    }
  }
  if (ext === ".html" || ext === ".htm") {
    const read = htmlToText(asText());
    return { text: read.text, dropped: droppedSummary(read.dropped) };
  }
  if (ext === ".txt") return text(asText().replace(/^\uFEFF/, ""));
  if (ext === ".md")
    return text(
      asText()
        .replace(/^\uFEFF/, "")
        .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ""),
    );
  throw new AddSourceError(
    `${file}: cannot read ${ext || "files without an extension"}; add-source reads .pdf, .html, .txt and .md`,
  );
}

/** Front matter from the options, validated by the one source schema. */
export function sourceMeta(options: AddSourceOptions, body: string): SourceMeta {
  const missing = (["title", "publisher", "published", "kind"] as const).filter((k) => !options[k]?.trim());
  if (missing.length)
    throw new AddSourceError(
      `missing option${missing.length > 1 ? "s" : ""} ${missing.map((k) => `--${k}`).join(", ")}`,
    );
  if (!SOURCE_KINDS.includes(options.kind as (typeof SOURCE_KINDS)[number]))
    throw new AddSourceError(`--kind must be one of ${SOURCE_KINDS.join(", ")} (got "${options.kind}")`);
  const published = options.published!.trim();
  // A report cannot be published after today (a day's grace for time zones): 2099 is a typo.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(published) && published > tomorrow)
    throw new AddSourceError(
      `--published: ${published} is in the future (today is ${new Date().toISOString().slice(0, 10)})`,
    );
  const url = options.url?.trim();
  if (url) {
    let scheme: string | null = null;
    try {
      scheme = new URL(url).protocol;
    } catch {
      throw new AddSourceError(`--url: "${url}" is not an absolute URL (https://…)`);
    }
    // The URL becomes a link on the site: only web addresses, never javascript:, file: or data:.
    if (scheme !== "https:" && scheme !== "http:")
      throw new AddSourceError(`--url: only http: and https: addresses are accepted (got ${scheme})`);
  }
  const id = options.id ?? slugify(`${options.title}-${options.published!.slice(0, 4)}`);
  // The id names data/sources/<id>.md, its temporary copy (.<id>.md.<pid>.<time>.<n>.tmp, 40 bytes
  // more) and every figure_id (<id>-c001); a name over the file system's 255 bytes fails at the
  // write, deep in the lock, so a long id is refused here, before anything is written.
  if (id.length > MAX_ID_LENGTH)
    throw new AddSourceError(
      `--id: is ${id.length} characters long; an id has at most ${MAX_ID_LENGTH} (it names the file data/sources/<id>.md)`,
    );
  const meta = {
    id,
    title: options.title!.trim(),
    publisher: options.publisher!.trim(),
    publisher_note: options.publisher_note?.trim() || undefined,
    published: options.published!.trim(),
    published_note: options.published_note?.trim() || undefined,
    url: options.url?.trim() || null,
    kind: options.kind,
    language: options.language ?? "en",
    sha256: sha256(body),
    country: options.country?.trim() || undefined,
    // A year that is not four digits stays a string, so the schema names it instead of it becoming NaN.
    report_year: /^\d{4}$/.test(options.report_year?.trim() ?? "")
      ? Number(options.report_year!.trim())
      : options.report_year?.trim() || undefined,
    excerpt: options.excerpt || undefined,
    part: options.part?.trim() || undefined,
    retrieved: options.retrieved?.trim() || undefined,
  };
  const parsed = SourceMetaSchema.safeParse(meta);
  if (!parsed.success) {
    const e = parsed.error.issues[0];
    const flag = `--${String(e.path[0] ?? "").replace(/_/g, "-")}`;
    throw new AddSourceError(
      `${flag}: ${describeIssue(e as Parameters<typeof describeIssue>[0], meta).replace(/^\S+ /, "")}`,
    );
  }
  return parsed.data;
}

/** A heuristic 0–1: how much of a row the extractor could fill in (metric, place, qualifier, unit). */
export function confidence(f: ExtractedFigure): number {
  const parts = [f.metric !== null, f.country !== null, f.year !== null, f.unit !== "count" || f.metric !== null];
  return Number((parts.filter(Boolean).length / parts.length).toFixed(2));
}

const CLAIM_BY_KIND: Record<string, string> = {
  "government-report": "",
  news: "news_report",
  "ngo-statement": "civil_society",
};

export function candidateRows(meta: SourceMeta, body: string): Record<string, string>[] {
  return figureRows(extractFigures(body, { documentDate: meta.published }), meta);
}

/** Extracted figures as candidate rows: the figures.csv columns, then status and confidence. */
export function figureRows(
  figures: ExtractedFigure[],
  meta: Pick<SourceMeta, "id" | "published"> & { kind: string },
): Record<string, string>[] {
  return figures.map((f, i) => ({
    figure_id: `${meta.id}-c${String(i + 1).padStart(3, "0")}`,
    source_id: meta.id,
    quote: f.quote,
    value: String(f.value),
    value_high: f.value_high === null ? "" : String(f.value_high),
    unit: f.unit,
    qualifier: f.qualifier,
    metric: f.metric ?? "",
    country: f.country ?? "",
    region: f.region ?? "",
    period_start: f.period_start ?? (f.year === null ? "" : String(f.year)),
    period_end: f.period_end ?? (f.year === null ? "" : String(f.year)),
    claim_kind: CLAIM_BY_KIND[meta.kind] ?? "",
    // Why the extractor chose this metric, country and year: the reviewer reads it in npm run review.
    note: `proposed by the extractor from "${f.text}" (${f.reason})`,
    status: "candidate",
    confidence: String(confidence(f)),
  }));
}

export interface AddSourceResult {
  sourceFile: string;
  meta: SourceMeta;
  characters: number;
  candidates: number;
}

export async function addSource(options: AddSourceOptions, dataDir = "data"): Promise<AddSourceResult> {
  const { text: body, dropped } = await readReport(options.file);
  if (!body.trim()) throw new AddSourceError(`${options.file}: has no text`);
  // What was left out as unseen is said in the front matter, so the stored text is not taken
  // for the whole page.
  const meta: SourceMeta = { ...sourceMeta(options, body), ...(dropped ? { ingest_dropped: dropped } : {}) };
  const sourceFile = join(dataDir, "sources", `${meta.id}.md`);
  const content = formatSourceFile(meta, body);
  // The file must read back as a valid source before anything is written.
  const check = parseSourceFile(sourceFile, Buffer.from(content, "utf8"));
  if (!check.source) throw new AddSourceError(check.issues.map(formatIssue).join("\n"));
  const rows = candidateRows(meta, body);
  const candidatesFile = join(dataDir, "candidates.csv");
  try {
    // One tool at a time changes data/ (a second run fails, naming the first); the document is
    // created whole and exclusively (never over an existing one, even one created a moment
    // ago by a concurrent run); candidates.csv is replaced atomically.
    withDataLock(dataDir, "add-source", () => {
      if (!createFileExclusive(sourceFile, content)) {
        // The same document, added by a run stopped before its candidates were appended, is
        // finished; anything else at that name is left alone.
        if (!sameDocumentWithoutCandidates(sourceFile, content, candidatesFile, meta.id))
          throw new AddSourceError(
            `${sourceFile} already exists: choose another --id (existing documents are never overwritten)`,
          );
      }
      appendCsvRows(candidatesFile, CANDIDATE_COLUMNS, rows);
    });
  } catch (e) {
    if (e instanceof FileProblem) throw new AddSourceError(e.message);
    if (e instanceof DataError) throw new AddSourceError(`${e.message}\nfix ${candidatesFile} first (npm run check)`);
    throw e;
  }
  return { sourceFile, meta, characters: body.length, candidates: rows.length };
}

/** Is `file` exactly `content`, with no candidate of `id` in candidates.csv yet? */
function sameDocumentWithoutCandidates(file: string, content: string, candidatesFile: string, id: string): boolean {
  let existing: string;
  try {
    existing = readTextFile(file);
  } catch {
    return false;
  }
  if (existing !== content) return false;
  let candidates = "";
  try {
    candidates = readTextFile(candidatesFile);
  } catch {
    return true;
  }
  return !candidates.includes(`,${id},`);
}
