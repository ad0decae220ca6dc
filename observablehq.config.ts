// Observable Framework configuration. Everything the site loads comes from this repository or
// node_modules: no web fonts, no CDN.
export default {
  title: "tip-atlas",
  root: "src",
  pages: [{ name: "Figures from the reports", path: "/" }],
  // The default global stylesheet imports web fonts from a CDN. Instead: the stylesheet of
  // Observable Inputs, which Framework bundles itself but adds only for CDN imports of Inputs.
  globalStylesheets: ["observablehq:stdlib/inputs.css"],
  // Light and dark themes plus the Inputs stylesheet, all bundled offline (see src/style.css).
  style: "style.css",
  search: false,
  footer: "tip-atlas — every figure with its source. Built with Observable Framework from this repository's data.",
};
