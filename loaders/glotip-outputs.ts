// The GLOTIP outputs: the glotip and glotip_revisions tables (columns from their declarations in
// src/lib/tables/glotip.ts), the small slice a page draws its first chart from, and the origin.
import { formatIssue } from "./issues.ts";
import { hashFiles, type Origin } from "./origin.ts";
import { toParquet } from "./parquet.ts";
import { loadGlotip, type GlotipResult, type GlotipRow } from "./reference/glotip.ts";
import { numericCode } from "./countries.ts";
import type { ColumnDoc } from "./schema.ts";
import { glotipDeclaration, glotipRevisionsDeclaration } from "../src/lib/tables/glotip.ts";

export const DATA_DIR = process.env.TIP_ATLAS_DATA || "data";

type Declaration = { columns: Record<string, { type: string; description: string }> };
export const columnsOf = (d: Declaration): ColumnDoc[] =>
  Object.entries(d.columns).map(([name, c]) => ({
    name,
    type: c.type as ColumnDoc["type"],
    description: c.description,
  }));

export const GLOTIP_COLUMNS = columnsOf(glotipDeclaration);
export const GLOTIP_REVISION_COLUMNS = columnsOf(glotipRevisionsDeclaration);

/** The slice for first paint: national totals of every indicator, both editions. */
export const TOTALS_COLUMNS: ColumnDoc[] = [
  ...GLOTIP_COLUMNS.filter((c) =>
    [
      "edition",
      "iso3",
      "country_name",
      "region",
      "subregion",
      "indicator",
      "year",
      "value",
      "value_low",
      "value_high",
      "censored",
      "value_text",
      "source_row",
    ].includes(c.name),
  ),
  { name: "iso_numeric", type: "string", description: "ISO 3166-1 numeric code (matches world-atlas shapes)" },
];

export const isNationalTotal = (r: GlotipRow) =>
  r.iso3 !== null && r.dimension === "Total" && r.sex === "Total" && r.age === "Total" && r.parts === 1;

export function glotipOrigin(result: GlotipResult, dataset: string): Origin {
  const o = result.origin!;
  const editions = o.editions.map((e) => e.edition).sort();
  return {
    dataset,
    title: dataset === "glotip_revisions" ? `${o.title}: revisions between editions` : o.title,
    producer: o.producer,
    description:
      dataset === "glotip_revisions"
        ? "Values UNODC changed between its 2023-05-30 and 2025-04-14 editions, with both values and the size of the change."
        : "Counts of detected victims, persons prosecuted, convicted and brought into formal contact, and offences, as national authorities reported them to UNODC. Cells under 5 are suppressed by UNODC and kept here as censored (1 to 4). Coverage changes from year to year.",
    license: o.license,
    date_range: [editions[0], editions[editions.length - 1]],
    details: {
      url: o.url,
      claim_kind: o.claim_kind,
      editions: o.editions.map((e) => ({
        edition: e.edition,
        file: e.csv,
        original_xlsx: e.xlsx_url,
        original_xlsx_sha256: e.xlsx_sha256,
        copy_kept_in: e.copy_kept_in,
      })),
      rows: result.rows.length,
      censored_rows: result.rows.filter((r) => r.censored).length,
      repeated_keys: result.repeatedKeys,
      revisions: result.revisions.length,
    },
    inputs: hashFiles(result.inputs),
  };
}

/** Load both editions; on any problem, report each as path:line and exit non-zero. */
export function loadGlotipOrExit(dataDir = DATA_DIR): GlotipResult {
  const result = loadGlotip(`${dataDir}/reference`);
  if (result.issues.length || !result.origin) {
    for (const issue of result.issues) process.stderr.write(formatIssue(issue) + "\n");
    process.stderr.write(`${result.issues.length} problem(s) in the GLOTIP data; nothing was published.\n`);
    process.exit(1);
  }
  return result;
}

export function totalsSlice(rows: GlotipRow[]) {
  return rows.filter(isNationalTotal).map((r) => ({ ...r, iso_numeric: numericCode(r.iso3!) ?? "" }));
}

export function writeGlotipOutput(output: "glotip" | "glotip_revisions" | "glotip-totals"): void {
  const result = loadGlotipOrExit();
  const metadata = (name: string) => ({ "tip_atlas.origin": JSON.stringify(glotipOrigin(result, name)) });
  const bytes =
    output === "glotip"
      ? toParquet(result.rows as never, GLOTIP_COLUMNS, metadata("glotip"))
      : output === "glotip_revisions"
        ? toParquet(result.revisions as never, GLOTIP_REVISION_COLUMNS, metadata("glotip_revisions"))
        : toParquet(totalsSlice(result.rows), TOTALS_COLUMNS, metadata("glotip"));
  process.stdout.write(bytes);
}
