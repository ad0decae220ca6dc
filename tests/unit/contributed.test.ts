// The dataset contract: one file in a datasets folder becomes a checked table.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContributed } from "../../loaders/contributed.ts";
import { formatIssue } from "../../loaders/issues.ts";

function datasetFile(dir: string, name: string, rows: string) {
  writeFileSync(
    join(dir, `${name}.ts`),
    `
    export default {
      name: "${name}", title: "A test table", producer: "tests", description: "rows for a test", license: "CC0",
      date_range: ["2020", "2021"],
      columns: [
        { name: "country", type: "string", description: "ISO3" },
        { name: "year", type: "int32", description: "year" },
        { name: "value", type: "double?", description: "a value" },
      ],
      load: () => ({ rows: ${rows}, issues: [], inputs: [] }),
    };`,
  );
}

describe("contributed datasets", () => {
  it("the bundled example loads with its origin and no problem", async () => {
    const [example] = await loadContributed("data");
    expect(example.dataset.name).toBe("gsi_2018_vulnerability");
    expect(example.issues).toEqual([]);
    expect(example.rows.find((r) => r.country === "PAK")).toMatchObject({ country_name: "Pakistan" });
    expect(example.origin.inputs.map((i) => i.path)).toContain("loaders/datasets/gsi_2018_vulnerability.ts");
  });

  it("a new file in the folder is a new table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-atlas-datasets-"));
    datasetFile(
      dir,
      "test_table",
      `[{ country: "PAK", year: 2020, value: 1.5 }, { country: "IND", year: 2021, value: null }]`,
    );
    const [loaded] = await loadContributed("data", dir);
    expect(loaded.issues).toEqual([]);
    expect(loaded.rows).toHaveLength(2);
    expect(loaded.dataset.columns.map((c) => c.name)).toEqual(["country", "year", "value"]);
  });

  it("rows that break their declared columns are problems naming the dataset and row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-atlas-datasets-"));
    datasetFile(dir, "bad_table", `[{ country: "PAK", year: 2020.5, value: "high" }, { year: 2021, extra: 1 }]`);
    writeFileSync(join(dir, "not_a_dataset.ts"), "export const x = 1;");
    const loaded = await loadContributed("data", dir);
    const messages = loaded
      .flatMap((l) => l.issues)
      .map(formatIssue)
      .map((m) => m.replace(dir, "{dir}"));
    expect(messages).toEqual([
      "loaders/datasets/bad_table.ts row 1: bad_table.year is not an integer (2020.5)",
      'loaders/datasets/bad_table.ts row 1: bad_table.value is not a finite number ("high")',
      "loaders/datasets/bad_table.ts row 2: bad_table.country is required (undefined)",
      "loaders/datasets/bad_table.ts row 2: bad_table: columns not declared: extra",
      "loaders/datasets/not_a_dataset.ts: must export default a dataset: { name, title, producer, description, license, date_range, columns, load }",
    ]);
  });
});
