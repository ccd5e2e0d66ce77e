// Awards made adjectives ("Oscar-nominated"), and awards named by a name and a small "awards" after it, which the tagger reads as a body or a
// place or not at all: "the Mobo awards", and the lists that share the word ("National
// Television, Royal Television Society and British Comedy awards").

import type { Doc } from "../../text/document";
import { BODY_ONLY_HEADS, COMMON_INITIALISMS } from "../../words/names";
import { AWARD_NAMES, awardOfAdjective } from "../../words/other";
import { coveredBy, isCapital, keepOnly, nameOf, opensSentence, otherName, type Found, addInOrder } from "./found";

/** The small plural heads of awards named before them, and the head as the name writes it: "the Mobo awards", "Kennedy Center honours". */
const SMALL_AWARD_HEADS = new Map([["awards", "Awards"], ["honours", "Honours"], ["honors", "Honors"]]);

/**
 * Adds the awards named before a small "awards" ("the Mobo awards"; "three Grammy awards" stay the
 * award the lists know); a list before the word shares it ("National Television, Royal Television
 * Society and British Comedy awards": each an award named with "Awards", bar a body's name).
 */
export function addSmallAwards(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const awards: Found[] = [];
  // tokens inside a name found, and inside a person's, worked out once when first asked (a scan
  // of every name per candidate grew with names × candidates on long texts)
  let named: Uint8Array | undefined;
  let person: Uint8Array | undefined;
  const inName = (first: number, last: number) => (named ??= coveredBy(doc, found)).subarray(first, last).includes(1);
  const inPerson = (first: number, last: number) => (person ??= coveredBy(doc, found.filter((f) => f.type === "PER"))).subarray(first, last).includes(1);
  for (let k = 0; k < t.length; k++) {
    // an award made an adjective, wherever the tagger passed it over: "Oscar-nominated animation Shark Tale" (typed.ts keeps the award's own characters)
    if (awardOfAdjective(t[k].text) && !inName(k, k + 1)) awards.push(otherName(doc, k, k + 1, "award"));
    if (k === 0 || !SMALL_AWARD_HEADS.has(t[k].text) || !isCapital(t[k - 1]) || t[k - 1].sentence !== t[k].sentence || AWARD_NAMES.has(t[k - 1].lower)) continue;
    let last = k;
    let ownFirst = k;
    for (;;) {
      let first = last - 1;
      while (first > 0 && last - first < 4 && isCapital(t[first - 1]) && t[first - 1].sentence === t[k].sentence && !t[first].sentenceStart) first--;
      // (the body's name runs on over "of", and over the capitals before it: "Directors Guild of Great Britain awards")
      while (first > 1 && t[first - 1].text === "of" && isCapital(t[first - 2]) && t[first - 2].sentence === t[k].sentence) {
        first -= 2;
        for (let n = 0; n < 2 && first > 0 && isCapital(t[first - 1]) && t[first - 1].sentence === t[k].sentence && !t[first].sentenceStart; n++) first--;
      }
      while (first < last && (lex.functionWords.has(t[first].lower) || opensSentence(doc, first))) first++;
      if (first >= last || inPerson(first, last)) break;
      const own = last === k;
      const name = nameOf(doc, first, last);
      // (not a people's or a format's awards: "Irish awards", "the TV awards"; nor one word of a list sharing the last's words: "Golden and Silver Bear awards")
      const plain = last - first === 1 && (lex.demonym.has(t[first].lower) || lex.country.has(t[first].lower) || COMMON_INITIALISMS.has(t[first].lower));
      if (plain || (!own && last - first === 1 && k - ownFirst > 1)) break;
      if (own) {
        ownFirst = first;
        awards.push({ ...otherName(doc, first, k + 1, "award"), canonical: `${name} ${SMALL_AWARD_HEADS.get(t[k].text)}` });
      } else if (!BODY_ONLY_HEADS.has(t[last - 1].lower)) awards.push({ ...otherName(doc, first, last, "award"), canonical: `${name} ${SMALL_AWARD_HEADS.get(t[k].text)}` });
      // (the list before: "A, B and C awards")
      const sep = t[first - 1];
      if (!sep || !(sep.norm === "," || sep.lower === "and") || !isCapital(t[first - 2]) || t[first - 2].sentence !== t[k].sentence) break;
      last = first - 1;
    }
  }
  if (!awards.length) return;
  const covered = coveredBy(doc, awards);
  keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1) || (f.type === "ORG" && BODY_ONLY_HEADS.has(t[f.last - 1].lower))));
  const kept = coveredBy(doc, found);
  addInOrder(found, awards.filter((a) => !kept.subarray(a.first, a.last).includes(1)));
}
