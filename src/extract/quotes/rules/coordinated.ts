import type { Rule } from "./rule";

export const coordinated: Rule = {
  name: "coordinated",
  description: "A quoted phrase joined to the one just before it by “and”, “or” or a comma shares its source.",
  example: "Her comments were described as “irresponsible” and “outrageous” by the commission.",
  match(doc, { q, previous }) {
    if (!previous?.attributed) return null;
    const { tokens } = doc;
    const p = previous.quote;
    if (p.closeTok < 0 || tokens[p.closeTok].sentence !== tokens[q.openTok].sentence) return null;
    // “…” and “…”, “…”, “…”, “…,” or “…” (a comma inside the closing mark counts)
    let k = p.closeTok + 1;
    if (tokens[k]?.norm === ",") k++;
    if (k < q.openTok && /^(?:and|or)$/.test(tokens[k].lower)) k++;
    return k === q.openTok && k > p.closeTok + 1 ? "carried" : null;
  },
};
