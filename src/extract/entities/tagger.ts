// The name tagger: a linear model over hashed features (features.ts), trained as an averaged
// structured perceptron on CoNLL-2003 news (scripts/train-tagger.ts), decoded with Viterbi over
// BILOU tags for PER, ORG, LOC and MISC. Its weights live in models/ner.bin, read lazily once:
//
//   "KZNER1\n"  u32 header length  header JSON {tags, features, scale}
//   u32[features] feature hashes, ascending
//   i16[features × tags] weights / scale
//   f32[(tags + 1) × (tags + 1)] transitions: row = previous tag (last row: sentence start),
//                                column = next tag (last column: sentence end)

import { existsSync, readFileSync } from "node:fs";
import { modelsPath } from "../../models";
import { featurize, withPrior, type DocFeatures, type TagSentences } from "./features";
import { allowed, NTAGS, spansOf, TAGS, type TaggedSpan } from "./tags";

export { allowed, NTAGS, spansOf, TAGS, TYPES, type TagType, type TaggedSpan } from "./tags";

/** Weights as the trainer holds them and the tagger reads them. */
export interface Weights {
  /** Writes the scores of features[from..to) for every tag to out[at..at + NTAGS). */
  emit(features: Uint32Array, from: number, to: number, out: Float64Array, at: number): void;
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

const MAGIC = "KZNER1\n";

export function encodeModel(keys: Uint32Array, weights: Float64Array | Float32Array, trans: Float64Array | Float32Array): Buffer {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  const header = Buffer.from(JSON.stringify({ tags: TAGS, features: keys.length, scale }));
  const head = Buffer.alloc(MAGIC.length + 4);
  head.write(MAGIC, 0, "latin1");
  head.writeUInt32LE(header.length, MAGIC.length);
  // pad the header so the arrays after it are 4-byte aligned
  const pad = Buffer.alloc((4 - ((head.length + header.length) % 4)) % 4, 32);
  const t32 = Float32Array.from(trans);
  return Buffer.concat([
    head,
    header,
    pad,
    Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength),
    Buffer.from(q.buffer, q.byteOffset, q.byteLength),
    Buffer.alloc(q.byteLength % 4),
    Buffer.from(t32.buffer, t32.byteOffset, t32.byteLength),
  ]);
}

