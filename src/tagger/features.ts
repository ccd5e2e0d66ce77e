// Turns the words of a document into the hashed features the name tagger scores: the word and its
// shape, prefixes and suffixes, the words around it, the gazetteers it is in, where it stands in
// its sentence, and what the rest of the document says about the same word (is it written in
// lower case elsewhere, capitalised mid-sentence, what stands around its other occurrences).
// Shared by training (scripts/train-tagger.ts over CoNLL tokens) and tagging (our tokens), so
// both see exactly the same features. Features are 32-bit FNV-1a hashes of a template id and
// strings, computed without building the strings; each distinct word of a document is looked at
// once (its shape, gazetteer classes, the hash states its features start from).

import {
  G_CITY, G_CITY_MORE, G_COMMON, G_COUNTRY, G_FUNCTION, G_MONTHDAY, G_NAME, G_REGION,
  GAZ_NAMES,
} from "./gazetteer";
import { LEVELS, level } from "./clusters";
import { CARET, clusterFeatures, DOLLAR, FeatureSource, type Facts } from "./facts";
import { h1, h2, h3, mix } from "./hash";

/** A document to tag: its sentences as word lists (folded text: straight quotes, plain dashes). */
export type TagSentences = readonly (readonly string[])[];

/** A word of one document: its facts, and its ids there. */
interface Word {
  f: Facts;
  /** Id of its lower case among the document's lower-cased words. */
  lid: number;
  /** Id of its shape among the document's shapes. */
  shapeId: number;
  /** Its keys: key + role of each feature run it fixes (DocFeatures.keys). */
  key: number;
}


// the runs at the head of a token's features that one key fixes, in order (DocFeatures.keys): the
// word itself, the words before and after it (as neighbours), the shapes around it
const OWN = 0;
const LEFT1 = 1;
const LEFT2 = 2;
const RIGHT1 = 3;
const RIGHT2 = 4;
const SHAPES = 5;
/** Runs a word fixes (OWN … RIGHT2), and runs in all. */
export const ROLES = 5;
export const GROUPS = 6;

const POSITION = ["-", "S", "H"];
// the features of a neighbour's gazetteer classes, before and after the word
const GAZ_BEFORE = GAZ_NAMES.map((g) => h1(36, g));
const GAZ_AFTER = GAZ_NAMES.map((g) => h1(37, g));
// the same over all of a capitalised word's occurrences in the document ("Lehman" after a first
// name elsewhere is likely a person here too, "Bayern" before a city a team)
const GAZ_ELSE_BEFORE = GAZ_NAMES.map((g) => h1(101, g));
const GAZ_ELSE_AFTER = GAZ_NAMES.map((g) => h1(102, g));
// the clusters of the words before and after
const CLUSTER_BEFORE = clusterFeatures(64);
const CLUSTER_AFTER = clusterFeatures(68);
// what the document says of a capitalised word: lower case elsewhere, capitalised elsewhere, position
const ELSEWHERE: number[] = [];
for (let code = 0; code < 12; code++) ELSEWHERE.push(h3(40, code & 1 ? "L" : "-", code & 2 ? "C" : "-", POSITION[code >> 2]));


/** The words of one document, each looked at once, and the keys of the feature runs they fix. */
class DocWords {
  private readonly byForm = new Map<string, Word>();
  private readonly lowers = new Map<string, number>();
  private readonly shapes = new Map<string, number>();
  /** Shape triples with a position → key: open addressing over (a, b, c·4 + position, key). */
  private triples = new Int32Array(256 * 4).fill(-1);
  private ntriples = 0;
  keys = 0;
  /** The facts of the word whose first key is k, at k (DocFeatures.words). */
  readonly owners: Facts[] = [];
  /** Stand-ins for the words before a sentence's first and after its last. */
  readonly bos: Word;
  readonly eos: Word;

  constructor(private readonly source: FeatureSource) {
    this.bos = this.word(source.bos, -1);
    this.eos = this.word(source.eos, -1);
  }

  get lowerCount(): number {
    return this.lowers.size;
  }

  get(w: string): Word {
    let x = this.byForm.get(w);
    if (!x) {
      const f = this.source.factsOf(w);
      let lid = this.lowers.get(f.l);
      if (lid === undefined) this.lowers.set(f.l, (lid = this.lowers.size));
      this.byForm.set(w, (x = this.word(f, lid)));
    }
    return x;
  }

