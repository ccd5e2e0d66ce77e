// The core: one pure function from a document's text to the kz-analyze/1 result, built once from
// the models the entry point loaded (createAnalyzer). No I/O here; reading inputs and rendering
// results happen around it. The analysis is a pipeline of stages over one document object (see
// text/document.ts): each reads the layers before it and adds its own, in this order.

import { findCues } from "./extract/cues";
import { addSpeakers, linkEntities, recognizeNames } from "./extract/entities";
import { readFigures } from "./extract/figures";
import { attributeQuotes } from "./extract/quotes";
import { findSources } from "./extract/quotes/sources";
import type { Models } from "./models";
import { toResult } from "./result";
import { createDoc, type Doc } from "./text/document";
import type { AnalysisOptions } from "./options";
import { SECTIONS, type Result, type Section } from "./types";
import { createVocab } from "./vocab";

export type { AnalysisOptions, ArticleMetadata } from "./options";

interface Stage {
  name: string;
  /** The layers it adds (document.ts); it reads those of the stages before it. */
  adds: string;
  /** Whether the sections asked for need it. */
  wanted(sections: ReadonlySet<Section>): boolean;
  run(doc: Doc): void;
}

const always = () => true;

/**
 * The stages in order. Entities run for every section: quotes name their speakers from them, figures
 * skip numbers inside names; and where quotations' sources stand tells the entity stage of names the
 * tagger missed, so the people listed are the same whatever is asked for.
 */
export const STAGES: readonly Stage[] = [
  { name: "cues", adds: "cues", wanted: always, run: findCues },
  { name: "names", adds: "names", wanted: always, run: recognizeNames },
  { name: "entities", adds: "entities, mentions", wanted: always, run: linkEntities },
  { name: "sources", adds: "sources", wanted: always, run: findSources },
  { name: "speakers", adds: "names, entities, mentions (speakers the tagger missed)", wanted: always, run: addSpeakers },
  { name: "quotes", adds: "attributions", wanted: (s) => s.has("quotes"), run: attributeQuotes },
  { name: "figures", adds: "figures", wanted: (s) => s.has("figures"), run: readFigures },
];

export type Analyze = (text: string, options?: AnalysisOptions) => Result;

/** The analysis with these models: the vocabulary is built once, then every call only reads it. */
export function createAnalyzer(models: Models): Analyze {
  const vocab = createVocab(models);
  return (text, options = {}) => {
    const sections = new Set(options.sections ?? SECTIONS);
    const timed = options.onStage;
    let t = timed ? performance.now() : 0;
    const lap = (name: string) => {
      if (!timed) return;
      const now = performance.now();
      timed(name, now - t);
      t = now;
    };
    const doc = createDoc(text, vocab);
    lap("document");
    for (const stage of STAGES) {
      if (!stage.wanted(sections)) continue;
      stage.run(doc);
      lap(stage.name);
    }
    const result = toResult(doc, sections, options.source ?? { path: "-" }, options.metadata ?? {});
    lap("result");
    return result;
  };
}
