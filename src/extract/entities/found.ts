// The names the tagger found, as the entity stage reads them before typing them (recognize.ts):
// where each starts and ends, the type the tagger gave, and what else the words say of it — a
// work's, event's or award's name (./other.ts) over the pieces the tagger split it into, a known
// place in a list of places.

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import type { TaggedSpan } from "../../tagger/tags";
import type { OtherKind } from "../../types";
import { POSSESSIVE } from "../../text/phrases";
import { HONORIFIC, LORD_OFFICES, NUMBERED_CHANNELS, ORG_HEADS, PEERS_AND_KNIGHTS, PLURAL_TITLES, isTitleWord } from "../../words/names";
import { ROLE_NOUNS } from "../../words/sources";
import { UNITS } from "../../words/numbers";
import { PARTY_FORMS } from "../../words/parties";
import { FILM_INDUSTRIES, LANDMARKS, SEAS_ALONE, UK_NATIONS, VENUE_HEADS } from "../../words/places";
import { ARTS_WORDS, AWARDED_FOR, AWARD_NAMES, awardOfAdjective, CATEGORY_NOUNS, PRODUCT_NAMES, SHOWS_BEFORE_TITLE, WORK_NOUNS_BEFORE_TITLE } from "../../words/other";
import { isFirstName } from "./around";
import { acrossCountries, isKnownPlace, listsPlace } from "./places";
import { aboutTheScreen } from "./topic";
import { headedNames, isKnownTitle, kindByContext, knownTitleEnd, kindByWords, ownsTitle, phraseTitle, secondTitle, sequelNumber, titleEnd, titleStart, weakWork, workEnd } from "./other";
import { separated, unfoundListOpeners, worksListed } from "./lists";
import { gameEditionEnd } from "./works";
import { PAPERS_BY_ONE_WORD } from "../../words/reporting";

export const isCapital = (t: Token | undefined): boolean => !!t && t.kind === "word" && t.cap;

/**
 * The number at `k` counts the noun in small letters after it, no verb or small word: "3 years ago", "20 Academy voters"
 * (not the band's "Maroon 5 was named"); read where a number ends or opens a name.
 */
export function countsNoun(doc: Doc, k: number): boolean {
  const after = doc.tokens[k + 1];
  return !!after && after.kind === "word" && !after.cap && !doc.vocab.lexicon.verbs.has(after.lower) && !doc.vocab.lexicon.functionWords.has(after.lower);
}

/** Whether token i is its sentence's first word or number, after any quote marks or brackets: '"The awards always'. */
export function opensSentence(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  let k = i - 1;
  while (k >= 0 && t[k].sentence === t[i].sentence && t[k].kind !== "word" && t[k].kind !== "number") k--;
  return k < 0 || t[k].sentence !== t[i].sentence;
}

export interface Found {
  first: number;
  last: number;
  /** First token of the sentence. */
  floor: number;
  type: TaggedSpan["type"];
  /** The name, lower-cased. */
  key: string;
  /** Part of a person's full name found elsewhere in the document ("Jordan" after "Michael Jordan"). */
  partOfPerson: boolean;
  /** A work, event, award, product or law (./other.ts). */
  kind?: OtherKind;
  /** The name it stands for, where it is a short form: "XP" in "Windows 2000 and XP" (./kinds.ts). */
  canonical?: string;
  /** Where its maker's name ends inside a product's name: "Aston Martin" of "Aston Martin DB9" (./products.ts). */
  maker?: number;
  /** Read as a person where nothing else could be meant: a line-up's player (./sheets.ts); outweighs the other mentions' count. */
  sure?: boolean;
}

/** A surname's shape: "Smith", "McGrath", "O'Sullivan". */
export const SURNAME_SHAPE = /^(?:Mc|O')?\p{Lu}\p{Ll}+$/u;

/** The name as written, line breaks and runs of spaces made single spaces. */
export function nameOf(doc: Doc, first: number, last: number): string {
  let s = "";
  // (an editor's brackets are no part of a name: "Gethin [Jenkins]" is Gethin Jenkins, and "Eddie (O'Sullivan)", a first name's
  // surname in round ones, Eddie O'Sullivan; "(Dietmar) Hamann" Dietmar Hamann)
  // (not a club's town letters: "Mladost (BJ)")
  const surname = last - first === 4 && doc.tokens[first + 1].norm === "(" && doc.tokens[first + 3].norm === ")" && SURNAME_SHAPE.test(doc.tokens[first + 2].text);
  // (and a first name or two in round ones before the surname: "(Dietmar) Hamann", "(Jon Dahl) Tomasson")
  const shut = last - first === 4 || last - first === 5 ? last - 2 : -1;
  const given = !surname && shut > 0 && doc.tokens[first].norm === "(" && doc.tokens[shut].norm === ")";
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i];
    if (t.norm === "[" || t.norm === "]" || (surname && (i === first + 1 || i === first + 3)) || (given && (i === first || i === shut))) continue;
    s += (s && (t.space || doc.tokens[i - 1]?.norm === "[" || (surname && i === first + 2) || (given && i === shut + 1)) ? " " : "") + t.norm;
  }
  return s;
}

/**
 * Organisations named by a head word, "of" and a number ("the Group of 20", "Committee of 100"),
 * which the tagger cuts at the head word or misses: the number is part of the name, no figure.
 * Only a capitalised head word standing alone inside a sentence ("a group of 20 students" is none).
 */
