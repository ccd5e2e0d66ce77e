// Turns the words of a document into the hashed features the name tagger scores: the word and its
// shape, prefixes and suffixes, the words around it, the gazetteers it is in, where it stands in
// its sentence, and what the rest of the document says about the same word (is it written in
// lower case elsewhere, capitalised mid-sentence, what stands around its other occurrences).
// Shared by training (scripts/train-tagger.ts over CoNLL tokens) and tagging (our tokens), so
// both see exactly the same features. Features are 32-bit FNV-1a hashes of a template id and
// strings, computed without building the strings.

import { readFileSync } from "node:fs";
import { modelsPath } from "../../models";
import { getLexicon } from "../../text/lexicon";
import { TAGS, tagType, TYPES } from "./tags";

/** A document to tag: its sentences as word lists (folded text: straight quotes, plain dashes). */
export type TagSentences = readonly (readonly string[])[];

const FNV = 2166136261;
const PRIME = 16777619;

function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}
const seed = (t: number) => Math.imul(FNV ^ t, PRIME);
const h1 = (t: number, a: string) => mix(seed(t), a) | 0;
const h2 = (t: number, a: string, b: string) => mix(Math.imul(mix(seed(t), a) ^ 0x1f, PRIME), b) | 0;
const h3 = (t: number, a: string, b: string, c: string) =>
  mix(Math.imul(mix(Math.imul(mix(seed(t), a) ^ 0x1f, PRIME), b) ^ 0x1f, PRIME), c) | 0;

// gazetteer classes, one bit each
const G_FIRST = 1;
const G_LAST = 2;
const G_COUNTRY = 4;
const G_DEMONYM = 8;
const G_CITY = 16;
const G_REGION = 32;
const G_ORG = 64;
const G_COMMON = 128;
const G_FUNCTION = 256;
const G_TITLE = 512;
const G_ORGWORD = 1024;
const G_MONTHDAY = 2048;
// the larger, noisier lists (MoreNames) have classes of their own, so the tagger weighs them apart
const G_FIRST_MORE = 4096;
const G_LAST_MORE = 8192;
const G_CITY_MORE = 16384;
const GAZ_NAMES = ["first", "last", "country", "demonym", "city", "region", "org", "common", "func", "title", "orgword", "date", "first+", "last+", "city+"];

// Words that end organisation names and role words written before people's names: general
// knowledge of how English names organisations and people, not a list of them.
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
    const h = gazHash(key);
    let s = (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const v = this.table[s * 2 + 1];
      if (v === 0) return 0;
      if (this.table[s * 2] === h) return v;
      s = (s + 1) & this.mask;
    }
  }

  /** Class bits of a lower-cased word or phrase. */
  get(key: string): number {
    return this.value(key) & 0xffff;
  }

  /** ISO code of the country of a lower-cased city or region, or "". */
  country(key: string): string {
    const c = this.value(key) >>> 16;
    return c ? String.fromCharCode(64 + (c >> 5), 64 + (c & 31)) : "";
  }
}

const gazHash = (s: string) => mix(seed(99), s) | 0;

