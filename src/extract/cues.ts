// Cue stage: the reporting verbs ("said", "told", "put it") as a layer, one flag per token, read by
// the entity stage (names of speakers) and the quote stage (attribution). A flag says the word is a
// reporting verb's form; isCueAt (text/phrases) adds that it stands outside any quotation.

import type { Doc } from "../text/document";
import { isCueWord, particleCue } from "../words/reporting";

export function findCues(doc: Doc): void {
  const { tokens } = doc;
  const cue = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "word" && (isCueWord(t.text) || particleCue(t.text, tokens[i + 1]?.norm))) cue[i] = 1;
  }
  doc.cues = cue;
}

/** The cue as written: "said", or "put it" for a two-word verb. */
export function cueText(doc: Doc, v: number): string {
  const t = doc.tokens[v];
  return particleCue(t.text, doc.tokens[v + 1]?.norm) ? `${t.norm} ${doc.tokens[v + 1].norm}` : t.norm;
}
