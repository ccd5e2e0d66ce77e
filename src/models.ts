// The one place the analysis touches the disk: models/ (the lexicon, the name tagger's weights and
// its gazetteer, the attribution ranker's weights). Entry points (the command's batch work, a worker thread, the library, the tests,
// the scripts) call loadModels() and hand what it read to createAnalyzer; the analysis does no I/O.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface Models {
  /** models/lexicon.json, parsed (its shape: LexiconFile in text/lexicon). */
  lexicon: unknown;
  /** models/gazetteer.bin, or null before the trainer has written it. */
  gazetteer: Buffer | null;
  /** models/clusters.bin (the tagger's word clusters), or null before `npm run train -- --clusters` has written it. */
  clusters: Buffer | null;
  /** models/ner.bin, or null before the trainer has written it. */
  ner: Buffer | null;
  /** models/speakers.json parsed (the attribution ranker, see extract/quotes/ranker), or null before the trainer has written it. */
  speakers: unknown;
}

let loaded: Models | null = null;

/** models/, found by walking up from the bundle (dist/) or the sources (src/…). */
function modelsDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6 && !existsSync(join(dir, "models", "lexicon.json")); i++) dir = dirname(dir);
  return join(dir, "models");
}

/** Reads models/ once per process; later calls (one per batch task) only return what was read. */
export function loadModels(): Models {
  if (loaded) return loaded;
  const dir = modelsDir();
  const lexiconFile = join(dir, "lexicon.json");
  if (!existsSync(lexiconFile)) throw new Error(`cannot find the models folder (no ${lexiconFile}): is the installation complete?`);
  const optional = (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : null);
  loaded = { lexicon: JSON.parse(readFileSync(lexiconFile, "utf8")), gazetteer: optional("gazetteer.bin"), clusters: optional("clusters.bin"), ner: optional("ner.bin"), speakers: existsSync(join(dir, "speakers.json")) ? JSON.parse(readFileSync(join(dir, "speakers.json"), "utf8")) : null };
  return loaded;
}

