// Grounds the lists of venues know by a name of several words ("Old Trafford", "The Oval",
// "Lord's"), sites named by their kind first ("RAF Fairford") and seas by their head or alone
// ("the English Channel", "the Mediterranean"), over what the tagger found inside them: it reads
// "Lord" as a title, "Old" as a sentence's word, "The" as none of a name and "English" as a people.

import type { Doc } from "../../text/document";
import { SEAS_ALONE, SITE_PREFIXES, VENUES, WATER_HEADS } from "../../words/places";
import { coveredBy, isCapital, keepOnly, nameOf, type Found, addInOrder } from "./found";
import { POSSESSIVE } from "../../text/phrases";
import { aboutSport } from "./topic";

/** The first words of venues' names of several words, and the most tokens one spans. */
let firsts: Set<string> | undefined;
const MAX_VENUE_TOKENS = 5;

/** Adds each venue of several words written with capitals, in place of the names found inside it; not one a name found runs across. */
export function addVenues(doc: Doc, found: Found[], readable: Uint8Array): void {
  firsts ??= new Set([...VENUES.keys()].filter((v) => /[\s']/.test(v)).map((v) => v.split(/[\s']/)[0]));
  const t = doc.tokens;
  const added: Found[] = [];
  for (let i = 0; i < t.length; i++) {
    // a site by its kind written first: "RAF Fairford" is an air base, whatever the tagger made of its words
    const joins = (k: number) => k < t.length && isCapital(t[k]) && t[k].sentence === t[i].sentence && t[k].space;
    if (readable[i] && SITE_PREFIXES.has(t[i].lower) && t[i].upper && joins(i + 1)) {
      let last = i + 2;
      while (last < i + 3 && joins(last)) last++;
      added.push({ first: i, last, floor: doc.sentences[t[i].sentence].first, type: "LOC", key: nameOf(doc, i, last).toLowerCase(), partOfPerson: false });
      i = last - 1;
      continue;
    }
    // a sea or a strait by its head ("the Irish Sea", "the English Channel"), or by its adjective alone after "the" ("across the Mediterranean.")
    const water = readable[i] ? waterName(doc, i) : i;
    if (water > i) {
      added.push({ first: i, last: water, floor: doc.sentences[t[i].sentence].first, type: "LOC", key: nameOf(doc, i, water).toLowerCase(), partOfPerson: false });
      i = water - 1;
      continue;
    }
    // (a "The" opening a sentence names a ground only in a sports report: "The Dell machines" are laptops)
    // (a small "the" opens a venue named by one word, "at the Olivier", and is left out of it)
    const small = t[i].text === "the" && !!t[i + 1]?.cap;
    if (!readable[i] || !(t[i].cap || small) || !firsts.has(t[i].lower) || (t[i].lower === "the" && t[i].sentenceStart && !aboutSport(doc))) continue;
    for (let n = MAX_VENUE_TOKENS; n >= 2; n--) {
      const last = i + n;
      if (last > t.length || t[last - 1].sentence !== t[i].sentence || !(isCapital(t[last - 1]) || POSSESSIVE.test(t[last - 1].norm))) continue;
      // (one word after a small "the" is not the first of a longer name: "the Olivier Awards")
      if (!VENUES.has(nameOf(doc, i, last).toLowerCase()) || (small && t[last] && isCapital(t[last]) && t[last].sentence === t[i].sentence && t[last].space)) continue;
      const first = small ? i + 1 : i;
      added.push({ first, last, floor: doc.sentences[t[i].sentence].first, type: "LOC", key: nameOf(doc, first, last).toLowerCase(), partOfPerson: false });
      i = last - 1;
      break;
    }
  }
  if (!added.length) return;
  // (not inside a longer name: "Old Trafford Cricket Ground" is read whole where the tagger found it so)
  const kept = added.filter((a) => !found.some((f) => f.first < a.last && f.last > a.first && (f.first < a.first || f.last > a.last)));
  const covered = coveredBy(doc, kept);
  keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1)));
  addInOrder(found, kept);
}

/** The end of a sea's or strait's name opening at token i, or i: "Irish Sea", "English Channel", "Mediterranean" after "the" and before no noun. */
function waterName(doc: Doc, i: number): number {
  const t = doc.tokens;
  const w = t[i];
  if (!w.cap || w.kind !== "word" || w.sentenceStart) return i;
  const next = t[i + 1];
  if (next && next.cap && next.space && next.sentence === w.sentence && WATER_HEADS.has(next.lower) && (next.lower !== "channel" || doc.vocab.lexicon.demonym.has(w.lower))) return i + 2;
  // (a people's or a sea's word before "ocean" or "sea" in lower case after "the": "in the Indian ocean")
  if (next && next.space && !next.cap && /^(?:ocean|sea)$/.test(next.text) && t[i - 1]?.text === "the" && (doc.vocab.lexicon.demonym.has(w.lower) || SEAS_ALONE.has(w.lower))) return i + 2;
  if (SEAS_ALONE.has(w.lower) && t[i - 1]?.text === "the" && !(next && next.sentence === w.sentence && next.kind === "word" && !doc.vocab.lexicon.functionWords.has(next.lower))) return i + 1;
  return i;
}
