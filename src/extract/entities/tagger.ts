// The name tagger: a linear model over hashed features (features.ts), trained as an averaged
// structured perceptron on CoNLL-2003 news (scripts/train-tagger.ts), decoded with Viterbi over
// BILOU tags for PER, ORG, LOC and MISC, in two stages (the second reads the first's tags). Its
// weights live in models/ner.bin (format: Model.encode), read lazily once.

import { existsSync, readFileSync } from "node:fs";
import { modelsPath } from "../../models";
import { featurize, withPrior, type DocFeatures, type TagSentences } from "./features";
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
    let base = buf.byteOffset + at + hlen;
    let ab = buf.buffer;
    if (base % 4) {
      const copy = new Uint8Array(buf.length - at - hlen);
      copy.set(buf.subarray(at + hlen));
      ab = copy.buffer;
      base = 0;
    }
    const slots = new Int32Array(ab, base, header.slots);
    const rows = new Int32Array(ab, base + header.slots * 4, header.rows);
    const tAt = base + (header.slots + header.rows) * 4;
    const trans = header.scale.map((_, i) => new Float32Array(ab, tAt + i * T1 * T1 * 4, T1 * T1));
    return new Model(slots, rows, header.scale, trans);
  }

  /** Adds the raw (unscaled) scores of features[from..to) of stages [first, last) into out[stage][at …]. */
  add(features: Int32Array, from: number, to: number, out: Float64Array[], at: number, first: number, last: number): void {
    const { slots, rows, mask, shift } = this;
    for (let j = from; j < to; j++) {
      const h = features[j];
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
          const o = out[st];
          for (let e = off; e < off + n; e++) {
            const x = rows[e];
            o[at + (x >>> 16)] += (x << 16) >> 16;
          }
        }
        off += n;
      }
    }
  }

  /** One stage as the trainer's Weights (scores scaled). */
  stage(s: number): Weights {
    return {
      emit: (features, from, to, out, at) => {
        for (let t = 0; t < NTAGS; t++) out[at + t] = 0;
        const outs: Float64Array[] = [];
        outs[s] = out;
        this.add(features, from, to, outs, at, s, s + 1);
        for (let t = 0; t < NTAGS; t++) out[at + t] *= this.scale[s];
      },
      trans: this.trans[s],
    };
  }
}

let model: Model | null | undefined;

/** The trained tagger, or null when models/ner.bin is missing. */
export function getModel(): Model | null {
  if (model === undefined) {
    const file = modelsPath("ner.bin");
    model = existsSync(file) ? Model.decode(readFileSync(file)) : null;
  }
  return model;
}

/** Best tags for every word of the document, stage after stage. */
export function tagWords(sentences: TagSentences, model: Model): Int32Array {
  const f = featurize(sentences);
  const N = f.offsets.length - 1;
  const T = NTAGS;
  const S = model.stages;
  const em: Float64Array[] = [];
  for (let s = 0; s < S; s++) em.push(new Float64Array(N * T));
  // a word form's own features score the same wherever it stands: once per form, for all stages
  const forms = f.forms ?? 0;
  const cache: Float64Array[] = [];
  for (let s = 0; s < S; s++) cache.push(new Float64Array(forms * T));
  const done = new Uint8Array(forms);
  const words = f.words as Int32Array;
  const own = f.own as Uint8Array;
  for (let k = 0; k < N; k++) {
    const w = words[k];
    if (!done[w]) {
      model.add(f.hashes, f.offsets[k], f.offsets[k] + own[k], cache, w * T, 0, S);
      done[w] = 1;
    }
    for (let s = 0; s < S; s++) for (let t = 0; t < T; t++) em[s][k * T + t] = cache[s][w * T + t];
    model.add(f.hashes, f.offsets[k] + own[k], f.offsets[k + 1], em, k * T, 0, S);
  }
  let tags = new Int32Array(N);
  for (let s = 0; s < S; s++) {
    if (s > 0) {
      // the later stage's own features: what the stage before it said
      const extra = withPrior(sentences, null, tags);
      for (let k = 0; k < N; k++) model.add(extra.hashes, extra.offsets[k], extra.offsets[k + 1], em, k * T, s, s + 1);
    }
    const e = em[s];
    const scale = model.scale[s];
    for (let i = 0; i < e.length; i++) e[i] *= scale;
    const out = new Int32Array(N);
    let at = 0;
    for (const sentence of sentences) {
      decode(e, at, sentence.length, model.trans[s], out, at);
      at += sentence.length;
    }
    tags = out;
  }
  return tags;
}

/** Tags a document's sentences; returns the spans over the flattened word list. */
export function tag(sentences: TagSentences, model: Model): TaggedSpan[] {
  const tags = tagWords(sentences, model);
  return spansOf(tags, tags.length);
}
