import { transcriptLabel } from "../../../text/names";
import type { Rule } from "./rule";

export const paragraphLabel: Rule = {
  name: "paragraph-label",
  description: "Inside a transcript paragraph, the label that opens the paragraph speaks.",
  example: "PENCE: I watched “Shark Tank” last night.",
  match(doc, { q }) {
    const p = doc.paragraphs[q.paragraph];
    const first = doc.tokens[p.first]?.kind === "quote" ? p.first + 1 : p.first;
    const l = transcriptLabel(doc, { first, last: p.last });
    return l ? { first: l.first, last: l.last, cue: null, at: l.first, label: true } : null;
  },
};