/** The gazetteer's value for a word or phrase: class bits, and a country code in the top bits. */
export function gazetteerValue(bits: number, code = ""): number {
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
export function gazetteerEntries(more?: MoreNames): Map<string, number> {
  const lex = getLexicon();
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

let gazetteer: Gazetteer | null = null;

/** The gazetteer the tagger was trained with (models/gazetteer.bin), or one set by the trainer. */
export function getGazetteer(): Gazetteer {
  if (!gazetteer) {
    const buf = readFileSync(modelsPath("gazetteer.bin"));
    const copy = new Uint8Array(buf.length);
    copy.set(buf);
    gazetteer = new Gazetteer(new Int32Array(copy.buffer));
  }
  return gazetteer;
}

export function useGazetteer(g: Gazetteer): void {
  gazetteer = g;
}

/** The word's shape: X for capitals, x for small letters, d for digits, others as they are; runs cut to two. */
export function shape(w: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = "X";
    else if (c >= 97 && c <= 122) k = "x";
    else if (c >= 48 && c <= 57) k = "d";
    else if (c > 127) {
      const ch = w[i];
      k = ch.toLowerCase() !== ch ? "X" : ch.toUpperCase() !== ch ? "x" : ch;
    } else k = w[i];
    if (k === last) {
      if (++run > 2) continue;
    } else run = 1;
    last = k;
    out += k;
  }
  return out;
}

/** The shape with every run cut to one: "Xx", "X.X.", "d,d". */
function shortShape(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}

const hasLetter = (w: string) => /\p{L}/u.test(w);
const isUpperWord = (w: string) => hasLetter(w) && w.toUpperCase() === w && w.toLowerCase() !== w;
const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && w[0].toLowerCase() !== w[0]);
};
const isLowerWord = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && w[0].toUpperCase() !== w[0]);
};

/**
 * A sentence whose capitals say nothing: written in capitals (a headline, a sports table line) or
 * in title case ("Crisis Could Have Wide Implications", where most words, common ones too, start
 * with a capital).
 */
function caseless(words: readonly string[], gaz: Gazetteer): boolean {
  let upper = 0;
  let lower = 0;
  let cap = 0;
  let capCommon = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!hasLetter(w)) continue;
    if (isUpperWord(w)) upper++;
    else lower++;
    if (isCap(w)) {
      cap++;
      if (i > 0 && gaz.get(w.toLowerCase()) & (G_COMMON | G_FUNCTION)) capCommon++;
    }
  }
  if (upper >= 2 && lower === 0) return true;
  return upper + lower >= 4 && cap >= (upper + lower) * 0.7 && capCommon >= 2;
}

interface DocStats {
  /** Lower-cased word → seen in lower case (not at a sentence start). */
  lower: Set<string>;
  /** Lower-cased word → seen capitalised away from a sentence start, in a mixed-case sentence. */
  capMid: Set<string>;
  /** Lower-cased word → how it is written in mixed-case sentences (the commonest form). */
  form: Map<string, string>;
  /** Lower-cased capitalised word → hashed features of the words before and after its occurrences. */
  around: Map<string, number[]>;
}

const AROUND = 41;
const BEFORE = mix(seed(AROUND), "<");
const AFTER = mix(seed(AROUND), ">");

