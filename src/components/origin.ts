// Where a dataset comes from, shown under every chart that uses it.
import { html } from "htl";

import type { Origin } from "../lib/origin.js";
export type { Origin };

export function OriginNote(origin: Origin) {
  return html`<details class="origin">
    <summary>Data origin: ${origin.title}</summary>
    <p>${origin.description}</p>
    <dl>
      <dt>Producer</dt>
      <dd>${origin.producer}</dd>
      <dt>Documents dated</dt>
      <dd>${origin.date_range ? `${origin.date_range[0]} to ${origin.date_range[1]}` : "—"}</dd>
      <dt>Licence</dt>
      <dd>${origin.license}</dd>
      <dt>Inputs (SHA-256)</dt>
      <dd>
        <ul>
          ${origin.inputs.map((i) => html`<li><code>${i.path}</code> <code class="hash">${i.sha256.slice(0, 16)}…</code></li>`)}
        </ul>
      </dd>
    </dl>
  </details>`;
}

/** Each table's origin by table name, from catalog.json (written by the build's data pass). */
export function originsOf(catalog: readonly { name: string; origin: Origin }[]): Record<string, Origin> {
  return Object.fromEntries(catalog.map((t) => [t.name, t.origin]));
}
