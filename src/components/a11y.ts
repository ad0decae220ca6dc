// Plot labels marks and groups with aria-label but gives them no role, and ARIA prohibits a
// name on an element without one (axe-core: aria-prohibited-attr). Give each a role.
export function fixAria<T extends Element>(chart: T): T {
  for (const el of chart.querySelectorAll("[aria-label]:not([role])")) {
    if (el.tagName.toLowerCase() === "svg") continue;
    el.setAttribute("role", el.tagName.toLowerCase() === "g" ? "group" : "img");
  }
  return chart;
}
