// Events and awards the tagger misses or splits, known by their names: "Euro 2004", "Hurricane
// Mitch", "the Tour de France", "Wimbledon" in a tennis report, "the Palme d'Or"; and a
// championships' short forms in a sports report ("the Europeans", "the Worlds"), folded into the
// championships the article names in full; an other name's acronym in brackets. Read by ./recognize.ts.

import type { Doc } from "../../text/document";
import { tokenize, type Token } from "../../text/tokenize";
import { POSSESSIVE } from "../../text/phrases";
import { US_PARTY_WORDS } from "../../words/parties";
import { PRIMARY_AS_ADJECTIVE, ATTACK_NOUNS, INQUIRY_NOUNS, TOUR_ADJECTIVES, TOUR_DETERMINERS, TOUR_NOUNS, AWARD_PHRASES, AWARDS_OF_A_PEOPLE, DISASTER_NOUNS, EVENT_NAMES, EVENT_NOUNS_AFTER_NAME, EVENT_QUALIFIERS, EVENT_SHORT_HEADS, EVENT_STARTS, EVENTS_BY_YEAR, EVENTS_NATIONS_PLAY, GAMES_BY_YEAR, LAW_NOUNS_AFTER_NAME } from "../../words/other";
import { CHAMPIONSHIP_SHORT_FORMS, TENNIS_MAJORS, TENNIS_WORDS } from "../../words/sport";
import { isDateWord, MONTHS } from "../../words/time";
import type { OtherKind } from "../../types";
import { addInOrder, coveredBy, isCapital, keepOnly, nameOf, otherName, replaceWithOther, type Found } from "./found";
import { UK_NATIONS } from "../../words/places";
import { isTown, seatAfterMember } from "./places";
import { lowerWord } from "./other";
import { aboutSport } from "./topic";

