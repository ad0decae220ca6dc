// Issue 27 item 9: HTML ingestion keeps only what a reader of the page sees, says in the stored
// document's front matter what it left out and why, and never glues a footnote mark onto a
// number. On 2980dca every case below was ingested as published text ("1,234<sup>12</sup>" as
// "1,23412", hidden and deleted figures as candidates).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../loaders/extract/index.ts";
import { addSource } from "../../loaders/ingest/add-source.ts";
import { htmlToText } from "../../loaders/ingest/html.ts";
import { loadLedger } from "../../loaders/ledger.ts";
import { parseSourceFile } from "../../loaders/sources.ts";
import { scratchData } from "./helpers.ts";

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("what a reader cannot see is dropped, and counted by reason", () => {
  it.each([
    ["the hidden attribute", `<p>Seen 10. <span hidden>Hidden 901.</span></p>`, "hidden attribute"],
    ["display:none", `<p>Seen 10. <span style="display: none">Hidden 902.</span></p>`, "display:none"],
    ["visibility:hidden", `<p>Seen 10. <span style="visibility:hidden">Hidden 903.</span></p>`, "visibility:hidden"],
    ["opacity:0", `<p>Seen 10. <span style="opacity:0.0">Hidden 904.</span></p>`, "opacity:0"],
    ["font-size:0", `<p>Seen 10. <span style="font-size:0px">Hidden 905.</span></p>`, "font-size:0"],
    ["transparent text", `<p>Seen 10. <span style="color:rgba(0,0,0,0)">Hidden 906.</span></p>`, "transparent text"],
    [
      "white text on the white page",
      `<p>Seen 10. <span style="color:#FFF">Hidden 907.</span></p>`,
      "text coloured as its background",
    ],
    [
      "text coloured as its declared background",
      `<div style="background-color:#112233"><p>Seen 10. <span style="color:rgb(17,34,51)">Hidden 908.</span></p></div>`,
      "text coloured as its background",
    ],
    ["deleted text", `<p>Seen 10. <del>Hidden 909.</del></p>`, "deleted (<del>)"],
    ["struck-through text", `<p>Seen 10. <s>Hidden 910.</s></p>`, "struck through (<s>)"],
    [
      "a hidden table cell",
      `<table><tr><td>Seen 10.</td><td style="display:none">Hidden 911.</td></tr></table>`,
      "display:none",
    ],
  ])("%s", (_name, body, reason) => {
    const read = htmlToText(page("", body));
    expect(read.text).toBe("Seen 10.\n");
    expect(read.dropped).toEqual({ [reason]: 1 });
  });

  it("reads class, id and tag rules of the page's own <style>, not @media print or combinators", () => {
    const css = `<style>/* screen */ .sr-only, p.ghost { display:none !important } #gone { visibility: hidden }
      @media print { .screen-only { display:none } } div .nested { display:none }</style>`;
    const read = htmlToText(
      page(
        css,
        `<p>Seen 10. <span class="x sr-only">Hidden 1.</span></p><p class="ghost">Hidden 2.</p><p id="gone">Hidden 3.</p>` +
          `<p class="screen-only">Kept 4.</p><div><p class="nested">Kept 5.</p></div><span class="ghost">Kept 6.</span>`,
      ),
    );
    expect(read.text).toBe("Seen 10.\n\nKept 4.\n\nKept 5.\n\nKept 6.\n");
    expect(read.dropped).toEqual({ "display:none": 2, "visibility:hidden": 1 });
  });

  it("keeps what a sighted reader sees: aria-hidden, white on a dark or unknown background", () => {
    const body =
      `<p aria-hidden="true">Kept 1.</p><div style="background:#222"><p style="color:white">Kept 2.</p></div>` +
      `<div style="background:url(x.png)"><p style="color:#fff">Kept 3.</p></div>`;
    expect(htmlToText(page("", body))).toEqual({ text: "Kept 1.\n\nKept 2.\n\nKept 3.\n", dropped: {} });
    // An external stylesheet may paint the page dark: white text is not known to be unseen.
    const linked = htmlToText(page(`<link rel="stylesheet" href="site.css">`, `<p style="color:white">Kept 4.</p>`));
    expect(linked).toEqual({ text: "Kept 4.\n", dropped: {} });
  });
});

describe("superscripts and subscripts", () => {
  it("never glue a footnote mark onto a number; an ordinal suffix stays", () => {
    const text = htmlToText(
      page(
        "",
        `<p>Police rescued 1,234<sup>12</sup> victims in 2019<sup><a href="#n3">3</a></sup>, the 1<sup>st</sup> time.</p>`,
      ),
    ).text;
    expect(text).toBe("Police rescued 1,234 12 victims in 2019 3, the 1st time.\n");
    const values = extractFigures(text).map((f) => f.value);
    expect(values).toContain(1234);
    expect(values).not.toContain(123412);
  });

  it("in a table cell too", () => {
    expect(htmlToText(page("", `<table><tr><td>Punjab</td><td>1,234<sup>a</sup></td></tr></table>`)).text).toBe(
      "Punjab | 1,234 a\n",
    );
  });
});

describe("add-source records what it dropped in the stored document's front matter", () => {
  it("writes ingest_dropped, and the document and its candidates pass check", async () => {
    const data = scratchData();
    const file = join(mkdtempSync(join(tmpdir(), "tip-atlas-html-")), "raid.html");
    writeFileSync(
      file,
      page(
        `<style>.old { display: none }</style>`,
        `<p>Police freed 46 bonded labourers.<span class="old"> Police freed 4,600 labourers.</span> <del>Police freed 460.</del> <span hidden>999</span></p>`,
      ),
    );
    const r = await addSource(
      { file, title: "Kiln raid", publisher: "A paper", published: "2023-03-14", kind: "news" },
      data,
    );
    const stored = parseSourceFile(r.sourceFile, readFileSync(r.sourceFile));
    expect(stored.issues).toEqual([]);
    expect(stored.source!.body).toBe("Police freed 46 bonded labourers.\n");
    expect(stored.source!.ingest_dropped).toBe("display:none 1; deleted (<del>) 1; hidden attribute 1");
    expect(readFileSync(r.sourceFile, "utf8")).toContain(
      'ingest_dropped: "display:none 1; deleted (<del>) 1; hidden attribute 1"',
    );
    expect(r.candidates).toBe(1);
    expect(loadLedger(data).issues).toEqual([]);
  });
});
