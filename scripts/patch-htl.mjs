// Runs after every `npm install` / `npm ci` (package.json "postinstall").
//
// Why: htl 0.3.1 (used by Observable Inputs, Framework's client and our components) renders
// `<input oninput=${fn}>` by writing the attribute `oninput=::1` into an HTML string, parsing it,
// then swapping the attribute for the property `node.oninput = fn`. Since Chromium 156 merely
// *creating* an inline event-handler attribute — even in a <template>, a DOMParser document or a
// detached element — reports a `script-src-attr` Content-Security-Policy violation, so every
// page with an input logged 7–35 errors. Loosening the CSP is not an answer.
//
// The change: for a function bound to an `on*` attribute, htl writes no attribute at all. It
// emits its own spread placeholder (`::1=''`, the form it already uses for `${{...}}`) and binds
// `{oninput: fn}` to it, which its tree walker assigns as a property. Nothing else changes.
//
// The patch is applied to the exact text of htl 0.3.1 only: any other version or text stops the
// install with a message, so an upgrade cannot silently lose it. It is idempotent. Framework's
// bundle of the old htl (src/.observablehq/cache/_node) is removed so the next build re-bundles.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PACKAGE = join("node_modules", "htl");
const FILE = join(PACKAGE, "src", "index.js");
const MARK = "/* tip-atlas: no inline event-handler attribute */";

const ORIGINAL = `              if ((name === "style" && isObjectLiteral(value)) || typeof value === "function") {
                string += "::" + j;
                nodeFilter |= SHOW_ELEMENT;
                break;
              }`;
const PATCHED = `              if (typeof value === "function" && /^on/i.test(name)) { ${MARK}
                string = string.slice(0, string.length - strings[j - 1].length + attributeNameStart) + "::" + j + "=''";
                arguments[j] = {[name.toLowerCase()]: value};
                nodeFilter |= SHOW_ELEMENT;
                break;
              }
${ORIGINAL}`;

function fail(message) {
  console.error(`scripts/patch-htl.mjs: ${message}`);
  process.exit(1);
}

if (!existsSync(FILE)) fail(`${FILE} is missing: is htl installed?`);
const version = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")).version;
const source = readFileSync(FILE, "utf8");
if (source.includes(MARK)) process.exit(0);
if (version !== "0.3.1")
  fail(
    `htl ${version} is installed; this patch is written for 0.3.1. Check whether the new version still writes on* attributes, then update or remove the patch.`,
  );
const at = source.indexOf(ORIGINAL);
if (at < 0 || source.indexOf(ORIGINAL, at + 1) >= 0)
  fail(`${FILE}: the text to patch was not found exactly once; the package differs from htl 0.3.1 as published.`);
writeFileSync(FILE, source.replace(ORIGINAL, PATCHED));
rmSync(join("src", ".observablehq", "cache", "_node"), { recursive: true, force: true });
console.error(
  `scripts/patch-htl.mjs: htl ${version} patched (${FILE}): on* bindings become properties, never attributes`,
);
