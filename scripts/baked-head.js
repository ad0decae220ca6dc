// Inlined in the <head> of every page with a baked chart (scripts/postbuild.mjs adds it, and
// lists its SHA-256 in the page's Content-Security-Policy; no line of code may start with //). It runs
// before the body is parsed, so the first paint already knows:
//  - that JavaScript runs: the baked chart's note and table for readers without it are hidden
//    (the live chart brings its own), so the baked box is exactly as tall as the live chart;
//  - whether the address asks for another view than the default that was baked (a parameter
//    the page reads for that chart, listed in data-state): the baked chart is then hidden, its
//    space kept, until the live chart of the requested view replaces it.
(() => {
  const root = document.documentElement;
  root.classList.add("baked-js");
  const state = (document.currentScript?.getAttribute("data-state") ?? "").split(" ").filter(Boolean);
  const asked = new URLSearchParams(location.search);
  if (state.some((key) => asked.has(key))) root.classList.add("baked-stale");
})();
