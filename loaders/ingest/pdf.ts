// Text of a PDF for the corpus, with pdf.js (pdfjs-dist, Mozilla's reader): text items in
// reading order, a line break where pdf.js marks the end of a line, and a "[page N]" line
// before each page so that page numbers are kept with the text.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

export class PdfError extends Error {}

export async function textFromPdf(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs")).href;
  let document;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    throw new PdfError(`is not a readable PDF (${(e as Error).message})`);
  }
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    let text = "";
    for (const item of content.items) {
      if (!("str" in item)) continue;
      text += item.str;
      if (item.hasEOL) text += "\n";
      else if (item.str && !text.endsWith(" ")) text += " ";
    }
    pages.push(
      `[page ${n}]\n${text
        .replace(/[ \t]+\n/g, "\n")
        .replace(/[ \t]{2,}/g, " ")
        .trim()}`,
    );
  }
  await document.destroy();
  const text = pages.join("\n\n");
  if (!text.replace(/\[page \d+\]/g, "").trim())
    throw new PdfError("has no text layer (a scanned PDF needs OCR first)");
  return `${text}\n`;
}