export function addNumberedNames(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const heads: number[] = [];
  for (let i = 0; i + 2 < t.length; i++)
    if (t[i].cap && !t[i].sentenceStart && t[i + 1].lower === "of" && t[i + 2].kind === "number" && t[i + 2].sentence === t[i].sentence && /^\d+$/.test(t[i + 2].text) && ORG_HEADS.has(t[i].lower)) heads.push(i);
  if (!heads.length) return;
  const covered = new Int32Array(t.length).fill(-1);
  found.forEach((f, k) => covered.fill(k, f.first, f.last));
  for (const i of heads) {
    if (covered[i + 1] >= 0 || covered[i + 2] >= 0) continue;
    // the tagger's name is the head word alone, or there is none; a name of its own before the head
    // describes itself ("the Paris Club of 19 creditors")
    const f = covered[i] >= 0 ? found[covered[i]] : undefined;
    if (f && (f.type === "PER" || f.first !== i || f.last !== i + 1)) continue;
    if (f) {
      f.last = i + 3;
      f.type = "ORG";
      f.key = nameOf(doc, i, i + 3).toLowerCase();
    } else found.push({ first: i, last: i + 3, floor: doc.sentences[t[i].sentence].first, type: "ORG", key: nameOf(doc, i, i + 3).toLowerCase(), partOfPerson: false });
  }
  found.sort((a, b) => a.first - b.first);
}

/**
 * A channel's number is part of its name: "Channel 4", "BBC Radio Four" (the tagger stops before the
 * number or finds nothing), whatever the tagger made of the words before. `words`: the capitalised
 * "Channel" and "Radio" tokens, in order.
 */
export function addChannelNumbers(doc: Doc, found: Found[], words: readonly number[]): void {
  const t = doc.tokens;
  const at: number[] = [];
  // (the number in figures or in words: "Radio 4", "Radio Four", "Channel Five")
  const number = (n: Token | undefined) => !!n && ((n.kind === "number" && /^\d{1,2}$/.test(n.text)) || (n.kind === "word" && n.cap && UNITS[n.lower] !== undefined && UNITS[n.lower] > 0));
  for (const i of words) if (number(t[i + 1]) && t[i + 1].sentence === t[i].sentence) at.push(i);
  if (!at.length) return;
  const covered = new Int32Array(t.length).fill(-1);
  found.forEach((f, k) => covered.fill(k, f.first, f.last));
  const gone = new Set<Found>();
  for (const i of at) {
    const f = covered[i] >= 0 ? found[covered[i]] : undefined;
    const g = covered[i + 1] >= 0 ? found[covered[i + 1]] : undefined;
    // (a channel the tagger read as some other name is the broadcaster: "the Channel 4 show")
    if (g && g === f) {
      if (g.type === "MISC" && g.last === i + 2 && !g.kind) g.type = "ORG";
      continue;
    }
    if (f && f.last !== i + 1) continue;
    // (the number and what follows read as a name of their own belong to the channel: "BBC Radio" + "Five Live")
    if (g && (g.first !== i + 1 || g.type === "PER" || g.last - g.first > 2)) continue;
    if (g) gone.add(g);
    const end = g ? g.last : t[i + 2]?.text === "Live" && covered[i + 2] < 0 ? i + 3 : i + 2;
    if (f) {
      f.last = end;
      f.type = "ORG";
      f.key = nameOf(doc, f.first, f.last).toLowerCase();
    } else found.push({ first: i, last: end, floor: doc.sentences[t[i].sentence].first, type: "ORG", key: nameOf(doc, i, end).toLowerCase(), partOfPerson: false });
  }
  if (gone.size) keepOnly(found, found.filter((f) => !gone.has(f)));
  found.sort((a, b) => a.first - b.first);
}

/**
 * A first name before "and" and a full name is a person of that surname: "Jim and Margaret
 * Cuthbert", "Bill and Hillary Clinton" (the first name found where the tagger left it untagged).
 */
export function joinCouples(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  let added = false;
  for (const g of [...found]) {
    const and = g.first - 1;
    const k = and - 1;
    if (g.type !== "PER" || g.canonical || g.last - g.first !== 2 || t[and]?.text !== "and" || !t[k]?.cap || t[k].sentence !== t[g.first].sentence || !isFirstName(doc, t[g.first].lower) || !isFirstName(doc, t[k].lower)) continue;
    const f = found.find((x) => x.first <= k && k < x.last);
    if (f && (f.type !== "PER" || f.first !== k || f.last !== k + 1)) continue;
    // (not a list run on, "Tom, Dick and Harry Potter"; not a surname, "Mr Evans and Sandy Climan",
    // "Brown and Tony Blair" beside Gordon Brown; not one named alone elsewhere, "Madonna and Elton John")
    if (t[k - 1]?.text === "," || isTitleWord(t[k - 1]?.lower ?? "", true) || HONORIFIC.test(t[k - 1]?.norm ?? "")) continue;
    if (found.some((x) => x !== f && x.type === "PER" && (t[x.last - 1].lower === t[k].lower || (x.last - x.first === 1 && x.key === t[k].lower)))) continue;
    const canonical = `${t[k].text} ${t[g.last - 1].text}`;
    if (f) f.canonical = canonical;
    else {
      found.push({ first: k, last: k + 1, floor: doc.sentences[t[k].sentence].first, type: "PER", key: t[k].lower, partOfPerson: false, canonical });
      added = true;
    }
  }
  if (added) found.sort((a, b) => a.first - b.first);
}

/**
 * A lone first name the tagger read as a person, right before a one-word name it typed otherwise,
 * is that person's full name: "Ava DuVernay" split into "Ava" and an organisation "DuVernay"; and a
 * town's word right before a full name is its first name ("Bonny Lee Bakley").
 */
