// Source documents: data/sources/<id>.md, YAML front matter then the body exactly as published.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { isNode, LineCounter, parseDocument, visit } from "yaml";
import { FileProblem, readRegularFile } from "./files.ts";
import { describeIssue, type DataIssue } from "./issues.ts";
import { SourceMetaSchema, type SourceMeta } from "./schema.ts";

export interface Source extends SourceMeta {
  /** The text as published; quotes and offsets refer to it. */
  body: string;
  file: string;
}

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n/;

/** Split a source file into front matter and body, or say what is wrong with it. */
/** Documents larger than this are refused: a report this size is several documents, or not text. */
export const MAX_SOURCE_BYTES = 5_000_000;

/** The 1-based line holding the first byte that is not UTF-8. */
export function firstInvalidLine(bytes: Uint8Array): number {
  let good = 0;
  for (let end = bytes.length; good < end;) {
    const mid = (good + end + 1) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid));
      good = mid;
    } catch {
      end = mid - 1;
    }
  }
  let line = 1;
  for (let i = 0; i < good; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function parseSourceFile(file: string, bytes: Uint8Array): { source?: Source; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  if (bytes.length === 0) return { issues: [{ file, line: null, message: "is empty" }] };
  if (bytes.length > MAX_SOURCE_BYTES) {
    return {
      issues: [
        {
          file,
          line: null,
          message: `is ${(bytes.length / 1e6).toFixed(1)} MB; documents over ${MAX_SOURCE_BYTES / 1e6} MB are refused (split it into parts)`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { issues: [{ file, line: firstInvalidLine(bytes), message: "is not valid UTF-8" }] };
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const fm = FRONT_MATTER.exec(text);
  if (!fm)
    return {
      issues: [
        {
          file,
          line: 1,
          message: "has no front matter (the file must start with a --- line and close it with another)",
        },
      ],
    };
  const yamlText = fm[1] ?? "";
  const body = text.slice(fm[0].length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors)
      issues.push({ file, line: 1 + (e.linePos?.[0].line ?? 1), message: `front matter: ${e.message.split("\n")[0]}` });
    return { issues };
  }
  // Front matter is plain keys and strings. Aliases can multiply a few lines into gigabytes
  // (an "alias bomb") and tags ask for types (!!js/function, !!binary) we never want: refuse both.
  const at = (node: unknown) => 1 + (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1);
  // One message per kind, at its first use: a bomb has thousands.
  const refused = new Map<string, DataIssue>();
  const refuse = (kind: string, node: unknown, message: string) => {
    if (!refused.has(kind)) refused.set(kind, { file, line: at(node), message: `front matter: ${message}` });
  };
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    if (node.anchor) refuse("anchor", node, `anchors and aliases are not allowed (&${node.anchor})`);
    if (node.tag) refuse("tag", node, `tags are not allowed (${node.tag.replace(/^tag:yaml.org,2002:/, "!!")})`);
  });
  visit(doc, {
    Alias(_key, node) {
      refuse("alias", node, `anchors and aliases are not allowed (*${node.source})`);
    },
  });
  issues.push(...refused.values());
  if (issues.length) return { issues };
  const keyLine = (key: string | undefined) => {
    const i = key ? yamlText.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`)) : -1;
    return i >= 0 ? i + 2 : 1;
  };
  const parsed = SourceMetaSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const e of parsed.error.issues) {
      const key = e.path[0] === undefined ? undefined : String(e.path[0]);
      issues.push({
        file,
        line: keyLine(key),
        message: describeIssue(e as Parameters<typeof describeIssue>[0], doc.toJS()),
      });
    }
    return { issues };
  }
  const meta = parsed.data;
  const expectedId = basename(file).replace(/\.md$/, "");
  if (meta.id !== expectedId)
    issues.push({
      file,
      line: keyLine("id"),
      message: `id "${meta.id}" does not match the file name (expected "${expectedId}")`,
    });
  if (body.trim() === "") issues.push({ file, line: null, message: "has an empty body" });
  const actual = sha256(body);
  if (actual !== meta.sha256)
    issues.push({
      file,
      line: keyLine("sha256"),
      message: `sha256 does not match the body (body hashes to ${actual}): the text was changed, or the hash was not updated`,
    });
  if (issues.length) return { issues };
  return { source: { ...meta, body, file }, issues };
}

/** Every source under `dir`, with the issues of those that could not be read. */
export function readSources(dir: string): { sources: Source[]; issues: DataIssue[]; broken: Set<string> } {
  const sources: Source[] = [];
  const issues: DataIssue[] = [];
  // Ids (file names) of documents that exist but could not be read: reported once, here.
  const broken = new Set<string>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const problem =
      code === "ENOENT" ? "does not exist" : code === "ENOTDIR" ? "is not a directory" : `cannot be read (${code})`;
    return { sources, issues: [{ file: dir, line: null, message: problem }], broken };
  }
  const files = names.filter((f) => f.endsWith(".md")).sort();
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    let bytes: Buffer;
    try {
      // Only regular files, size-checked before reading: a link to /dev/zero or a FIFO named x.md
      // would otherwise exhaust memory or block forever.
      bytes = readRegularFile(file, MAX_SOURCE_BYTES, "documents");
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e;
      issues.push({ file, line: null, message: e.problem });
      broken.add(name.replace(/\.md$/, ""));
      continue;
    }
    const result = parseSourceFile(file, bytes);
    issues.push(...result.issues);
    if (!result.source) {
      broken.add(name.replace(/\.md$/, ""));
      continue;
    }
    const other = seen.get(result.source.id);
    if (other) {
      issues.push({ file, line: 2, message: `id "${result.source.id}" is already used by ${other}` });
      continue;
    }
    seen.set(result.source.id, file);
    sources.push(result.source);
  }
  return { sources, issues, broken };
}

/** Render a source file: front matter, then the body untouched. */
export function formatSourceFile(meta: SourceMeta, body: string): string {
  const lines = ["---"];
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined) continue;
    lines.push(`${key}: ${JSON.stringify(value)}`);
  }
  lines.push("---", "");
  return lines.join("\n") + body;
}