function docStats(sentences: TagSentences, lowers: string[][], caps: boolean[]): DocStats {
  const lower = new Set<string>();
  const capMid = new Set<string>();
  const forms = new Map<string, Map<string, number>>();
  const around = new Map<string, number[]>();
  const anyCaseless = caps.some(Boolean);
  for (let s = 0; s < sentences.length; s++) {
    const ws = sentences[s];
    const ls = lowers[s];
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const lw = ls[i];
      if (lw === w.toUpperCase()) continue; // no letters
      const cap = isCap(w);
      if (!caps[s]) {
        if (i > 0 && isLowerWord(w)) lower.add(lw);
        if (i > 0 && cap && !/^["'(]$/.test(ws[i - 1])) capMid.add(lw);
        if (anyCaseless) {
          let f = forms.get(lw);
          if (!f) forms.set(lw, (f = new Map()));
          f.set(w, (f.get(w) ?? 0) + 1);
        }
      }
      if (cap) {
        let a = around.get(lw);
        if (!a) around.set(lw, (a = []));
        if (a.length < 24) {
          a.push(mix(BEFORE, i > 0 ? ls[i - 1] : "^") | 0);
          a.push(mix(AFTER, i + 1 < ws.length ? ls[i + 1] : "$") | 0);
        }
      }
    }
  }
  const form = new Map<string, string>();
  for (const [lw, f] of forms) {
    let best = "";
    let n = 0;
    for (const [w, c] of f) if (c > n) [best, n] = [w, c];
    form.set(lw, best);
  }
  return { lower, capMid, form, around };
}

const NAME_CLASSES = G_FIRST | G_LAST | G_COUNTRY | G_DEMONYM | G_CITY | G_REGION | G_ORG | G_FIRST_MORE | G_LAST_MORE | G_CITY_MORE;

/** How a word of a caseless sentence is written in running text: as elsewhere in the document, else by the gazetteers. */
function trueCase(w: string, stats: DocStats, gaz: Gazetteer): string {
  const lw = w.toLowerCase();
  const seen = stats.form.get(lw);
  if (seen) return seen;
  const g = gaz.get(lw);
  const common = (g & (G_COMMON | G_FUNCTION | G_MONTHDAY)) !== 0;
  const name = (g & NAME_CLASSES) !== 0;
  if (common && !name) return lw;
  if (name && !common) return w[0] + lw.slice(1);
  return w;
}

export interface DocFeatures {
  /** Feature hashes (as int32, which V8 keeps unboxed), token after token. */
  hashes: Int32Array;
  /** For token k (counted over the whole document), its features are hashes[offsets[k]..offsets[k+1]). */
  offsets: Uint32Array;
  /**
   * For token k, an id of its word form in the document (tokens of one form share it), and how many
   * of its features, first in its list, come from the form alone: a tagger may score those once.
   */
  words?: Int32Array;
  own?: Uint8Array;
  /** Number of word forms. */
  forms?: number;
}

/** What a word says by itself: its features, shape and gazetteer classes (memoised per document). */
interface WordInfo {
  id: number;
  features: Int32Array;
  shape: string;
  short: string;
  gaz: number;
}

function wordInfo(id: number, w: string, l: string, gaz: Gazetteer): WordInfo {
  const shp = shape(w);
  const short = shortShape(shp);
  const g = gaz.get(l);
  const f: number[] = [h1(0, ""), h1(1, w), h1(2, l), h1(3, shp), h1(4, short)];
  const pl = Math.min(4, l.length - 1);
  for (let p = 1; p <= pl; p++) {
    f.push(h1(5 + p, l.slice(0, p)));
    f.push(h1(10 + p, l.slice(l.length - p)));
  }
  for (let b = 0; b < GAZ_NAMES.length; b++) if (g & (1 << b)) f.push(h2(34, GAZ_NAMES[b], short));
  return { id, features: Int32Array.from(f), shape: shp, short, gaz: g };
}

const OPEN_Q = new Set(['"', "``", "'", "("]);

const TYPE_NAMES: readonly string[] = TYPES;
const typeOfTag = tagType;
const TAG_NAMES = TAGS;

/** Features of every word of a document, sentence after sentence. */
export function featurize(sentences: TagSentences): DocFeatures {
  const gaz = getGazetteer();
  const caps = sentences.map((ws) => caseless(ws, gaz));
  const rawLowers = sentences.map((ws) => ws.map((w) => w.toLowerCase()));
  const stats = docStats(sentences, rawLowers, caps);
  const memo = new Map<string, WordInfo>();
  let total = 0;
  for (const s of sentences) total += s.length;
  let hashes = new Int32Array(total * 48 + 64);
  const offsets = new Uint32Array(total + 1);
  const words = new Int32Array(total);
  const own = new Uint8Array(total);
  let n = 0;
  let k = 0;
  const push = (h: number) => {
    if (n === hashes.length) {
      const grown = new Int32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[n++] = h;
  };

  for (let s = 0; s < sentences.length; s++) {
    const raw = sentences[s];
    const headline = caps[s];
    const len = raw.length;
    // in capitals, words are read as the document writes them elsewhere
    const ws = headline ? raw.map((w) => trueCase(w, stats, gaz)) : raw;
    const lw = headline ? ws.map((w) => w.toLowerCase()) : rawLowers[s];
    const info = ws.map((w, i) => {
      let x = memo.get(w);
      if (!x) memo.set(w, (x = wordInfo(memo.size, w, lw[i], gaz)));
      return x;
    });
    // the gazetteer phrase a word stands in (with its place in it)
    const gp: string[] = new Array(len).fill("");
    for (let i = 0; i < len; i++) {
      if (!isCap(raw[i]) || i + 1 >= len) continue;
      let key = lw[i];
      const found: Array<[number, number]> = [];
      for (let n2 = 2; n2 <= 4 && i + n2 <= len; n2++) {
        key += " " + lw[i + n2 - 1];
        const bits = gaz.get(key);
        if (bits) found.push([n2, bits]);
      }
      if (!found.length) continue;
      const [n2, bits] = found[found.length - 1];
      for (let j = i; j < i + n2; j++) if (!gp[j]) gp[j] = `${bits}:${j === i ? "B" : j === i + n2 - 1 ? "L" : "I"}`;
    }
    const W = (i: number) => (i < 0 ? "<s>" : i >= len ? "</s>" : lw[i]);
    const S = (i: number) => (i < 0 ? "<s>" : i >= len ? "</s>" : info[i].shape);
    let first = 0;
    while (first < len && OPEN_Q.has(raw[first])) first++;

    for (let i = 0; i < len; i++, k++) {
      offsets[k] = n;
      const w = ws[i];
      const l = lw[i];
      const { id, features, shape: shp, short, gaz: g } = info[i];
      for (let j = 0; j < features.length; j++) push(features[j]);
      words[k] = id;
      own[k] = features.length;
      push(h1(20, W(i - 1)));
      push(h1(21, W(i - 2)));
      push(h1(22, W(i + 1)));
      push(h1(23, W(i + 2)));
      push(h2(24, W(i - 1), l));
      push(h2(25, l, W(i + 1)));
      push(h2(26, S(i - 1), shp));
      push(h2(27, shp, S(i + 1)));
      push(h3(28, S(i - 1), short, S(i + 1)));
      push(h2(29, W(i - 2), W(i - 1)));
      push(h2(30, W(i + 1), W(i + 2)));
      // where the word stands
      const start = i === first;
      push(h2(31, start ? "S" : headline ? "H" : "-", short));
      if (headline) push(h1(32, l));
      if (len <= 3) push(h2(33, String(len), short));
      // gazetteers
      if (gp[i]) push(h1(35, gp[i]));
      const gPrev = i > 0 ? info[i - 1].gaz : 0;
      const gNext = i + 1 < len ? info[i + 1].gaz : 0;
      if (gPrev | gNext) {
        for (let b = 0; b < GAZ_NAMES.length; b++) {
          if (gPrev & (1 << b)) push(h1(36, GAZ_NAMES[b]));
          if (gNext & (1 << b)) push(h1(37, GAZ_NAMES[b]));
        }
      }
      if (i > 0 && gp[i - 1]) push(h1(38, gp[i - 1]));
      if (i + 1 < len && gp[i + 1]) push(h1(39, gp[i + 1]));
      // what the rest of the document says about this word
      if (g >= 0 && isCap(w) && l !== w.toUpperCase()) {
        const lowerElsewhere = stats.lower.has(l);
        const capElsewhere = stats.capMid.has(l);
        push(h3(40, lowerElsewhere ? "L" : "-", capElsewhere ? "C" : "-", start ? "S" : headline ? "H" : "-"));
        const a = stats.around.get(l);
        if (a && a.length > 2) {
          const before = mix(BEFORE, W(i - 1)) | 0;
          const after = mix(AFTER, W(i + 1)) | 0;
          let seen = 0;
          for (let x = 0; x < a.length && seen < 12; x++) {
            const c = a[x];
            if (c === before || c === after || a.indexOf(c) < x) continue;
            push(c);
            seen++;
          }
        }
      }
    }
  }
  offsets[k] = n;
  return { hashes: hashes.subarray(0, n), offsets, words, own, forms: memo.size };
}

// the second stage's features over tags and types, hashed once
const TYPE_OR_O = ["O", ...TYPE_NAMES];
const TAGS_AND_EDGE = (edge: string) => [...TAG_NAMES, edge];
const P_SELF = Int32Array.from(TAG_NAMES.map((t) => h1(50, t)));
const P_PREV = Int32Array.from(TAGS_AND_EDGE("<s>").flatMap((a) => TAG_NAMES.map((b) => h2(51, a, b))));
const P_NEXT = Int32Array.from(TAG_NAMES.flatMap((a) => TAGS_AND_EDGE("</s>").map((b) => h2(52, a, b))));
const P_SEEN = Int32Array.from(TYPE_OR_O.flatMap((t) => [h2(53, t, "-"), h2(53, t, "C")]));
const P_MOST = Int32Array.from(TYPE_OR_O.map((t) => h1(54, t)));
const P_LAST = Int32Array.from(TYPE_OR_O.flatMap((t) => TAG_NAMES.map((b) => h2(55, t, b))));

/**
 * The second stage's features: the first stage's own, and what the first pass (`prior`, its tags
 * over the flattened words) said about the word here, next to it, and wherever else the document
 * uses it (the types it got elsewhere, the commonest, the last one before). Appended to `base`'s
 * features of each word, or alone when `base` is null.
 */
export function withPrior(sentences: TagSentences, base: DocFeatures | null, prior: Int32Array): DocFeatures {
  const seenAs = new Map<string, number[]>();
  const lowers: string[] = [];
  let at = 0;
  for (let s = 0; s < sentences.length; s++) {
    for (let i = 0; i < sentences[s].length; i++, at++) {
      const w = sentences[s][i];
      const l = w.toLowerCase();
      lowers.push(l);
      if (l === w.toUpperCase()) continue;
      let a = seenAs.get(l);
      if (!a) seenAs.set(l, (a = []));
      a.push(at, typeOfTag(prior[at]));
    }
  }
  const hashes = new Int32Array((base ? base.hashes.length : 0) + at * 12);
  const offsets = new Uint32Array(at + 1);
  let n = 0;
  const push = (h: number) => (hashes[n++] = h);
  let k = 0;
  for (let s = 0; s < sentences.length; s++) {
    const len = sentences[s].length;
    for (let i = 0; i < len; i++, k++) {
      offsets[k] = n;
      if (base) {
        hashes.set(base.hashes.subarray(base.offsets[k], base.offsets[k + 1]), n);
        n += base.offsets[k + 1] - base.offsets[k];
      }
      const here = prior[k];
      const NT = TAG_NAMES.length;
      push(P_SELF[here]);
      push(P_PREV[(i > 0 ? prior[k - 1] : NT) * NT + here]);
      push(P_NEXT[here * (NT + 1) + (i + 1 < len ? prior[k + 1] : NT)]);
      const occ = seenAs.get(lowers[k]);
      if (occ && occ.length > 2) {
        const votes = [0, 0, 0, 0, 0];
        let previous = -2;
        for (let x = 0; x < occ.length; x += 2) {
          if (occ[x] === k) continue;
          votes[occ[x + 1] + 1]++;
          if (occ[x] < k) previous = occ[x + 1];
        }
        let best = 0;
        for (let t = 0; t < 5; t++) {
          if (votes[t]) push(P_SEEN[t * 2 + (isCap(sentences[s][i]) ? 1 : 0)]);
          if (votes[t] > votes[best]) best = t;
        }
        push(P_MOST[best]);
        if (previous > -2) push(P_LAST[(previous + 1) * NT + here]);
      }
    }
  }
  offsets[k] = n;
  // (with no base: the prior's features alone, for a tagger that scored the base ones already)
  return base ? { hashes: hashes.subarray(0, n), offsets, words: base.words, own: base.own, forms: base.forms } : { hashes: hashes.subarray(0, n), offsets };
}