  private word(f: Facts, lid: number): Word {
    let shapeId = this.shapes.get(f.shape);
    if (shapeId === undefined) this.shapes.set(f.shape, (shapeId = this.shapes.size));
    const key = this.keys;
    this.owners[key] = f;
    this.keys += ROLES;
    return { f, lid, shapeId, key };
  }

  /** The key of the shapes run of word b between a and c at a position (0–2). */
  shapeKey(a: Word, b: Word, c: Word, pos: number): number {
    const x = a.shapeId;
    const y = b.shapeId;
    const z = c.shapeId * 4 + pos;
    const t = this.triples;
    const mask = t.length / 4 - 1;
    let s = tripleHome(x, y, z) & mask;
    for (;;) {
      const i = s * 4;
      if (t[i + 3] < 0) break;
      if (t[i] === x && t[i + 1] === y && t[i + 2] === z) return t[i + 3];
      s = (s + 1) & mask;
    }
    if (++this.ntriples * 2 > mask) {
      const old = t;
      this.triples = new Int32Array(old.length * 2).fill(-1);
      for (let i = 0; i < old.length; i += 4) if (old[i + 3] >= 0) this.place(old[i], old[i + 1], old[i + 2], old[i + 3]);
    }
    const key = this.keys++;
    this.place(x, y, z, key);
    return key;
  }

  private place(x: number, y: number, z: number, key: number): void {
    const t = this.triples;
    const mask = t.length / 4 - 1;
    let s = tripleHome(x, y, z) & mask;
    while (t[s * 4 + 3] >= 0) s = (s + 1) & mask;
    t[s * 4] = x;
    t[s * 4 + 1] = y;
    t[s * 4 + 2] = z;
    t[s * 4 + 3] = key;
  }
}

const tripleHome = (x: number, y: number, z: number) => Math.imul(Math.imul(Math.imul(x, 0x9e3779b1) ^ y, 0x85ebca6b) ^ z, 0x9e3779b1) >>> 8;


/**
 * A sentence whose capitals say nothing: written in capitals (a headline, a sports table line) or
 * in title case ("Crisis Could Have Wide Implications", where most words, common ones too, start
 * with a capital).
 */
function caseless(words: readonly Word[]): boolean {
  let upper = 0;
  let lower = 0;
  let cap = 0;
  let capCommon = 0;
  for (let i = 0; i < words.length; i++) {
    const x = words[i];
    if (!x.f.letter) continue;
    if (x.f.upper) upper++;
    else lower++;
    if (x.f.cap) {
      cap++;
      if (i > 0 && x.f.gaz & (G_COMMON | G_FUNCTION)) capCommon++;
    }
  }
  if (upper >= 2 && lower === 0) return true;
  return upper + lower >= 4 && cap >= (upper + lower) * 0.7 && capCommon >= 2;
}

/**
 * The template of a short line with a number, as in tables of results: capitalised runs X, numbers
 * d, lower-case runs a, other punctuation as it is ("X d X d", "d . X ( X ) d"); the number of the
 * capitalised run each word stands in goes to `runs` (-1 outside). The same template over many
 * lines says what their names are: teams in "X d X d", riders in "d . X ( X ) d".
 */
function lineTemplate(raw: readonly Word[], runs: Int32Array): string {
  let t = "";
  let run = -1;
  let prev = "";
  for (let i = 0; i < raw.length; i++) {
    const f = raw[i].f;
    const c = f.cap ? "X" : f.short[0] === "d" ? "d" : f.lowerInitial ? "a" : f.w.length === 1 ? f.w : "p";
    if (c === "X" && prev !== "X") run++;
    runs[i] = c === "X" ? run : -1;
    if (!((c === "X" || c === "a") && c === prev) && t.length < 24) t += c;
    prev = c;
  }
  return t;
}

/** What the document says about its words, by lower-cased word (Word.lid). */
interface DocStats {
  /** Seen in lower case (not at a sentence start). */
  lower: Uint8Array;
  /** Seen capitalised away from a sentence start, in a mixed-case sentence. */
  capMid: Uint8Array;
  /** How it is written in mixed-case sentences (the commonest form). */
  form: (Word | undefined)[];
  /** For a capitalised word: hashed features of the words before and after its occurrences. */
  around: (number[] | undefined)[];
  /** For a capitalised word in mixed-case sentences: the gazetteer classes of the words before and after it, over all its occurrences, and how many. */
  gazBefore: Int32Array;
  gazAfter: Int32Array;
  capCount: Uint16Array;
}

