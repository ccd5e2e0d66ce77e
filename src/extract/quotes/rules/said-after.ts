import { nameInApposition } from "../../../text/names";
import { isCueAt, phraseAfter, plausible } from "../../../text/phrases";
import { cueText } from "../../cues";
import { afterClose } from "./clauses";
import type { Doc } from "../../../text/document";
import type { Rule } from "./rule";

export const saidAfter: Rule = {
  name: "said-after",
  description: "A reporting verb right after the closing mark, its speaker after it (the name set off after a role, if any).",
  example: "“It will hold,” said Jane Porter, an adviser to the minister.",
  match(doc, { q, stop }) {
    const at = afterClose(doc, q, stop);
    // (a participle never inverts: "“strong leader,” comparing him to President Obama" is the subject's)
    if (!at || !isCueAt(doc, at.c) || doc.tokens[at.c].lower.endsWith("ing")) return null;
    const p = phraseAfter(doc, at.c + 1, at.limit);
    if (!p || !plausible(doc, p[0], p[1])) {
      // a role too long for a phrase, the name at its end: "said former secretary of state Hillary Clinton,"
      const n = nameEndingRole(doc, at.c + 1, at.limit);
      return n && { first: n[0], last: n[1], cue: cueText(doc, at.c), at: at.c };
    }
    const [first, last] = nameInApposition(doc, p, at.limit);
    return { first, last, cue: cueText(doc, at.c), at: at.c };
  },
};

/** A person's name ending the words from `start` to the next comma or stop (within 14 tokens), or null. */
function nameEndingRole(doc: Doc, start: number, limit: number): [number, number] | null {
  let k = start;
  while (k < limit && k < start + 14 && !/^[,.;:!?]$/.test(doc.tokens[k].norm) && doc.tokens[k].kind !== "quote") k++;
  const m = k > start ? doc.mentionAt[k - 1] : undefined;
  return m && m.entity.type === "person" && m.span.last === k && m.span.first > start ? [m.span.first, m.span.last] : null;
}
