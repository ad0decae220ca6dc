// The figure extractor's public face: read a document, extract its figures.
export { extractFigures, type ExtractedFigure, type ExtractOptions } from "./extract.ts";
export { wordsValue } from "../numbers.ts";
export {
  readExtractDocument,
  headDate,
  DocumentError,
  SUPPORTED_EXTENSIONS,
  type ExtractDocument,
} from "./document.ts";
export { findPlaces } from "./places.ts";
export { sentenceSpans } from "./sentences.ts";
