import { colonSource } from "./clauses";
import type { Rule } from "./rule";

export const colonLabel: Rule = {
  name: "colon-label",
  description: "A short phrase naming someone, then a colon, before a statement.",
  example: "Trump on Twitter: “The polls are rigged.”",
  match(doc, { q }) {
    const k = q.openTok - 1;
    if (doc.tokens[k]?.norm !== ":") return null;
    const sentence = doc.sentences[doc.tokens[q.openTok].sentence];
    return colonSource(doc, Math.max(sentence.first, doc.paragraphs[q.paragraph].first), k);
  },
};
