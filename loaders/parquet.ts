// Tables to Parquet: arquero builds the table in the column order and types of the data
// dictionary, flechette encodes it as Arrow IPC, and parquet-wasm writes Parquet (see README,
// "Why parquet-wasm", for the measurement against @duckdb/node-api).
import * as aq from "arquero";
import { bool, dictionary, float64, int32, utf8, type DataType } from "@uwdata/flechette";
import { Compression, Table, WriterPropertiesBuilder, readParquet, writeParquet } from "parquet-wasm";
import type { ColumnDoc } from "../src/lib/table.ts";

// Strings are dictionary-encoded in Arrow: each distinct value is encoded to UTF-8 once, not once
// per row (GLOTIP repeats a few hundred names over 105,325 rows; this took the data pass from 3.3 to
// 2.6 s). Parquet stores them as strings, dictionary-encoded as before; readers see strings.
const ARROW_TYPES: Record<ColumnDoc["type"], () => DataType> = {
  string: () => dictionary(utf8()),
  "string?": () => dictionary(utf8()),
  double: float64,
  "double?": float64,
  int32: int32,
  "int32?": int32,
  boolean: bool,
  "boolean?": bool,
};

/** Rows → Arrow IPC stream bytes, typed by the dictionary (so all-null columns keep their type). */
export function toArrowIPC(rows: Record<string, unknown>[], columns: ColumnDoc[]): Uint8Array {
  const data: Record<string, unknown[]> = {};
  for (const c of columns) {
    data[c.name] = rows.map((r) => {
      const v = r[c.name];
      if ((v === null || v === undefined) && !c.type.endsWith("?"))
        throw new Error(`column ${c.name} is required but a row has no value`);
      return v ?? null;
    });
  }
  const table = aq.table(data);
  const types = Object.fromEntries(columns.map((c) => [c.name, ARROW_TYPES[c.type]()]));
  return aq.toArrowIPC(table, { format: "stream", types }) as Uint8Array;
}

/**
 * Rows → Parquet bytes, with `metadata` stored as key-value metadata in the file footer so
 * the file carries its own origin. Snappy keeps it readable by every Parquet reader.
 */
export function toParquet(
  rows: Record<string, unknown>[],
  columns: ColumnDoc[],
  metadata: Record<string, string> = {},
): Uint8Array {
  const table = Table.fromIPCStream(toArrowIPC(rows, columns));
  const props = new WriterPropertiesBuilder()
    .setCompression(Compression.SNAPPY)
    .setKeyValueMetadata(new Map(Object.entries(metadata)))
    .build();
  return writeParquet(table, props);
}

/** Parquet bytes → Arrow IPC stream (used by tests to read back what was written). */
export function parquetToArrowIPC(bytes: Uint8Array): Uint8Array {
  return readParquet(bytes).intoIPCStream();
}
