import { phraseCore, plausible, POSSESSIVE, isCueAt } from "../../../text/phrases";
import { SAYING_NOUNS } from "../../../words/reporting";
import type { Rule } from "./rule";

export const possessiveSaying: Rule = {
  name: "possessive-saying",
  description: "A quoted phrase that a possessive's word for a saying introduces (“X’s claim that …”, “X’s answer was …”) or follows (“X’s “47 percent” comment”) belongs to the possessor.",
  example: "Rubio’s catch phrase was that Crist “would say or do anything to win.”",
  match(doc, { q }) {
    const { tokens } = doc;
    const sentence = doc.sentences[tokens[q.openTok].sentence];
    const owner = (s: number) => {
      // the possessive at s: "Rubio ’s", "Sanders '"
      if (s - 1 < sentence.first || !POSSESSIVE.test(tokens[s].norm)) return null;
      const p = phraseCore(doc, s, sentence.first);
      return p && plausible(doc, p[0], p[1]) ? { first: p[0], last: p[1], cue: null, at: s } : null;
    };
    // "Romney’s “47 percent” comment"
    const after = q.closeTok >= 0 ? tokens[q.closeTok + 1] : undefined;
    if (after && SAYING_NOUNS.has(after.lower) && q.openTok - 1 > sentence.first) {
      const o = owner(q.openTok - 1);
      if (o) return o;
    }
    // "Rubio’s catch phrase in that election was that Crist “…”": a saying noun after a possessive,
    // at most a dozen words before the mark, no reporting verb or quotation in between
    for (let k = q.openTok - 1; k > sentence.first && k >= q.openTok - 14; k--) {
      if (tokens[k].inQuote || tokens[k].kind === "quote" || isCueAt(doc, k)) return null;
      if (!SAYING_NOUNS.has(tokens[k].lower)) continue;
      // the noun right after the possessive, or one word between ("Trump's recent assertion", "Mr. Obama's patronizing suggestion")
      for (let s = k - 1; s >= k - 3 && s > sentence.first; s--) {
        if (POSSESSIVE.test(tokens[s].norm)) return owner(s);
        if (tokens[s].kind !== "word" || tokens[s].cap) break;
      }
    }
    return null;
  },
};