export function joinFirstNames(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  found.sort((a, b) => a.first - b.first);
  const gone = new Set<Found>();
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const g = found[i + 1];
    const nick = f.type === "PER" ? nicknameEnd(t, f.last) : -1;
    // (over a nickname in quotes: 'Antonio "LA" Reid', 'Lee "Scratch" Perry')
    if (nick > 0 && lex.firstName.has(t[f.first].lower)) {
      const next = found.slice(i + 1).find((x) => x.first >= nick);
      // (the surname may be one the tagger left out: 'Jimmy "the Whirlwind" White')
      const h = next?.first === nick ? next : t[nick].kind === "word" && !lex.functionWords.has(t[nick].lower) ? { first: nick, last: nick + 1, type: "PER" } : undefined;
      if (h && (h.type === "PER" || h.last - h.first === 1)) {
        for (const x of found.slice(i + 1)) if (x.first < h.last) gone.add(x);
        // (an epithet opened by "the" is no part of the name: 'Jimmy "the Whirlwind" White' is Jimmy White; "LA" of 'Antonio "LA" Reid' is)
        if (t[f.last + 1].lower === "the") f.canonical = `${nameOf(doc, f.first, f.last)} ${nameOf(doc, h.first, h.last)}`;
        f.last = h.last;
        f.key = nameOf(doc, f.first, f.last).toLowerCase();
        continue;
      }
    }
    // (a town's word read right before a full name, with nothing between, is its first name: "Bonny" of "Bonny Lee Bakley"; not a country's, "Britain Tony Blair")
    if (!g) break;
    if (f.type === "LOC" && f.last - f.first === 1 && g.type === "PER" && g.first === f.last && g.last - g.first >= 2 && t[g.first].space && !t[g.first].newline && t[g.first].sentence === t[f.first].sentence && isFirstName(doc, t[g.first].lower) && !lex.country.has(f.key) && !lex.demonym.has(f.key) && !UK_NATIONS.has(f.key) && !acrossCountries(f.key)) {
      g.first = f.first;
      g.key = nameOf(doc, g.first, g.last).toLowerCase();
      gone.add(f);
      continue;
    }
    if (f.type !== "PER" || f.last - f.first !== 1 || g.first !== f.last || g.last - g.first !== 1 || g.type === "PER" || !t[g.first].space) continue;
    if (!lex.firstName.has(t[f.first].lower) || lex.organization.has(g.key) || listsPlace(doc, g.key)) continue;
    f.last = g.last;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
    gone.add(g);
    i++;
  }
  if (gone.size) keepOnly(found, found.filter((f) => !gone.has(f)));
}

/** Where a nickname in quotes from k ends, before the surname that follows it ("LA" of 'Antonio "LA" Reid'), or -1. */
function nicknameEnd(t: readonly Token[], k: number): number {
  const quote = (w: Token | undefined) => !!w && w.kind !== "word" && /^["'\u2018\u2019\u201C\u201D]$/.test(w.text);
  if (!quote(t[k]) || t[k + 1]?.space) return -1;
  // (one opened by "the", its closing quote maybe spaced off: 'Jimmy "the Whirlwind " White')
  const the = t[k + 1]?.lower === "the" ? 1 : 0;
  let e = k + 1 + the;
  while (e < t.length && e - k - the <= 2 && t[e].kind === "word" && /^\p{Lu}/u.test(t[e].text)) e++;
  return e > k + 1 + the && quote(t[e]) && (!t[e].space || the === 1) && t[e + 1]?.space && isCapital(t[e + 1]) && t[e + 1].sentence === t[k].sentence ? e + 1 : -1;
}

/**
 * A name after a peer's or a knight's title that the tagger left unread is a person's: "Labour peer
 * Lord Dubs", "Sir Jeremy Isaacs" (not an office, "Lord Chancellor", "Lord Mayor"; not after "Mr" or
 * "Dr", which nicknames and titles take: "Mr Nasty", "Dr No").
 */
export function addNamesAfterHonorific(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const covered = coveredBy(doc, found);
  const added: Found[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    const h = t[i];
    // (nor a nickname in quote marks: 'dubbing Mr Brown "Sir Wastealot"')
    if (!h.cap || h.kind !== "word" || !PEERS_AND_KNIGHTS.has(h.lower) || covered[i + 1] || t[i - 1]?.kind === "quote") continue;
    let last = i + 1;
    const name = (k: number) => !!t[k] && !covered[k] && t[k].sentence === h.sentence && t[k].kind === "word" && /^\p{Lu}\p{Ll}/u.test(t[k].text) && !lex.functionWords.has(t[k].lower) && !LORD_OFFICES.has(t[k].lower) && !isTitleWord(t[k].lower, true) && !ORG_HEADS.has(t[k].lower);
    while (last - i <= 3 && name(last)) last++;
    if (last === i + 1 || isCapital(t[last])) continue;
    added.push({ first: i + 1, last, floor: doc.sentences[h.sentence].first, type: "PER", key: nameOf(doc, i + 1, last).toLowerCase(), partOfPerson: false });
    i = last - 1;
  }
  addInOrder(found, added);
}

/**
 * The names listed after a plural title are each a person's, whatever the tagger read: "Princes
 * William and Harry" are Prince William and Prince Harry, "Lords Bingham, Steyn, Hope and Carswell"
 * four peers by their names (not "Kings Cross and St Pancras": a list's last name ends there).
 */
export function addNamesAfterPluralTitle(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const one = (k: number, s: number) => !!t[k] && t[k].sentence === s && t[k].kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(t[k].text) && !lex.functionWords.has(t[k].lower);
  const added: Found[] = [];
  for (let i = 0; i + 3 < t.length; i++) {
    const title = t[i];
    const kept = title.kind === "word" && title.cap ? PLURAL_TITLES.get(title.lower) : undefined;
    if (kept === undefined || isCapital(t[i - 1])) continue;
    const names: number[] = [];
    let k = i + 1;
    while (one(k, title.sentence)) {
      names.push(k);
      if (t[k + 1]?.norm === "," && one(k + 2, title.sentence)) k += 2;
      else if (t[k + 1]?.lower === "and" && one(k + 2, title.sentence) && !isCapital(t[k + 3])) {
        names.push(k + 2);
        k = -1;
        break;
      } else break;
    }
    // (a royal's are given names: not "Kings Cross and Euston")
    if (k !== -1 || names.length < 2 || (kept && !names.every((n) => isFirstName(doc, t[n].lower))) || listsPlace(doc, `${title.lower} ${t[names[0]].lower}`)) continue;
    const floor = doc.sentences[title.sentence].first;
    for (const n of names) added.push({ first: n, last: n + 1, floor, type: "PER", key: t[n].lower, partOfPerson: false, ...(kept ? { canonical: `${kept} ${t[n].text}` } : {}) });
    i = names[names.length - 1];
  }
  if (!added.length) return;
  // (and the names read over them go, the title with them: "[Princes William]")
  keepOnly(found, found.filter((f) => !added.some((a) => f.first <= a.first && a.first < f.last)));
  addInOrder(found, added);
}

/**
 * A saint's name with its possessive opens the name of what is called after the saint: "St Mary's
 * Roman Catholic High School", "St Thomas' Hospital", "St James' Park" — one organisation (by its
 * head word) or place, not a person "St Mary" and a "High School".
 */
export function joinSaintsNames(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const saint = (k: number) => /^(?:st\.?|saint)$/.test(t[k].lower);
  // (a saint's word the tagger left out before the name: "St" of "near St James's Palace", read as a person "James")
  const outside = (f: Found, i: number) => f.last - f.first === 1 && f.first > 0 && saint(f.first - 1) && t[f.first - 1].cap && t[f.first - 1].sentence === t[f.first].sentence && (found[i - 1]?.last ?? 0) < f.first && POSSESSIVE.test(t[f.last]?.norm ?? "");
  let any = false;
  found.forEach((f, i) => (any ||= saint(f.first) || outside(f, i)));
  if (!any) return;
  const gone = new Set<Found>();
  // (`found` in text order: the names inside a joined one follow it)
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!gone.has(f) && outside(f, i)) f.first--;
    if (gone.has(f) || !saint(f.first)) continue;
    // (read whole already, typed by its head word: "St Andrew's Hospital")
    if (f.last - f.first > 3 && POSSESSIVE.test(t[f.first + 2].norm) && f.type !== "PER") f.type = ORG_HEADS.has(t[f.last - 1].lower) ? "ORG" : "LOC";
    if (f.last - f.first !== 2 || !POSSESSIVE.test(t[f.last]?.norm ?? "")) continue;
    let k = f.last + 1;
    while (k < t.length && k - f.last <= 5 && isCapital(t[k]) && t[k].sentence === t[f.first].sentence) k++;
    if (k === f.last + 1) continue;
    for (let j = i + 1; j < found.length && found[j].first < k; j++) gone.add(found[j]);
    f.type = ORG_HEADS.has(t[k - 1].lower) ? "ORG" : "LOC";
    f.last = k;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  }
  if (gone.size) keepOnly(found, found.filter((f) => !gone.has(f)));
}

