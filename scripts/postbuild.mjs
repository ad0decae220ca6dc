// Finishing touches on dist/*.html that Framework 1.13 has no option for: the document
// language (WCAG 3.1.1; axe-core's html-has-lang).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (entry.endsWith(".html")) yield path;
  }
}

let count = 0;
for (const file of htmlFiles("dist")) {
  const html = readFileSync(file, "utf8");
  if (!html.startsWith("<!DOCTYPE html>\n<html>")) throw new Error(`${file}: unexpected document start; update scripts/postbuild.mjs`);
  writeFileSync(file, html.replace("<!DOCTYPE html>\n<html>", '<!DOCTYPE html>\n<html lang="en">'));
  count++;
}
console.error(`postbuild: set lang="en" on ${count} page(s)`);
