// The reviewed data behind the formatting layer: country search aliases and the CSPA list
// sources' readable names. On the real files, and on damaged copies (each problem named by
// path:line, nothing thrown, nothing valid dropped).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { readSearchAliases } from "../../loaders/search-aliases.ts";
import { readCspaLists, readCspaSourceNames } from "../../loaders/reference/cspa.ts";
import { countrySearch } from "../../loaders/build.ts";
import { formatIssue, type DataIssue } from "../../loaders/issues.ts";
import { matchesCountry } from "../../src/components/format.ts";

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ with one file's text changed. */
function damaged(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-fmt-"));
  scratch.push(dir);
  cpSync("data", join(dir, "data"), { recursive: true });
  const path = join(dir, "data", file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
  return join(dir, "data");
}

describe("country search aliases", () => {
  it("the reviewed file reads without problems and names Türkiye and Côte d'Ivoire by their other names", () => {
    const { aliases, issues } = readSearchAliases("data");
    expect(issues).toEqual([]);
    expect(aliases.get("TUR")).toContain("Turkey");
    expect(aliases.get("CIV")).toContain("Ivory Coast");
    // As the pickers get them: every country with a page, with its aliases.
    const search = countrySearch(
      {
        countries: [
          { code: "TUR", name: "Türkiye" },
          { code: "CIV", name: "Côte d'Ivoire" },
        ],
        sources: [],
      },
      aliases,
    );
    const find = (q: string) => search.filter((c) => matchesCountry(c, q)).map((c) => c.code);
    expect(find("Turkey")).toEqual(["TUR"]);
    expect(find("ivory")).toEqual(["CIV"]);
    expect(find("cote")).toEqual(["CIV"]);
  });

  it("names each bad row by path:line and keeps the good ones", () => {
    const dir = damaged(
      "reference/country-search-aliases.csv",
      (t) => t + "XXX,Nowhere,made up\nPAK,Turkey,wrong country\nIND,Hindustan,\nCHE,,empty\n",
    );
    const { aliases, issues } = readSearchAliases(dir);
    const lines = readFileSync(join(dir, "reference/country-search-aliases.csv"), "utf8").trimEnd().split("\n").length;
    const shown = issues.map(formatIssue).map((m) => m.slice(dir.length + 1));
    expect(shown).toEqual([
      `reference/country-search-aliases.csv:${lines - 3}: iso3 "XXX" is not an ISO 3166-1 alpha-3 country code`,
      `reference/country-search-aliases.csv:${lines - 2}: alias "Turkey" is already given to TUR on line 2: one alias, one country`,
      `reference/country-search-aliases.csv:${lines - 1}: note is empty: say why the alias is right`,
      `reference/country-search-aliases.csv:${lines}: alias is empty`,
    ]);
    expect(aliases.get("TUR")).toEqual(["Turkey"]);
    expect(aliases.get("PAK")).toBeUndefined();
  });

  it("npm run check reports a bad alias as path:line and exits 1, with no stack trace", () => {
    const dir = damaged("reference/country-search-aliases.csv", (t) => t + "ZZZ,Nowhere,made up\n");
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", dir], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/country-search-aliases\.csv:\d+: iso3 "ZZZ" is not an ISO 3166-1 alpha-3 country code/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("CSPA list sources", () => {
  it('are shown by name, never by key ("as named by csi2013")', () => {
    const { rows, issues } = readCspaLists("data/reference");
    expect(issues).toEqual([]);
    const keys = readFileSync("data/reference/cspa/cspa-lists.csv", "utf8")
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[2]);
    for (const r of rows) for (const key of new Set(keys)) expect(r.source_title, r.source_title).not.toContain(key);
    expect(rows.find((r) => r.year === 2013 && r.status === "listed")?.source_title).toBe(
      "CSPA list 2013 as named by Child Soldiers International (2 Oct 2013)",
    );
  });

  it("a source with no name, a blank or a repeated name is an error naming its line", () => {
    const dir = damaged("reference/cspa/cspa-source-names.csv", (t) =>
      t.replace(/^csi2013,.*\n/m, "").concat("stimson2022,again\n,no key\n"),
    );
    const issues: DataIssue[] = [];
    const names = readCspaSourceNames(join(dir, "reference"), issues);
    expect(names.get("stimson2022")).toBe("the Stimson Center (2022)");
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [12, 'source_id "stimson2022" is named twice'],
      [13, "source_id and name must both be given"],
    ]);
    const lists = readCspaLists(join(dir, "reference"));
    const csi = lists.issues.filter((i) => i.message.includes("csi2013"));
    expect(csi).toHaveLength(10);
    expect(csi[0].message).toBe('source_id "csi2013" has no readable name in cspa/cspa-source-names.csv (add one)');
  });
});
