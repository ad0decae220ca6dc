// The first chart of a page is baked into its HTML at build time (scripts/bake-charts.ts, filled
// in by scripts/postbuild.mjs), so it is on screen before any JavaScript runs. The page wraps its
// live chart in `unbake(id, live)`: the baked copy is removed in the same frame the live chart is
// drawn, so the page never shows both, nor a gap between them.
//
// This module imports nothing: pages import it statically and Framework preloads it, so it must
// not pull Plot or a data reader onto the path of the first paint.

const pending = (el: Element) => el instanceof HTMLElement && el.style.position === "relative" && !el.firstChild;

/**
 * Is `live` drawn: in the page, with its chart's SVG, or (a message saying why there is no chart)
 * with text and no chart still to come? Framework's resize() is an empty, relatively positioned
 * <div> until its ResizeObserver draws the chart into it, sometimes a frame after it is inserted.
 */
function drawn(live: Element): boolean {
  if (!live.isConnected) return false;
  // A resize() still empty comes first: a card that holds one (a country page's tier history) can
  // hold another SVG already (its legend's swatches).
  if (pending(live) || [...live.querySelectorAll("div")].some(pending)) return false;
  return live.querySelector("svg") !== null || (live.textContent ?? "").trim() !== "";
}

/**
 * `live`, with the baked chart (or text, `.baked-text`) `id` removed once `live` is drawn. A
 * MutationObserver callback is a microtask: it runs before the browser paints, so no frame shows
 * both, or neither. A `live` that holds a resize() still to draw (a whole card) is laid out
 * beside the page until then, invisible, at the baked copy's width: in the flow, its text would
 * push the page down under the baked copy for the frames before its chart is drawn.
 */
export function unbake<T extends Element>(id: string, live: T): T {
  const key = CSS.escape(id);
  const selector = [".baked-chart", ".baked-text", ".baked-controls"].map((c) => `${c}[data-bake="${key}"]`).join(", ");
  const first = document.querySelector(selector);
  let restore: (() => void) | null = null;
  if (first && live instanceof HTMLElement && [...live.querySelectorAll("div")].some(pending)) {
    const style = live.getAttribute("style");
    const width = first.getBoundingClientRect().width;
    Object.assign(live.style, {
      position: "absolute",
      visibility: "hidden",
      boxSizing: "border-box",
      width: `${width}px`,
    });
    restore = () => (style === null ? live.removeAttribute("style") : live.setAttribute("style", style));
  }
  const observer = new MutationObserver(() => {
    if (!drawn(live)) return;
    observer.disconnect();
    restore?.();
    for (const baked of document.querySelectorAll(selector)) baked.remove();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return live;
}
