// Broadcasters and their shows: channels a tagger of 1996 news does not know ("ITV1", "BSkyB")
// are organisations, and a name after a broadcaster's possessive is its programme ("Radio 4's
// Today programme", "ITV1's This Morning", "BBC Two's Newsnight"), unless a person's ("BBC's
// Sarah Rainsford"). Read by ./kinds.ts.

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import { POSSESSIVE } from "../../text/phrases";
import { COMMON_INITIALISMS, ORG_HEADS } from "../../words/names";
import { BROADCASTER_NAME, BROADCASTERS } from "../../words/reporting";
import { isDateWord, isHoliday, MONTHS, WEEKDAYS } from "../../words/time";
import { kindByWords } from "./other";
import { fullName } from "./around";
import { TITLE_JOINERS } from "../../words/other";
import { nameOf, type Found } from "./found";
import { listsPlace } from "./places";
import { UK_NATIONS } from "../../words/places";

/**
 * A broadcaster's service for a nation, a region or a city is its own name, over the place the tagger
 * read after it: "BBC Radio Scotland", "BBC Wales", "BBC London" (not a country: "told BBC News US policy").
 * Returns the places joined, for the caller to drop.
 */
export function regionalServices(doc: Doc, found: readonly Found[]): Set<Found> {
  const t = doc.tokens;
  const joined = new Set<Found>();
  for (let k = 0; k + 1 < found.length; k++) {
    const b = found[k];
    const g = found[k + 1];
    if (b.kind || g.kind || b.type !== "ORG" || g.type !== "LOC" || g.first !== b.last || !t[g.first].space || t[g.first].sentence !== t[b.first].sentence) continue;
    if (!BROADCASTER_NAME.test(b.key) || /\d$/.test(b.key) || !(UK_NATIONS.has(g.key) || (listsPlace(doc, g.key) && !doc.vocab.lexicon.country.has(g.key)))) continue;
    b.last = g.last;
    b.key = nameOf(doc, b.first, b.last).toLowerCase();
    joined.add(g);
    k++;
  }
  return joined;
}

/**
 * A radio station named with "FM", over what the tagger read of it: "Classic FM", "Kiss FM", "Virgin
 * FM" (one or two capitalised words before it, no small word); and the BBC's "Five Live" with what
 * opens its name ("BBC Radio Five Live", "BBC Five Live", "Radio 5 Live"). Returns the station's
 * names to add and the names they cover, for the caller to drop.
 */
export function fmStations(doc: Doc, found: readonly Found[]): { added: Found[]; covered: Set<Found> } {
  const t = doc.tokens;
  const added: Found[] = [];
  const covered = new Set<Found>();
  const word = (x: Token) => (x.kind === "word" && x.cap) || (x.kind === "number" && x.text === "5");
  for (let k = 1; k < t.length; k++) {
    const live = t[k].text === "Live" && /^(?:Five|5)$/.test(t[k - 1].text);
    if ((t[k].text !== "FM" && !live) || !t[k].space) continue;
    let a = k;
    while (a > 0 && k - a < (live ? 3 : 2) && word(t[a - 1]) && t[a - 1].sentence === t[k].sentence && !doc.vocab.lexicon.functionWords.has(t[a - 1].lower) && (a === k || t[a].space)) a--;
    if (a === k || (t[a].sentenceStart && k - a === 2 && doc.vocab.lexicon.common.has(t[a].lower))) continue;
    // (not where a longer name runs over it, which stays as read)
    const under = found.filter((f) => f.first < k + 1 && f.last > a);
    if (under.some((f) => f.first < a || f.last > k + 1)) continue;
    for (const f of under) covered.add(f);
    added.push({ first: a, last: k + 1, floor: doc.sentences[t[k].sentence].first, type: "ORG", key: nameOf(doc, a, k + 1).toLowerCase(), partOfPerson: false });
  }
  return { added, covered };
}

