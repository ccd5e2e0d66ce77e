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

export const TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type TagType = (typeof TYPES)[number];

/** O, then B- I- L- U- for each type. */
export const TAGS: string[] = ["O", ...TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`))];
export const NTAGS = TAGS.length;
const B = 1;
const I = 2;
const L = 3;
const U = 4;
export const tagPart = (tag: number) => (tag === 0 ? 0 : ((tag - 1) % 4) + 1);
export const tagType = (tag: number) => (tag === 0 ? -1 : Math.floor((tag - 1) / 4));

/** Whether tag b may follow tag a (a = NTAGS: sentence start; b = NTAGS: sentence end). */
export function allowed(a: number, b: number): boolean {
  const open = a < NTAGS && (tagPart(a) === B || tagPart(a) === I);
  if (b === NTAGS) return !open;
  const pb = tagPart(b);
  if (open) return (pb === I || pb === L) && tagType(a) === tagType(b);
  return pb === 0 || pb === B || pb === U;
}

/** Weights as the trainer holds them and the tagger reads them. */
export interface Weights {
  /** Adds the scores of features[from..to) for every tag into out[at..at + NTAGS). */
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

/** Best tag sequence for one sentence: tokens [from, to) of the document's features. */
export function viterbi(f: DocFeatures, from: number, to: number, w: Weights, out: Int32Array, cache?: Float64Array): void {
  const n = to - from;
  if (n <= 0) return;
  const T = NTAGS;
  if (buffers.em.length < n * T) buffers = { em: new Float64Array(n * T * 2), score: new Float64Array(n * T * 2), back: new Int32Array(n * T * 2) };
  const { em, score, back } = buffers;
  em.fill(0, 0, n * T);
  if (cache && f.words && f.own) {
    // a word form's own features score the same wherever it stands: once per form
    const { words, own } = f;
    for (let i = 0; i < n; i++) {
      const k = from + i;
      const c = words[k] * (T + 1);
      if (!cache[c + T]) {
        w.emit(f.hashes, f.offsets[k], f.offsets[k] + own[k], cache, c);
        cache[c + T] = 1;
      }
      w.emit(f.hashes, f.offsets[k] + own[k], f.offsets[k + 1], em, i * T);
      for (let t = 0; t < T; t++) em[i * T + t] += cache[c + t];
    }
  } else for (let i = 0; i < n; i++) w.emit(f.hashes, f.offsets[from + i], f.offsets[from + i + 1], em, i * T);
  const tr = w.trans;
  for (let t = 0; t < T; t++) score[t] = ALLOWED[T * T1 + t] ? tr[T * T1 + t] + em[t] : -Infinity;
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
      score[i * T + t] = best + em[i * T + t];
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
    out[from + i] = arg;
    arg = back[i * T + arg];
  }
}

/** A name found by the tagger: words [first, last) of a sentence list flattened, typed. */
export interface TaggedSpan {
  first: number;
  last: number;
  type: TagType;
}

/** Spans from a BILOU tag sequence over flattened tokens. */
export function spansOf(tags: Int32Array, n: number): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    const t = tags[i];
    const p = tagPart(t);
    if (p === U) out.push({ first: i, last: i + 1, type: TYPES[tagType(t)] });
    else if (p === B) start = i;
    else if (p === L && start >= 0) {
      out.push({ first: start, last: i + 1, type: TYPES[tagType(t)] });
      start = -1;
    }
  }
  return out;
}

// ---- the trained model, read from models/ner.bin ----

/**
 * The weights as the tool holds them: most features score only a few tags (four in five weights
 * are zero), so each feature's row keeps its non-zero weights only, and a small open-addressing
 * table finds the row from the feature's hash: two cache lines a feature at most.
 */
class PackedWeights implements Weights {
  /** Slot i holds [feature hash, row offset + 1] at 2i, 2i + 1; 0 marks an empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  /** Rows: a count, then (tag << 16 | weight as int16) entries. */
  private readonly rows: Int32Array;
  constructor(
    keys: Uint32Array,
    weights: Int16Array,
    private readonly scale: number,
    readonly trans: Float32Array,
  ) {
    let nnz = 0;
    for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) nnz++;
    this.rows = new Int32Array(keys.length + nnz);
    let size = 1;
    while (size < keys.length * 1.34) size <<= 1;
    this.mask = size - 1;
    this.slots = new Uint32Array(size * 2);
    let at = 0;
    for (let i = 0; i < keys.length; i++) {
      const off = at;
      let n = 0;
      at++;
      for (let t = 0; t < NTAGS; t++) {
        const v = weights[i * NTAGS + t];
        if (v !== 0) {
          this.rows[at++] = (t << 16) | (v & 0xffff);
          n++;
        }
      }
      this.rows[off] = n;
      let s = (Math.imul(keys[i], 0x9e3779b1) >>> 0) & this.mask;
      while (this.slots[(s << 1) + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[s << 1] = keys[i];
      this.slots[(s << 1) + 1] = off + 1;
    }
  }
  emit(features: Uint32Array, from: number, to: number, out: Float64Array, at: number): void {
    const { slots, mask, rows } = this;
    for (let t = 0; t < NTAGS; t++) out[at + t] = 0;
    for (let j = from; j < to; j++) {
      const h = features[j];
      let s = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
      for (;;) {
        const off = slots[(s << 1) + 1];
        if (off === 0) break;
        if (slots[s << 1] === h) {
          const end = off + rows[off - 1];
          for (let e = off; e < end; e++) {
            const x = rows[e];
            out[at + (x >>> 16)] += (x << 16) >> 16;
          }
          break;
        }
        s = (s + 1) & mask;
      }
    }
    for (let t = 0; t < NTAGS; t++) out[at + t] *= this.scale;
  }
}

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

export function decodeModel(buf: Buffer): Weights {
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
  const keys = new Uint32Array(data.buffer, 0, n);
  const wBytes = n * NTAGS * 2;
  const weights = new Int16Array(data.buffer, n * 4, n * NTAGS);
  const transAt = n * 4 + wBytes + (wBytes % 4);
  const trans = new Float32Array(data.buffer, transAt, (NTAGS + 1) * (NTAGS + 1));
  return new PackedWeights(keys, weights, header.scale, trans);
}

/** The tagger: one stage, or two where the second reads the first's tags (features.ts withPrior). */
export interface Model {
  stages: Weights[];
}

const STAGES_MAGIC = "KZNERS\n";

/** Packs the stages into one file: magic, u32 count, then each stage as u32 length + encodeModel bytes. */
export function encodeStages(stages: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(STAGES_MAGIC.length + 4 + 1);
  head.write(STAGES_MAGIC, 0, "latin1");
  head.writeUInt32LE(stages.length, STAGES_MAGIC.length);
  parts.push(head.subarray(0, STAGES_MAGIC.length + 4));
  for (const s of stages) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(s.length);
    parts.push(len, s);
  }
  return Buffer.concat(parts);
}

export function decodeStages(buf: Buffer): Model {
  if (buf.toString("latin1", 0, STAGES_MAGIC.length) !== STAGES_MAGIC) return { stages: [decodeModel(buf)] };
  const n = buf.readUInt32LE(STAGES_MAGIC.length);
  let at = STAGES_MAGIC.length + 4;
  const stages: Weights[] = [];
  for (let i = 0; i < n; i++) {
    const len = buf.readUInt32LE(at);
    stages.push(decodeModel(buf.subarray(at + 4, at + 4 + len)));
    at += 4 + len;
  }
  return { stages };
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
  const base = featurize(sentences);
  let total = 0;
  for (const s of sentences) total += s.length;
  let tags = new Int32Array(total);
  model.stages.forEach((weights, i) => {
    const f = i === 0 ? base : withPrior(sentences, base, tags);
    const out = new Int32Array(total);
    // per word form: its own features' scores, and a flag once they are in
    const cache = new Float64Array((f.forms ?? 0) * (NTAGS + 1));
    let at = 0;
    for (const s of sentences) {
      viterbi(f, at, at + s.length, weights, out, cache);
      at += s.length;
    }
    tags = out;
  });
  return tags;
}

/** Tags a document's sentences; returns the spans over the flattened word list. */
export function tag(sentences: TagSentences, model: Model): TaggedSpan[] {
  const tags = tagWords(sentences, model);
  return spansOf(tags, tags.length);
}
