// The name tagger: a linear model over hashed features (features.ts), trained as an averaged
// structured perceptron on CoNLL-2003 news (scripts/train-tagger.ts), decoded with Viterbi over
// BILOU tags for PER, ORG, LOC and MISC, in two stages (the second reads the first's tags). Its
// weights live in models/ner.bin (format: Model.encode), decoded once from what loadModels read.

import { aligned } from "./bytes";
import { FeatureSource, type Facts } from "./facts";
import { featurize, GROUPS, ROLES, type DocFeatures, type TagSentences } from "./features";
import type { WordClusters } from "./clusters";
import type { Gazetteer } from "./gazetteer";
import { withPrior } from "./prior";
import { allowed, NTAGS, spansOf, TAGS, type TaggedSpan } from "./tags";

export { allowed, NTAGS, spansOf, TAGS, TYPES, type TagType, type TaggedSpan } from "./tags";

/** Weights as the trainer holds them and the tagger reads them. */
export interface Weights {
  /** Writes the scores of features[from..to) for every tag to out[at..at + NTAGS). */
  emit(features: Int32Array, from: number, to: number, out: Float64Array, at: number): void;
  /** (NTAGS + 1)² transition scores. */
  trans: Float32Array | Float64Array;
}

const T1 = NTAGS + 1;
const ALLOWED = new Uint8Array(T1 * T1);
for (let a = 0; a <= NTAGS; a++) for (let b = 0; b <= NTAGS; b++) ALLOWED[a * T1 + b] = allowed(a, b) ? 1 : 0;
/** For each tag, the tags that may stand before it. */
const PREDECESSORS: Int32Array[] = [];
for (let t = 0; t < NTAGS; t++) {
  const ps: number[] = [];
  for (let p = 0; p < NTAGS; p++) if (ALLOWED[p * T1 + t]) ps.push(p);
  PREDECESSORS.push(Int32Array.from(ps));
}

let buffers = { em: new Float64Array(0), score: new Float64Array(0), back: new Int32Array(0) };

/** Best tag sequence for one sentence: tokens [from, to) of the document's features (as the trainer scores them). */
export function viterbi(f: DocFeatures, from: number, to: number, w: Weights, out: Int32Array): void {
  const n = to - from;
  if (n <= 0) return;
  const T = NTAGS;
  if (buffers.em.length < n * T) buffers = { em: new Float64Array(n * T * 2), score: new Float64Array(n * T * 2), back: new Int32Array(n * T * 2) };
  const em = buffers.em;
  for (let i = 0; i < n; i++) w.emit(f.hashes, f.offsets[from + i], f.offsets[from + i + 1], em, i * T);
  decode(em, 0, n, w.trans, out, from);
}

/** Best tags for n words whose emission scores stand at em[at·NTAGS …], written to out[into …]. */
export function decode(em: Float64Array, at: number, n: number, tr: Float32Array | Float64Array, out: Int32Array, into: number): void {
  if (n <= 0) return;
  const T = NTAGS;
  if (buffers.score.length < n * T) buffers = { em: buffers.em, score: new Float64Array(n * T * 2), back: new Int32Array(n * T * 2) };
  const { score, back } = buffers;
  const e0 = at * T;
  for (let t = 0; t < T; t++) score[t] = ALLOWED[T * T1 + t] ? tr[T * T1 + t] + em[e0 + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      const ps = PREDECESSORS[t];
      let best = -Infinity;
      let arg = ps[0];
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k];
        const v = score[prev + p] + tr[p * T1 + t];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * T + t] = best + em[e0 + i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (!ALLOWED[t * T1 + T]) continue;
    const v = score[(n - 1) * T + t] + tr[t * T1 + T];
    if (v > best) {
      best = v;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[into + i] = arg;
    arg = back[i * T + arg];
  }
}

// ---- the trained model, read from models/ner.bin ----

/** One trained stage as the trainer hands it over. */
export interface Stage {
  /** Feature hashes. */
  keys: Int32Array;
  /** keys.length × NTAGS weights. */
  weights: Float32Array | Float64Array;
  /** (NTAGS + 1)² transition scores. */
  trans: Float32Array | Float64Array;
}

