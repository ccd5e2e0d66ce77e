// The tagger's gazetteer: what lists of names and words say of a word or a phrase of 2–4 words (its
// classes, and for a city or region its country), as a hash table the trainer writes to
// models/gazetteer.bin and the tagger reads as it is. Its classes are features of the trained model.

import { aligned } from "./bytes";
import type { Lexicon } from "../text/lexicon";
import { mix, seed } from "./hash";

// gazetteer classes, one bit each
export const G_FIRST = 1;
export const G_LAST = 2;
export const G_COUNTRY = 4;
export const G_DEMONYM = 8;
export const G_CITY = 16;
export const G_REGION = 32;
export const G_ORG = 64;
export const G_COMMON = 128;
export const G_FUNCTION = 256;
export const G_TITLE = 512;
export const G_ORGWORD = 1024;
export const G_MONTHDAY = 2048;
// the larger, noisier lists (MoreNames) have classes of their own, so the tagger weighs them apart
export const G_FIRST_MORE = 4096;
export const G_LAST_MORE = 8192;
export const G_CITY_MORE = 16384;
/** Unions of classes read together: a given name in either list, a surname in either, a person's name, any name's word (a person's, a place's, a people's or a firm's). */
export const G_ANY_FIRST = G_FIRST | G_FIRST_MORE;
export const G_ANY_LAST = G_LAST | G_LAST_MORE;
export const G_PERSON = G_ANY_FIRST | G_ANY_LAST;
export const G_NAME = G_PERSON | G_COUNTRY | G_DEMONYM | G_CITY | G_REGION | G_ORG | G_CITY_MORE;
export const GAZ_NAMES = ["first", "last", "country", "demonym", "city", "region", "org", "common", "func", "title", "orgword", "date", "first+", "last+", "city+"];

// Words that end organisation names and role words written before people's names: general
// knowledge of how English names organisations and people, not a list of them. These lists are
// the tagger's, frozen with its trained model (a change needs `npm run train`): the analysis stages
// read their own word classes from src/words/.
const ORG_WORDS =
  "council center centre union organization organisation party times post news agency ministry bank fund institute " +
  "university college committee commission corporation corp inc ltd plc group association federation league club army " +
  "forces navy police service court parliament congress senate assembly department office foundation company co " +
  "airlines airways authority board bureau network television radio press journal herald tribune telegraph review " +
  "magazine exchange alliance coalition movement front brigade brigades school academy society trust partners holdings " +
  "industries motors bancorp securities church cabinet command government administration united city rovers athletic " +
  "wanderers county";
const TITLE_WORDS =
  "mr mr. mrs mrs. ms ms. dr dr. prof prof. president minister premier chancellor king queen prince princess pope sheikh " +
  "chairman chairwoman spokesman spokeswoman spokesperson senator sen. governor gov. mayor judge ambassador general gen. " +
  "colonel col. captain capt. lieutenant lt. sergeant sgt. coach manager secretary director envoy leader official " +
  "analyst economist striker midfielder defender goalkeeper batsman bowler driver rider champion sir lord lady dame " +
  "rev. bishop cardinal ayatollah commander deputy rep. representative lawmaker candidate";
const MONTHDAY =
  "january february march april may june july august september october november december jan jan. feb feb. mar mar. " +
  "apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. monday tuesday wednesday " +
  "thursday friday saturday sunday";

/**
 * What the gazetteers know of a word or a phrase of 2–4 words (lower-cased, space-joined): its
 * classes (bits above) and, for a city or region, its country. Built by the trainer from the
 * lexicon and larger name and city lists (gazetteerEntries), and shipped as models/gazetteer.bin:
 * an open-addressing table of (FNV hash, value) int32 pairs, read as it is.
 */
export class Gazetteer {
  private readonly mask: number;
  constructor(readonly table: Int32Array) {
    this.mask = table.length / 2 - 1;
  }

  /** The gazetteer as models/gazetteer.bin holds it (a view of the bytes, not a copy where they are aligned). */
  static fromBytes(buf: Buffer): Gazetteer {
    const { buffer, offset } = aligned(buf);
    return new Gazetteer(new Int32Array(buffer, offset, buf.length >> 2));
  }

  static build(entries: Map<string, number>): Gazetteer {
    let size = 1;
    while (size < entries.size * 1.5) size <<= 1;
    const table = new Int32Array(size * 2);
    for (const [k, v] of entries) {
      const h = gazHash(k);
      let s = (Math.imul(h, 0x9e3779b1) >>> 0) & (size - 1);
      while (table[s * 2 + 1] !== 0) s = (s + 1) & (size - 1);
      table[s * 2] = h;
      table[s * 2 + 1] = v;
    }
    return new Gazetteer(table);
  }

