// The README's "Adding a table", followed literally in a scratch copy of the repository, then the
// site built there (`npm run build`): /explore has the new table in DuckDB, with its dictionary.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readmeFiles } from "../readme-files.ts";
import { launchChromium } from "./browser.ts";
import { visit, type Site } from "./helpers.ts";
import { serveDirectory } from "./server.ts";

const run = promisify(execFile);
let repo: string;
let site: Site | undefined;

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), "tip-atlas-add-table-site-"));
  const parts = ["loaders", "src", "scripts", "data", "observablehq.config.ts", "package.json", "tsconfig.json"];
  for (const part of parts) cpSync(part, join(repo, part), { recursive: true });
  // What the build writes is rebuilt in the copy, not copied.
  rmSync(join(repo, "src", ".observablehq"), { recursive: true, force: true });
  rmSync(join(repo, "src", "data"), { recursive: true, force: true });
  symlinkSync(resolve("node_modules"), join(repo, "node_modules"));
  for (const [path, text] of readmeFiles(readFileSync("README.md", "utf8"), "### Adding a table")) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  await run("npm", ["run", "--silent", "build"], { cwd: repo, maxBuffer: 64 << 20 });
  const server = await serveDirectory(join(repo, "dist"));
  const browser = await launchChromium();
  site = {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}, 300_000);

afterAll(async () => {
  await site?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe("a table added as the README says", () => {
  it("is a table on /explore, with its rows and its dictionary", async () => {
    const sql = "SELECT country, year, count FROM example_counts ORDER BY year";
    const { page, consoleErrors } = await visit(
      site!,
      `/explore?sql=${encodeURIComponent(sql)}`,
      ".query-result table",
    );
    await expect.poll(() => page.locator(".query-stats").textContent()).toContain("2 rows");
    const cells = await page.locator(".query-result tbody td").allTextContents();
    expect(cells.map((c) => c.trim())).toEqual(expect.arrayContaining(["PAK", "IND"]));
    expect(await page.locator("details.schema-table", { hasText: "example_counts" }).textContent()).toContain(
      "How many were counted.",
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
