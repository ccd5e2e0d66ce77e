import type { Rule } from "./rule";

export const nearestPerson: Rule = {
  name: "nearest-person",
  description: "A candidate only: the person named last before a statement in its paragraph (or the one before, for a statement opening its paragraph), outside quotations.",
  example: "Rep. Jane Porter spoke to the crowd for an hour. “We will not back down.”",
  candidateOnly: true,
  match(doc, { q }) {
    // a statement opening its paragraph may look into the paragraph before
    const opens = doc.paragraphs[q.paragraph].first === q.openTok;
    const floor = Math.max(doc.paragraphs[Math.max(0, q.paragraph - (opens ? 1 : 0))].first, q.openTok - 120);
    for (let k = q.openTok - 1; k >= floor; k--) {
      if (doc.tokens[k].inQuote) continue;
      const m = doc.mentionAt[k];
      if (m && m.entity.type === "person") return { first: m.span.first, last: m.span.last, cue: null, at: m.span.first };
    }
    return null;
  },
};