  private value(key: string): number {
    return this.valueOf(gazHash(key));
  }

  /** The value of the word or phrase whose gazetteer hash (gazHash) is h. */
  valueOf(h: number): number {
    let s = (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const v = this.table[s * 2 + 1];
      if (v === 0) return 0;
      if (this.table[s * 2] === h) return v;
      s = (s + 1) & this.mask;
    }
  }

  /**
   * valueOf for a phrase of 2–4 words, most of which no list holds: one bit per entry (64 KB, built
   * on first use) turns most of them away before the table (1 MB, out of the CPU's cache) is read.
   */
  phraseValueOf(h: number): number {
    const known = (this.known ??= this.bits());
    const b = Math.imul(h, 0x85ebca6b) >>> 13;
    return known[b >>> 5] & (1 << (b & 31)) ? this.valueOf(h) : 0;
  }
  private known: Int32Array | undefined;
  private bits(): Int32Array {
    const known = new Int32Array(1 << 14);
    for (let s = 0; s <= this.mask; s++) {
      if (this.table[s * 2 + 1] === 0) continue;
      const b = Math.imul(this.table[s * 2], 0x85ebca6b) >>> 13;
      known[b >>> 5] |= 1 << (b & 31);
    }
    return known;
  }

  /** The classes (G_* bits) of a lower-cased word or phrase. */
  classes(key: string): number {
    return this.value(key) & 0xffff;
  }

  /** Whether a lower-cased word is a first name in the gazetteer's lists (the lexicon's and the larger ones). */
  firstName(key: string): boolean {
    return (this.classes(key) & G_ANY_FIRST) !== 0;
  }

  /** ISO code of the country of a lower-cased city or region, or "". */
  country(key: string): string {
    const c = this.value(key) >>> 16;
    return c ? String.fromCharCode(64 + (c >> 5), 64 + (c & 31)) : "";
  }
}

export const gazHash = (s: string) => mix(seed(99), s) | 0;

/** The gazetteer's value for a word or phrase: class bits, and a country code in the top bits. */
function gazetteerValue(bits: number, code = ""): number {
  const c = /^[A-Z]{2}$/.test(code) ? ((code.charCodeAt(0) - 64) << 5) | (code.charCodeAt(1) - 64) : 0;
  return bits | (c << 16);
}

/** Larger lists than the lexicon's, read by the trainer from dev-only packages. */
export interface MoreNames {
  firstNames: Iterable<string>;
  lastNames: Iterable<string>;
  /** City name → ISO code of its country. */
  cities: Map<string, string>;
}

/** Every gazetteer entry: the lexicon's lists, role, organisation and date words, and `more`. */
export function gazetteerEntries(lex: Lexicon, more?: MoreNames): Map<string, number> {
  const out = new Map<string, number>();
  const add = (name: string, bit: number, code = "") => {
    const parts = name.toLowerCase().split(/\s+/).filter(Boolean);
    if (!parts.length || parts.length > 4) return;
    const key = parts.join(" ");
    const old = out.get(key) ?? 0;
    out.set(key, old >>> 16 ? old | bit : old | gazetteerValue(bit, code));
  };
  for (const n of lex.firstName.keys()) add(n, G_FIRST);
  for (const n of lex.lastName) add(n, G_LAST);
  for (const n of lex.country.keys()) add(n, G_COUNTRY);
  for (const n of lex.demonym.keys()) add(n, G_DEMONYM);
  for (const n of lex.peoples) add(n, G_DEMONYM);
  for (const [n, code] of lex.city) add(n, G_CITY, code);
  for (const n of lex.region) add(n, G_REGION, lex.regionCountry.get(n) ?? "");
  for (const n of lex.organization) add(n, G_ORG);
  for (const n of lex.common) add(n, G_COMMON);
  for (const n of lex.functionWords) add(n, G_FUNCTION);
  for (const n of TITLE_WORDS.split(" ")) add(n, G_TITLE);
  for (const n of ORG_WORDS.split(" ")) add(n, G_ORGWORD);
  for (const n of MONTHDAY.split(" ")) add(n, G_MONTHDAY);
  if (more) {
    for (const n of more.firstNames) add(n, G_FIRST_MORE);
    for (const n of more.lastNames) add(n, G_LAST_MORE);
    for (const [n, code] of more.cities) add(n, G_CITY_MORE, code);
  }
  return out;
}

