// The first chart of a page is baked into its HTML at build time (scripts/bake-charts.ts, filled
// in by scripts/postbuild.mjs), so it is on screen before any JavaScript runs. The page wraps its
// live chart in `unbake(id, live)`: the baked copy is removed in the same frame the live chart is
// drawn, so the page never shows both, nor a gap between them.
//
// This module imports nothing: pages import it statically and Framework preloads it, so it must
// not pull Plot or a data reader onto the path of the first paint.

/**
 * Is `live` drawn: in the page, with its chart's SVG, or (a message saying why there is no chart)
 * with text and no chart still to come? Framework's resize() is an empty, relatively positioned
 * <div> until its ResizeObserver draws the chart into it, sometimes a frame after it is inserted.
 */
function drawn(live: Element): boolean {
  if (!live.isConnected) return false;
  if (live.querySelector("svg")) return true;
  const pending = (el: Element) => el instanceof HTMLElement && el.style.position === "relative" && !el.firstChild;
  return !pending(live) && ![...live.querySelectorAll("div")].some(pending) && (live.textContent ?? "").trim() !== "";
}

/**
 * `live`, unchanged, with the baked chart `id` removed once `live` is drawn. A MutationObserver
 * callback is a microtask: it runs before the browser paints, so no frame shows both, or neither.
 */
export function unbake<T extends Element>(id: string, live: T): T {
  const observer = new MutationObserver(() => {
    if (!drawn(live)) return;
    observer.disconnect();
    for (const baked of document.querySelectorAll(`.baked-chart[data-bake="${CSS.escape(id)}"]`)) baked.remove();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return live;
}