/** The first words of broadcasters' names, asked before any name is built. */
const BROADCAST_FIRST = new Set([...BROADCASTERS].map((b) => b.split(" ")[0]));
/** Broadcasters, and the shows after their possessive. `found` in text order; returns names to add. */
export function broadcasts(doc: Doc, lex: Lexicon, found: Found[], readable: Uint8Array): Found[] {
  const t = doc.tokens;
  const added: Found[] = [];
  // (most articles name no broadcaster: nothing to read)
  let any = false;
  for (let i = 0; i < t.length && !any; i++) any = t[i].cap && BROADCAST_FIRST.has(t[i].lower);
  if (!any && !found.some((f) => f.type === "ORG" && BROADCASTER_NAME.test(f.key))) return added;
  for (const f of found) if (!f.kind && f.type !== "ORG" && BROADCASTERS.has(f.key)) f.type = "ORG";
  // channels the tagger passed over: "on BSkyB", "told ITV1's"
  const covered = new Int32Array(any ? t.length : 0).fill(-1);
  if (any) found.forEach((f, k) => covered.fill(k, f.first, f.last));
  for (let i = 0; any && i < t.length; i++) {
    if (!t[i].cap || !BROADCAST_FIRST.has(t[i].lower) || covered[i] >= 0 || !readable[i] || t[i].kind !== "word") continue;
    for (const n of [2, 1]) {
      const last = i + n;
      if (last > t.length || (n > 1 && (covered[last - 1] >= 0 || t[last - 1].sentence !== t[i].sentence))) continue;
      const key = nameOf(doc, i, last).toLowerCase();
      // ("Sky" opening a sentence may be the sky)
      if (!BROADCASTERS.has(key) || (key === "sky" && t[i].sentenceStart)) continue;
      const f: Found = { first: i, last, floor: doc.sentences[t[i].sentence].first, type: "ORG", key, partOfPerson: false };
      added.push(f);
      covered.fill(found.length + added.length - 1, i, last);
      i = last - 1;
      break;
    }
  }
  const all = added.length ? found.concat(added).sort((a, b) => a.first - b.first) : found;
  // (most articles name no broadcaster before a possessive: nothing more to read)
  if (!all.some((b) => b.type === "ORG" && !b.kind && t[b.last] && (POSSESSIVE.test(t[b.last].norm) || t[b.last].norm === "'") && BROADCASTER_NAME.test(b.key))) return added;
  // a broadcaster's show: the name right after its possessive
  const at = new Map<number, Found>();
  const gone = new Set<Found>();
  for (const f of all) at.set(f.first, f);
  for (const b of all) {
    if (b.kind || b.type !== "ORG" || !BROADCASTER_NAME.test(b.key)) continue;
    // (after a number the tokens split the possessive: "Radio 4" "'" "s")
    const split = t[b.last]?.norm === "'" && t[b.last + 1]?.text === "s" && !t[b.last + 1].space;
    let first = split ? b.last + 2 : POSSESSIVE.test(t[b.last]?.norm ?? "") ? b.last + 1 : -1;
    if (first < 0) continue;
    // ("Radio Four's the World at One")
    if (t[first]?.text === "the") first++;
    const w = t[first];
    if (!w || !w.cap || w.kind !== "word" || w.sentence !== t[b.first].sentence) continue;
    let g = at.get(first);
    // (an event or an award by its own words stays one: "the BBC's Olympics coverage")
    if (g && (g.kind || kindByWords(doc, g.first, g.last) || (g.type === "PER" && (fullName(doc, g.first, g.last) || g.last - g.first > 1)))) continue;
    // (a one-word name the tagger found inside the title is the title's: "One" of "World at One")
    const inside = (k: number) => { const h = at.get(k); return !h || (h !== g && h.last === k + 1 && h.type !== "PER" && !h.kind); };
    const word = (k: number) => k < t.length && t[k].cap && t[k].kind === "word" && t[k].sentence === w.sentence && inside(k) && (k === first || t[k].space);
    /** Where a title from `last` runs on to: capitalised words and small words between them ("World at One", "Thought for the Day"), not into a name after it. */
    const runOn = (last: number) => {
      for (;;) {
        while (last - first < 6 && word(last)) last++;
        let k = last;
        while (k - last < 2 && TITLE_JOINERS.has(t[k]?.text ?? "")) k++;
        // (not a date after it: "Today on Tuesday")
        if (k === last || !word(k) || isDateWord(t[k].norm) || last - first >= 6) return last;
        last = k;
      }
    };
    if (!g) {
      // the title the tagger passed over
      const last = runOn(first);
      g = { first, last, floor: b.floor, type: "MISC", key: nameOf(doc, first, last).toLowerCase(), partOfPerson: false };
      if (!show(lex, t, g)) continue;
      added.push(g);
    } else {
      if (!show(lex, t, g)) continue;
      const last = runOn(g.last);
      if (last > g.last) [g.last, g.key] = [last, nameOf(doc, g.first, last).toLowerCase()];
    }
    g.kind = "work";
    for (let k = g.first; k < g.last; k++) if (at.get(k) && at.get(k) !== g) gone.add(at.get(k) as Found);
  }
  if (gone.size) {
    const kept = found.filter((f) => !gone.has(f));
    found.length = 0;
    for (const f of kept) found.push(f);
  }
  return added.filter((f) => !gone.has(f));
}

/** The words make a show's title: no month, weekday, organisation or format ("Channel 4's January schedule", "ITV's London Studios", "BBC's PM"). */
function show(lex: Lexicon, t: Token[], g: Found): boolean {
  const head = t[g.last - 1].lower;
  // (nor a title cut at its first word: "ITV's I'm A Celebrity")
  if (g.last - g.first === 1 && (head === "i" || isHoliday(head) || MONTHS.has(head) || WEEKDAYS.has(head) || COMMON_INITIALISMS.has(head) || lex.demonym.has(head))) return false;
  // (a programme's own head word is no organisation's: "Today Programme"; nor a club, which no broadcaster owns: "ITV's Celebrity Fit Club")
  if ((ORG_HEADS.has(head) && head !== "programme" && head !== "show" && head !== "club") || lex.organization.has(g.key) || lex.country.has(g.key)) return false;
  // (a person's first name opening it: "Radio 2's Jeremy Vine")
  return !(g.last - g.first > 1 && lex.firstName.has(t[g.first].lower));
}