/** A name of the `other` list found by its words rather than by the tagger. */
export const otherName = (doc: Doc, first: number, last: number, kind: OtherKind): Found => ({ first, last, floor: first, type: "MISC", key: nameOf(doc, first, last).toLowerCase(), partOfPerson: false, kind });

/** 1 for each token inside a name found (or any token range). */
export function coveredBy(doc: Doc, found: ReadonlyArray<{ first: number; last: number }>): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const f of found) covered.fill(1, f.first, f.last);
  return covered;
}

/** Names of the `other` list read by their words, in place of the names found inside or across them. */
export function replaceWithOther(doc: Doc, found: Found[], names: ReadonlyArray<{ first: number; last: number }>, kind: OtherKind): void {
  const covered = coveredBy(doc, names);
  keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1)));
  for (const n of names) found.push(otherName(doc, n.first, n.last, kind));
  found.sort((a, b) => a.first - b.first);
}

/** The first title of a list of works or products, where the tagger missed it ("programmes such as EastEnders and …"), in place of the names it read inside one ("Bomb" of "How to Dismantle a Bomb"). */
export function addListOpeners(doc: Doc, found: Found[]): void {
  const openers = unfoundListOpeners(doc, coveredBy(doc, found));
  if (!openers.length) return;
  const inside = coveredBy(doc, openers);
  keepOnly(found, found.filter((f) => !inside.subarray(f.first, f.last).every((x) => x === 1)));
  for (const h of openers) found.push(otherName(doc, h.first, h.last, h.kind));
}

/** Names ending in an award's, event's or law's head word (./other.ts), over what the tagger split them into. */
export function addHeaded(doc: Doc, found: Found[], readable: Uint8Array, heads: readonly number[]): void {
  if (!heads.length) return;
  const headed = headedNames(doc, readable, heads);
  if (!headed.length) return;
  const cover = new Int32Array(doc.tokens.length).fill(-1);
  headed.forEach((h, j) => cover.fill(j, h.first, h.last));
  // names the tagger found inside or across a headed name give way to it
  const kept = found.filter((f) => {
    for (let k = f.first; k < f.last; k++) if (cover[k] >= 0) return false;
    return true;
  });
  keepOnly(found, kept);
  for (const h of headed) found.push(otherName(doc, h.first, h.last, h.kind));
  // a law's head word alone after "the", which the tagger passed over, where one law of the article bears it: "The Act comes into force" after the Sarbanes-Oxley Act (link.ts folds it)
  const t = doc.tokens;
  const laws = new Map<string, Set<string>>();
  for (const h of headed) if (h.kind === "law" && h.last - h.first > 1) (laws.get(t[h.last - 1].lower) ?? laws.set(t[h.last - 1].lower, new Set()).get(t[h.last - 1].lower))?.add(nameOf(doc, h.first, h.last));
  if (!laws.size) return;
  const taken = new Uint8Array(t.length);
  for (const f of found) taken.fill(1, f.first, f.last);
  for (const i of heads) if (!taken[i] && readable[i] && laws.get(t[i].lower)?.size === 1 && t[i - 1]?.lower === "the" && !isCapital(t[i + 1] ?? t[i - 1])) found.push(otherName(doc, i, i + 1, "law"));
}

