// Framework's cache folder, made safe before every build and preview. The site has no data
// loaders (the data pass, loaders/build.ts, writes src/data/ before Framework starts), so the
// cache holds only _node/ (modules bundled from node_modules) and _npm/, and this script:
//  - verifies _node/: a build stopped while copying left a truncated DuckDB wasm there that every
//    later build shipped. Files copied verbatim (.wasm, .json) must match node_modules byte for
//    byte; if one does not, _node/ is removed for Framework to rebuild;
//  - stops a second build or preview from racing the first on this folder, naming it;
//  - answers Framework's question for the versions of its own client libraries (its implicit d3,
//    Plot, Inputs, …), which it asks the npm registry even when no page imports them from a CDN:
//    an empty _npm/<name>@<version>/ folder answers it without the network, so the build works
//    offline. These are the versions Framework 1.13.4 resolved here; none is downloaded.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const cache = "src/.observablehq/cache";
const LOCK = join(cache, ".build.lock");

/** The command line of process `pid`, or null when it is gone (Linux /proc). */
function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
  } catch {
    return null;
  }
}
const parentOf = (pid) => {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1]);
  } catch {
    return 0;
  }
};

// The build (or preview) this cleaning belongs to: the nearest ancestor running Framework's CLI
// (npm runs "clean:cache && observable build" in one shell, which lives for the whole build).
let owner = 0;
for (let pid = process.ppid; pid > 1; pid = parentOf(pid)) {
  if (/observable (build|preview)/.test(commandLine(pid) ?? "")) {
    owner = pid;
    break;
  }
}
if (existsSync(LOCK)) {
  const [pid, ...what] = readFileSync(LOCK, "utf8").trim().split(" ");
  const holder = Number(pid);
  if (holder && holder !== owner && commandLine(holder) !== null) {
    console.error(
      `clean-cache: another ${what.join(" ") || "build"} (pid ${holder}) is using ${cache}; two at once corrupt it ` +
        `("file conflict", "ENOENT rename"). Wait for it to finish or stop it, then run again.`,
    );
    process.exit(1);
  }
}
if (owner) {
  mkdirSync(cache, { recursive: true });
  writeFileSync(LOCK, `${owner} ${/observable preview/.test(commandLine(owner)) ? "preview" : "build"}\n`);
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

const sha256 = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

/** Packages under _node/ ("name@version" folders, scoped ones one level down). */
function cachedPackages(nodeCache) {
  if (!existsSync(nodeCache)) return [];
  return readdirSync(nodeCache).flatMap((entry) =>
    entry.startsWith("@") ? readdirSync(join(nodeCache, entry)).map((sub) => join(entry, sub)) : [entry],
  );
}

/** Why the cached package `folder` (e.g. "@duckdb/duckdb-wasm@1.32.0") cannot be trusted, or null. */
function staleReason(nodeCache, folder) {
  const at = folder.lastIndexOf("@");
  if (at <= 0) return null;
  const name = folder.slice(0, at);
  const version = folder.slice(at + 1);
  const installed = join("node_modules", name);
  if (!existsSync(join(installed, "package.json"))) return null;
  // A nested dependency (apache-arrow@17 under duckdb-wasm) has no top-level copy to compare with.
  const actual = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).version;
  if (version !== "undefined" && version !== actual) return null;
  for (const file of files(join(nodeCache, folder))) {
    if (/\.(m?js|css|map)$/.test(file)) continue; // bundled, not copied: no original to compare
    const original = join(installed, relative(join(nodeCache, folder), file).split(sep).join("/"));
    if (!existsSync(original)) continue;
    if (statSync(original).size !== statSync(file).size)
      return `${relative(nodeCache, file)} is ${statSync(file).size} bytes, node_modules has ${statSync(original).size}`;
    if (sha256(original) !== sha256(file)) return `${relative(nodeCache, file)} differs from node_modules`;
  }
  return null;
}

const nodeCache = join(cache, "_node");
for (const folder of cachedPackages(nodeCache)) {
  const reason = staleReason(nodeCache, folder);
  if (!reason) continue;
  // Bundles import one another, and Framework rebuilds a missing bundle only with its importers:
  // the whole _node/ goes.
  console.warn(`clean-cache: removing ${nodeCache} (${reason}); Framework rebuilds it`);
  rmSync(nodeCache, { recursive: true, force: true });
  break;
}
