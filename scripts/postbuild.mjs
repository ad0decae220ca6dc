// Finishing touches on dist/*.html that Framework 1.13 has no option for:
//  - the document language (WCAG 3.1.1; axe-core's html-has-lang);
//  - a Content-Security-Policy that lets a page load only from the site itself: scripts from
//    the site or inline scripts whose SHA-256 is listed (Framework inlines each page's module),
//    WebAssembly compilation (DuckDB, parquet-wasm), and nothing from any other origin.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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

let count = 0;
for (const file of htmlFiles("dist")) {
  let html = readFileSync(file, "utf8");
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
console.error(`postbuild: set lang="en" and a Content-Security-Policy on ${count} page(s)`);
