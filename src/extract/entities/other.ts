// Names that are no person, organisation or place (the contract's `other`): works, events, awards,
// products and laws. The tagger marks many as MISC; what a name is comes from its head word
// ("… Award", "… Olympics", "… Act"), a lone award name ("Oscar"), and the words around a work's
// title ("the film Aviator", "a role in Million Dollar Baby", "films include A, B and C",
// "Vera Drake - Leigh's drama"). A title read this way is never a person, organisation or place,
// whatever the tagger said, and every mention of the same name in the article is the same work.

import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import type { OtherKind } from "../../types";
import { POSSESSIVE } from "../../text/phrases";
import { AWARD_NAMES, LAW_STARTS, OTHER_HEADS, PRODUCT_NOUNS, WORK_LIST_VERBS, WORK_NOUNS, WORK_PREPOSITIONS, WORK_VERBS } from "../../words/other";

const lowerWord = (t: Token | undefined) => !!t && t.kind === "word" && !t.cap;
/** Verbs a work's title follows with no preposition: "directed Aviator", "co-wrote Shaun of the Dead". */
const DIRECT_WORK_VERBS = new Set(["directed", "co-wrote", "co-written", "remade"]);

/** What kind of other name the words [first, last) are, by their own words alone, or null. */
export function kindByWords(doc: Doc, first: number, last: number): OtherKind | null {
  const t = doc.tokens;
  const head = t[last - 1].lower;
  if (last - first === 1) return AWARD_NAMES.has(head) ? "award" : null;
  // "Academy Award", "Sydney Olympics", "Anti-Terrorism Bill" (a hyphenated head reads by its last part)
  const kind = OTHER_HEADS.get(head) ?? OTHER_HEADS.get(head.split("-").pop() ?? "");
  if (kind) return kind;
  if (LAW_STARTS.has(t[first].lower) && t[first + 1]?.lower === "of") return "law";
  return null;
}

/** What kind of other name the words around [first, last) make it, or null. */
export function kindByContext(doc: Doc, first: number, last: number): OtherKind | null {
  const t = doc.tokens;
  const prev = t[first - 1];
  // "the film Aviator", "Mexican movie Y Tu Mama Tambien"
  if (lowerWord(prev) && WORK_NOUNS.has(prev.lower)) return "work";
  if (lowerWord(prev) && DIRECT_WORK_VERBS.has(prev.lower)) return "work";
  // "a role in Million Dollar Baby", "starred in Alexander", "the sequel to Shrek"
  if (lowerWord(prev) && WORK_PREPOSITIONS.has(prev.lower) && lowerWord(t[first - 2]) && WORK_VERBS.has(t[first - 2].lower)) return "work";
  // "the AutoLink feature"
  if (lowerWord(t[last]) && PRODUCT_NOUNS.has(t[last].lower)) return "product";
  // "Vera Drake - Leigh's 1950s drama", "Ray, the biopic of"
  if (t[last] && /^(?:[-–—,])$/.test(t[last].norm)) {
    let j = last + 1;
    if (/^(?:a|an|the)$/i.test(t[j]?.norm ?? "")) j++;
    else if (t[j]?.cap && POSSESSIVE.test(t[j + 1]?.norm ?? "")) j += 2;
    else return null;
    for (let k = j; k < Math.min(t.length, j + 4); k++) {
      if (t[k].kind === "punct") break;
      if (lowerWord(t[k]) && WORK_NOUNS.has(t[k].lower)) return POSSESSIVE.test(t[k + 1]?.norm ?? "") ? null : "work";
    }
  }
  return null;
}

/**
 * Names in a list of works: "whose films include Schindler's List, Michael Collins and Star Wars",
 * "films such as My Beautiful Laundrette, Billy Elliot …". `spans` in text order; returns the
 * indexes of those that stand in such a list.
 */
export function worksListed(doc: Doc, spans: ReadonlyArray<{ first: number; last: number }>): Set<number> {
  const t = doc.tokens;
  const out = new Set<number>();
  let next = -1; // the token where the next listed work would start
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.first !== next) next = listStart(t, s.first);
    if (s.first !== next) continue;
    out.add(i);
    let k = s.last;
    while (t[k] && (t[k].norm === "," || t[k].lower === "and" || t[k].lower === "or")) k++;
    next = k > s.last ? k : -1;
  }
  return out;
}

/** The token after "films include" / "films such as" / "films like" right before `first`, or -1. */
function listStart(t: Token[], first: number): number {
  const p = t[first - 1];
  if (!lowerWord(p)) return -1;
  let noun = first - 2;
  if (p.lower === "as" && t[first - 2]?.lower === "such") noun = first - 3;
  else if (!WORK_LIST_VERBS.has(p.lower)) return -1;
  const n = t[noun];
  return lowerWord(n) && WORK_NOUNS.has(n.lower) && /s$/.test(n.lower) ? first : -1;
}
