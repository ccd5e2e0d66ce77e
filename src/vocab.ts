// What the analysis knows besides the text: the lexicon, the name tagger with its gazetteer, and the
// attribution ranker.
// Built once from the models the entry point loaded (createAnalyzer does it) and handed to every
// document, so no stage reads a module-level singleton.

import type { Models } from "./models";
import { buildLexicon, type Lexicon, type LexiconFile } from "./text/lexicon";
import { WordClusters } from "./tagger/clusters";
import { Gazetteer } from "./tagger/gazetteer";
import { Model, Tagger } from "./tagger/model";
import { decodeRanker, type Ranker } from "./extract/quotes/ranker";

export interface Vocab {
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  tagger: Tagger;
  /** The attribution ranker (models/speakers.json), or null: the attribution rules' own order decides. */
  speakerRanker: Ranker | null;
}

export function createVocab(models: Models): Vocab {
  if (!models.gazetteer) throw new Error("models/gazetteer.bin is missing: run `npm run train -- <CoNLL train file>`");
  if (!models.ner) throw new Error("models/ner.bin is missing: run `npm run train -- <CoNLL train file>`");
  if (!models.clusters) throw new Error("models/clusters.bin is missing: run `npm run train -- --clusters`");
  const gazetteer = Gazetteer.fromBytes(models.gazetteer);
  const tagger = new Tagger(Model.decode(models.ner), gazetteer, WordClusters.fromBytes(models.clusters));
  return { lexicon: buildLexicon(models.lexicon as LexiconFile), gazetteer, tagger, speakerRanker: models.speakers ? decodeRanker(models.speakers) : null };
}
