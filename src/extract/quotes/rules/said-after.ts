import { nameInApposition } from "../../../text/names";
import { isCueAt, phraseAfter, plausible } from "../../../text/phrases";
import { cueText } from "../../cues";
import { afterClose } from "./clauses";
import type { Rule } from "./rule";

export const saidAfter: Rule = {
  name: "said-after",
  description: "A reporting verb right after the closing mark, its speaker after it (the name set off after a role, if any).",
  example: "“It will hold,” said Jane Porter, an adviser to the minister.",
  match(doc, { q, stop }) {
    const at = afterClose(doc, q, stop);
    if (!at || !isCueAt(doc, at.c)) return null;
    const p = phraseAfter(doc, at.c + 1, at.limit);
    if (!p || !plausible(doc, p[0], p[1])) return null;
    const [first, last] = nameInApposition(doc, p, at.limit);
    return { first, last, cue: cueText(doc, at.c), at: at.c };
  },
};
