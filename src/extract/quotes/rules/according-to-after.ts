import { nameInApposition } from "../../../text/names";
import { phraseAfter } from "../../../text/phrases";
import { afterClose, isAccordingTo } from "./clauses";
import type { Rule } from "./rule";

export const accordingToAfter: Rule = {
  name: "according-to-after",
  description: "“According to” right after the closing mark names the source.",
  example: "“The talks failed,” according to a senior diplomat.",
  match(doc, { q, stop }) {
    const at = afterClose(doc, q, stop);
    if (!at || !isAccordingTo(doc, at.c)) return null;
    const p = phraseAfter(doc, at.c + 2, at.limit);
    if (!p) return null;
    const [first, last] = nameInApposition(doc, p, at.limit);
    return { first, last, cue: "according to", at: at.c };
  },
};
