// npm run dev: Framework's preview server, with the data pass (loaders/build.ts) run at start and
// again whenever an input or a loader changes. Framework reloads a page when a file it uses
// changes (its Markdown, its components, or a file in src/data/ that the pass rewrote; the pass
// leaves unchanged files alone). On a fresh clone the pass runs before the server, which needs
// its list of pages; afterwards the server starts at once and the pass runs beside it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, watch } from "node:fs";
import { join } from "node:path";

const WATCHED = ["data", "loaders", "src/lib"];
// The data pass, in this Node with tsx loaded (no npx or tsx CLI process in between).
const DATA_PASS = ["--import", "tsx", "scripts/build-data.ts"];
const run = (command, args) => spawn(command, args, { stdio: "inherit" });

const SITE = "src/data/site.json";
const firstRun = !existsSync(SITE);
if (firstRun && spawnSync(process.execPath, DATA_PASS, { stdio: "inherit" }).status !== 0) process.exit(1);
const pages = () => (existsSync(SITE) ? readFileSync(SITE, "utf8") : "");
const pagesAtStart = pages();

const preview = run("npx", ["observable", "preview", ...process.argv.slice(2)]);
preview.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => preview.kill(signal));

let timer = null;
let running = false;
let again = false;
function rebuild() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  run(process.execPath, DATA_PASS).on("exit", (code) => {
    running = false;
    if (code !== 0)
      console.error("data: the site keeps the data of the last good pass until the problems above are fixed");
    if (again) {
      again = false;
      rebuild();
    }
  });
}
// One watch per folder, not Node's recursive watch: on Linux that one follows files by inode and
// goes deaf to a file an editor replaced (sed -i, atomic saves). A folder's watch hears every
// file in it, whatever its inode; folders created later are watched when they appear.
const watching = new Set();
function watchTree(dir) {
  if (watching.has(dir)) return;
  watching.add(dir);
  watch(dir, (_event, file) => {
    if (!file || /^\.|~$|\.tmp$/.test(file)) return; // editors' and atomic writes' temporary files
    const path = join(dir, file);
    if (existsSync(path) && statSync(path).isDirectory()) watchTree(path);
    clearTimeout(timer);
    timer = setTimeout(rebuild, 200);
  });
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory() && !entry.name.startsWith(".")) watchTree(join(dir, entry.name));
}
for (const dir of WATCHED) watchTree(dir);
if (!firstRun) rebuild();