/** An event named by a short name and its year, which the tagger misses or reads as a currency ("at Euro 2004"), or by a name it splits ("Tour de France"). */
export function addNamedEvents(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const events: Array<{ first: number; last: number }> = [];
  let tennis: boolean | undefined;
  const hosted = new Set<number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const n = t[i + 1];
    // (the Games by their year alone: "London's bid for the 2012 Games")
    if (t[i].kind === "number" && /^(?:19|20)\d\d$/.test(t[i].text) && GAMES_BY_YEAR.has(n.text) && n.sentence === t[i].sentence && !isCapital(t[i + 2] ?? n)) {
      events.push({ first: i, last: i + 2 });
      i++;
      continue;
    }
    // (attacks named by their date: "the 11 September attacks", "the September 11 attacks", "the 9/11 attacks")
    const dated = datedAttacks(t, i);
    if (dated > i) {
      events.push({ first: i, last: dated });
      i = dated - 1;
      continue;
    }
    if (!t[i].cap) continue;
    // (an inquiry by its chairman's or its subject's name, whatever the tagger read: "the Hutton inquiry")
    // (not a country's, which stays the country: "the Iraq inquiry")
    if (i > 0 && t[i - 1].lower === "the" && t[i].kind === "word" && INQUIRY_NOUNS.has(n.text) && n.sentence === t[i].sentence && !doc.vocab.lexicon.country.has(t[i].lower) && !doc.vocab.lexicon.demonym.has(t[i].lower)) {
      events.push({ first: i, last: i + 2 });
      i++;
      continue;
    }
    // (a tour by its name: "the worldwide Vertigo tour", "his Musicology tour", "The Onyx Hotel tour")
    const tour = tourNamed(doc, i);
    if (tour > i) {
      events.push({ first: t[i].text === "The" ? i + 1 : i, last: tour });
      i = tour - 1;
      continue;
    }
    // (the Games by their host's adjective: "The Sydney Olympic gold medallist", named "Sydney Olympics")
    if (n.text === "Olympic" && n.space && lowerWord(t[i + 2]) && n.sentence === t[i].sentence && isTown(doc, t[i].lower) && !(i > 0 && isCapital(t[i - 1]) && t[i - 1].text !== "The" && t[i - 1].sentence === t[i].sentence)) {
      events.push({ first: i, last: i + 2 });
      hosted.add(i);
      i++;
      continue;
    }
    if (EVENTS_BY_YEAR.has(t[i].lower) && n.kind === "number" && n.space && /^(?:19|20)\d\d$/.test(n.text) && n.sentence === t[i].sentence) events.push({ first: i, last: i + 2 });
    // (a storm or an operation by its name: "Hurricane Mitch", "Operation Digital Gridlock")
    else if (EVENT_STARTS.has(t[i].lower) && isCapital(n) && n.space && n.sentence === t[i].sentence) {
      let last = i + 1;
      while (last < t.length && last - i <= 3 && isCapital(t[last]) && t[last].sentence === t[i].sentence && !POSSESSIVE.test(t[last].norm)) last++;
      events.push({ first: i, last });
      i = last - 1;
    }
    // (a tennis major by its ground's name, in a report on tennis: "criticised Wimbledon", not "MP for Wimbledon")
    else if (TENNIS_MAJORS.has(t[i].lower) && !isCapital(t[i + 1]) && !seatAfterMember(t, i) && (tennis ??= t.some((w) => TENNIS_WORDS.has(w.lower)))) events.push({ first: i, last: i + 1 });
    // (and an event known by its name: "the Tour de France")
    else {
      const last = namedEvent(t, i);
      // (not inside a longer name: "National Football League"; a broadcaster's letters may stand before it: "CBS Super Bowl")
      if (last === i || (i > 0 && t[i - 1].cap && !t[i - 1].upper && t[i - 1].kind === "word" && t[i - 1].sentence === t[i].sentence && !doc.vocab.lexicon.functionWords.has(t[i - 1].lower))) continue;
      events.push({ first: i, last });
      i = last - 1;
    }
  }
  if (events.length) replaceWithOther(doc, found, events, "event");
  if (hosted.size) for (const f of found) if (hosted.has(f.first) && f.kind === "event") f.canonical = `${t[f.first].text} Olympics`;
  // (and an award known by its name: "the Palme d'Or")
  const awards: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < t.length; i++) {
    // (and one named by a people's word, however its noun is written: "won coveted Brit awards", not the British)
    const people = t[i].cap && AWARDS_OF_A_PEOPLE.has(t[i].lower) && /^awards?$/i.test(t[i + 1]?.text ?? "") && t[i + 1].sentence === t[i].sentence ? i + 2 : i;
    const last = t[i].cap ? Math.max(namedAward(t, i), orderOfHonour(t, i), people) : i;
    if (last > i) awards.push({ first: i, last });
    i = Math.max(i, last - 1);
  }
  if (awards.length) replaceWithOther(doc, found, awards, "award");
}

/**
 * The end of a tour's name and its noun, "Vertigo tour", opening at token i after a determiner or an
 * owner's possessive, over a tour's adjectives ("the worldwide Vertigo tour", "his Musicology tour",
 * "The Onyx Hotel tour"); or i (not a place's, a people's, a month's, an adjective's or a known body's:
 * "Sizzla's UK tour", "the band's European tour", "the June-July tour", "the World tour"; nor a team's).
 */
