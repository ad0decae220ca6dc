// Framework caches each data loader's output keyed on the loader file alone, so edits to
// loaders/ or data/ would not re-run it: remove the loader outputs before every build and
// preview. _node/ (modules bundled from node_modules) is kept; it depends only on versions.
//
// Framework also asks the npm registry for the versions of its own client libraries (its
// implicit d3, Plot, Inputs, …) even when no page imports them from a CDN. An empty
// _npm/<name>@<version>/ folder answers that question without the network, so the build
// works offline. These are the versions Framework 1.13.4 resolved here; none is downloaded.
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const cache = "src/.observablehq/cache";
if (existsSync(cache)) {
  for (const entry of readdirSync(cache)) {
    if (entry === "_node" || entry === "_npm") continue;
    rmSync(join(cache, entry), { recursive: true, force: true });
  }
}

const PINNED = [
  "@observablehq/plot@0.6.17",
  "@observablehq/sample-datasets@1.0.1",
  "apache-arrow@21.2.0",
  "arquero@8.0.3",
  "d3-dsv@3.0.2",
  "d3@7.9.2",
  "echarts@6.1.0",
  "htl@1.0.0",
  "leaflet@1.9.4",
  "lodash@4.18.1",
  "mapbox-gl@3.32.0",
  "parquet-wasm@0.8.0",
  "react-dom@19.3.1",
  "react@19.3.1",
  "topojson-client@3.1.0",
];
for (const pin of PINNED) mkdirSync(join(cache, "_npm", pin), { recursive: true });
