// Dashboard data: small Parquet files read with hyparquet (pure JavaScript, no wasm), so a
// chart can draw as soon as its file arrives. DuckDB-wasm is for the SQL workspace only.
import { parquetReadObjects } from "hyparquet";

export type Row = Record<string, any>;

const cache = new Map<string, Promise<Row[]>>();

/** Every row of the Parquet file at `url`, as plain objects. */
export function readParquet(url: string): Promise<Row[]> {
  let rows = cache.get(url);
  if (!rows) {
    rows = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((file) => parquetReadObjects({ file }) as Promise<Row[]>);
    cache.set(url, rows);
  }
  return rows;
}
