// The contributor workflow: add-source reads PDF, HTML and text reports into the corpus and
// proposes their figures; review moves them into the ledger; bad options and files change nothing.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { addSource, AddSourceError } from "../../loaders/ingest/add-source.ts";
import { textFromHtml } from "../../loaders/ingest/html.ts";
import { textFromPdf } from "../../loaders/ingest/pdf.ts";
import { review } from "../../loaders/ingest/review.ts";
import { buildCatalog } from "../../loaders/catalog.ts";
import { parseSourceFile, sha256 } from "../../loaders/sources.ts";

const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), "tip-atlas-contrib-"));
  cpSync("data", join(dir, "data"), { recursive: true });
  return { dir, data: join(dir, "data") };
};
const snapshot = (dir: string) => {
  const out: Record<string, string> = {};
  const walk = (d: string) =>
    readdirSync(d).forEach((n) =>
      statSync(join(d, n)).isDirectory()
        ? walk(join(d, n))
        : (out[join(d, n)] = createHash("sha256")
            .update(readFileSync(join(d, n)))
            .digest("hex")),
    );
  walk(dir);
  return out;
};

const HTML = `<!doctype html><html><head><title>Raid</title><style>p{color:red}</style><script>alert("x")</script></head>
<body><header><a href="/">Home</a> | <a href="/world">World</a></header>
<nav><ul><li>Menu item 2024</li></ul></nav>
<main><h1>Kiln raid frees workers</h1>
<p>FAISALABAD: Police on Monday freed 46 bonded   labourers,
including 18 women, from a brick kiln, officials said.</p>
<p>The kiln owner had advanced <b>Rs. 350,000</b> to the families.</p>
<table><tr><th>District</th><th>Rescued</th></tr><tr><td>Faisalabad</td><td>46</td></tr></table>
<script>document.write("injected 999 victims")</script></main>
<footer>Phone: 042-35831352 · © 2023</footer></body></html>`;

async function makePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = [
    ["Trafficking in Persons Interim Assessment", "Police in Sindh rescued approximately 650 laborers."],
    ["The Punjab project cost $1.4 million in 2008."],
  ];
  for (const pageLines of lines) {
    const page = pdf.addPage([595, 842]);
    pageLines.forEach((text, i) => page.drawText(text, { x: 50, y: 780 - i * 20, size: 12, font }));
  }
  return pdf.save();
}

describe("reading report formats", () => {
  it("HTML: scripts, styles, navigation, header and footer dropped; paragraphs and table rows kept as lines", () => {
    expect(textFromHtml(HTML)).toBe(
      "Kiln raid frees workers\n\nFAISALABAD: Police on Monday freed 46 bonded labourers, including 18 women, from a brick kiln, officials said.\n\nThe kiln owner had advanced Rs. 350,000 to the families.\n\nDistrict | Rescued\nFaisalabad | 46\n",
    );
  });

  it("PDF: text in reading order, with page numbers kept", async () => {
    const text = await textFromPdf(await makePdf());
    expect(text).toContain(
      "[page 1]\nTrafficking in Persons Interim Assessment\nPolice in Sindh rescued approximately 650 laborers.",
    );
    expect(text).toContain("[page 2]\nThe Punjab project cost $1.4 million in 2008.");
  });

  it("a broken PDF is a clear error", async () => {
    await expect(textFromPdf(new TextEncoder().encode("%PDF-1.4 not really"))).rejects.toThrow(/is not a readable PDF/);
  });
});

