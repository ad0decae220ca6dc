// What every page shares: the sections (Framework's `pages`), the header navigation, the footer
// and the extra <head> markup. Read by observablehq.config.ts (for `npm run dev`) and by
// scripts/postbuild.mjs, which inserts them into every built page.
import { posix } from "node:path";

export const PAGES = [
  { name: "Overview", path: "/" },
  { name: "Countries", path: "/countries" },
  { name: "Prevalence", path: "/prevalence" },
  { name: "Tiers and lists", path: "/tiers" },
  { name: "Enforcement", path: "/enforcement" },
  { name: "Victims and convictions", path: "/glotip" },
  { name: "Funding", path: "/funding" },
  { name: "Timeline", path: "/timeline" },
  { name: "All figures", path: "/figures" },
  { name: "Sources", path: "/sources" },
  { name: "Data quality", path: "/data-quality" },
  { name: "Explore (SQL)", path: "/explore" },
  { name: "Add data", path: "/add-data" },
];

const links = PAGES.map((p) => `<a href="${p.path}">${p.name}</a>`).join("");

// Links are written from the site's root; each page gets them relative to itself.
export const HEAD = '<link rel="icon" href="/favicon.svg" type="image/svg+xml">';

// Wide screens show every link in one row; narrow ones a "Menu" that opens them (no script:
// <details>), so the fixed header stays one line high at 375 px. Framework 1.13's sidebar nests a
// <label> in its <ol> and labels its toggle by title only, which axe-core rejects.
export const HEADER = `<nav class="site-nav" aria-label="Sections"><a class="site-name" href="/">tip-atlas</a><span class="site-links">${links}</span><details class="site-menu"><summary>Menu</summary><div class="site-menu-links">${links}</div></details></nav>`;

export const FOOTER =
  "tip-atlas: every figure with its source. Built with Observable Framework from this repository's data.";

/** `target` (from the site's root) relative to the page `source`, as Framework 1.13 writes links. */
export function relativePath(source, target) {
  const from = posix.join("/", source).split(/[/]+/g).slice(0, -1);
  const to = posix.join("/", target).split(/[/]+/g);
  const last = to.pop();
  let i = 0;
  while (i < Math.min(from.length, to.length) && from[i] === to[i]) ++i;
  const up = from.length - i;
  return (up ? "../".repeat(up) : "./") + to.slice(i).concat(last).join("/");
}

/** Text (a country's or a document's name) safe inside HTML. */
export const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
