import type { Rule } from "./rule";

export const continued: Rule = {
  name: "continued",
  description: "A statement with no attribution of its own continues the speaker of the quotation before it in the same paragraph, or of one left open that the next paragraph reopens.",
  example: "“We will win,” she said. “The people are with us.”",
  match(doc, { q, previous }) {
    if (!previous?.attributed) return null;
    const p = previous.quote;
    const sameParagraph = p.paragraph === q.paragraph;
    const reopened = p.closeTok < 0 && q.paragraph === p.paragraph + 1 && q.openTok === doc.paragraphs[q.paragraph].first;
    return sameParagraph || reopened ? "carried" : null;
  },
};
