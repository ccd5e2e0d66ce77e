import { mainSubject } from "../../../text/phrases";
import type { Rule } from "./rule";

export const sentenceSubject: Rule = {
  name: "sentence-subject",
  description: "A candidate only: the subject of the writer's sentence around a quoted phrase, whatever its verb (“blamed”, “promised”, “hailed”).",
  example: "Clinton blamed the “fog of war” for the failure.",
  candidateOnly: true,
  match(doc, { q }) {
    const sentence = doc.sentences[doc.tokens[q.openTok].sentence];
    if (q.openTok - sentence.first > 60) return null;
    const p = mainSubject(doc, sentence.first, q.openTok);
    return p ? { first: p[0], last: p[1], cue: null, at: p[1] - 1 } : null;
  },
};