describe("npm run add-source", () => {
  const options = {
    title: "Kiln raid frees workers",
    publisher: "A test newspaper",
    published: "2023-03-14",
    kind: "news",
    url: "https://example.org/raid",
  };

  it("stores an HTML report with front matter and sha256, and appends its figures as candidates", async () => {
    const { dir, data } = scratch();
    const file = join(dir, "raid.html");
    writeFileSync(file, HTML);
    const r = await addSource({ file, ...options }, data);
    expect(r.sourceFile).toBe(join(data, "sources", "kiln-raid-frees-workers-2023.md"));
    const parsed = parseSourceFile(r.sourceFile, readFileSync(r.sourceFile));
    expect(parsed.issues).toEqual([]);
    expect(parsed.source!.body).toBe(textFromHtml(HTML));
    expect(parsed.source!.sha256).toBe(sha256(textFromHtml(HTML)));
    // The new document's candidates, after those of the documents already stored.
    const candidates = Papa.parse<Record<string, string>>(readFileSync(join(data, "candidates.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((c) => c.source_id === r.meta.id);
    expect(candidates.map((c) => [c.value, c.unit, c.status])).toEqual([
      ["46", "persons", "candidate"],
      ["18", "persons", "candidate"],
      ["350000", "PKR", "candidate"],
      ["46", "count", "candidate"],
    ]);
    expect(candidates.every((c) => Number(c.confidence) >= 0 && Number(c.confidence) <= 1)).toBe(true);
    // The new document and its candidates pass validation, and candidates are published as such.
    const catalog = buildCatalog(data);
    expect(catalog.issues).toEqual([]);
    expect(catalog.byName.candidates.rows.filter((c) => c.source_id === r.meta.id).length).toBe(4);
  });

  it("reads PDF and text files too", async () => {
    const { dir, data } = scratch();
    writeFileSync(join(dir, "report.pdf"), await makePdf());
    writeFileSync(join(dir, "note.txt"), "Police in Quetta recovered 17 boys from smugglers.\n");
    const pdf = await addSource(
      {
        file: join(dir, "report.pdf"),
        ...options,
        title: "Interim assessment",
        kind: "government-report",
        published: "2010-02-24",
      },
      data,
    );
    const txt = await addSource({ file: join(dir, "note.txt"), ...options, title: "Quetta recovery" }, data);
    expect(readFileSync(pdf.sourceFile, "utf8")).toContain("[page 2]");
    expect([pdf.candidates, txt.candidates]).toEqual([2, 1]);
    expect(buildCatalog(data).issues).toEqual([]);
  });

  it.each([
    [{ title: undefined }, "missing option --title"],
    [{ published: "2023-02-30" }, "--published: is not a calendar date"],
    [{ published: "14/03/2023" }, "--published: must be YYYY, YYYY-MM or YYYY-MM-DD"],
    [{ kind: "blog" }, '--kind must be one of news, government-report, ngo-statement (got "blog")'],
    [{ url: "not a url" }, "--url:"],
    [{ id: "Bad Id" }, "--id: must be a lowercase slug"],
  ])("refuses %o with a clear message and writes nothing", async (change, message) => {
    const { dir, data } = scratch();
    const file = join(dir, "raid.html");
    writeFileSync(file, HTML);
    const before = snapshot(data);
    await expect(addSource({ file, ...options, ...change } as Parameters<typeof addSource>[0], data)).rejects.toThrow(
      message,
    );
    expect(snapshot(data)).toEqual(before);
  });

  it("records a country narrative excerpt: country, report year, excerpt, part and retrieved date", async () => {
    const { dir, data } = scratch();
    const file = join(dir, "excerpt.txt");
    writeFileSync(file, "During the Nepali fiscal year, police conducted 258 investigations.\n");
    const r = await addSource(
      {
        file,
        ...options,
        kind: "government-report",
        title: "2020 Trafficking in Persons Report: Nepal (excerpt)",
        published: "2020-06-25",
        country: "NPL",
        report_year: "2020",
        excerpt: true,
        part: "PROSECUTION",
        retrieved: "2026-12-05",
      },
      data,
    );
    const text = readFileSync(r.sourceFile, "utf8");
    expect(text).toContain('report_year: 2020\nexcerpt: true\npart: "PROSECUTION"\nretrieved: "2026-12-05"\n');
    const parsed = parseSourceFile(r.sourceFile, Buffer.from(text));
    expect(parsed.issues).toEqual([]);
    expect(parsed.source).toMatchObject({ country: "NPL", report_year: 2020, excerpt: true, part: "PROSECUTION" });
    const catalog = buildCatalog(data);
    expect(catalog.issues).toEqual([]);
    expect(catalog.byName.sources.rows.find((s) => s.id === r.meta.id)).toMatchObject({
      country: "NPL",
      report_year: 2020,
      excerpt: true,
      retrieved: "2026-12-05",
    });
    // A document that is not an excerpt reads as such, with no country or year.
    expect(catalog.byName.sources.rows.find((s) => s.id === "tip-interim-assessment-pakistan-2010")).toMatchObject({
      excerpt: false,
      country: null,
      report_year: null,
    });
  });

  it.each([
    [{ excerpt: true, retrieved: "2026-12-05" }, "--part: is required when excerpt is true"],
    [{ excerpt: true, part: "PROTECTION" }, "--retrieved: is required when excerpt is true"],
    [{ excerpt: true, part: "PROTECTION", retrieved: "2026-12" }, "--retrieved: must be a full date YYYY-MM-DD"],
    [{ part: "PROTECTION" }, "--part: is only for excerpts"],
    [{ country: "XYZ" }, '--country: "XYZ" is not an ISO 3166-1 alpha-3 country code'],
    [{ report_year: "20" }, "--report-year:"],
  ])("refuses excerpt metadata %o with a clear message and writes nothing", async (change, message) => {
    const { dir, data } = scratch();
    const file = join(dir, "excerpt.txt");
    writeFileSync(file, "Police conducted 258 investigations.\n");
    const before = snapshot(data);
    await expect(addSource({ file, ...options, ...change }, data)).rejects.toThrow(message);
    expect(snapshot(data)).toEqual(before);
  });

  it("a stored excerpt without its part, or with an excerpt flag that is not true/false, names the line", () => {
    const body = "Police conducted 258 investigations.\n";
    const file = "data/sources/x-excerpt.md";
    const front = (extra: string) =>
      `---\nid: "x-excerpt"\ntitle: "T"\npublisher: "P"\npublished: "2020"\nurl: "https://example.org/"\nkind: "news"\nlanguage: "en"\nsha256: "${sha256(body)}"\n${extra}---\n${body}`;
    expect(parseSourceFile(file, Buffer.from(front('excerpt: true\nretrieved: "2026-12-05"\n'))).issues).toEqual([
      { file, line: 1, message: "part is required when excerpt is true" },
    ]);
    expect(parseSourceFile(file, Buffer.from(front('excerpt: "yes"\n'))).issues[0]).toMatchObject({ line: 10 });
  });

  it("never overwrites an existing document, and refuses unreadable files", async () => {
    const { dir, data } = scratch();
    const file = join(dir, "raid.txt");
    writeFileSync(file, "Police freed 46 workers.\n");
    const before = snapshot(data);
    await expect(addSource({ file, ...options, id: "tip-interim-assessment-pakistan-2010" }, data)).rejects.toThrow(
      "already exists: choose another --id",
    );
    await expect(addSource({ file: join(dir, "missing.pdf"), ...options }, data)).rejects.toThrow(
      "missing.pdf: no such file",
    );
    writeFileSync(join(dir, "report.docx"), "PK");
    await expect(addSource({ file: join(dir, "report.docx"), ...options }, data)).rejects.toThrow("cannot read .docx");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x50, 0xe9, 0x0a]));
    await expect(addSource({ file: join(dir, "latin1.txt"), ...options }, data)).rejects.toThrow(
      "is not valid UTF-8 text",
    );
    writeFileSync(join(dir, "broken.pdf"), "%PDF-1.4 nothing");
    await expect(addSource({ file: join(dir, "broken.pdf"), ...options }, data)).rejects.toBeInstanceOf(AddSourceError);
    expect(snapshot(data)).toEqual(before);
  });
});