function tourNamed(doc: Doc, i: number): number {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  let d = i - 1;
  while (d > i - 3 && d >= 0 && lowerWord(t[d]) && TOUR_ADJECTIVES.has(t[d].lower)) d--;
  const opens = t[i].text === "The" ? i === 0 || t[i].sentenceStart || t[i - 1].kind !== "word" : !!t[d] && (TOUR_DETERMINERS.has(t[d].lower) || (POSSESSIVE.test(t[d].norm) && isCapital(t[d - 1])));
  if (!opens) return i;
  let k = t[i].text === "The" ? i + 1 : i;
  const start = k;
  while (k < start + 3 && isCapital(t[k]) && t[k].kind === "word" && t[k].sentence === t[i].sentence) k++;
  // (and not in a sports report, where a tour is named after its team, the team's name: "the Lions tour")
  if (k === start || !TOUR_NOUNS.has(t[k]?.text ?? "") || t[k].sentence !== t[i].sentence || aboutSport(doc)) return i;
  const name = nameOf(doc, start, k).toLowerCase();
  if (lex.country.has(name) || lex.demonym.has(name) || lex.peoples.has(name) || isTown(doc, name) || lex.region.has(name) || name.split(/[\s-]+/).some(isDateWord) || TOUR_ADJECTIVES.has(name) || lex.common.has(name) || lex.organization.has(name)) return i;
  return k + 1;
}

/** The end of attacks named by the day they struck, a day and its month or "9/11", that open at token i; or i. */
function datedAttacks(t: readonly Token[], i: number): number {
  const day = (w: Token | undefined) => w?.kind === "number" && /^(?:[1-9]|[12]\d|3[01])$/.test(w.text);
  const month = (w: Token | undefined) => !!w?.cap && MONTHS.has(w.lower);
  let k = i;
  if (day(t[i]) && month(t[i + 1])) k = i + 2;
  else if (month(t[i]) && day(t[i + 1])) k = i + 2;
  else if (day(t[i]) && t[i + 1]?.text === "/" && day(t[i + 2]) && !t[i + 1].space && !t[i + 2].space && t[i + 3]?.text !== "/") k = i + 3;
  else return i;
  return ATTACK_NOUNS.has(t[k]?.lower ?? "") && !t[k].cap && t[k].sentence === t[i].sentence ? k + 1 : i;
}

/** Names as lower-cased tokens, under their first word. */
function byFirstWord(names: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const name of names) {
    const words = tokenize(name).map((w) => w.lower);
    (out.get(words[0]) ?? out.set(words[0], []).get(words[0]))?.push(words);
  }
  return out;
}
const EVENTS = byFirstWord(EVENT_NAMES);
const AWARDS = byFirstWord(AWARD_PHRASES);
const NATIONS_PLAY = byFirstWord(EVENTS_NATIONS_PLAY);

/** The end of an event known by name that starts at token i ("Tour de France"), or i. */
export function namedEvent(t: readonly Token[], i: number, known = EVENTS): number {
  const names = known.get(t[i].lower);
  if (!names) return i;
  for (const words of names) {
    let k = 0;
    while (k < words.length && t[i + k]?.lower === words[k] && t[i + k].sentence === t[i].sentence && (t[i + k].cap || !/^\p{L}/u.test(words[k]) || words[k].length <= 3 || words[k].includes("'"))) k++;
    if (k === words.length && !t[i + k]?.cap) return i + k;
  }
  return i;
}

/** The end of an order of honour that starts at token i, or i: "the Order of the Bath", "Order of Arts and Letters". */
function orderOfHonour(t: readonly Token[], i: number): number {
  // (not a title's second half: "Harry Potter and Order of the Phoenix")
  if (t[i].text !== "Order" || t[i + 1]?.text !== "of" || (t[i - 1]?.text === "and" && isCapital(t[i - 2]))) return i;
  let k = t[i + 2]?.text === "the" ? i + 3 : i + 2;
  const run = () => {
    const from = k;
    while (t[k] && isCapital(t[k]) && t[k].kind === "word" && t[k].sentence === t[i].sentence) k++;
    return k > from;
  };
  if (!run()) return i;
  if (t[k]?.text === "and" && isCapital(t[k + 1])) {
    const end = k;
    k++;
    if (!run()) k = end;
  }
  return k;
}

/** The end of an award known by name that starts at token i ("Palme d'Or", "Golden Bear"), or i. */
export const namedAward = (t: readonly Token[], i: number): number => namedEvent(t, i, AWARDS);

