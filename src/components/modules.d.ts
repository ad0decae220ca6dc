// These packages ship no type declarations; we use them through narrow, checked call sites.
declare module "htl" {
  export const html: (strings: TemplateStringsArray, ...values: unknown[]) => HTMLElement;
}
declare module "@observablehq/inputs" {
  export function table(data: unknown[], options?: Record<string, unknown>): HTMLElement;
  export function select(data: unknown[], options?: Record<string, unknown>): HTMLElement;
  export function checkbox(data: unknown[], options?: Record<string, unknown>): HTMLElement;
}
declare module "topojson-client" {
  export function feature(topology: unknown, object: unknown): unknown;
}
