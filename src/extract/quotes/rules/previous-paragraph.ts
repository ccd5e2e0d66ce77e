import { reportedIn } from "./clauses";
import type { Rule } from "./rule";

export const previousParagraph: Rule = {
  name: "previous-paragraph",
  description: "A candidate only: a statement opening its paragraph belongs to whom the last sentence of the paragraph before names through a reporting verb outside quotes.",
  example: "Andy Richards said the leaflet was what he expected. ⏎ “The people of Swansea will not put up with this.”",
  candidateOnly: true,
  match(doc, { q }) {
    const para = doc.paragraphs[q.paragraph];
    if (para.first !== q.openTok || q.paragraph === 0) return null;
    const prev = doc.paragraphs[q.paragraph - 1];
    if (prev.lastSentence <= prev.firstSentence) return null;
    const s = doc.sentences[prev.lastSentence - 1];
    return reportedIn(doc, s.first, s.last, 60);
  },
};
