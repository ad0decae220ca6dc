import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tableFromIPC } from "@uwdata/flechette";
import { parquetToArrowIPC, toParquet } from "../../loaders/parquet.ts";
import { TABLE_NAMES, buildCatalog } from "../../loaders/catalog.ts";
import type { ColumnDoc } from "../../src/lib/table.ts";
import { cellDifferences } from "./helpers.ts";

const readBack = (bytes: Uint8Array) => tableFromIPC(parquetToArrowIPC(bytes), { useProxy: false }).toArray();

describe("Parquet output", () => {
  const { byName: datasets } = buildCatalog("data");

  it.each(TABLE_NAMES)("%s.parquet holds exactly the ledger's rows, typed by the dictionary", (name) => {
    const dataset = datasets[name];
    const rows = readBack(toParquet(dataset.rows, dataset.columns));
    expect(rows.length).toBeGreaterThan(0);
    expect(cellDifferences(name, rows, dataset.rows, dataset.columns)).toEqual([]);
  });

  it("refuses a row without a required value", () => {
    const columns: ColumnDoc[] = [{ name: "id", type: "string", description: "" }];
    expect(() => toParquet([{ id: null }], columns)).toThrow(/column id is required/);
  });

  it("round-trips any strings, numbers and nulls", () => {
    const columns: ColumnDoc[] = [
      { name: "text", type: "string?", description: "" },
      { name: "value", type: "double?", description: "" },
      { name: "n", type: "int32", description: "" },
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.option(fc.string({ unit: "grapheme" })),
            value: fc.option(fc.double({ noNaN: true })),
            n: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
          }),
          { maxLength: 30 },
        ),
        (rows) => {
          expect(readBack(toParquet(rows, columns))).toEqual(rows);
        },
      ),
      { numRuns: 60 },
    );
  });
});