/** A championships' short forms in a sports report: "the European Indoors" is the European Indoor Championships the article names. */
export function addChampionshipShortForms(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const forms: Array<{ first: number; last: number; prefix: string }> = [];
  for (let i = 0; i < t.length; i++) {
    if (!t[i].cap || t[i].kind !== "word") continue;
    for (const n of [2, 1]) {
      const last = i + n;
      if (last > t.length || !t.slice(i, last).every(isCapital) || t[last - 1].sentence !== t[i].sentence) continue;
      const prefix = CHAMPIONSHIP_SHORT_FORMS.get(nameOf(doc, i, last).toLowerCase());
      // (one word only after "the", a possessive or "at": "the Worlds", "this year's Worlds", not "Europeans living abroad")
      if (prefix === undefined || isCapital(t[last]) || (n === 1 && !/^(?:the|at)$/.test(t[i - 1]?.lower ?? "") && !POSSESSIVE.test(t[i - 1]?.norm ?? ""))) continue;
      forms.push({ first: i, last, prefix });
      i = last - 1;
      break;
    }
  }
  if (!forms.length || !aboutSport(doc)) return;
  // (the championships named in full whose name opens with the short form's words; of several, the one named most, then first)
  const full = (prefix: string) => {
    const counts = new Map<string, number>();
    for (const f of found) if (f.kind === "event" && /championships?$/.test(f.key) && f.key.startsWith(prefix + " ")) counts.set(nameOf(doc, f.first, f.last), (counts.get(nameOf(doc, f.first, f.last)) ?? 0) + 1);
    let best: string | undefined;
    for (const [name, n] of counts) if (!best || n > (counts.get(best) as number)) best = name;
    return best;
  };
  const covered = coveredBy(doc, forms);
  keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1)));
  for (const s of forms) found.push({ ...otherName(doc, s.first, s.last, "event"), canonical: full(s.prefix) });
  found.sort((a, b) => a.first - b.first);
}

/** A time's possessive right before a name: "February's", "next weekend's", "this year's", "Saturday's". */
export function heldWhen(t: Token[], first: number): boolean {
  const p = t[first - 1];
  const w = t[first - 2];
  return !!p && POSSESSIVE.test(p.norm) && !!w && (isDateWord(w.norm) || /^(?:year|weekend|week|month|season|summer|winter|spring|autumn)$/.test(w.lower));
}

/**
 * An award's or an event's name opened by a common noun's possessive after "the" runs over it: "the
 * People's Choice Awards", "the Writers' Guild Awards", "the US People's Choice Awards" (not an owner's: "Bush's Awards").
 */
export function addPossessiveOpeners(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  for (const f of found) {
    if ((f.kind !== "award" && f.kind !== "event") || !POSSESSIVE.test(t[f.first - 1]?.norm ?? "")) continue;
    const owner = t[f.first - 2];
    // (over a country's name after "the": "the US People's Choice Awards")
    const the = t[f.first - 3] && lex.country.has(t[f.first - 3].lower) && t[f.first - 3].sentence === owner?.sentence ? f.first - 4 : f.first - 3;
    if (!isCapital(owner) || !lex.common.has(owner.lower) || t[the]?.lower !== "the" || owner.sentence !== t[f.first].sentence) continue;
    if (found.some((g) => g !== f && g.last > f.first - 2 && g.first < f.first)) continue;
    f.first -= 2;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  }
}

/**
 * A nation's word before an event known by name is the nation's, no part of the event's name: "US
 * Davis Cup captain Patrick McEnroe", "the US Super Bowl", "France v Scotland Six Nations match"
 * (not a name the list knows whole: "Scottish Premier League").
 */
