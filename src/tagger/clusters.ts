// Word clusters for the tagger: words that stand in the same contexts in unlabeled news share a
// cluster ("leicestershire" with the other counties, "ljubljana" with capitals), so a name seen once
// or never in training borrows what the tagger learnt of its cluster. Learnt at build time by
// scripts/train-clusters.ts from unlabeled text and shipped as models/clusters.bin: a hash table
// of the lower-cased word → its clusters at four nested sizes, read as it is. Frozen with the model.

import { Gazetteer, gazHash } from "./gazetteer";

/** Cluster counts of the four levels, coarse to fine; each level splits the one before. */
export const LEVELS = [16, 64, 256, 1024];
const BITS = [4, 6, 8, 10];
const SHIFTS = [24, 18, 10, 0];
/** Set in every stored value, so that a word of cluster 0 everywhere is not an empty slot. */
const PRESENT = 1 << 28;

export class WordClusters {
  private constructor(private readonly table: Gazetteer) {}

  /** The clusters as models/clusters.bin holds them (same layout as the gazetteer's table). */
  static fromBytes(buf: Buffer): WordClusters {
    return new WordClusters(Gazetteer.fromBytes(buf));
  }

  /** A table of words and their cluster ids, level by level (coarse to fine). */
  static build(ids: Map<string, number[]>): WordClusters {
    const entries = new Map<string, number>();
    for (const [w, c] of ids) entries.set(w, c.reduce((v, id, i) => v | (id << SHIFTS[i]), PRESENT));
    return new WordClusters(Gazetteer.build(entries));
  }

  get bytes(): Buffer {
    const t = this.table.table;
    return Buffer.from(t.buffer, t.byteOffset, t.byteLength);
  }

  /** The packed clusters of a lower-cased word, 0 for a word the table does not know. */
  of(lower: string): number {
    return this.table.valueOf(gazHash(lower));
  }
}

/** Level i's cluster of a packed value (clusters.of). */
export const level = (packed: number, i: number) => (packed >>> SHIFTS[i]) & ((1 << BITS[i]) - 1);
