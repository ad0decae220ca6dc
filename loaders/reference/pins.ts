// Every file under data/reference/ is pinned: the origin.yaml of its folder lists, under `inputs`,
// the SHA-256 of each file beside it (data/reference/origin.yaml for the files at the top). The
// check and the build verify every pin before anything is published, so a changed digit in a
// 14 MB CSV, two files swapped, a file replaced by another edition's or a stray file all stop
// the build naming the file, whereas the loaders alone would accept any well-formed copy. A
// deliberate change is re-pinned with `npm run check -- --pin FILE`, which rewrites that one line.
import { lstatSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { isMap, isScalar, parseDocument } from "yaml";
import { FileProblem, fileProblem, MAX_TABLE_BYTES, readRegularFile, readTextFile, writeFileAtomic } from "../files.ts";
import type { DataIssue } from "../issues.ts";
import { fileSha256 } from "../origin.ts";
import { readOriginYaml } from "../step.ts";

/** The file in each folder that holds the pins, and the key they are under. */
export const PIN_FILE = "origin.yaml";
export const PINS_KEY = "inputs";

const SHA256 = /^[0-9a-f]{64}$/;

interface Pin {
  sha256: string;
  line: number | null;
}

const howToPin = (file: string) =>
  `if the change is deliberate, pin the new bytes with npm run check -- --pin ${file} and say why in the commit`;

/**
 * The pins of one folder's origin.yaml (file name → pin); an absent origin.yaml pins nothing. Null
 * when the file cannot be parsed: its problem is reported, and its files are not called unpinned.
 */
function readPins(originFile: string, issues: DataIssue[]): Map<string, Pin> | null {
  const pins = new Map<string, Pin>();
  let exists = true;
  try {
    lstatSync(originFile);
  } catch {
    exists = false;
  }
  if (!exists) return pins;
  const parsed = readOriginYaml(originFile, issues);
  if (!parsed) return null;
  const node = parsed.doc.get(PINS_KEY, true);
  if (node === undefined) return pins;
  if (!isMap(node)) {
    issues.push({
      file: originFile,
      line: parsed.lineOf(node),
      message: `${PINS_KEY} must map each file name in this folder to its SHA-256`,
    });
    return pins;
  }
  for (const item of node.items) {
    const name = isScalar(item.key) ? String(item.key.value) : "";
    const sha256 = isScalar(item.value) ? String(item.value.value) : "";
    const line = parsed.lineOf(item.key);
    if (!name || name.includes("/") || !SHA256.test(sha256))
      issues.push({
        file: originFile,
        line,
        message: `${PINS_KEY}: "${name}: ${sha256}" is not a file name of this folder and its SHA-256 (64 hex digits)`,
      });
    else pins.set(name, { sha256, line });
  }
  return pins;
}

/**
 * Every pin under `referenceDir` verified against the bytes, and every file there pinned: the
 * problems as `path: message`. A file that is not a regular file (a FIFO, a link to a device, a
 * directory where a file is pinned) is named by the guarded reader's check and never opened.
 */
export function verifyReferencePins(referenceDir: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      issues.push({ file: dir, line: null, message: `cannot be listed (${(e as NodeJS.ErrnoException).code})` });
      return;
    }
    const originFile = join(dir, PIN_FILE);
    const pins = readPins(originFile, issues);
    // Dot files are editors' and tools' (.DS_Store, a writer's temporary copy), never an input.
    for (const name of names.filter((n) => !n.startsWith(".") && n !== PIN_FILE)) {
      const file = join(dir, name);
      const pin = pins?.get(name);
      // A real folder is a dataset's: its files are pinned in its own origin.yaml.
      if (!pin && lstatSync(file).isDirectory()) {
        walk(file);
        continue;
      }
      // The same words as the loaders', so a file both read and pinned is named once.
      const problem = fileProblem(file, MAX_TABLE_BYTES);
      if (problem) {
        issues.push({ file, line: null, message: problem });
        continue;
      }
      if (!pins) continue;
      if (!pin) {
        issues.push({
          file,
          line: null,
          message: `is not pinned: ${originFile} lists the SHA-256 of every file in its folder under "${PINS_KEY}"; ${howToPin(file)}`,
        });
        continue;
      }
      let sha256: string;
      try {
        sha256 = fileSha256(file);
      } catch (e) {
        if (!(e instanceof FileProblem)) throw e;
        issues.push({ file, line: null, message: e.problem });
        continue;
      }
      if (sha256 !== pin.sha256)
        issues.push({
          file,
          line: null,
          message: `SHA-256 is ${sha256}, but ${originFile}${pin.line ? `:${pin.line}` : ""} pins ${pin.sha256}: these are not the bytes that were checked in; ${howToPin(file)}`,
        });
    }
    for (const [name, pin] of pins ?? [])
      if (!names.includes(name))
        issues.push({
          file: originFile,
          line: pin.line,
          message: `pins ${name}, which is not in this folder; if it was removed deliberately, remove its pin`,
        });
  };
  walk(referenceDir);
  return issues;
}