export function cutNationBeforeEvent(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const nations: Found[] = [];
  for (const f of found) {
    if (f.kind !== "event" || f.last - f.first < 3 || namedEvent(t, f.first) > f.first || namedEvent(t, f.first + 1, NATIONS_PLAY) !== f.last) continue;
    const w = t[f.first].lower;
    if (!lex.country.has(w) && !lex.demonym.has(w) && !UK_NATIONS.has(w)) continue;
    nations.push({ first: f.first, last: f.first + 1, floor: f.floor, type: "LOC", key: w, partOfPerson: false });
    f.first++;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  }
  if (nations.length) addInOrder(found, nations);
}

/** An event's head word alone after "the", which the tagger read as no body: "the Games" after "the Athens Olympics" is that event, where the article names one event so (./shortforms.ts folds it). */
export function markEventShortForms(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const heads = new Map<string, Set<string>>();
  for (const f of found) {
    if (f.kind !== "event" || f.last - f.first < 2) continue;
    const head = t[f.last - 1].lower === "olympics" ? "games" : t[f.last - 1].lower;
    (heads.get(head) ?? heads.set(head, new Set()).get(head))?.add(f.key.replace(/(?:olympic)?games$/, "olympics"));
  }
  if (!heads.size) return;
  for (const f of found) {
    if (f.type !== "MISC" || f.kind || f.last - f.first !== 1 || t[f.first - 1]?.text !== "the" || !EVENT_SHORT_HEADS.has(f.key) || heads.get(f.key)?.size !== 1) continue;
    f.kind = "event";
  }
}

/** A law's short name written with a hyphen, as it is given in brackets: "Can-Spam". */
export const LAW_SHORT_NAME = /^\p{Lu}[\p{L}\d]*-[\p{L}\d-]+$/u;

/**
 * An acronym given in brackets after an other name is of its kind, wherever the tagger read it as
 * MISC or a body: "the Consumer Electronics Show (CES) … CES is the biggest show", "the Electronic
 * Entertainment Expo (E3)" (link.ts folds it into the name).
 */
export function addBracketedAcronyms(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const kinds = new Map<string, OtherKind>();
  // (and a law's short name, however written: "the Controlling the Assault of … Act (Can-Spam)")
  for (const f of found) if (f.kind && t[f.last]?.norm === "(" && t[f.last + 2]?.norm === ")" && (/^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(t[f.last + 1].text) || (f.kind === "law" && LAW_SHORT_NAME.test(t[f.last + 1].text)))) kinds.set(t[f.last + 1].lower, f.kind);
  if (kinds.size) for (const f of found) if (!f.kind && (f.type === "MISC" || f.type === "ORG") && kinds.has(f.key)) f.kind = kinds.get(f.key);
}

/** The noun of an event or a law written in small letters at token k, over a qualifier ("presidential election"), and where it ends; or null. */
export function eventNamedAfter(doc: Doc, k: number): { last: number; kind: OtherKind; disaster: boolean } | null {
  const t = doc.tokens;
  let h = k;
  // (and a US party's, before its primary: "the New Hampshire Democratic primary")
  while (h < k + 2 && t[h] && ((!t[h].cap && EVENT_QUALIFIERS.has(t[h].lower)) || (t[h].cap && US_PARTY_WORDS.has(t[h].lower) && t[h + 1]?.lower === "primary")) && t[h].sentence === t[k - 1].sentence) h++;
  const head = t[h];
  if (!head || head.cap || head.kind !== "word" || head.sentence !== t[k - 1].sentence) return null;
  // (nor a compound's first noun: "a German war criminal")
  if (head.lower === "war" && /^crim/.test(t[h + 1]?.lower ?? "")) return null;
  // (nor "primary" as an adjective: "Mbita Point primary school")
  if (head.lower === "primary" && PRIMARY_AS_ADJECTIVE.has(t[h + 1]?.lower ?? "")) return null;
  const kind = EVENT_NOUNS_AFTER_NAME.has(head.lower) ? "event" : LAW_NOUNS_AFTER_NAME.has(head.lower) ? "law" : null;
  return kind ? { last: h + 1, kind, disaster: DISASTER_NOUNS.has(head.lower) } : null;
}
