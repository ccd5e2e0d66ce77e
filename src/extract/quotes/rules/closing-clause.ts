import { nameInApposition } from "../../../text/names";
import { agrees, isCueAt, phraseAfter, plausible } from "../../../text/phrases";
import { cueText } from "../../cues";
import { endsSentence, isAccordingTo, leadsTo } from "./clauses";
import type { Doc } from "../../../text/document";
import type { Rule, Source } from "./rule";

export const closingClause: Rule = {
  name: "closing-clause",
  description: "The attribution that closes the quotation's sentence, after one of its last commas: “X said” or “said X”.",
  example: "She said the state would be “held accountable”, Warren said.",
  match(doc, { q, stop }) {
    if (q.closeTok < 0) return null;
    const { tokens } = doc;
    const limit = Math.min(doc.paragraphs[q.paragraph].last, q.last + 60, stop);
    // the commas outside brackets, the last first: the attribution follows one of them
    // ("…, said Steve Elmendorf, a deputy campaign manager for …")
    const commas: number[] = [];
    let depth = 0;
    let j = q.closeTok + 1;
    for (; j < limit; j++) {
      const n = tokens[j].norm;
      if (tokens[j].inQuote) continue;
      if (n === "(") depth++;
      else if (n === ")") depth--;
      else if (depth <= 0 && endsSentence(doc, j)) break;
      else if (n === "," && depth <= 0) commas.push(j);
    }
    for (let i = commas.length - 1; i >= 0 && i >= commas.length - 3; i--) {
      const s = attributionAfter(doc, commas[i] + 1, j);
      if (s) return s;
    }
    return null;
  },
};

/** "said X" / "according to X" / "X said" right after the comma at c - 1, before the sentence's end j. */
function attributionAfter(doc: Doc, c: number, j: number): Source | null {
  if (c >= j) return null;
  if (isCueAt(doc, c) || isAccordingTo(doc, c)) {
    const according = !isCueAt(doc, c);
    const p = phraseAfter(doc, c + (according ? 2 : 1), j);
    if (!p || !plausible(doc, p[0], p[1])) return null;
    const [first, last] = nameInApposition(doc, p, j);
    return { first, last, cue: according ? "according to" : cueText(doc, c), at: c };
  }
  for (let v = c + 1; v < j && v < c + 12; v++) {
    if (!isCueAt(doc, v)) continue;
    const p = phraseAfter(doc, c, v, true);
    if (p && plausible(doc, p[0], p[1]) && leadsTo(doc, p[1], v) && agrees(doc, p, v)) return { first: p[0], last: p[1], cue: cueText(doc, v), at: v };
    return null;
  }
  return null;
}
