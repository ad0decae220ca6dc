// The titles, header, footer and icon that scripts/postbuild.mjs puts into every built page (Framework's
// build leaves them out for speed, see observablehq.config.ts): on every page exactly once, with
// every link relative to the page and leading to a page or file the build wrote.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGES, escapeHtml } from "../../scripts/site-chrome.mjs";

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (entry.endsWith(".html")) yield path;
  }
}

/** The file a relative link from `page` (e.g. /countries/PAK) leads to in dist/. */
function target(page: string, href: string): string {
  const path = posix.join(posix.dirname(page), href.split(/[?#]/)[0]);
  if (path.endsWith("/")) return join("dist", path, "index.html");
  return existsSync(join("dist", path)) ? join("dist", path) : join("dist", `${path}.html`);
}

describe("the shared header, footer and icon of every built page", () => {
  const files = [...htmlFiles("dist")];

  it("covers every page the build wrote", () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it("each page has one header with every section, one footer and one icon, all linked relative to it", () => {
    for (const file of files) {
      const page =
        "/" +
        relative("dist", file)
          .split(sep)
          .join("/")
          .replace(/\.html$/, "");
      const html = readFileSync(file, "utf8");
      expect(html.split('<header id="observablehq-header">').length - 1, file).toBe(1);
      expect(html.split('<footer id="observablehq-footer">').length - 1, file).toBe(1);
      const header = html.slice(html.indexOf('<header id="observablehq-header">'), html.indexOf("</header>"));
      const hrefs = [...header.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      // The site name, then each section twice (the wide row and the narrow menu).
      expect(hrefs.length, file).toBe(1 + 2 * PAGES.length);
      for (const href of hrefs) {
        expect(href, `${file}: ${href}`).toMatch(/^\.\.?\//);
        expect(existsSync(target(page, href)), `${file}: ${href}`).toBe(true);
      }
      const icon = html.match(/<link rel="icon" href="([^"]+)" type="image\/svg\+xml">/);
      expect(icon, file).not.toBeNull();
      expect(existsSync(target(page, icon![1])), `${file}: ${icon![1]}`).toBe(true);
    }
  });

  it("country and document pages are titled with their country or document", () => {
    const site = JSON.parse(readFileSync(join("src", "data", "site.json"), "utf8")) as {
      countries: { code: string; name: string }[];
      sources: { id: string; title: string }[];
    };
    const titleOf = (file: string) => readFileSync(file, "utf8").match(/<title>([^<]*)<\/title>/)![1];
    for (const { code, name } of site.countries)
      expect(titleOf(join("dist", "countries", `${code}.html`))).toBe(`${escapeHtml(name)} | tip-atlas`);
    for (const { id, title } of site.sources)
      expect(titleOf(join("dist", "sources", `${id}.html`))).toBe(`${escapeHtml(title)} | tip-atlas`);
    expect(titleOf(join("dist", "countries", "PAK.html"))).toBe("Pakistan | tip-atlas");
  });
});