/**
 * Works, events, awards, products and laws among the names found (./other.ts): by their words, or
 * by the words around them or a list of works they stand in, where such mentions of the name are
 * at least as many as its other mentions ("the Google toolbar" does not make Google a product);
 * then every mention of the same name. A work's title runs on over "'s", ":" and "of" ("Schindler's
 * List", "Star Wars: The Phantom Menace"), an award's over "for" ("Peter Sellers Award For Comedy").
 */
export function otherKinds(doc: Doc, lex: Lexicon, found: Found[]): void {
  found.sort((a, b) => a.first - b.first);
  const listed = worksListed(doc, found);
  const tokens = doc.tokens;
  // (a part of a person's full name is no award or event by its words, "Oscar" of Oscar Pistorius;
  // words around it can still make it a work's title, "Shaun" of a Shaun of the Dead read as a person)
  // (nor is a known place, country, people or sea: "in England", "Asian", "Hollywood", "the Mediterranean", nor a firm or a band the lexicon knows: "The Who")
  // (asked only of names some words mark, once each)
  const nevers = new Map<Found, boolean>();
  // (but a town's name right after a work's noun is the work's: "the TV soap Brookside", "the film Chicago"; not a country's, a nation's, a landmark's or a body's)
  const afterWorkNoun = (f: Found) => {
    const p = tokens[f.first - 1];
    return !!p && p.kind === "word" && !p.cap && WORK_NOUNS_BEFORE_TITLE.has(p.lower) && p.sentence === tokens[f.first].sentence;
  };
  const never = (f: Found): boolean => {
    let v = nevers.get(f);
    if (v === undefined) {
      const k = f.key;
      const town = isKnownPlace(lex, k) && !(afterWorkNoun(f) && !lex.country.has(k) && !lex.demonym.has(k));
      // (nor a place named by its venue's word: "The Pavilion Repertory Theatre"; nor a paper's one word after its "The": "The Scotsman";
      // nor a landmark: "a Broadway play")
      v = !!PARTY_FORMS.get(k) || (k.startsWith("the ") && PAPERS_BY_ONE_WORD.has(k.slice(4))) || LANDMARKS.has(k) || lex.organization.has(k) || town || lex.peoples.has(k) || UK_NATIONS.get(k) !== undefined || FILM_INDUSTRIES.has(k) || SEAS_ALONE.has(k) || (f.type === "LOC" && VENUE_HEADS.has(tokens[f.last - 1].lower));
      nevers.set(f, v);
    }
    return v;
  };
  // (not a person's full name by a first name the lists know, or owning what follows: "The Goat,
  // and Eddie Redmayne", "The Places In Between, Rory Stewart's account")
  const namedPerson = (f: Found) =>
    f.type === "PER" && f.last - f.first > 1 && (lex.firstName.has(tokens[f.first].lower) || POSSESSIVE.test(tokens[f.last]?.norm ?? ""));
  // a name with a game's edition, in an article about games, is the game's, a title of its own whatever the name alone is ("FIFA 2005", "ESPN's NHL 2K5")
  for (const f of found) {
    const end = f.kind || f.type === "PER" || f.partOfPerson ? f.last : gameEditionEnd(doc, f.last);
    // (or the edition read into the name: "[FIFA 2005]", "[NHL 2K 5]")
    const inside = end === f.last && !f.kind && f.type !== "PER" && !f.partOfPerson && ((f.last - f.first > 1 && gameEditionEnd(doc, f.last - 1) === f.last) || (f.last - f.first > 2 && gameEditionEnd(doc, f.last - 2) === f.last));
    if (end === f.last && !inside) continue;
    f.last = end;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
    f.kind = "work";
  }
  // mentions with and without a title's "The" vote as one name ("The Aviator", "Aviator")
  const votes = new Map<Found, string>();
  for (const f of found) votes.set(f, f.key.startsWith("the ") ? f.key.slice(4) : f.key);
  const vote = (f: Found) => votes.get(f) as string;
  const byWords = new Map<string, OtherKind>();
  const cued = new Map<string, { kind: OtherKind; n: number; strong?: OtherKind }>();
  const plain = new Map<string, number>();
  // in a sentence about films and awards: a title a person owns or was awarded for ("Clint
  // Eastwood's Million Dollar Baby", "Ziyi Zhang for House of Flying Daggers", "best director for Ray")
  const arts = new Map<number, boolean>();
  const artsSentence = (s: number) => {
    let v = arts.get(s);
    if (v === undefined) {
      const { first, last } = doc.sentences[s];
      v = false;
      for (let k = first; k < last && !v; k++) v = ARTS_WORDS.has(tokens[k].lower);
      arts.set(s, v);
    }
    return v;
  };
  // "best rap song for Jesus Walks": a category of "best" and its noun, before "for"
  const category = (k: number): boolean => {
    if (!CATEGORY_NOUNS.has(tokens[k]?.lower ?? "")) return false;
    for (let j = k - 1; j >= Math.max(0, k - 5) && tokens[j].sentence === tokens[k].sentence; j--) if (tokens[j].lower === "best") return true;
    return false;
  };
  const awardedTitle = (f: Found, i: number): boolean => {
    // (the word before first: most names have neither a possessive nor "for" before them)
    const p = tokens[f.first - 1];
    if (!p || (p.text !== "for" && !POSSESSIVE.test(p.norm))) return false;
    // (a name read as a person's is a title after a category only: "best rap song for Jesus Walks")
    if (f.type === "PER") return p.text === "for" && tokens[f.first].cap && category(f.first - 2) && artsSentence(tokens[f.first].sentence);
    // (nor an award's category: "nominated for Best Solo Female")
    if (!tokens[f.first].cap || tokens[f.first].lower === "best" || !artsSentence(tokens[f.first].sentence)) return false;
    if (namedPerson(f) || never(f) || lex.organization.has(f.key) || doc.vocab.gazetteer.country(f.key)) return false;
    const g = found[i - 1];
    if (POSSESSIVE.test(p.norm)) return !!g && g.type === "PER" && g.last === f.first - 1 && g.last - g.first > 1;
    if (p.text !== "for") return false;
    return (!!g && g.type === "PER" && g.last === f.first - 1) || AWARDED_FOR.has(tokens[f.first - 2]?.lower ?? "") || category(f.first - 2);
  };
  // in an article about films, shows or games, a name with a sequel's number is a work's title ("Halo 2")
  // (the number read into a title too, "[Halo 2]", not a channel's, "Radio 4", nor a noun's before it, "[Xbox game Halo 2]")
  const numbered = (f: Found): boolean => f.last - f.first > 1 && !NUMBERED_CHANNELS.has(tokens[f.last - 2].lower) && tokens.slice(f.first, f.last - 1).every((w) => w.cap) && sequelNumber(doc, f.last - 1);
  const sequel = (f: Found): boolean => f.type !== "PER" && (sequelNumber(doc, f.last) || numbered(f)) && !lex.organization.has(f.key) && aboutTheScreen(doc);
  // (a common word alone before a colon is a label: "Poll: Clinton and Trump tied")
  const label = (k: number) => doc.vocab.lexicon.common.has(tokens[k].lower) && !(k > 0 && isCapital(tokens[k - 1]) && tokens[k - 1].sentence === tokens[k].sentence);
  // there too, two names joined by a colon are a title and its subtitle ("GoldenEye: Rogue Agent"), not a label and a person ("Subs: Howard")
  const colonTitle = (f: Found, i: number): boolean => {
    const g = found[i + 1];
    const c = tokens[f.last];
    if (!g || c?.norm !== ":" || c.space || g.first !== f.last + 1 || f.type === "PER" || g.type === "PER" || tokens[g.first].sentence !== c.sentence) return false;
    return !never(g) && !lex.organization.has(f.key) && !(f.last - f.first === 1 && label(f.first)) && aboutTheScreen(doc);
  };
  // (or a subtitle after a title the tagger missed: "GoldenEye: Rogue Agent")
  const subtitle = (f: Found, i: number): boolean => {
    const c = tokens[f.first - 1];
    if (c?.norm !== ":" || c.space || f.type === "PER" || found[i - 1]?.last === f.first - 1 || f.first < 2 || !isCapital(tokens[f.first - 2]) || tokens[f.first - 2].sentence !== c.sentence) return false;
    return !never(f) && !label(f.first - 2) && aboutTheScreen(doc);
  };
  const kinds: Array<OtherKind | undefined> = found.map((f, i) => {
    const own = f.kind ?? (f.partOfPerson ? null : kindByWords(doc, f.first, f.last));
    if (own) {
      if (never(f)) return undefined;
      byWords.set(vote(f), own);
      return own;
    }
    // the possessor before a work is no work: "Pawlikowski's rites-of-passage story"
    const possessed = POSSESSIVE.test(tokens[f.last]?.norm ?? "") && !isCapital(tokens[f.last + 1] ?? tokens[f.last]);
    // nor is a name before ", who": a person's, or a band's ("a supporting role for Conleth Hill, who plays …")
    if (tokens[f.last]?.norm === "," && tokens[f.last + 1]?.lower === "who") {
      // (not after a thing's noun, no person's role: "the film studio Focus Features, who had distributed …")
      const p = tokens[f.first - 1];
      const thing = !!p && p.kind === "word" && !p.cap && !lex.functionWords.has(p.lower) && !lex.verbs.has(p.lower) && !ROLE_NOUNS.has(p.lower);
      if (f.type !== "ORG" && f.last - f.first > 1 && f.last - f.first < 4 && !thing) f.type = "PER";
      plain.set(vote(f), (plain.get(vote(f)) ?? 0) + 1);
      return undefined;
    }
    const strong = possessed ? null : (kindByContext(doc, f.first, f.last) ?? (listed.get(i) ?? (awardedTitle(f, i) || sequel(f) || colonTitle(f, i) || subtitle(f, i) ? "work" : null)));
    // (a name read as a person's is no work by a weak cue: "7 Spike Lee movies", "De Niro film")
    const person = f.type === "PER" || f.partOfPerson;
    // (the tagger's place or body is one, unless a title's own "The" opens it mid-sentence and no list knows it: "playing Myra Langtry in The Grifters")
    const the = tokens[f.first].text === "The" ? f.first : f.first - 1;
    const titled = tokens[the]?.text === "The" && !tokens[the].sentenceStart && !listsPlace(doc, f.key.replace(/^the /, "")) && !lex.organization.has(f.key);
    const weak = () => weakWork(doc, f.first, f.last, ((f.type === "ORG" || f.type === "LOC") && !titled) || lex.city.has(f.key) || lex.region.has(f.key)) || phraseTitle(doc, f);
    const around = strong ?? (!possessed && !person && weak() ? "work" : null);
    if (around && never(f)) return undefined;
    if (around) {
      const c = cued.get(vote(f)) ?? { kind: around, n: 0 };
      c.n++;
      // (a work's cue, or a malicious program's or a ship's: "the Bofra virus" is Bofra wherever "Bofra turns machines into servers")
      if (strong === "work" || strong === "other") c.strong ??= strong;
      cued.set(vote(f), c);
    } else plain.set(vote(f), (plain.get(vote(f)) ?? 0) + 1);
    return around ?? undefined;
  });
  // a person or a body owning a title is no work by the title's cue, the title after its possessive is:
  // "her role in Mike Nichols' Closer", "a 1999 hit, Westlife's Flying Without Wings"
  for (let i = 0; i + 1 < found.length; i++) {
    const [f, g] = [found[i], found[i + 1]];
    if (kinds[i] !== "work" || f.kind || !ownsTitle(tokens, f) || g.first !== f.last + 1 || g.type === "PER" || never(g)) continue;
    const c = cued.get(vote(f));
    if (c && --c.n <= 0) cued.delete(vote(f));
    kinds[i] = undefined;
    if (!kinds[i + 1]) {
      kinds[i + 1] = "work";
      const h = cued.get(vote(g)) ?? { kind: "work" as OtherKind, n: 0 };
      h.n++;
      h.strong ??= "work";
      cued.set(vote(g), h);
    }
  }
  const kindOf = (f: Found): OtherKind | undefined => {
    const c = cued.get(vote(f));
    // a work's (or a program's) cue says it outright unless the lexicon knows an organisation of the name; a product's
    // cue must be half the mentions ("the Google toolbar" leaves Google a firm)
    if (c?.strong && !lex.organization.has(vote(f))) return byWords.get(vote(f)) ?? c.strong;
    return byWords.get(vote(f)) ?? (c && (c.kind === "work" ? c.n > (plain.get(vote(f)) ?? 0) : 2 * c.n >= (plain.get(vote(f)) ?? 0)) ? c.kind : undefined);
  };
  // names coordinated with a work are works: "on The Village and The Ladykillers"
  const coordinated = (i: number) => {
    kinds[i] = "work";
    const c = cued.get(vote(found[i])) ?? { kind: "work" as OtherKind, n: 0 };
    c.n++;
    cued.set(vote(found[i]), c);
    plain.set(vote(found[i]), (plain.get(vote(found[i])) ?? 1) - 1);
  };
  for (let i = 1; i < found.length; i++) {
    // (the name before a work by its mentions elsewhere too: "The Aviator and Million Dollar Baby")
    // (not a person the tagger read so before "for" and a title, as nominees are listed: "Charlize Theron for Monster, Ziyi Zhang for House of Flying Daggers")
    const nominee = found[i].type === "PER" && tokens[found[i].last]?.text === "for";
    if (kinds[i] || (kinds[i - 1] ?? kindOf(found[i - 1])) !== "work" || never(found[i]) || namedPerson(found[i]) || nominee || ownsTitle(tokens, found[i])) continue;
    const end = workEnd(doc, found[i - 1].last);
    if (found[i].first > found[i - 1].last && end <= found[i].first && separated(tokens, end) === found[i].first) coordinated(i);
  }
  // and a title opening with its own "The" before a work: "The Punisher and House of the Dead"
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i];
    const the = tokens[f.first].text === "The" || (tokens[f.first - 1]?.text === "The" && tokens[f.first - 1].sentenceStart);
    // (written as a title, every word but a small one capitalised)
    const written = tokens.slice(f.first, f.last).every((w) => w.cap || lex.functionWords.has(w.lower));
    if (kinds[i] || !the || !written || (kinds[i + 1] ?? kindOf(found[i + 1])) !== "work" || never(f) || namedPerson(f) || ownsTitle(tokens, f)) continue;
    if (f.last < found[i + 1].first && separated(tokens, f.last) === found[i + 1].first) coordinated(i);
  }
  const gone = new Set<Found>();
  const adjectives: Found[] = [];
  /** A name of two words or more opens with an adjective made with a hyphen ("Oscar-nominated"), no product's ("Blu-ray"). */
  const adjectiveOpens = (f: Found) => f.last - f.first > 1 && /\p{L}-\p{Ll}+$/u.test(tokens[f.first].text) && !PRODUCT_NAMES.has(tokens[f.first].lower);
  const surnames = new Set(found.filter((f) => f.type === "PER" && !f.kind && f.last - f.first > 1).map((f) => tokens[f.last - 1].lower));
  found.forEach((f, i) => {
    if (gone.has(f)) return;
    // (a kind read earlier by the name itself stays: "The Bill" the programme, not a law)
    const kind = f.kind === "work" && f.type === "MISC" ? "work" : (kindOf(f) ?? (kinds[i] && byWords.has(vote(f)) ? kinds[i] : undefined));
    if (!kind || never(f)) return;
    f.kind = kind;
    // a sponsor's or organiser's name written on to an event's or award's: "Norwich Union Grand Prix"
    // (not a country before an award known alone: "UK Oscar hopes")
    const before = found[i - 1];
    const country = before && AWARD_NAMES.has(f.key) && lex.country.has(before.key);
    if (kind !== "work" && byWords.has(vote(f)) && before && !gone.has(before) && before.last === f.first && before.type !== "PER" && !country && tokens[f.first].space && tokens[before.first].sentence === tokens[f.first].sentence) {
      gone.add(before);
      f.first = before.first;
    }
    if (f.kind === "work") f.first = titleStart(tokens, f.first);
    // a title's part before its colon, found as a name of its own: "GTA: San Andreas", "GoldenEye: Rogue Agent"
    const colon = tokens[f.first - 1];
    if (f.kind === "work" && colon?.norm === ":" && !colon.space && before && !gone.has(before) && before.last === f.first - 1 && tokens[before.first].sentence === colon.sentence && !never(before)) {
      gone.add(before);
      f.first = before.first;
    } else if (f.kind === "work" && f.type !== "PER" && colon?.norm === ":" && !colon.space && f.first > 1 && !label(f.first - 2) && (!before || before.last < f.first - 1)) {
      let k = f.first - 1;
      while (k - 1 > (before?.last ?? -1) - 1 && f.first - 1 - k < 6 && k > 0 && isCapital(tokens[k - 1]) && tokens[k - 1].sentence === colon.sentence) k--;
      if (k < f.first - 1) f.first = k;
    }
    // an adjective before a title is not the title's: "Oscar-nominated Hotel Rwanda" (a product's name may be written so: "Blu-ray Disc")
    while (adjectiveOpens(f)) f.first++;
    // a war's number is part of its name: "World War I", "World War 2"
    if (f.kind === "event" && (/^(?:I|II)\.?$/.test(tokens[f.last]?.text ?? "") || (/^[12]$/.test(tokens[f.last]?.text ?? "") && tokens[f.last].space && f.key.endsWith("world war"))) && tokens[f.last - 1].lower === "war") f.last++;
    // a law's year is part of its name: "Parliament Act 1949"
    if (f.kind === "law" && /^(?:1[6-9]|20)\d\d$/.test(tokens[f.last]?.norm ?? "") && tokens[f.last].sentence === tokens[f.first].sentence) f.last++;
    if (f.kind !== "work" && f.kind !== "award") return;
    const known = f.kind === "work" && isKnownTitle(doc, f.first, f.last);
    // (a known title's subtitle is no person's surname the article names: "In Tears of the Sun Willis plays", after "Bruce Willis")
    let last = known ? (surnames.has(tokens[f.last]?.lower ?? "") ? f.last : knownTitleEnd(tokens, f.last)) : titleEnd(tokens, f.last, f.kind, (w) => isFirstName(doc, w), (w) => isFirstName(doc, w) || listsPlace(doc, w) || UK_NATIONS.has(w) || doc.vocab.lexicon.organization.has(w));
    // (a title after a work's singular noun runs on over "and" and one capitalised word: "album Hopes and Fears", not "albums A and B";
    // and after a show's: "the Thursday night show Bethan and Huw")
    const noun = tokens[f.first - 1];
    if (f.kind === "work" && last === f.last && noun && !noun.cap && (WORK_NOUNS_BEFORE_TITLE.has(noun.lower) || SHOWS_BEFORE_TITLE.has(noun.lower)) && tokens[last]?.text === "and" && isCapital(tokens[last + 1]) && tokens[last + 1].sentence === noun.sentence && !(tokens[last + 2]?.cap && tokens[last + 2].kind === "word") && tokens[last + 2]?.kind !== "number" && !POSSESSIVE.test(tokens[last + 2]?.norm ?? "")) last += 2;
    // (and its sequel's number: "Shrek 2", "Need for Speed: Underground 2")
    if (f.kind === "work" && sequelNumber(doc, last)) last++;
    if (last === f.last) return;
    for (let j = i + 1; j < found.length && found[j].first < last; j++) gone.add(found[j]);
    f.last = last;
    // (the adjective read alone as the title, now run on over it, is no part of it; an award's names the award: "[Oscar-winning] Fame")
    while (adjectiveOpens(f)) {
      if (awardOfAdjective(tokens[f.first].text)) adjectives.push({ ...f, first: f.first, last: f.first + 1, kind: undefined, key: tokens[f.first].lower });
      f.first++;
    }
  });
  found.push(...adjectives);
  // two titles the tagger read as one: "The Chaplin Collection and The Day Today"
  for (const f of [...found]) {
    const k = f.kind === "work" && !gone.has(f) ? secondTitle(tokens, f.first, f.last) : -1;
    if (k < 0) continue;
    found.push({ ...f, first: k + 1 });
    f.last = k;
  }
  found.sort((a, b) => a.first - b.first);
  found.forEach((f) => {
    if (f.kind) f.key = nameOf(doc, f.first, f.last).toLowerCase();
  });
  // a work's title written elsewhere where the tagger split it ("Shaun" + "The Dead") is the work
  const works = new Map<string, Found[]>();
  for (const f of found) if (f.kind === "work" && !gone.has(f)) (works.get(tokens[f.first].lower) ?? works.set(tokens[f.first].lower, []).get(tokens[f.first].lower))?.push(f);
  found.forEach((f, i) => {
    if (f.kind || gone.has(f)) return;
    for (const w of works.get(tokens[f.first].lower) ?? []) {
      const n = w.last - w.first;
      if (n <= f.last - f.first || f.first + n > tokens.length || nameOf(doc, f.first, f.first + n).toLowerCase() !== w.key || never(f)) continue;
      for (let j = i + 1; j < found.length && found[j].first < f.first + n; j++) gone.add(found[j]);
      [f.last, f.kind, f.key] = [f.first + n, "work", w.key];
      break;
    }
  });
  if (gone.size) {
    keepOnly(found, found.filter((f) => !gone.has(f)));
  }
}

/** Adds names found by a rule to the names found, kept in text order. */
export function addInOrder(found: Found[], added: readonly Found[]): void {
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.first - b.first);
}

/** `list` made to hold `kept` in place (a spread of a long document's names would overflow the stack). */
export function keepOnly<T>(list: T[], kept: readonly T[]): void {
  list.length = kept.length;
  for (let i = 0; i < kept.length; i++) list[i] = kept[i];
}
