// Observable Framework configuration. Everything the site loads comes from this repository or
// node_modules: no web fonts, no CDN.
import { readFileSync } from "node:fs";
import type { SitePaths } from "./loaders/build.ts";
import { FOOTER, HEAD, HEADER, PAGES } from "./scripts/site-chrome.mjs";

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
const paths = [...site.countries.map((c) => `/countries/${c.code}`), ...site.sources.map((s) => `/sources/${s.id}`)];

// The pages, header, footer and head every page shares: scripts/site-chrome.mjs.
export { PAGES };

// `observable build` leaves the shared header, footer and head out and scripts/postbuild.mjs puts
// them into every page as Framework would (byte for byte, compared when written; the e2e tests
// check every page's header, links and icon). Framework parses each of the three in three fresh
// jsdom windows per page (9 of the 11 windows a page costs): about 10 s of a 30 s build for 215
// pages. `npm run dev` renders them as usual.
const building = process.argv.includes("build");

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
  head: building ? null : HEAD,
  header: building ? null : HEADER,
  pager: false,
  search: false,
  footer: building ? null : FOOTER,
};
