// Observable Framework configuration. Everything the site loads comes from this repository or
// node_modules: no web fonts, no CDN.
import { readFileSync } from "node:fs";
import type { SitePaths } from "./loaders/build.ts";

// Pages per country and per document: listed by the data pass (npm run data, loaders/build.ts),
// which `npm run build` and `npm run dev` run before Framework.
function sitePaths(): SitePaths {
  try {
    return JSON.parse(readFileSync("src/data/site.json", "utf8"));
  } catch {
    throw new Error("src/data/site.json is missing: run `npm run data` (npm run build and npm run dev do) first");
  }
}
const site = sitePaths();
const paths = [...site.countries.map((c) => `/countries/${c}`), ...site.sources.map((id) => `/sources/${id}`)];

export const PAGES = [
  { name: "Overview", path: "/" },
  { name: "Countries", path: "/countries" },
  { name: "Prevalence", path: "/prevalence" },
  { name: "Tiers and lists", path: "/tiers" },
  { name: "Protection and enforcement", path: "/enforcement" },
  { name: "Victims, prosecutions, convictions", path: "/glotip" },
  { name: "Timeline", path: "/timeline" },
  { name: "All figures", path: "/figures" },
  { name: "Sources", path: "/sources" },
  { name: "Explore (SQL)", path: "/explore" },
  { name: "Add data", path: "/add-data" },
];

const links = PAGES.map((p) => `<a href="${p.path}">${p.name}</a>`).join("");

export default {
  title: "tip-atlas",
  root: "src",
  pages: PAGES,
  // Country and document pages (src/data/site.json).
  dynamicPaths: paths,
  // The default global stylesheet imports web fonts from a CDN. Instead: the stylesheet of
  // Observable Inputs, which Framework bundles itself but adds only for CDN imports of Inputs.
  globalStylesheets: ["observablehq:stdlib/inputs.css"],
  // Light and dark themes, bundled offline (see src/style.css).
  style: "style.css",
  // Framework 1.13's sidebar nests a <label> in its <ol> and labels its toggle by title only,
  // which axe-core rejects; a plain header navigation is accessible and fits 375 px.
  sidebar: false,
  head: '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
  // Wide screens show every link in one row; narrow ones a "Menu" that opens them (no script:
  // <details>), so the fixed header stays one line high at 375 px.
  header: `<nav class="site-nav" aria-label="Sections"><a class="site-name" href="/">tip-atlas</a><span class="site-links">${links}</span><details class="site-menu"><summary>Menu</summary><div class="site-menu-links">${links}</div></details></nav>`,
  pager: false,
  search: false,
  footer: "tip-atlas: every figure with its source. Built with Observable Framework from this repository's data.",
};