/** The arrays of one packed stage. */
function unpack(buf: Buffer): { keys: Uint32Array; weights: Int16Array; scale: number; trans: Float32Array } {
  if (buf.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("ner model: bad magic");
  const hlen = buf.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(buf.toString("utf8", at, at + hlen)) as { tags: string[]; features: number; scale: number };
  if (header.tags.join() !== TAGS.join()) throw new Error("ner model: tags differ from the tagger's");
  at += hlen;
  at += (4 - (at % 4)) % 4;
  // copy once into an aligned buffer so typed arrays can view it
  const data = new Uint8Array(buf.length - at);
  data.set(buf.subarray(at));
  const n = header.features;
  const wBytes = n * NTAGS * 2;
  return {
    keys: new Uint32Array(data.buffer, 0, n),
    weights: new Int16Array(data.buffer, n * 4, n * NTAGS),
    scale: header.scale,
    trans: new Float32Array(data.buffer, n * 4 + wBytes + (wBytes % 4), T1 * T1),
  };
}

/** One packed stage, as Weights. */
export function decodeModel(buf: Buffer): Weights {
  return new Model([unpack(buf)]).stage(0);
}

/**
 * The tagger as the tool runs it: one stage, or two where the second reads the first's tags
 * (features.ts withPrior). The stages share one table from feature hash to their rows, so a
 * feature is looked up once for both; a row keeps its non-zero weights only (four in five
 * weights are zero) as (tag << 16 | int16 weight) entries after a count.
 */
export class Model {
  readonly stages: number;
  /** Slot i: [feature hash, row offset + 1 for each stage (0: none)]; an empty slot has only zeros. */
  private readonly slots: Uint32Array;
  private readonly stride: number;
  private readonly mask: number;
  private readonly rows: Int32Array;
  readonly scale: number[];
  readonly trans: Float32Array[];

  constructor(parts: Array<{ keys: Uint32Array; weights: Int16Array; scale: number; trans: Float32Array }>) {
    this.stages = parts.length;
    this.stride = parts.length + 1;
    this.scale = parts.map((p) => p.scale);
    this.trans = parts.map((p) => p.trans);
    const all = new Set<number>();
    let cells = 0;
    for (const p of parts) {
      for (const k of p.keys) all.add(k);
      cells += p.keys.length;
      for (const v of p.weights) if (v !== 0) cells++;
    }
    let size = 1;
    while (size < all.size * 1.34) size <<= 1;
    this.mask = size - 1;
    this.slots = new Uint32Array(size * this.stride);
    this.rows = new Int32Array(cells);
    let at = 0;
    parts.forEach((p, stage) => {
      for (let i = 0; i < p.keys.length; i++) {
        const off = at++;
        let n = 0;
        for (let t = 0; t < NTAGS; t++) {
          const v = p.weights[i * NTAGS + t];
          if (v === 0) continue;
          this.rows[at++] = (t << 16) | (v & 0xffff);
          n++;
        }
        this.rows[off] = n;
        const slot = this.slot(p.keys[i], true);
        this.slots[slot] = p.keys[i];
        this.slots[slot + 1 + stage] = off + 1;
      }
    });
  }

  /** The slot of a feature hash (its first cell), or -1; with `claim`, a free slot for a new one. */
  private slot(h: number, claim = false): number {
    const { slots, mask, stride } = this;
    let s = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const c = s * stride;
      let used = false;
      for (let k = 1; k < stride; k++) if (slots[c + k] !== 0) used = true;
      if (!used) return claim ? c : -1;
      if (slots[c] === h) return c;
      s = (s + 1) & mask;
    }
  }

  /** Adds the raw (unscaled) scores of features[from..to) of stages [first, last) into out[stage][at …]. */
  add(features: Uint32Array, from: number, to: number, out: Float64Array[], at: number, first: number, last: number): void {
    const { slots, rows } = this;
    for (let j = from; j < to; j++) {
      const c = this.slot(features[j]);
      if (c < 0) continue;
      for (let s = first; s < last; s++) {
        const off = slots[c + 1 + s];
        if (off === 0) continue;
        const o = out[s];
        const end = off + rows[off - 1];
        for (let e = off; e < end; e++) {
          const x = rows[e];
          o[at + (x >>> 16)] += (x << 16) >> 16;
        }
      }
    }
  }

  /** One stage as the trainer's Weights (scores scaled), for tests and tools. */
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

const STAGES_MAGIC = "KZNERS\n";

/** Packs the stages into one file: magic, u32 count, then each stage as u32 length + encodeModel bytes. */
export function encodeStages(stages: Buffer[]): Buffer {
  const head = Buffer.alloc(STAGES_MAGIC.length + 4);
  head.write(STAGES_MAGIC, 0, "latin1");
  head.writeUInt32LE(stages.length, STAGES_MAGIC.length);
  const parts: Buffer[] = [head];
  for (const s of stages) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(s.length);
    parts.push(len, s);
  }
  return Buffer.concat(parts);
}

export function decodeStages(buf: Buffer): Model {
  const chunks: Buffer[] = [];
  if (buf.toString("latin1", 0, STAGES_MAGIC.length) !== STAGES_MAGIC) chunks.push(buf);
  else {
    const n = buf.readUInt32LE(STAGES_MAGIC.length);
    let at = STAGES_MAGIC.length + 4;
    for (let i = 0; i < n; i++) {
      const len = buf.readUInt32LE(at);
      chunks.push(buf.subarray(at + 4, at + 4 + len));
      at += 4 + len;
    }
  }
  return new Model(chunks.map(unpack));
}

let model: Model | null | undefined;

/** The trained tagger, or null when models/ner.bin is missing. */
export function getModel(): Model | null {
  if (model === undefined) {
    const file = modelsPath("ner.bin");
    model = existsSync(file) ? decodeStages(readFileSync(file)) : null;
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