function docStats(sentences: readonly Word[][], caps: boolean[], lowers: number): DocStats {
  const lower = new Uint8Array(lowers);
  const capMid = new Uint8Array(lowers);
  const forms: (Map<Word, number> | undefined)[] = [];
  const around: (number[] | undefined)[] = [];
  const gazBefore = new Int32Array(lowers);
  const gazAfter = new Int32Array(lowers);
  const capCount = new Uint16Array(lowers);
  const anyCaseless = caps.some(Boolean);
  for (let s = 0; s < sentences.length; s++) {
    const ws = sentences[s];
    for (let i = 0; i < ws.length; i++) {
      const x = ws[i];
      if (!x.f.cased) continue;
      if (!caps[s]) {
        if (i > 0 && x.f.lowerInitial) lower[x.lid] = 1;
        if (i > 0 && x.f.cap && !ws[i - 1].f.opener) capMid[x.lid] = 1;
        if (anyCaseless) {
          const f = (forms[x.lid] ??= new Map());
          f.set(x, (f.get(x) ?? 0) + 1);
        }
      }
      if (x.f.cap) {
        const a = (around[x.lid] ??= []);
        if (a.length < 24) a.push(i > 0 ? ws[i - 1].f.before : CARET, i + 1 < ws.length ? ws[i + 1].f.after : DOLLAR);
        if (!caps[s]) {
          if (i > 0) gazBefore[x.lid] |= ws[i - 1].f.gaz;
          if (i + 1 < ws.length) gazAfter[x.lid] |= ws[i + 1].f.gaz;
          if (capCount[x.lid] < 65535) capCount[x.lid]++;
        }
      }
    }
  }
  const form: (Word | undefined)[] = [];
  forms.forEach((f, lid) => {
    if (!f) return;
    let best: Word | undefined;
    let n = 0;
    for (const [x, c] of f) if (c > n) [best, n] = [x, c];
    form[lid] = best;
  });
  return { lower, capMid, form, around, gazBefore, gazAfter, capCount };
}

const PLACE_CLASSES = G_CITY | G_REGION | G_COUNTRY | G_CITY_MORE;

/** How a word of a caseless sentence is written in running text: as elsewhere in the document, else by the gazetteers. */
function trueCase(x: Word, stats: DocStats, words: DocWords): Word {
  const seen = stats.form[x.lid];
  if (seen) return seen;
  const common = (x.f.gaz & (G_COMMON | G_FUNCTION | G_MONTHDAY)) !== 0;
  const name = (x.f.gaz & G_NAME) !== 0;
  if (common && !name) return words.get(x.f.l);
  if (name && !common) return words.get(x.f.w[0] + x.f.l.slice(1));
  return x;
}

export interface DocFeatures {
  /** Feature hashes (as int32, which V8 keeps unboxed), token after token. */
  hashes: Int32Array;
  /** For token k (counted over the whole document), its features are hashes[offsets[k]..offsets[k+1]). */
  offsets: Uint32Array;
  /**
   * Token k's features begin with GROUPS runs (its word; the words before and after it, as
   * neighbours; the shapes around it), run g ending at offsets[k] + ends[k·GROUPS + g]. A run is
   * fixed by its key, keys[k·GROUPS + g] < nkeys, so a tagger may score each key's run once. With
   * featurize(…, true) a key's run is written at its first token only, empty after, and a word's
   * run whose scores its facts keep (Facts.scores) is not written at all.
   */
  keys?: Int32Array;
  ends?: Uint16Array;
  nkeys?: number;
  /** The word whose run r (OWN … RIGHT2) has key k, at k - r. */
  words?: Facts[];
  /**
   * With featurize(…, true): 1 for a token given no features, to be tagged O, in a sentence with
   * case: neither it nor a word beside it has a capital or a digit (a function word that only
   * opens the sentence does not count: "The", "But"), nor has a word two away across a name's
   * connector ("Bank of the West", "Mark van der Walt").
   */
  plain?: Uint8Array;
}

/** The lower-case words that stand inside names, two words from a capital: "Bank of the West", "Mark van der Walt". */
const JOINERS = new Set("of the and for & de del della der den van von la le du da di dos bin al y".split(" "));

/** Word j has a capital or a digit, other than a function word that only opens its sentence ("The", "But" before a lower-case word). */
function strong(raw: readonly Word[], j: number, first: number): boolean {
  const f = raw[j].f;
  if (f.plain) return false;
  if (j !== first || (f.gaz & G_FUNCTION) === 0 || (f.gaz & G_NAME) !== 0) return true;
  return !(j + 1 < raw.length && raw[j + 1].f.plain);
}

