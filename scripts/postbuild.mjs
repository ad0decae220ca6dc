// Finishing touches on dist/*.html that Framework 1.13 has no option for:
//  - the title of each country and document page, which Framework cannot take from a heading
//    written in JavaScript (names from src/data/site.json, escaped: a title is data);
//  - the header, footer and head every page shares (scripts/site-chrome.mjs), with links made
//    relative to the page as Framework makes them: `observable build` leaves them out because it
//    parses each in jsdom per page (see observablehq.config.ts);
//  - the document language (WCAG 3.1.1; axe-core's html-has-lang);
//  - each page's first chart, baked into its HTML by scripts/bake-charts.ts (issue 22), with the
//    small script its <head> needs (scripts/baked-head.js, inlined: a file there would be a
//    parser-blocking request queued behind the page's ~60 modulepreloads, which delayed the
//    first paint by hundreds of milliseconds; its SHA-256 is listed in the policy below);
//  - a Content-Security-Policy that lets a page load only from the site itself: scripts from
//    the site or inline scripts whose SHA-256 is listed (Framework inlines each page's module),
//    WebAssembly compilation (DuckDB, parquet-wasm), and nothing from any other origin.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { FOOTER, HEAD, HEADER, escapeHtml, relativePath } from "./site-chrome.mjs";
import { tsImport } from "tsx/esm/api";

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (entry.endsWith(".html")) yield path;
  }
}

export function contentSecurityPolicy(html) {
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf(">"))) && m[1].length > 0)
    .map((m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Root-relative href="/…" and src="/…" attributes made relative to the page. */
const relativeLinks = (html, page, rename = (p) => p) =>
  html.replace(/\b(href|src)="(\/[^"]*)"/g, (_, attr, target) => `${attr}="${relativePath(page, rename(target))}"`);

// The icon, copied under a content-hashed name as Framework copies the files a page references.
const ICON = "favicon.svg";
const iconHashed = `/_file/favicon.${createHash("sha256")
  .update(readFileSync(join("src", ICON)))
  .digest("hex")
  .slice(0, 8)}.svg`;
mkdirSync(join("dist", "_file"), { recursive: true });
copyFileSync(join("src", ICON), join("dist", iconHashed));
const renameAsset = (target) => (target === `/${ICON}` ? iconHashed : target);

/** `html` with `insert` put before (or after) the only occurrence of `anchor`, or the build stops. */
function insertAt(html, anchor, insert, file, where) {
  const at = html.indexOf(anchor);
  if (at < 0 || html.indexOf(anchor, at + 1) >= 0)
    throw new Error(`${file}: expected one ${JSON.stringify(anchor)}; update scripts/postbuild.mjs`);
  const cut = where === "before" ? at : at + anchor.length;
  return html.slice(0, cut) + insert + html.slice(cut);
}

// The baked charts' head script, inlined without its comments (the policy lists its hash).
const bakedHeadCode = readFileSync(join("scripts", "baked-head.js"), "utf8")
  .split("\n")
  .filter((line) => !/^\s*\/\//.test(line))
  .join("\n")
  .trim();
const bakeStarted = performance.now();
// The chart components are TypeScript: loaded through tsx, as the data pass is.
const { BakeError, Data, bakePage } = await tsImport("./bake-charts.ts", import.meta.url);
const bakeData = new Data();
let bakedCharts = 0;

const site = JSON.parse(readFileSync(join("src", "data", "site.json"), "utf8"));
const TITLES = new Map([
  ...site.countries.map((c) => [`/countries/${c.code}`, c.name]),
  ...site.sources.map((s) => [`/sources/${s.id}`, s.title]),
]);

let count = 0;
for (const file of htmlFiles("dist")) {
  let html = readFileSync(file, "utf8");
  if (html.includes('<header id="observablehq-header">'))
    throw new Error(`${file}: already has its header; run observable build again before scripts/postbuild.mjs`);
  // The page's path as Framework names it: dist/countries/PAK.html → /countries/PAK.
  const page =
    "/" +
    relative("dist", file)
      .split(sep)
      .join("/")
      .replace(/\.html$/, "");
  if (TITLES.has(page)) {
    const generic = "<title>tip-atlas</title>";
    if (html.split(generic).length !== 2)
      throw new Error(`${file}: expected one ${generic}; update scripts/postbuild.mjs`);
    html = html.replace(generic, `<title>${escapeHtml(TITLES.get(page))} | tip-atlas</title>`);
  }
  html = insertAt(
    html,
    '<div id="observablehq-center">',
    `\n<header id="observablehq-header">\n${relativeLinks(HEADER, page)}\n</header>`,
    file,
    "after",
  );
  html = insertAt(
    html,
    "\n</main>",
    `\n<footer id="observablehq-footer">\n<div>${relativeLinks(FOOTER, page)}</div>\n</footer>`,
    file,
    "after",
  );
  let baked;
  try {
    baked = await bakePage(html, page, bakeData, file);
  } catch (error) {
    // A wrong placeholder is the page author's input: its file and line, no stack trace.
    if (!(error instanceof BakeError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  html = baked.html;
  bakedCharts += baked.count;
  const bakedHead = baked.count ? `\n<script data-state="${baked.state.join(" ")}">${bakedHeadCode}</script>` : "";
  html = insertAt(
    html,
    '\n<script type="module">',
    `\n${relativeLinks(HEAD + bakedHead, page, renameAsset)}`,
    file,
    "before",
  );
  if (!html.startsWith("<!DOCTYPE html>\n<html>"))
    throw new Error(`${file}: unexpected document start; update scripts/postbuild.mjs`);
  html = html.replace("<!DOCTYPE html>\n<html>", '<!DOCTYPE html>\n<html lang="en">');
  if (!html.includes('<meta charset="utf-8">\n'))
    throw new Error(`${file}: no charset meta; update scripts/postbuild.mjs`);
  html = html.replace(
    '<meta charset="utf-8">\n',
    `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">\n`,
  );
  writeFileSync(file, html);
  count++;
}
console.error(
  `postbuild: baked ${bakedCharts} first chart(s) in ${((performance.now() - bakeStarted) / 1000).toFixed(1)} s (with the pages' other finishing touches)`,
);
console.error(`postbuild: set lang="en" and a Content-Security-Policy on ${count} page(s)`);