const MAGIC = "KZNER3\n";

/** A hash's first slot in a table of 2^(32 - shift) slots: the top bits of its Fibonacci product. */
const home = (h: number, shift: number) => (shift < 32 ? Math.imul(h, 0x9e3779b1) >>> shift : 0);
const shiftFor = (size: number) => 32 - Math.round(Math.log2(size));
/** A hash's bit in Model.known (other bits of it than home's). */
const bloom = (h: number) => Math.imul(h, 0x85ebca6b) >>> 13;

/**
 * The tagger as the tool runs it: one stage, or two where the second reads the first's tags
 * (features.ts withPrior). One open-addressing table finds a feature's block of rows, one row a
 * stage side by side (so a feature costs one lookup and, mostly, one cache line for all stages);
 * a row keeps its non-zero weights only (four in five weights are zero) as a count, then
 * (tag << 16 | int16 weight) entries. The file holds these arrays as they are, so loading is
 * reading: no parsing, no rebuilding.
 */
export class Model {
  readonly stages: number;
  private readonly mask: number;
  private readonly shift: number;
  /**
   * One bit per feature the model knows (and for some it does not): most features of a text are
   * unknown, and these 64 KB stay in the CPU's cache where the table (1.3 MB) does not.
   */
  private readonly known = new Int32Array(1 << 14);

  private constructor(
    /** Slot i: [feature hash, block offset + 1] at 2i, 2i + 1; an empty slot holds 0 at 2i + 1. */
    private readonly slots: Int32Array,
    /** Blocks: for each stage, a count, then that many (tag << 16 | weight as int16) entries. */
    private readonly rows: Int32Array,
    /** A stage's raw sums times its scale are its scores. */
    readonly scale: number[],
    readonly trans: Float32Array[],
  ) {
    this.stages = scale.length;
    this.mask = slots.length / 2 - 1;
    this.shift = shiftFor(this.mask + 1);
    for (let s = 0; s <= this.mask; s++) {
      if (slots[s * 2 + 1] === 0) continue;
      const b = bloom(slots[s * 2]);
      this.known[b >>> 5] |= 1 << (b & 31);
    }
  }

  /** Packs trained stages: weights to int16 (one scale a stage), zeros dropped. */
  static build(stages: Stage[]): Model {
    // each feature's rows, stage by stage
    const byKey = new Map<number, Int32Array[]>();
    const scales = stages.map((p, stage) => {
      let max = 0;
      for (const v of p.weights) max = Math.max(max, Math.abs(v));
      const scale = max / 32767 || 1;
      for (let i = 0; i < p.keys.length; i++) {
        const row: number[] = [];
        for (let t = 0; t < NTAGS; t++) {
          const v = Math.round(p.weights[i * NTAGS + t] / scale);
          if (v !== 0) row.push((t << 16) | (v & 0xffff));
        }
        const k = p.keys[i] | 0;
        let block = byKey.get(k);
        if (!block) byKey.set(k, (block = stages.map(() => new Int32Array(0))));
        block[stage] = Int32Array.from(row);
      }
      return scale;
    });
    let size = 1;
    while (size < byKey.size * 1.34) size <<= 1;
    const shift = shiftFor(size);
    const slots = new Int32Array(size * 2);
    let cells = 0;
    for (const block of byKey.values()) for (const r of block) cells += 1 + r.length;
    const rows = new Int32Array(cells);
    let at = 0;
    for (const [k, block] of byKey) {
      let s = home(k, shift);
      while (slots[s * 2 + 1] !== 0) s = (s + 1) & (size - 1);
      slots[s * 2] = k;
      slots[s * 2 + 1] = at + 1;
      for (const r of block) {
        rows[at++] = r.length;
        rows.set(r, at);
        at += r.length;
      }
    }
    return new Model(
      slots,
      rows,
      scales,
      stages.map((p) => Float32Array.from(p.trans)),
    );
  }

