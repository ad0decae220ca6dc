// Property tests (fast-check) across the data path: CSV written then read is the identity;
// Parquet written by the loaders reads back identically with hyparquet, the browser's reader.
import fc from "fast-check";
import Papa from "papaparse";
import { parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../loaders/csv.ts";
import { toParquet } from "../../loaders/parquet.ts";
import { TABLE_NAMES, buildCatalog } from "../../loaders/catalog.ts";
import type { ColumnDoc } from "../../src/lib/table.ts";
import { toCsv } from "../../src/components/csv.ts";
import { cellDifferences } from "./helpers.ts";

const COLUMNS = ["id", "text", "note"];
// Field text as reports have it: commas, quotes, line breaks, unicode, leading spaces.
const field = fc.string({
  unit: fc.oneof(
    fc.constantFrom(",", '"', "\n", "\r\n", " ", "’", "—", "₹", "😀"),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe("CSV: write → parse → write", () => {
  it("the download writer and the ledger reader agree on any text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), text: field, note: field }), {
          minLength: 1,
          maxLength: 20,
        }),
        (rows) => {
          const csv = toCsv(rows);
          const table = readCsv("property.csv", csv, COLUMNS, { quotedNewlines: true });
          expect(table.issues).toEqual([]);
          expect(table.records.map((r) => r.values)).toEqual(rows);
          expect(toCsv(table.records.map((r) => r.values as Record<string, string>))).toBe(csv);
          // papaparse (what contributors' tools use) reads the same rows.
          const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: "greedy" });
          expect(parsed.data).toEqual(rows.filter((r) => Object.values(r).some((v) => v !== "")));
        },
      ),
      { numRuns: 300 },
    );
  });
});

async function readWithHyparquet(bytes: Uint8Array) {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return parquetReadObjects({ file });
}

describe("Parquet: the loaders' writer → the browser's reader", () => {
  const { byName: datasets } = buildCatalog("data");

  it.each(TABLE_NAMES)("%s.parquet reads back in hyparquet with every value equal", async (name) => {
    const d = datasets[name];
    const rows = await readWithHyparquet(toParquet(d.rows, d.columns));
    expect(rows.length).toBeGreaterThan(0);
    expect(cellDifferences(name, rows, d.rows, d.columns)).toEqual([]);
  });

  it("any strings, doubles, integers, booleans and nulls survive", async () => {
    const columns: ColumnDoc[] = [
      { name: "s", type: "string?", description: "" },
      { name: "d", type: "double?", description: "" },
      { name: "i", type: "int32?", description: "" },
      { name: "b", type: "boolean", description: "" },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            s: fc.option(fc.string({ unit: "grapheme", maxLength: 30 })),
            d: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
            i: fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
            b: fc.boolean(),
          }),
          { minLength: 1, maxLength: 50 },
        ),
        async (rows) => {
          const back = await readWithHyparquet(toParquet(rows, columns));
          expect(back.map((r) => ({ ...r, d: Object.is(r.d, -0) ? 0 : r.d }))).toEqual(
            rows.map((r) => ({ ...r, d: Object.is(r.d, -0) ? 0 : r.d })),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
