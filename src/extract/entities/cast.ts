// A work named by its cast, in an article about the screen: "Ray star Jamie Foxx", "21 Grams
// actress Naomi Watts", "Former Superman actor Christopher Reeve". The title stands right before a
// cast's noun, and a player's name right after it; the tagger often reads the title as part of
// the name or as no name at all.

import type { Doc } from "../../text/document";
import { BROADCASTER_NAME } from "../../words/reporting";
import { AWARD_NAMES, CAST_NOUNS, SCREEN_INDUSTRIES } from "../../words/other";
import { isCapital, keepOnly, nameOf, otherName, type Found } from "./found";
import { lowerWord } from "./other";
import { aboutTheScreen } from "./topic";
import { isKnownPlace, listsPlace } from "./places";

/** Titles before a cast's noun and a player's name become works, over the names read inside them. */
export function addWorksBeforeCast(doc: Doc, found: Found[]): void {
  if (!aboutTheScreen(doc)) return;
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const added: Found[] = [];
  for (let i = 1; i < t.length - 1; i++) {
    if (!lowerWord(t[i]) || !CAST_NOUNS.has(t[i].lower) || !isCapital(t[i + 1]) || t[i + 1].sentence !== t[i].sentence) continue;
    let first = i;
    while (first > 0 && first > i - 6 && (isCapital(t[first - 1]) || (t[first - 1].kind === "number" && first < i)) && t[first - 1].sentence === t[i].sentence) first--;
    if (first === i) continue;
    // (a sentence's first common word is no title's, "Former Superman actor", "Veteran actor", "His co-star",
    // unless a small word follows it: "Carry On star")
    const plain = (k: number) => lex.common.has(t[k].lower) || lex.functionWords.has(t[k].lower);
    if (t[first].sentenceStart && plain(first) && !(first + 1 < i && lex.functionWords.has(t[first + 1].lower))) first++;
    if (first === i) continue;
    const key = nameOf(doc, first, i).toLowerCase();
    const words = key.split(" ");
    // (not a person, a place, a people, a body, a broadcaster, an industry or an award: "Tom Hanks co-star", "Hollywood star", "Australian actress", "BBC actor", "Oscar winner")
    if (lex.firstName.has(words[0]) || isKnownPlace(lex, key) || listsPlace(doc, key) || words.some((w) => lex.demonym.has(w)) || lex.organization.has(key) || BROADCASTER_NAME.test(key)) continue;
    if (SCREEN_INDUSTRIES.has(key) || words.every((w) => SCREEN_INDUSTRIES.has(w)) || AWARD_NAMES.has(words[words.length - 1]) || t[first].upper || t[i - 1].upper) continue;
    // (nor a name read as a player's, standing elsewhere as one: "Foxx" in "Foxx co-star Kerry Washington")
    const inside = found.filter((f) => f.first < i && f.last > first);
    if (inside.some((f) => f.first < first || f.last > i || (f.type === "PER" && !f.kind && f.last - f.first > 1))) continue;
    added.push(otherName(doc, first, i, "work"));
  }
  if (!added.length) return;
  const taken = new Uint8Array(t.length);
  for (const a of added) taken.fill(1, a.first, a.last);
  keepOnly(found, found.filter((f) => !taken.subarray(f.first, f.last).includes(1)));
  found.push(...added);
  found.sort((a, b) => a.first - b.first);
}
