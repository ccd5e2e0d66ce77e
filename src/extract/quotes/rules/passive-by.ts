import { phraseAfter, plausible } from "../../../text/phrases";
import { endsSentence } from "./clauses";
import type { Rule } from "./rule";

export const passiveBy: Rule = {
  name: "passive-by",
  description: "A quoted label in the passive (“described as”, “called”, “dubbed”) belongs to whom “by” names after it in the same sentence.",
  example: "Her comments have been described as “irresponsible” and “outrageous” by the rights commission.",
  match(doc, { q }) {
    if (q.closeTok < 0) return null;
    const { tokens } = doc;
    const end = Math.min(doc.sentences[tokens[q.closeTok].sentence].last, q.closeTok + 25);
    for (let k = q.closeTok + 1; k < end; k++) {
      if (endsSentence(doc, k)) return null;
      if (tokens[k].inQuote || tokens[k].lower !== "by") continue;
      const p = phraseAfter(doc, k + 1, end);
      return p && plausible(doc, p[0], p[1]) ? { first: p[0], last: p[1], cue: "by", at: k } : null;
    }
    return null;
  },
};
