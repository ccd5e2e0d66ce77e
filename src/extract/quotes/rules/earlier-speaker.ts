import type { Rule } from "./rule";

export const earlierSpeaker: Rule = {
  name: "earlier-speaker",
  description: "A candidate only: a statement opening its paragraph continues the speaker of the attributed quotation before it, up to two paragraphs back.",
  example: "“We will win,” she said. ⏎ The crowd cheered. ⏎ “The people are with us.”",
  candidateOnly: true,
  match(doc, { q, previous }) {
    if (!previous?.attributed || doc.paragraphs[q.paragraph].first !== q.openTok) return null;
    return q.paragraph - previous.quote.paragraph <= 2 ? "carried" : null;
  },
};
