// CSPA: a second account of a year's list (cspa/cspa-accounts.csv) is data, not a note. On the real
// inputs, the 2022 list as ProPakistani reported it (Iraq instead of Iran) gives Iran and Iraq 2022
// a "disputed" row naming both sides, every account's own row kept; no other country or year is
// disputed. A bad account row is named at its line.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../loaders/issues.ts";
import { loadCspa } from "../../loaders/reference/cspa.ts";
import { readFacts } from "../../loaders/reference/facts.ts";
import { CSPA_STATUSES } from "../../src/lib/vocabulary.ts";
import { cspaTable } from "../../src/lib/tables/cspa.ts";

const { facts } = readFacts();
const cspa = loadCspa(facts, []);

describe("the rival 2022 account of the CSPA list", () => {
  it("builds with no problem", () => {
    expect(cspa.issues).toEqual([]);
    expect(cspa.inputs).toContain("data/reference/cspa/cspa-accounts.csv");
  });

  it("makes Iran and Iraq 2022, and nothing else, listed in one account and not in another", () => {
    const disputed = cspa.rows.filter((r) => r.status === "disputed");
    expect(disputed.map((r) => `${r.country} ${r.year}`).sort()).toEqual(["IRN 2022", "IRQ 2022"]);
    for (const r of disputed) expect(r.conflict).toBe(true);
  });

  it("keeps both sides for Iran 2022: the Stimson list and the press name it, ProPakistani's list does not", () => {
    const iran = cspa.rows.filter((r) => r.country === "IRN" && r.year === 2022);
    const by = (status: string) => iran.filter((r) => r.status === status).map((r) => r.source_title);
    expect(by("listed").sort()).toEqual([
      "CSPA list 2022 as named by the Stimson Center (2022)",
      "Daily The Patriot 2022-07-21",
    ]);
    expect(by("not listed")).toEqual(["CSPA list 2022 as reported by ProPakistani (21 Jul 2022)"]);
    const [row] = iran.filter((r) => r.status === "disputed");
    // The disputed row names every side and every input row behind them.
    expect(row.source_title).toContain("Listed: ");
    expect(row.source_title).toContain("Not listed: CSPA list 2022 as reported by ProPakistani (21 Jul 2022).");
    expect(row.reference_row.split("; ").sort()).toEqual(
      iran
        .filter((r) => r.status !== "disputed")
        .map((r) => r.reference_row)
        .sort(),
    );
    // Every row of the country-year is flagged, none dropped.
    expect(iran.every((r) => r.conflict)).toBe(true);
  });

  it("keeps both sides for Iraq 2022: ProPakistani lists it, the Stimson complete list does not name it", () => {
    const iraq = cspa.rows.filter((r) => r.country === "IRQ" && r.year === 2022);
    expect(iraq.map((r) => [r.status, r.source_title]).sort()).toEqual(
      [
        [
          "disputed",
          "Accounts of the 2022 list differ. Listed: CSPA list 2022 as reported by ProPakistani (21 Jul 2022). Not listed: CSPA list 2022 as named by the Stimson Center (2022).",
        ],
        ["listed", "CSPA list 2022 as reported by ProPakistani (21 Jul 2022)"],
        ["not listed", "CSPA list 2022 as named by the Stimson Center (2022)"],
      ].sort(),
    );
    const account = iraq.find((r) => r.status === "listed")!;
    expect(account.source_url).toBe(
      "https://propakistani.pk/2022/07/21/us-removes-pakistan-from-child-soldiers-recruitment-list/",
    );
    expect(account.reference_row).toBe("data/reference/cspa/cspa-accounts.csv:2");
    // No quote is made up: ProPakistani's list is not stored, and the row says how it is known.
    expect(account.quote).toBeNull();
    expect(account.note).toContain("ProPakistani list omits Iran, adds Iraq");
  });

  it("declares the new status in the vocabulary the cspa table's status column allows", () => {
    expect(CSPA_STATUSES.disputed.label).toBe("Listed in one account, not in another");
    expect(Object.keys(cspaTable.columns.status.values!)).toContain("disputed");
  });

  it("names a bad account row at its file and line", () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-atlas-cspa-"));
    cpSync("data/reference", join(dir, "reference"), { recursive: true });
    const file = join(dir, "reference", "cspa", "cspa-accounts.csv");
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    lines.push("2022,Atlantis,maybe,,http://example.org/,");
    writeFileSync(file, lines.join("\n") + "\n");
    const { issues } = loadCspa(facts, [], join(dir, "reference"));
    const at = `${file}:${lines.length}: `;
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(new RegExp(`^${at}country "Atlantis" is not a known name`)),
      `${at}account_status "maybe" must be listed or not listed`,
      `${at}account and basis must both be given`,
      `${at}source_url "http://example.org/" must be https`,
    ]);
  });
});
