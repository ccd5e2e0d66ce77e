import { colonSource, reportedIn } from "./clauses";
import type { Rule } from "./rule";

export const previousSentence: Rule = {
  name: "previous-sentence",
  description: "A statement opening its own sentence belongs to whom the writer's sentence just before names through a reporting verb (or a label and colon).",
  example: "Caddell called him a master of the craft. “He never missed a deadline.”",
  match(doc, { q }) {
    const si = doc.tokens[q.openTok].sentence;
    const here = doc.sentences[si];
    if (here.first !== q.openTok || si === 0) return null;
    const prev = doc.sentences[si - 1];
    const end = doc.tokens[prev.last - 1];
    // the same paragraph, or one that ends with a colon: "Caddell continued:" ⏎ "…"
    if (prev.paragraph !== here.paragraph && end.norm !== ":") return null;
    if (end.norm === ":" && prev.last - prev.first <= 8) {
      const l = colonSource(doc, prev.first, prev.last - 1);
      if (l) return l;
    }
    return reportedIn(doc, prev.first, prev.last, 80);
  },
};
