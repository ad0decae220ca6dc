// Where a figure is about: mentions of countries (every English name i18n-iso-countries knows,
// plus the short forms reports use), demonyms ("Pakistanis", "Nepali") and Pakistan's
// provinces, territories and main cities (→ PAK with a region). One regular expression finds
// every mention in a document in a single pass.
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

export interface Place {
  country: string;
  /** A province, territory or city of the country, or null for the country itself. */
  region: string | null;
}

export interface PlaceMention extends Place {
  start: number;
  end: number;
}

// Short and older names reports use that the package lacks (or lists only in inverted form).
const EXTRA_NAMES: Record<string, string> = {
  "United States": "USA",
  "United States of America": "USA",
  US: "USA",
  "U.S.": "USA",
  USA: "USA",
  America: "USA",
  "United Kingdom": "GBR",
  UK: "GBR",
  Britain: "GBR",
  "Great Britain": "GBR",
  England: "GBR",
  UAE: "ARE",
  "United Arab Emirates": "ARE",
  Emirates: "ARE",
  Burma: "MMR",
  Myanmar: "MMR",
  Iran: "IRN",
  Russia: "RUS",
  Syria: "SYR",
  Turkey: "TUR",
  Türkiye: "TUR",
  Laos: "LAO",
  Vietnam: "VNM",
  "South Korea": "KOR",
  "North Korea": "PRK",
  "Democratic Republic of the Congo": "COD",
  "Democratic Republic of Congo": "COD",
  DRC: "COD",
  "DR Congo": "COD",
  "Republic of the Congo": "COG",
  "Ivory Coast": "CIV",
  "Czech Republic": "CZE",
  Bolivia: "BOL",
  Venezuela: "VEN",
  Tanzania: "TZA",
  Moldova: "MDA",
  Macedonia: "MKD",
  Swaziland: "SWZ",
  "Saudi Arabia": "SAU",
  KSA: "SAU",
  Kosovo: "XKK",
  "Sri Lanka": "LKA",
  Palestine: "PSE",
  Taiwan: "TWN",
};

// Nationality words, singular and plural. Kept to the countries reports on this subject name
// most; an unknown demonym simply attributes nothing.
const DEMONYMS: Record<string, string[]> = {
  PAK: ["Pakistani", "Pakistanis"],
  IND: ["Indian", "Indians"],
  AFG: ["Afghan", "Afghans", "Afghani", "Afghanis"],
  BGD: ["Bangladeshi", "Bangladeshis"],
  NPL: ["Nepali", "Nepalis", "Nepalese"],
  LKA: ["Sri Lankan", "Sri Lankans"],
  BTN: ["Bhutanese"],
  MDV: ["Maldivian", "Maldivians"],
  CHN: ["Chinese"],
  IRN: ["Iranian", "Iranians"],
  IRQ: ["Iraqi", "Iraqis"],
  OMN: ["Omani", "Omanis"],
  SAU: ["Saudi", "Saudis"],
  ARE: ["Emirati", "Emiratis"],
  QAT: ["Qatari", "Qataris"],
  KWT: ["Kuwaiti", "Kuwaitis"],
  BHR: ["Bahraini", "Bahrainis"],
  MMR: ["Burmese"],
  THA: ["Thai"],
  MYS: ["Malaysian", "Malaysians"],
  IDN: ["Indonesian", "Indonesians"],
  PHL: ["Filipino", "Filipinos", "Filipina", "Filipinas"],
  RUS: ["Russian", "Russians"],
  TUR: ["Turkish"],
  GBR: ["British"],
  USA: ["American", "Americans"],
  NGA: ["Nigerian", "Nigerians"],
  UZB: ["Uzbek", "Uzbeks"],
  TJK: ["Tajik", "Tajiks"],
  KAZ: ["Kazakh", "Kazakhs"],
  GRC: ["Greek", "Greeks"],
  ITA: ["Italian", "Italians"],
  LBY: ["Libyan", "Libyans"],
  YEM: ["Yemeni", "Yemenis"],
  SYR: ["Syrian", "Syrians"],
  SDN: ["Sudanese"],
  SOM: ["Somali", "Somalis"],
  ETH: ["Ethiopian", "Ethiopians"],
  KEN: ["Kenyan", "Kenyans"],
  UGA: ["Ugandan", "Ugandans"],
  VNM: ["Vietnamese"],
  KHM: ["Cambodian", "Cambodians"],
  KOR: ["South Korean", "South Koreans"],
  PRK: ["North Korean", "North Koreans"],
  JPN: ["Japanese"],
};

