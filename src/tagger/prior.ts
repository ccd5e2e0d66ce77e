// The tagger's second stage reads what the first stage said: the tags of the word, of its neighbours
// and of its other occurrences in the document (trained on first-stage tags of text the first stage
// never saw). Built and tested, not the default (see README, "The name tagger").

import { isCap } from "./facts";
import type { DocFeatures, TagSentences } from "./features";
import { h1, h2 } from "./hash";
import { TAGS, tagType, TYPES } from "./tags";

// the second stage's features over tags and types, hashed once
const TYPE_OR_O = ["O", ...TYPES];
const TAGS_AND_EDGE = (edge: string) => [...TAGS, edge];
const P_SELF = Int32Array.from(TAGS.map((t) => h1(50, t)));
const P_PREV = Int32Array.from(TAGS_AND_EDGE("<s>").flatMap((a) => TAGS.map((b) => h2(51, a, b))));
const P_NEXT = Int32Array.from(TAGS.flatMap((a) => TAGS_AND_EDGE("</s>").map((b) => h2(52, a, b))));
const P_SEEN = Int32Array.from(TYPE_OR_O.flatMap((t) => [h2(53, t, "-"), h2(53, t, "C")]));
const P_MOST = Int32Array.from(TYPE_OR_O.map((t) => h1(54, t)));
const P_LAST = Int32Array.from(TYPE_OR_O.flatMap((t) => TAGS.map((b) => h2(55, t, b))));

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
      a.push(at, tagType(prior[at]));
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
      const NT = TAGS.length;
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
  return base ? { hashes: hashes.subarray(0, n), offsets, keys: base.keys, ends: base.ends, nkeys: base.nkeys } : { hashes: hashes.subarray(0, n), offsets };
}