/** Word i can be no part of a name (see DocFeatures.plain). */
function plainAt(raw: readonly Word[], i: number, first: number): boolean {
  const len = raw.length;
  if (strong(raw, i, first) || (i > 0 && strong(raw, i - 1, first)) || (i + 1 < len && strong(raw, i + 1, first))) return false;
  if (i > 1 && JOINERS.has(raw[i - 1].f.l) && strong(raw, i - 2, first)) return false;
  return !(i + 2 < len && JOINERS.has(raw[i + 1].f.l) && strong(raw, i + 2, first));
}

/** Features of every word of a document, sentence after sentence; `once`: each key's run only at its first token. */
export function featurize(sentences: TagSentences, source: FeatureSource, once = false): DocFeatures {
  const { gaz } = source;
  const words = new DocWords(source);
  const raws = sentences.map((ws) => ws.map((w) => words.get(w)));
  const caps = raws.map(caseless);
  const stats = docStats(raws, caps, words.lowerCount);
  // is the document a sports report (towns and counties are teams there)
  let sport = 0;
  for (const r of raws) for (const w of r) if (w.f.sport) sport++;
  const topic = sport >= 3 ? "S" : "-";
  const { bos, eos } = words;
  let total = 0;
  for (const s of sentences) total += s.length;
  let hashes = new Int32Array(total * (once ? 16 : 48) + 64);
  const offsets = new Uint32Array(total + 1);
  const keys = new Int32Array(total * GROUPS);
  const ends = new Uint16Array(total * GROUPS);
  const plain = new Uint8Array(once ? total : 0);
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
  const end = (g: number, key: number) => {
    keys[k * GROUPS + g] = key;
    ends[k * GROUPS + g] = n - offsets[k];
  };
  // keys whose runs are written (when written once): at most 5 per word, the truecased ones too,
  // and one per token's shapes
  const written = new Uint8Array(once ? (2 * total + 2) * ROLES + total : 0);
  const fresh = (key: number) => {
    if (!once) return true;
    if (written[key]) return false;
    return (written[key] = 1);
  };
  // (nor a word's run whose scores its facts keep: the tagger reads them there)
  const freshRun = (w: Word, role: number) => fresh(w.key + role) && !(once && w.f.scored & (1 << role));

  let gpAll = new Int32Array(64);
  let runs = new Int32Array(64);
  for (let s = 0; s < sentences.length; s++) {
    const raw = raws[s];
    const headline = caps[s];
    const len = raw.length;
    // in capitals, words are read as the document writes them elsewhere
    const ws = headline ? raw.map((x) => trueCase(x, stats, words)) : raw;
    // the gazetteer phrase a word stands in: its classes · 4 + its place in it (1 B, 2 I, 3 L)
    // (one buffer for the document's sentences, cleared for each)
    if (gpAll.length < len) gpAll = new Int32Array(len * 2);
    const gp = gpAll;
    gp.fill(0, 0, len);
    for (let i = 0; i + 1 < len; i++) {
      if (!raw[i].f.cap) continue;
      let h = ws[i].f.gazKey;
      let size = 0;
      let found = 0;
      for (let n2 = 2; n2 <= 4 && i + n2 <= len; n2++) {
        h = mix(mix(h, " "), ws[i + n2 - 1].f.l);
        const b = gaz.phraseValueOf(h | 0) & 0xffff;
        if (b) [size, found] = [n2, b];
      }
      for (let j = i; j < i + size; j++) if (!gp[j]) gp[j] = found * 4 + (j === i ? 1 : j === i + size - 1 ? 3 : 2);
    }
    const phrase = (t: number, code: number) => h1(t, `${code >> 2}:${"-BIL"[code & 3]}`);
    let first = 0;
    while (first < len && raw[first].f.openQ) first++;
    // a short line with a number (a table's row): its template, and each word's capitalised run
    let number = false;
    if (len <= 40) for (let i = 0; i < len && !number; i++) number = raw[i].f.short[0] === "d";
    if (number && runs.length < len) runs = new Int32Array(len * 2);
    const tpl = number ? lineTemplate(raw, runs) : "";
    // (the number within the template's first 24 marks)
    const tabular = tpl.includes("d");

    for (let i = 0; i < len; i++, k++) {
      offsets[k] = n;
      if (once && !headline && plainAt(raw, i, first)) {
        plain[k] = 1;
        continue;
      }
      const x = ws[i];
      const p1 = i > 0 ? ws[i - 1] : bos;
      const p2 = i > 1 ? ws[i - 2] : bos;
      const n1 = i + 1 < len ? ws[i + 1] : eos;
      const n2 = i + 2 < len ? ws[i + 2] : eos;
      if (freshRun(x, OWN)) for (let j = 0; j < x.f.own.length; j++) push(x.f.own[j]);
      end(OWN, x.key + OWN);
      // the words around, and their gazetteer classes
      if (freshRun(p1, LEFT1)) {
        push(h1(20, p1.f.l));
        for (let b = 0; b < GAZ_NAMES.length; b++) if (p1.f.gaz & (1 << b)) push(GAZ_BEFORE[b]);
        if (p1.f.clus) for (let c = 0; c < LEVELS.length; c++) push(CLUSTER_BEFORE[c][level(p1.f.clus, c)]);
      }
      end(LEFT1, p1.key + LEFT1);
      if (freshRun(p2, LEFT2)) push(h1(21, p2.f.l));
      end(LEFT2, p2.key + LEFT2);
      if (freshRun(n1, RIGHT1)) {
        push(h1(22, n1.f.l));
        for (let b = 0; b < GAZ_NAMES.length; b++) if (n1.f.gaz & (1 << b)) push(GAZ_AFTER[b]);
        if (n1.f.clus) for (let c = 0; c < LEVELS.length; c++) push(CLUSTER_AFTER[c][level(n1.f.clus, c)]);
      }
      end(RIGHT1, n1.key + RIGHT1);
      if (freshRun(n2, RIGHT2)) push(h1(23, n2.f.l));
      end(RIGHT2, n2.key + RIGHT2);
      // the shapes around, and where the word stands
      const pos = i === first ? 1 : headline ? 2 : 0;
      const sk = words.shapeKey(p1, x, n1, pos);
      if (fresh(sk)) {
        push(h2(26, p1.f.shape, x.f.shape));
        push(h2(27, x.f.shape, n1.f.shape));
        push(h3(28, p1.f.shape, x.f.short, n1.f.shape));
        push(h2(31, POSITION[pos], x.f.short));
      }
      end(SHAPES, sk);
      // the rest is this token's own: word pairs
      push(mix(p1.f.pair24, x.f.l) | 0);
      push(mix(x.f.pair25, n1.f.l) | 0);
      push(mix(p2.f.pair29, p1.f.l) | 0);
      push(mix(n1.f.pair30, n2.f.l) | 0);
      // a capitalised word's cluster and place classes, read with the document's topic
      if (x.f.cap) {
        push(h2(90, topic, String(level(x.f.clus, 1))));
        push(h2(91, topic, String(x.f.gaz & PLACE_CLASSES)));
      }
      if (headline) push(h1(32, x.f.l));
      if (tabular && runs[i] >= 0) push(h2(92, tpl, String(runs[i])));
      if (len <= 3) push(h2(33, String(len), x.f.short));
      // the gazetteer phrases it and its neighbours stand in
      if (gp[i]) push(phrase(35, gp[i]));
      if (i > 0 && gp[i - 1]) push(phrase(38, gp[i - 1]));
      if (i + 1 < len && gp[i + 1]) push(phrase(39, gp[i + 1]));
      // what the rest of the document says about this word
      if (x.f.cap && x.f.cased) {
        push(ELSEWHERE[stats.lower[x.lid] | (stats.capMid[x.lid] << 1) | (pos << 2)]);
        if (stats.capCount[x.lid] > 1) {
          const gb = stats.gazBefore[x.lid];
          const ga = stats.gazAfter[x.lid];
          for (let b = 0; b < GAZ_NAMES.length; b++) {
            if (gb & (1 << b)) push(GAZ_ELSE_BEFORE[b]);
            if (ga & (1 << b)) push(GAZ_ELSE_AFTER[b]);
          }
        }
        const a = stats.around[x.lid];
        if (a && a.length > 2) {
          const before = p1.f.before;
          const after = n1.f.after;
          let seen = 0;
          for (let y = 0; y < a.length && seen < 12; y++) {
            const c = a[y];
            if (c === before || c === after || a.indexOf(c) < y) continue;
            push(c);
            seen++;
          }
        }
      }
    }
  }
  offsets[k] = n;
  return { hashes: hashes.subarray(0, n), offsets, keys, ends, nkeys: words.keys, words: words.owners, plain };
}