  /**
   * The file: "KZNER3\n", u32 header length, header JSON {tags, slots, rows, scale}, spaces to a
   * 4-byte boundary, then i32[slots] slot table, i32[rows] rows, f32[stages × (tags + 1)²] transitions
   * (row: previous tag, last row: sentence start; column: next tag, last column: sentence end).
   */
  encode(): Buffer {
    const header = JSON.stringify({ tags: TAGS, slots: this.slots.length, rows: this.rows.length, scale: this.scale });
    let head = MAGIC + "    " + header;
    head += " ".repeat((4 - (Buffer.byteLength(head) % 4)) % 4);
    const hb = Buffer.from(head, "utf8");
    hb.writeUInt32LE(Buffer.byteLength(header) + ((4 - (Buffer.byteLength(MAGIC + "    " + header) % 4)) % 4), MAGIC.length);
    const trans = new Float32Array(this.stages * T1 * T1);
    this.trans.forEach((t, i) => trans.set(t, i * T1 * T1));
    const view = (a: Int32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    return Buffer.concat([hb, view(this.slots), view(this.rows), view(trans)]);
  }

  static decode(buf: Buffer): Model {
    if (buf.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("ner model: not a KZNER3 file (retrain with npm run train)");
    const hlen = buf.readUInt32LE(MAGIC.length);
    const at = MAGIC.length + 4;
    const header = JSON.parse(buf.toString("utf8", at, at + hlen)) as { tags: string[]; slots: number; rows: number; scale: number[] };
    if (header.tags.join() !== TAGS.join()) throw new Error("ner model: tags differ from the tagger's");
    // typed arrays need an aligned start: the header is padded to 4 bytes, the Buffer may not be
    const { buffer: ab, offset: base } = aligned(buf, at + hlen);
    const slots = new Int32Array(ab, base, header.slots);
    const rows = new Int32Array(ab, base + header.slots * 4, header.rows);
    const tAt = base + (header.slots + header.rows) * 4;
    const trans = header.scale.map((_, i) => new Float32Array(ab, tAt + i * T1 * T1 * 4, T1 * T1));
    return new Model(slots, rows, header.scale, trans);
  }

  /**
   * Adds the raw (unscaled) scores of features[from..to) of stages [first, last) into out: stage
   * st's score of tag t at out[at + st·NTAGS + t].
   */
  add(features: Int32Array, from: number, to: number, out: Int32Array, at: number, first: number, last: number): void {
    const { slots, rows, mask, shift, known } = this;
    for (let j = from; j < to; j++) {
      const h = features[j];
      const b = bloom(h);
      if ((known[b >>> 5] & (1 << (b & 31))) === 0) continue;
      let s = home(h, shift);
      let off = 0;
      for (;;) {
        off = slots[s * 2 + 1];
        if (off === 0 || slots[s * 2] === h) break;
        s = (s + 1) & mask;
      }
      if (off === 0) continue;
      off--;
      for (let st = 0; st < last; st++) {
        const n = rows[off++];
        if (st >= first) {
          const o = at + st * NTAGS;
          for (let e = off; e < off + n; e++) {
            const x = rows[e];
            out[o + (x >>> 16)] += (x << 16) >> 16;
          }
        }
        off += n;
      }
    }
  }

  /** One stage as the trainer's Weights (scores scaled). */
  stage(s: number): Weights {
    const sums = new Int32Array(this.stages * NTAGS);
    return {
      emit: (features, from, to, out, at) => {
        sums.fill(0);
        this.add(features, from, to, sums, 0, s, s + 1);
        for (let t = 0; t < NTAGS; t++) out[at + t] = sums[s * NTAGS + t] * this.scale[s];
      },
      trans: this.trans[s],
    };
  }
}

/**
 * Raw scores of feature runs (the shapes around a word) by their content, kept across documents:
 * most runs recur from one article to the next. Bounded (8 MB): when full it starts afresh. (A
 * word's own runs are kept with its facts instead: no hashing or probing to find them.)
 */
class RunScores {
  /** Entry offset + 1 by the run's hash; 0 for an empty slot. */
  private readonly slots = new Int32Array(1 << 17);
  /** Entries: hash, run length, the run's features, then `width` scores. */
  private readonly pool = new Int32Array(1 << 21);
  private used = 0;
  private count = 0;

  constructor(
    private readonly model: Model,
    /** Scores per run: every tag of every stage. */
    private readonly width: number,
  ) {}

  /** Adds the scores of features[from..to) to out[at …] (width of them). */
  addTo(features: Int32Array, from: number, to: number, out: Int32Array, at: number): void {
    const { slots, pool, width } = this;
    const len = to - from;
    let h = len;
    for (let j = from; j < to; j++) h = Math.imul(h ^ features[j], 0x9e3779b1) ^ (h >>> 15);
    const mask = slots.length - 1;
    let s = (Math.imul(h, 0x85ebca6b) >>> 15) & mask;
    for (;;) {
      const e = slots[s] - 1;
      if (e < 0) break;
      if (pool[e] === h && pool[e + 1] === len && this.same(features, from, len, e + 2)) {
        const sc = e + 2 + len;
        for (let t = 0; t < width; t++) out[at + t] += pool[sc + t];
        return;
      }
      s = (s + 1) & mask;
    }
    const size = 2 + len + width;
    if (size > pool.length) {
      this.model.add(features, from, to, out, at, 0, this.model.stages);
      return;
    }
    if ((this.count + 1) * 2 > slots.length || this.used + size > pool.length) {
      slots.fill(0);
      this.used = this.count = 0;
      s = (Math.imul(h, 0x85ebca6b) >>> 15) & mask;
    }
    const e = this.used;
    this.used += size;
    this.count++;
    slots[s] = e + 1;
    pool[e] = h;
    pool[e + 1] = len;
    pool.set(features.subarray(from, to), e + 2);
    const sc = e + 2 + len;
    pool.fill(0, sc, sc + width);
    this.model.add(features, from, to, pool, sc, 0, this.model.stages);
    for (let t = 0; t < width; t++) out[at + t] += pool[sc + t];
  }

  private same(features: Int32Array, from: number, len: number, at: number): boolean {
    for (let j = 0; j < len; j++) if (features[from + j] !== this.pool[at + j]) return false;
    return true;
  }
}

/**
 * The name tagger as the analysis runs it: the trained model, the gazetteer its features read, and
 * what it keeps across documents (each word's facts, the scores of recurring feature runs).
 */
export class Tagger {
  readonly features: FeatureSource;
  readonly runs: RunScores;
  constructor(
    readonly model: Model,
    gazetteer: Gazetteer,
    clusters: WordClusters,
  ) {
    this.features = new FeatureSource(gazetteer, clusters);
    this.runs = new RunScores(model, model.stages * NTAGS);
  }

  private chunk = new Int32Array(0);
  private chunkUsed = 0;
  /** Zeroed room for a word's run scores (Facts.scores), cut from a shared chunk rather than a buffer of its own per word. */
  wordScores(n: number): Int32Array {
    if (this.chunkUsed + n > this.chunk.length) {
      this.chunk = new Int32Array(1 << 16);
      this.chunkUsed = 0;
    }
    this.chunkUsed += n;
    return this.chunk.subarray(this.chunkUsed - n, this.chunkUsed);
  }

  /** Tags a document's sentences; returns the spans over the flattened word list. */
  tag(sentences: TagSentences): TaggedSpan[] {
    const tags = tagWords(sentences, this);
    return spansOf(tags, tags.length);
  }
}

if (GROUPS !== 6) throw new Error("scoreWords adds six feature runs a word");

/**
 * The raw scores of the first stages' features (all but a later stage's own, see tagWords) for
 * every word of the document: token after token, stage after stage, tag after tag; int16 weights
 * summed exactly in int32. Plain words (DocFeatures.plain) are not scored: they are O.
 */
export function scoreWords(sentences: TagSentences, tagger: Tagger): { sums: Int32Array; plain: Uint8Array } {
  const { model } = tagger;
  const f = featurize(sentences, tagger.features, true);
  const N = f.offsets.length - 1;
  const S = model.stages;
  const W = S * NTAGS;
  const sums = new Int32Array(N * W);
  // a token's first feature runs are fixed by their keys (its word, its neighbours as neighbours,
  // the shapes around it); each key's run is written once, at its first token, and scored then
  const memo = tagger.runs;
  const nkeys = f.nkeys ?? 0;
  const byKey = new Int32Array(nkeys * W);
  const { hashes, offsets } = f;
  const keys = f.keys as Int32Array;
  const ends = f.ends as Uint16Array;
  const plain = f.plain as Uint8Array;
  const words = f.words as Facts[];
  for (let k = 0; k < N; k++) {
    if (plain[k]) continue;
    const base = offsets[k];
    const g0 = k * GROUPS;
    let from = base;
    for (let g = 0; g < GROUPS; g++) {
      const to = base + ends[g0 + g];
      const key = keys[g0 + g];
      if (g < ROLES) {
        // a word's runs are scored once for the process and kept with its facts (read from there below)
        const x = words[key - g];
        if ((x.scored & (1 << g)) === 0) {
          x.scores ??= tagger.wordScores(ROLES * W);
          model.add(hashes, from, to, x.scores, g * W, 0, S);
          x.scored |= 1 << g;
        }
      } else if (to - from >= 4) memo.addTo(hashes, from, to, byKey, key * W);
      // (a run of a few features costs less to score than to look up)
      else if (to > from) model.add(hashes, from, to, byKey, key * W, 0, S);
      from = to;
    }
    // the six runs' scores, added in one pass: the word's and its neighbours' from their facts, the shapes' from byKey
    const at = k * W;
    const s0 = words[keys[g0]].scores as Int32Array;
    const s1 = words[keys[g0 + 1] - 1].scores as Int32Array;
    const s2 = words[keys[g0 + 2] - 2].scores as Int32Array;
    const s3 = words[keys[g0 + 3] - 3].scores as Int32Array;
    const s4 = words[keys[g0 + 4] - 4].scores as Int32Array;
    const r5 = keys[g0 + 5] * W;
    for (let t = 0; t < W; t++) sums[at + t] = s0[t] + s1[W + t] + s2[2 * W + t] + s3[3 * W + t] + s4[4 * W + t] + byKey[r5 + t];
    model.add(hashes, from, offsets[k + 1], sums, at, 0, S);
  }
  return { sums, plain };
}

/** Best tags for every word of the document, stage after stage. */
export function tagWords(sentences: TagSentences, tagger: Tagger): Int32Array {
  const { model } = tagger;
  const { sums, plain } = scoreWords(sentences, tagger);
  const T = NTAGS;
  const S = model.stages;
  const W = S * T;
  const N = sums.length / W;
  let tags = new Int32Array(N);
  for (let s = 0; s < S; s++) {
    if (s > 0) {
      // the later stage's own features: what the stage before it said
      const extra = withPrior(sentences, null, tags);
      for (let k = 0; k < N; k++) model.add(extra.hashes, extra.offsets[k], extra.offsets[k + 1], sums, k * W, s, s + 1);
    }
    const scale = model.scale[s];
    const e = new Float64Array(N * T);
    for (let k = 0; k < N; k++) {
      if (plain[k]) for (let t = 1; t < T; t++) e[k * T + t] = -1e9;
      else for (let t = 0; t < T; t++) e[k * T + t] = sums[k * W + s * T + t] * scale;
    }
    const out = new Int32Array(N);
    let at = 0;
    for (const sentence of sentences) {
      // plain words are O, so they cut a sentence into pieces decoded apart; each piece keeps a
      // plain word at either end, for the transitions from and to O
      const end = at + sentence.length;
      for (let i = at; i < end; ) {
        if (plain[i]) {
          i++;
          continue;
        }
        let j = i;
        while (j < end && !plain[j]) j++;
        const from = i > at ? i - 1 : i;
        const to = j < end ? j + 1 : j;
        decode(e, from, to - from, model.trans[s], out, from);
        i = j;
      }
      at = end;
    }
    tags = out;
  }
  return tags;
}