// Pakistan's provinces and territories (with their older names) and main cities.
const PAKISTAN_REGIONS: Record<string, string> = {
  Punjab: "Punjab",
  Sindh: "Sindh",
  Balochistan: "Balochistan",
  Baluchistan: "Balochistan",
  "Khyber Pakhtunkhwa": "Khyber Pakhtunkhwa",
  KP: "Khyber Pakhtunkhwa",
  KPK: "Khyber Pakhtunkhwa",
  "North West Frontier Province": "Khyber Pakhtunkhwa",
  "North-West Frontier Province": "Khyber Pakhtunkhwa",
  NWFP: "Khyber Pakhtunkhwa",
  "Gilgit-Baltistan": "Gilgit-Baltistan",
  "Gilgit Baltistan": "Gilgit-Baltistan",
  "Azad Jammu and Kashmir": "Azad Jammu and Kashmir",
  "Azad Kashmir": "Azad Jammu and Kashmir",
  AJK: "Azad Jammu and Kashmir",
  "Islamabad Capital Territory": "Islamabad Capital Territory",
  ICT: "Islamabad Capital Territory",
  FATA: "Federally Administered Tribal Areas",
  "Federally Administered Tribal Areas": "Federally Administered Tribal Areas",
  Islamabad: "Islamabad",
  Karachi: "Karachi",
  Lahore: "Lahore",
  Faisalabad: "Faisalabad",
  Rawalpindi: "Rawalpindi",
  Multan: "Multan",
  Peshawar: "Peshawar",
  Quetta: "Quetta",
  Hyderabad: "Hyderabad",
  Gujranwala: "Gujranwala",
  Sialkot: "Sialkot",
  Sukkur: "Sukkur",
  Larkana: "Larkana",
  Bahawalpur: "Bahawalpur",
  Gwadar: "Gwadar",
  Abbottabad: "Abbottabad",
  Mardan: "Mardan",
  Sargodha: "Sargodha",
  "Dera Ghazi Khan": "Dera Ghazi Khan",
  "Mirpur Khas": "Mirpur Khas",
  Mirpurkhas: "Mirpur Khas",
  Kasur: "Kasur",
  Sheikhupura: "Sheikhupura",
  Thatta: "Thatta",
  Tharparkar: "Tharparkar",
  Swat: "Swat",
  Muzaffarabad: "Muzaffarabad",
  Gilgit: "Gilgit",
};

function buildNames(): Map<string, Place> {
  const names = new Map<string, Place>();
  // A name two countries share ("Congo") names neither.
  const shared = new Set<string>();
  for (const code of Object.keys(countries.getAlpha3Codes())) {
    for (const name of (countries.getName(code, "en", { select: "all" }) as string[] | undefined) ?? []) {
      if (name.includes(",") || name.length < 4) continue;
      const known = names.get(name);
      if (known && known.country !== code) shared.add(name);
      names.set(name, { country: code, region: null });
    }
  }
  for (const name of shared) names.delete(name);
  for (const [name, code] of Object.entries(EXTRA_NAMES)) names.set(name, { country: code, region: null });
  for (const [code, words] of Object.entries(DEMONYMS))
    for (const w of words) names.set(w, { country: code, region: null });
  for (const [name, region] of Object.entries(PAKISTAN_REGIONS)) names.set(name, { country: "PAK", region });
  return names;
}

const NAMES = buildNames();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest names first, so "Democratic Republic of the Congo" wins over "Congo", "Sri Lankan" over "Sri Lanka".
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...NAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\p{L}\p{N}])`,
  "gu",
);

/** Every place named in `text`, in order. Case matters: "chad" and "turkey" are not places. */
export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const place = NAMES.get(m[0])!;
    // "US$ 21,000", "1.2bn US dollars": a currency, not the country.
    if (
      place.country === "USA" &&
      /^(?:US|U\.S\.)$/.test(m[0]) &&
      /^\s?(?:\$|dollars?\b)/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 9))
    )
      continue;
    found.push({ ...place, start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}
