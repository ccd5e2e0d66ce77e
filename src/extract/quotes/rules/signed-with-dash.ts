import { phraseAfter } from "../../../text/phrases";
import { afterClose } from "./clauses";
import type { Rule } from "./rule";

export const signedWithDash: Rule = {
  name: "signed-with-dash",
  description: "A name after a dash signs the quotation before it.",
  example: "“We were lucky.” ― Sonya Herridge",
  match(doc, { q, stop }) {
    const at = afterClose(doc, q, stop);
    if (!at || !at.dash) return null;
    const { tokens } = doc;
    const p = phraseAfter(doc, at.c, at.limit);
    if (!p || !tokens[p[1] - 1].cap) return null;
    const end = tokens[p[1]];
    if (end && p[1] < at.limit && end.kind !== "quote" && !/^[.,;(]$/.test(end.norm)) return null;
    return { first: p[0], last: p[1], cue: null, at: at.c };
  },
};