const yamlKey = (name: string) => (/^[\w.-]+$/.test(name) ? name : JSON.stringify(name));

/**
 * Pin `file` (in a folder under data/reference/) to the SHA-256 of its bytes now, in its folder's
 * origin.yaml: the one line is replaced or added, every other byte of the file is kept.
 */
export function pinReferenceFile(file: string): { originFile: string; sha256: string; previous: string | null } {
  const sha256 = createHash("sha256").update(readRegularFile(file, MAX_TABLE_BYTES)).digest("hex");
  const originFile = join(dirname(file), PIN_FILE);
  const name = basename(file);
  if (name === PIN_FILE) throw new FileProblem(file, `holds the pins of its folder and is not pinned itself`);
  let text = "";
  try {
    lstatSync(originFile);
    text = readTextFile(originFile);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length)
    throw new FileProblem(originFile, `is not valid YAML (${doc.errors[0].message.split("\n")[0]}); fix it first`);
  const node = doc.get(PINS_KEY, true);
  let previous: string | null = null;
  let updated: string;
  if (isMap(node) && node.items.length) {
    const item = node.items.find((i) => isScalar(i.key) && String(i.key.value) === name);
    if (item && isScalar(item.value) && item.value.range) {
      previous = String(item.value.value);
      const [start, end] = item.value.range;
      updated = text.slice(0, start) + sha256 + text.slice(end);
    } else {
      // After the line of the map's last entry, indented as it is.
      const last = node.items[node.items.length - 1];
      const keyStart = isScalar(last.key) && last.key.range ? last.key.range[0] : 0;
      const indent = text.slice(text.lastIndexOf("\n", keyStart - 1) + 1, keyStart);
      const valueEnd = isScalar(last.value) && last.value.range ? last.value.range[1] : keyStart;
      const eol = text.indexOf("\n", valueEnd);
      const at = eol < 0 ? text.length : eol + 1;
      updated = `${text.slice(0, at)}${eol < 0 ? "\n" : ""}${indent}${yamlKey(name)}: ${sha256}\n${text.slice(at)}`;
    }
  } else if (node === undefined) {
    updated = `${text}${text && !text.endsWith("\n") ? "\n" : ""}${text ? "\n" : ""}# The SHA-256 of every file in this folder, verified by npm run check and the build.\n${PINS_KEY}:\n  ${yamlKey(name)}: ${sha256}\n`;
  } else throw new FileProblem(originFile, `${PINS_KEY} is not a map of file names to SHA-256: fix it by hand`);
  // Checked before it is written: the new text must parse and hold exactly this pin.
  const check = parseDocument(updated, { uniqueKeys: true });
  if (check.errors.length || String(check.getIn([PINS_KEY, name])) !== sha256)
    throw new FileProblem(originFile, `could not be updated to pin ${name}; edit its ${PINS_KEY} by hand`);
  writeFileAtomic(originFile, updated);
  return { originFile, sha256, previous };
}
