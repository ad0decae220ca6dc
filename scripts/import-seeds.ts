// One-off import of the five seed documents from ../shared/seeds into data/sources/, with the
// metadata we established by reading them. Kept so the corpus can be rebuilt and audited:
//   npx tsx scripts/import-seeds.ts ../shared/seeds
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceMeta } from "../loaders/schema.ts";
import { formatSourceFile, sha256 } from "../loaders/sources.ts";

type Meta = Omit<SourceMeta, "sha256">;

const SEEDS: Record<string, Meta> = {
  "000_048c16cb7f687042.txt": {
    id: "fo-rejects-cspa-listing-2021",
    title: "Pakistan rejects its inclusion in the US Child Soldiers Prevention Act list in the TIP Report 2021",
    publisher: "Pakistani news report (outlet not named in the stored text)",
    publisher_note:
      "The stored text carries no masthead or byline. Several Pakistani outlets ran this Foreign Office statement on 2–3 July 2021.",
    published: "2021-07-02",
    published_note:
      "Inferred: the text dates the Foreign Office statement 'on Friday' after the release of the TIP Report 2021 (Thursday 1 July 2021), so Friday 2 July 2021. Print editions may carry 3 July.",
    url: null,
    kind: "news",
    language: "en",
    seed_file: "000_048c16cb7f687042.txt",
  },
  "001_b58cf83452c8242f.txt": {
    id: "govt-strong-will-against-tip-2022",
    title: "‘Govt has strong will to work against trafficking in persons’",
    publisher: "The News International",
    publisher_note:
      "Inferred from the byline (Shakeel Anjum, a reporter of The News International) and the 'BACK' link of its print-edition pages; the stored text does not name the outlet.",
    published: "2022-09-22",
    url: null,
    kind: "news",
    language: "en",
    seed_file: "001_b58cf83452c8242f.txt",
  },
  "002_39894861599362c9.txt": {
    id: "tip-interim-assessment-pakistan-2010",
    title: "Trafficking in Persons Interim Assessment - Pakistan",
    publisher: "United States Department of State",
    publisher_note:
      "Stored as republished on UNHCR Refworld (last updated 23 May 2016), which names the State Department as publisher.",
    published: "2010-02-24",
    url: null,
    kind: "government-report",
    language: "en",
    seed_file: "002_39894861599362c9.txt",
  },
  "003_3a82428d914223b7.txt": {
    id: "human-rights-ministry-trafficking-cell-2017",
    title: "Cell established to address issues related to human trafficking",
    publisher: "Pakistani news report (outlet not named in the stored text)",
    publisher_note: "The stored text has a dateline (Islamabad) and a date but no masthead or byline.",
    published: "2017-11-10",
    published_note: "From the 'date 2017-11-10' line at the head of the stored text.",
    url: null,
    kind: "news",
    language: "en",
    seed_file: "003_3a82428d914223b7.txt",
  },
  "004_f408e63f8febb345.txt": {
    id: "cgr-untoc-constructive-dialogue-2023",
    title: "CGR Pakistan Statement, UNTOC Constructive Dialogue: Trafficking in Persons",
    publisher: "Centre for Governance Research Pakistan",
    published: "2023-10-04",
    published_note:
      "The date of the constructive dialogue named in the statement's heading (4 October 2023); the letterhead's '2021' is the organisation's template, not the date.",
    url: null,
    kind: "ngo-statement",
    language: "en",
    seed_file: "004_f408e63f8febb345.txt",
  },
};

const seedDir = process.argv[2] ?? "../shared/seeds";
for (const [file, meta] of Object.entries(SEEDS)) {
  const body = readFileSync(join(seedDir, file), "utf8");
  const out = join("data/sources", `${meta.id}.md`);
  if (existsSync(out) && process.argv[3] !== "--force") {
    console.error(`${out} exists; pass --force to rewrite it`);
    continue;
  }
  writeFileSync(out, formatSourceFile({ ...meta, sha256: sha256(body) } as SourceMeta, body));
  console.error(`wrote ${out}`);
}