describe("npm run review", () => {
  it("accepts an edited candidate into figures.csv, rejects another, and keeps both decisions", async () => {
    const { dir, data } = scratch();
    // Review walks every pending candidate in file order: start from none, so the scripted answers
    // meet this report's four candidates and not the corpus' unreviewed ones.
    rmSync(join(data, "candidates.csv"), { force: true });
    writeFileSync(join(dir, "raid.html"), HTML);
    await addSource(
      {
        file: join(dir, "raid.html"),
        title: "Kiln raid frees workers",
        publisher: "A test newspaper",
        published: "2023-03-14",
        kind: "news",
      },
      data,
    );
    const answers = [
      "e",
      "metric=",
      "",
      "a",
      "e",
      "figure_id=raid-2023-faisalabad-rescued",
      "metric=people_rescued",
      "country=PAK",
      "region=Faisalabad",
      "",
      "a",
      "r",
      "s",
      "q",
    ];
    const said: string[] = [];
    const summary = await review({ ask: async () => answers.shift() ?? null, say: (t) => said.push(t) }, data);
    expect(summary).toEqual({ accepted: 1, rejected: 1, skipped: 1, remaining: 1 });
    // An incomplete row (metric emptied) is refused with the reason until it is edited.
    expect(said.join("\n")).toContain("cannot accept yet");
    expect(said.join("\n")).toMatch(/\[1\/4\]/);
    const figures = Papa.parse<Record<string, string>>(readFileSync(join(data, "figures.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(figures.at(-1)).toMatchObject({
      figure_id: "raid-2023-faisalabad-rescued",
      value: "46",
      unit: "persons",
      metric: "people_rescued",
      country: "PAK",
      region: "Faisalabad",
      claim_kind: "news_report",
    });
    const candidates = Papa.parse<Record<string, string>>(readFileSync(join(data, "candidates.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(candidates.map((c) => c.status)).toEqual(["accepted", "rejected", "candidate", "candidate"]);
    // The ledger, with the accepted figure, validates; rejected candidates are not proposed again.
    const catalog = buildCatalog(data);
    expect(catalog.issues).toEqual([]);
    expect(catalog.byName.figures.rows.some((f) => f.figure_id === "raid-2023-faisalabad-rescued")).toBe(true);
    const proposed = catalog.byName.candidates.rows.filter((c) => c.source_id === "kiln-raid-frees-workers-2023");
    expect(proposed.map((c) => c.value)).toEqual([350000, 46]);
    expect(existsSync(join(data, "candidates.csv"))).toBe(true);
  });
});
