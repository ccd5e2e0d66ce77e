// Works known by the words right after their titles, in articles about the arts: a cast's noun and
// a player's name ("Ray star Jamie Foxx", "21 Grams actress Naomi Watts"), or the work's kind
// where the article names the title only so ("the Achtung Baby album"). The tagger often reads
// such a title as part of a name, as a band or as no name at all.

import type { Doc } from "../../text/document";
import { BROADCASTER_NAME } from "../../words/reporting";
import { AWARD_NAMES, CAST_NOUNS, KIND_COMPOUNDS, KIND_NOUNS_AFTER, SCREEN_INDUSTRIES } from "../../words/other";
import { isCapital, nameOf, replaceWithOther, type Found } from "./found";
import { lowerWord } from "./other";
import { aboutTheArts, aboutTheScreen } from "./topic";
import { isKnownPlace, listsPlace } from "./places";

/** Titles before a cast's noun and a player's name become works, over the names read inside them. */
export function addWorksBeforeCast(doc: Doc, found: Found[]): void {
  if (!aboutTheScreen(doc)) return;
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const titles: Array<{ first: number; last: number }> = [];
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
    titles.push({ first, last: i });
  }
  if (titles.length) replaceWithOther(doc, found, titles, "work");
}

/**
 * A name after "the" and before its work's kind, written nowhere else in the article, is the work:
 * "The Achtung Baby album in 1991", "the Wright Stuff show" (not "the U2 album" where U2 is named
 * elsewhere, nor a person's: "the Spielberg film"), whether the tagger read it or not.
 */
export function addTitlesBeforeKind(doc: Doc, found: Found[]): void {
  if (!aboutTheArts(doc)) return;
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const seen = new Map<string, number>();
  for (const f of found) {
    const k = f.key.replace(/^the /, "");
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const at = new Int32Array(t.length).fill(-1);
  found.forEach((f, k) => at.fill(k, f.first, f.last));
  const titles: Array<{ first: number; last: number }> = [];
  for (let i = 2; i < t.length; i++) {
    if (!lowerWord(t[i]) || !KIND_NOUNS_AFTER.has(t[i].lower) || !isCapital(t[i - 1])) continue;
    let first = i - 1;
    while (first > 0 && i - first < 5 && isCapital(t[first - 1]) && t[first - 1].lower !== "the" && t[first - 1].sentence === t[i].sentence) first--;
    if (t[first - 1]?.lower !== "the" || t[first - 1].sentence !== t[i].sentence) continue;
    // (what the tagger read there: a person's name stays one, a name across the kind's word is no title)
    const inside = new Set<Found>();
    for (let k = first - 1; k < i; k++) if (at[k] >= 0) inside.add(found[at[k]]);
    if ([...inside].some((f) => f.kind || f.type === "PER" || f.first < first - 1 || f.last > i)) continue;
    const key = nameOf(doc, first, i).toLowerCase();
    // (nor a people's, a compound's or a style's: "the French film", "the Sundance film festival", "the Pop Idol-style show")
    if (lex.demonym.has(key) || lex.country.has(key) || (lowerWord(t[i + 1]) && KIND_COMPOUNDS.has(t[i + 1].lower)) || /-style$/.test(key)) continue;
    // (a trade show's name has its figures: "the E3 show")
    if (t[i].lower === "show" && /\d/.test(key)) continue;
    if ((seen.get(key) ?? 0) > (inside.size ? 1 : 0) || lex.organization.has(key) || lex.firstName.has(t[first].lower) || listsPlace(doc, key) || t[first].upper || BROADCASTER_NAME.test(key)) continue;
    titles.push({ first, last: i });
  }
  if (titles.length) replaceWithOther(doc, found, titles, "work");
}
