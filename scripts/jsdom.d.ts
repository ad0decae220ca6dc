// jsdom comes with Observable Framework (its dependency, so no package of our own) and ships no
// types; scripts/bake-charts.ts uses only its window, through this narrow declaration.
declare module "jsdom" {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
