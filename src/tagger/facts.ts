// What the tagger's features read of a word by itself, the same in every document: its forms and
// shapes, its gazetteer classes, its own features and the hash states its context features start
// from. Worked out once per distinct word and kept (FeatureSource), bounded. Frozen with the model.

import { shape } from "../text/tokenize";
import { SPORT_WORDS } from "../words/other";
import { level, LEVELS, type WordClusters } from "./clusters";
import { GAZ_NAMES, gazHash, type Gazetteer } from "./gazetteer";
import { h1, h2, h3, mix, seed, then } from "./hash";

/** The shape with every run cut to one: "Xx", "X.X.", "d,d". */
export function shortShape(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}

export const hasLetter = (w: string) => /\p{L}/u.test(w);
export const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && w[0].toLowerCase() !== w[0]);
};
export const isLowerWord = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && w[0].toUpperCase() !== w[0]);
};

export const OPEN_Q = new Set(['"', "``", "'", "("]);
export const AROUND = 41;
export const BEFORE = mix(seed(AROUND), "<");
export const AFTER = mix(seed(AROUND), ">");
export const CARET = mix(BEFORE, "^") | 0;
export const DOLLAR = mix(AFTER, "$") | 0;

/**
 * What a word says by itself, the same in every document: worked out once and kept for the process
 * (a bounded cache), since most words of an article were in the articles before it.
 */
export interface Facts {
  w: string;
  /** Lower case. */
  l: string;
  shape: string;
  short: string;
  /** Gazetteer classes, and the gazetteer hash of the lower case (a phrase's hash continues it). */
  gaz: number;
  /** A word of sports reports (SPORT_WORDS). */
  sport: boolean;
  /** Its word clusters, packed (clusters.ts), 0 for a word they do not know. */
  clus: number;
  gazKey: number;
  /** Its features alone. */
  own: Int32Array;
  /** Hash states of the word-pair templates with this word first (see `then`). */
  pair24: number;
  pair25: number;
  pair29: number;
  pair30: number;
  /** The context features (template AROUND) this word gives a word after it and before it. */
  before: number;
  after: number;
  cap: boolean;
  lowerInitial: boolean;
  /** Has a letter that has case (its upper and lower case differ). */
  cased: boolean;
  letter: boolean;
  upper: boolean;
  /** `"`, `'` or `(`: a capital after it may start a quotation. */
  opener: boolean;
  /** Opens a quotation or a bracket: the sentence proper starts after it. */
  openQ: boolean;
  /** No capital and no digit: lower-case words and punctuation (see DocFeatures.plain). */
  plain: boolean;
  /**
   * The tagger's scores of the feature runs this word fixes (features.ts: its own, and as each
   * neighbour), kept with the word as they are the same in every document; run r's are in once
   * bit r of `scored` is set. Filled by the tagger whose FeatureSource made the word (model.ts).
   */
  scores: Int32Array | null;
  scored: number;
}


/**
 * What featurize reads besides the words: the gazetteer, and what it worked out about each word by
 * itself, kept across documents (most words of an article were in the articles before it) and
 * bounded: when full it starts afresh.
 */
export class FeatureSource {
  private readonly facts = new Map<string, Facts>();
  /** Stand-ins for the words before a sentence's first and after its last (this source's, as its words are). */
  readonly bos = edgeFacts("<s>");
  readonly eos = edgeFacts("</s>");
  constructor(
    readonly gaz: Gazetteer,
    readonly clusters: WordClusters,
  ) {}

  factsOf(w: string): Facts {
    let f = this.facts.get(w);
    if (!f) {
      if (this.facts.size >= FACTS_MAX) this.facts.clear();
      const l = w.toLowerCase();
      this.facts.set(w, (f = wordFacts(w, l, this.gaz.valueOf(gazHash(l)) & 0xffff, this.clusters.of(l))));
    }
    return f;
  }
}
const FACTS_MAX = 50_000;

export function wordFacts(w: string, l: string, g: number, clus: number): Facts {
  const shp = shape(w);
  const short = shortShape(shp);
  const letter = hasLetter(w);
  return {
    w,
    l,
    shape: shp,
    short,
    gaz: g,
    clus,
    sport: SPORT_WORDS.has(l),
    gazKey: gazHash(l),
    own: ownFeatures(w, l, shp, short, g, clus),
    pair24: then(24, l),
    pair25: then(25, l),
    pair29: then(29, l),
    pair30: then(30, l),
    before: mix(BEFORE, l) | 0,
    after: mix(AFTER, l) | 0,
    cap: isCap(w),
    lowerInitial: isLowerWord(w),
    cased: l !== w.toUpperCase(),
    letter,
    upper: letter && w.toUpperCase() === w && l !== w,
    opener: w === '"' || w === "'" || w === "(",
    openQ: OPEN_Q.has(w),
    plain: !/[\p{Lu}\p{Lt}\d]/u.test(w),
    scores: null,
    scored: 0,
  };
}

/** Stand-ins for the words before a sentence's first and after its last (W and S templates read "<s>", "</s>"). */
export function edgeFacts(edge: string): Facts {
  const f = wordFacts(edge, edge, 0, 0);
  f.shape = f.short = edge;
  f.own = new Int32Array(0);
  return f;
}

/** Hashed features of each level's clusters, for template t + level: CLUSTER_FEATURES(t)[level][id]. */
export const clusterFeatures = (t: number) => LEVELS.map((n, i) => Int32Array.from({ length: n }, (_, id) => h2(t + i, String(i), String(id))));
const OWN_CLUSTER = clusterFeatures(60);

/** The features of a word by itself: the word, its shape, prefixes and suffixes, gazetteer classes, word clusters. */
export function ownFeatures(w: string, l: string, shp: string, short: string, g: number, clus: number): Int32Array {
  const f: number[] = [h1(0, ""), h1(1, w), h1(2, l), h1(3, shp), h1(4, short)];
  const pl = Math.min(4, l.length - 1);
  for (let p = 1; p <= pl; p++) {
    f.push(h1(5 + p, l.slice(0, p)));
    f.push(h1(10 + p, l.slice(l.length - p)));
  }
  for (let b = 0; b < GAZ_NAMES.length; b++) if (g & (1 << b)) f.push(h2(34, GAZ_NAMES[b], short));
  if (clus) for (let i = 0; i < LEVELS.length; i++) f.push(OWN_CLUSTER[i][level(clus, i)]);
  // a cluster says different things written capitalised or not ("may", "May")
  if (clus) for (const i of [1, 3]) f.push(h3(72, String(i), String(level(clus, i)), short));
  return Int32Array.from(f);
}
