// The vocabularies of UNODC's GLOTIP country data, declared once with our labels. Browser-safe:
// the loader checks every cell against these, and the pages label charts and URLs with them.
import { CLAIM_KINDS } from "./vocabulary.js";

/** Indicators as UNODC writes them → short id (used in URLs) and label. */
export const GLOTIP_INDICATORS = {
  "Detected trafficking victims": { id: "victims", label: "Detected victims" },
  "Persons prosecuted": { id: "prosecuted", label: "Persons prosecuted" },
  "Persons convicted": { id: "convicted", label: "Persons convicted" },
  "Persons brought into formal contact": { id: "formal_contact", label: "Persons brought into formal contact" },
  "Offences of trafficking in persons": { id: "offences", label: "Offences recorded" },
} as const;
export type GlotipIndicator = keyof typeof GLOTIP_INDICATORS;

export const GLOTIP_DIMENSIONS = {
  Total: "Total",
  "by form of exploitation": "By form of exploitation",
  "by citizenship": "By citizenship",
  "by country of repatriation": "By country of repatriation",
} as const;

export const GLOTIP_SEXES = {
  Total: "All",
  Female: "Female",
  Male: "Male",
  Other: "Other",
  Unknown: "Unknown",
} as const;

export const GLOTIP_AGES = {
  Total: "All ages",
  "0 to 17 years": "Children (0–17)",
  "18 years or over": "Adults (18+)",
  Unknown: "Age unknown",
} as const;

export const GLOTIP_FORMS = ["Sexual exploitation", "Forced labour", "Other forms of exploitation"] as const;

/** How a row's country is identified. */
export const GLOTIP_COUNTRY_STATUS = {
  iso: "ISO 3166-1 code, checked",
  no_iso_code: "No ISO 3166-1 code (Sark): kept under its name",
  unidentified: "Code in the file is not an ISO 3166-1 code and UNODC names no country: kept, attributed to none",
} as const;
export type GlotipCountryStatus = keyof typeof GLOTIP_COUNTRY_STATUS;

/** The suppressed small cell: 1 to 4, never 0. */
export const CENSORED_TEXT = "<5";
export const CENSORED_LOW = 1;
export const CENSORED_HIGH = 4;

/** Who stands behind the numbers: national authorities, reporting to UNODC (not UNODC estimates). */
export const GLOTIP_CLAIM_KIND = "official_statistics" satisfies keyof typeof CLAIM_KINDS;
/** For tooltips: who stands behind a value, in one line. */
export const GLOTIP_CLAIM_SHORT = `${CLAIM_KINDS[GLOTIP_CLAIM_KIND].label}, reported by national authorities`;
export const GLOTIP_CLAIM_LABEL = `${CLAIM_KINDS[GLOTIP_CLAIM_KIND].label}: ${CLAIM_KINDS[GLOTIP_CLAIM_KIND].description}`;
