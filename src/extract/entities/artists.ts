// Music acts. In an article about music a name that owns an album or a single ("U2's latest single",
// "Keane's award-winning album Hopes and Fears") or that a work is by ("Tourist, by Athlete") is an
// act's, and so is one a band's noun or a member's role names ("rock band U2", "U2 frontman Bono",
// "Westlife star Brian McFadden") and a plural after a small "the" ("the Scissor Sisters"). The words around any of its mentions say a band ("rock band Keane", "U2 are nominated", "the Pretenders",
// "Franz Ferdinand frontman Alex Kapranos", "their") or a person ("his"); failing them, its shape
// does (a first name: "Elvis"). Every mention of the act in the article is then the act's, as the
// tagger, which never saw most bands' names, leaves many unread ("U2", "Westlife"). An act the lists
// know (../../words/acts.ts) is read so in any article that names music at all ("Keane", "Eminem").

import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import { POSSESSIVE } from "../../text/phrases";
import { HONORIFIC } from "../../words/names";
import { ACT_BEFORE, ACT_MEMBER_NOUNS, ACT_PERSON_BEFORE, ACT_POSSESSIONS, AWARD_NAMES, BAND_PRONOUNS, BAND_ROLES, EVENTS_ALONE, NOT_BANDS, PERSON_PRONOUNS, PLURAL_VERBS, SENTENCE_TITLE_WORDS, STAR_QUALIFIERS } from "../../words/other";
import { COMMON_INITIALISMS } from "../../words/names";
import { KNOWN_BANDS, KNOWN_SOLO_ACTS } from "../../words/acts";
import { UK_NATIONS } from "../../words/places";
import { isDateWord, isHoliday } from "../../words/time";
import { isFirstName } from "./around";
import { countsNoun, isCapital, keepOnly, nameOf, type Found, addInOrder } from "./found";
import { lowerWord } from "./other";
import { isKnownPlace, listsPlace } from "./places";
import { topicOf } from "./topic";

interface Act {
  words: string[];
  /** Cues for a band and for a person, over all its mentions. */
  band: number;
  person: number;
  /** An act the lists know: a band or a solo act. */
  known?: "band" | "person";
}

/** The most words of a known act's name ("Rage Against the Machine"), and the first words of all. */
const MAX_BAND_WORDS = 5;
const ACT_FIRST_WORDS = new Set([...KNOWN_BANDS, ...KNOWN_SOLO_ACTS].map((n) => n.split(" ")[0]));

/** Adds the music acts an article names, and gives every mention of each its type. */
export function addMusicActs(doc: Doc, found: Found[]): void {
  const topic = topicOf(doc);
  // (an article about music reads the cues; one with a word of music, the bands the lists know)
  const aboutMusic = topic.music >= 3 && topic.music >= topic.screen + topic.books;
  if (!topic.music) return;
  const t = doc.tokens;
  // a genre or another word a star is called by, before the member's noun, is no act's or body's name,
  // whatever the tagger read: "Fans of Reggae star Sizzla" (actsByCues reads no act there either)
  const qualifier = (f: Found) => f.type === "ORG" && !f.kind && f.last - f.first === 1 && STAR_QUALIFIERS.has(f.key) && lowerWord(t[f.last]) && ACT_MEMBER_NOUNS.has(t[f.last].lower);
  if (found.some(qualifier)) keepOnly(found, found.filter((f) => !qualifier(f)));
  if (aboutMusic) splitOwners(doc, found);
  const at = new Int32Array(t.length).fill(-1);
  found.forEach((f, n) => at.fill(n, f.first, f.last));
  const acts = new Map<string, Act>();
  /** Adds the act named at [first, last) and returns it, or undefined where it may be none. */
  const add = (first: number, last: number, known?: Act["known"]): Act | undefined => {
    // (the tagger's reading of the name, where it ends there: "Brian McFadden", "The Edge")
    const f = at[last - 1] >= 0 ? found[at[last - 1]] : undefined;
    if (f && f.last === last && f.first < first) first = f.first;
    if (f?.kind || (at[first] >= 0 && found[at[first]].first < first)) return undefined;
    const key = nameOf(doc, first, last).toLowerCase();
    if (!acts.has(key) && mayBeAct(doc, first, last, !!known)) acts.set(key, { words: t.slice(first, last).map((w) => w.lower), band: 0, person: 0 });
    return acts.get(key);
  };
  if (aboutMusic) actsByCues(doc, found, at, add);
  // an act the lists know, at any of its capitalised mentions: "Keane", "Travis", "The Streets", "Eminem", "50 Cent"
  const gone = new Set<Found>();
  for (let i = 0; i < t.length; i++) {
    if (!(t[i].cap || t[i].kind === "number") || !ACT_FIRST_WORDS.has(t[i].lower)) continue;
    for (let n = Math.min(MAX_BAND_WORDS, t.length - i); n >= 1; n--) {
      const key = nameOf(doc, i, i + n).toLowerCase();
      const known = KNOWN_BANDS.has(key) ? "band" : KNOWN_SOLO_ACTS.has(key) ? "person" : undefined;
      // (written as a name, every word but a small one capitalised: not "No doubt about it")
      if (t[i + n - 1].sentence !== t[i].sentence || !known || (n === 1 && !t[i].cap)) continue;
      if (t.slice(i, i + n).some((w) => w.kind === "word" && !w.cap && !doc.vocab.lexicon.functionWords.has(w.lower))) break;
      if (!roomForBand(doc, found, at, gone, i, i + n)) break;
      const act = add(i, i + n, known);
      if (act) act.known = known;
      i += n - 1;
      break;
    }
  }
  if (gone.size) keepOnly(found, found.filter((f) => !gone.has(f)));
  if (!acts.size) return;
  typeActs(doc, found, acts);
}

/**
 * Makes the tagger's names over a known band's words [first, last) give way to it: one read there
 * (with its "The") is the band's, whatever kind it was given ("dance act The Prodigy" is no work),
 * names inside it go ("Jesus" and "Mary Chain" of "the Jesus and Mary Chain"), and a list read as
 * one name keeps what follows the band ("Foo Fighters and Keane"). False where a name runs across
 * it otherwise ("Green Day Festival"): the band is not read there.
 */
function roomForBand(doc: Doc, found: Found[], at: Int32Array, gone: Set<Found>, first: number, last: number): boolean {
  const t = doc.tokens;
  const hit = new Set<Found>();
  for (let k = first; k < last; k++) if (at[k] >= 0 && !gone.has(found[at[k]])) hit.add(found[at[k]]);
  const opens = (g: Found) => g.first === first || (g.first === first - 1 && t[g.first].lower === "the");
  const listed = (g: Found) => opens(g) && g.last > last + 1 && /^(?:and|&|,)$/.test(t[last].norm) && isCapital(t[last + 1]);
  const exact = (g: Found) => opens(g) && g.last === last;
  // (or closes one read over "with" from another act's name, which is an act too: "The Firm with Led Zeppelin's Jimmy Page", "The Law with The Small Faces")
  const w = t[first - 1]?.lower === "the" ? first - 2 : first - 1;
  const joined = (g: Found) => g.last === last && g.first < w && t[w]?.lower === "with" && !opens(g);
  for (const g of hit) if ((g.first < first || g.last > last) && !listed(g) && !exact(g) && !joined(g)) return false;
  // (and so is one read apart before "with", opened by a capitalised "The" in the sentence: "The Law with The Small Faces drummer Kenny Jones";
  // not a place the lists know, "toured The Netherlands with Keane")
  const before = t[w]?.lower === "with" && at[w - 1] >= 0 ? found[at[w - 1]] : undefined;
  if (before && before.last === w && t[before.first].text === "The" && !t[before.first].sentenceStart && before.last - before.first >= 2 && before.type !== "PER" && !isKnownPlace(doc.vocab.lexicon, nameOf(doc, before.first + 1, w).toLowerCase())) [before.kind, before.type] = [undefined, "ORG"];
  for (const g of hit) {
    if (exact(g)) g.kind = undefined;
    else if (joined(g)) {
      at.fill(-1, w, last);
      [g.last, g.key, g.kind, g.type] = [w, nameOf(doc, g.first, w).toLowerCase(), undefined, "ORG"];
    }
    else if (listed(g)) {
      at.fill(-1, g.first, last + 1);
      [g.first, g.key] = [last + 1, nameOf(doc, last + 1, g.last).toLowerCase()];
    } else {
      at.fill(-1, g.first, g.last);
      gone.add(g);
    }
  }
  return true;
}

/** The acts the words around a name say: an owner of a work or an album, a work's maker, a band's noun or a member's role, a plural after "the". */
function actsByCues(doc: Doc, found: Found[], at: Int32Array, add: (first: number, last: number) => void): void {
  const t = doc.tokens;
  // the owner of a work or of an act's possession: "U2's latest single", "Eminem's Like Toy Soldiers"
  for (let i = 1; i < t.length; i++) {
    if (!POSSESSIVE.test(t[i].norm) || t[i].space) continue;
    let j = i + 1;
    while (j - i <= 3 && lowerWord(t[j]) && !ACT_POSSESSIONS.has(t[j].lower)) j++;
    if (!t[j] || t[j].sentence !== t[i].sentence) continue;
    const w = at[j] >= 0 ? found[at[j]] : undefined;
    if (!((w?.kind === "work" && w.first === j) || (lowerWord(t[j]) && ACT_POSSESSIONS.has(t[j].lower)))) continue;
    const first = runBefore(doc, i);
    if (first < i) add(first, i);
  }
  // the act a work is by: "Tourist, by Athlete"; "Soldier, by Destiny's Child, Ti and Lil Wayne"
  for (const w of found) {
    if (w.kind !== "work") continue;
    let k = w.last + (t[w.last]?.norm === "," ? 1 : 0);
    if (t[k]?.text !== "by") continue;
    for (let n = 0; n < 4; n++) {
      const last = runAfter(t, k + 1);
      if (last === k + 1) break;
      add(k + 1, last);
      k = last;
      if (!(t[k]?.norm === "," || t[k]?.text === "and") || t[k].sentence !== t[w.first].sentence) break;
    }
  }
  // the act a band's noun or a member's role names: "rock band U2", "U2 frontman Bono"
  for (let i = 1; i < t.length; i++) {
    if (!lowerWord(t[i]) || !isCapital(t[i + 1]) || t[i + 1].sentence !== t[i].sentence) continue;
    if (ACT_BEFORE.has(t[i].lower)) {
      let last = runAfter(t, i + 1);
      // (a number after the name is the band's: "US band Maroon 5 was named", not "band Muse 3 years ago")
      if (t[last]?.kind === "number" && /^\d{1,3}$/.test(t[last].text) && t[last].space && t[last].sentence === t[i].sentence && !countsNoun(doc, last)) last++;
      if (last - i <= 3) add(i + 1, last);
    } else if (ACT_MEMBER_NOUNS.has(t[i].lower) && isCapital(t[i - 1]) && t[i - 1].sentence === t[i].sentence && !STAR_QUALIFIERS.has(t[i - 1].lower)) {
      // (a star's act may be a band or a solo act: no cue either way)
      const first = runBefore(doc, i);
      if (first < i) add(first, i);
    } else if (BAND_ROLES.has(t[i].lower) && isCapital(t[i - 1]) && t[i - 1].sentence === t[i].sentence) {
      const first = runBefore(doc, i);
      if (first < i) add(first, i);
      // (the member after the role is a person, whatever place a list knows by the name: "frontman Bono")
      const member = at[i + 1] >= 0 ? found[at[i + 1]] : undefined;
      if (first < i && member?.type === "LOC" && member.first === i + 1 && !member.kind && !doc.vocab.lexicon.country.has(member.key)) member.type = "PER";
    }
  }
  // a plural name after a small "the", which no person's takes: "the Scissor Sisters", "the Pretenders"
  // (nor a family's: "the Osbournes", "the Bryans")
  const surnames = new Set(found.filter((f) => f.type === "PER" && !f.kind).map((f) => t[f.last - 1].lower));
  for (let i = 1; i < t.length; i++) {
    if (t[i].text !== "the" || !isCapital(t[i + 1]) || t[i + 1].sentence !== t[i].sentence) continue;
    const last = runAfter(t, i + 1);
    const w = t[last - 1].lower;
    if (last - i > 3 || !/[^s']s$/.test(w) || POSSESSIVE.test(t[last - 1].norm) || NOT_BANDS.has(w) || AWARD_NAMES.has(w) || EVENTS_ALONE.has(w)) continue;
    // (nor a place, a holiday, a first name or a common word: "the West Midlands", "the Christmas", "the Troubles")
    const f = at[i + 1] >= 0 ? found[at[i + 1]] : undefined;
    if (f?.type === "LOC" || isHoliday(t[i + 1].text) || (last - i === 2 && (isFirstName(doc, w) || doc.vocab.lexicon.common.has(w) || surnames.has(w.slice(0, -1))))) continue;
    add(i + 1, last);
  }
}

/**
 * A work read with its owner before the possessive is the owner's work: "Eminem's Encore", "Wham's
 * Last Christmas", "Sir Cliff Richards' Mistletoe and Wine", where the owner is written elsewhere on
 * its own ("Eminem", "Band Aid 20's remake"), with a title, or in a list after another owner's work; a title's
 * own possessive stays ("Schindler's List").
 */
function splitOwners(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const added: Found[] = [];
  let byWord: Map<string, number[]> | undefined;
  // (where the work before it in a list is an owner's too: "Slade's Merry Christmas Everybody, Wham's Last Christmas")
  let ownedEnd = -1;
  for (const f of found) {
    if (f.kind !== "work") continue;
    const listedAfterOwned = ownedEnd > 0 && /^(?:,|and)$/.test(t[ownedEnd]?.norm ?? "") && ownedEnd + 1 === f.first;
    if (f.first > 1 && POSSESSIVE.test(t[f.first - 1].norm) && isCapital(t[f.first - 2])) ownedEnd = f.last;
    let p = f.first + 1;
    while (p < f.last - 1 && !(POSSESSIVE.test(t[p].norm) && !t[p].space)) p++;
    // (no word of a sentence owns it: "It's Now or Never", "What's Going On")
    if (p >= f.last - 1 || !isCapital(t[p + 1]) || t.slice(f.first, p).some((w) => doc.vocab.lexicon.functionWords.has(w.lower) || SENTENCE_TITLE_WORDS.has(w.lower))) continue;
    const titled = HONORIFIC.test(t[f.first].norm);
    if (!titled && !listedAfterOwned && !writtenAlone(t, (byWord ??= capitalsByWord(t)), f.first, p)) continue;
    ownedEnd = f.last;
    const owner = titled ? f.first + 1 : f.first;
    if (titled && owner < p) added.push({ first: owner, last: p, floor: f.floor, type: "PER", key: nameOf(doc, owner, p).toLowerCase(), partOfPerson: false });
    f.first = p + 1;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  }
  addInOrder(found, added);
}

/** Where each capitalised word stands, by the word in lower case (built once per article). */
function capitalsByWord(t: readonly Token[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  t.forEach((w, k) => {
    if (w.cap) (m.get(w.lower) ?? m.set(w.lower, []).get(w.lower))?.push(k);
  });
  return m;
}

/** Whether the words [first, last) are written elsewhere in the text as a name, with no possessive after them. */
function writtenAlone(t: readonly Token[], byWord: ReadonlyMap<string, readonly number[]>, first: number, last: number): boolean {
  const n = last - first;
  for (const k of byWord.get(t[first].lower) ?? []) {
    if (k === first || k + n > t.length) continue;
    let m = 1;
    while (m < n && t[k + m].lower === t[first + m].lower) m++;
    if (m === n && !POSSESSIVE.test(t[k + n]?.norm ?? "") && !isCapital(t[k + n]) && !isCapital(t[k - 1])) return true;
  }
  return false;
}

/** A name that may be an act's: no country, people, place (but a small one's name an act the lists know has), month or small word ("UK's album chart", "Christmas's best-selling single"). */
function mayBeAct(doc: Doc, first: number, last: number, known: boolean): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const key = nameOf(doc, first, last).toLowerCase();
  // (an act the lists know may share a small place's name: "Bono", a region of Ghana)
  if (lex.country.has(key) || lex.demonym.has(key) || lex.peoples.has(key) || isKnownPlace(lex, key) || (!known && listsPlace(doc, key)) || UK_NATIONS.has(key)) return false;
  // (a person with an honorific is read so already, "Mr Kennedy's tour", unless the honorific is a known act's: "Dr Dre")
  if (HONORIFIC.test(t[first].norm) && !known) return false;
  if (last - first > 1) return true;
  const w = t[first];
  // (a common word is a band's only inside a sentence: "Athlete's new album", not "Fans' favourite")
  return !lex.functionWords.has(w.lower) && !isDateWord(w.norm) && !COMMON_INITIALISMS.has(w.lower) && !(w.sentenceStart && lex.common.has(w.lower));
}

/** Where the capitalised words before token i start, within its sentence and four words ("Scissor Sisters'", "The Killers'"; not "But U2's"). */
function runBefore(doc: Doc, i: number): number {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  let first = i;
  while (first > 0 && i - first < 4 && isCapital(t[first - 1]) && t[first - 1].sentence === t[i].sentence) first--;
  // (a "The" inside the run opens the name: "Newcomer The Game")
  for (let k = first + 1; k < i - 1; k++) if (t[k].text === "The") first = k;
  while (first < i - 1 && t[first].sentenceStart && t[first].lower !== "the" && (lex.functionWords.has(t[first].lower) || lex.common.has(t[first].lower))) first++;
  return i - first === 1 && t[first].lower === "the" ? i : first;
}

/** Where the capitalised words from token k end, a possessive and one word after it too ("Destiny's Child"), within four words. */
function runAfter(t: Token[], k: number): number {
  let last = k;
  while (last < t.length && last - k < 4 && t[last].sentence === t[k].sentence) {
    if (isCapital(t[last])) last++;
    // (one word after it, or the possessive is an owner's: "U2's Joshua Tree")
    else if (last > k && POSSESSIVE.test(t[last].norm) && !t[last].space && isCapital(t[last + 1]) && !isCapital(t[last + 2])) last++;
    else break;
  }
  return last;
}

/**
 * Reads the cues at every mention of each act, gives the act its type (a band is an organisation)
 * and every mention that type, adding the mentions the tagger left unread.
 */
function typeActs(doc: Doc, found: Found[], acts: Map<string, Act>): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const at = new Int32Array(t.length).fill(-1);
  found.forEach((f, n) => at.fill(n, f.first, f.last));
  const byFirst = new Map<string, Act[]>();
  for (const a of acts.values()) (byFirst.get(a.words[0]) ?? byFirst.set(a.words[0], []).get(a.words[0])!).push(a);
  const mentions: Array<{ act: Act; first: number; last: number }> = [];
  for (let k = 0; k < t.length; k++) {
    if (!t[k].cap && t[k].kind !== "number") continue;
    for (const act of byFirst.get(t[k].lower) ?? []) {
      const last = k + act.words.length;
      if (last > t.length || act.words.some((w, m) => t[k + m].lower !== w)) continue;
      const f = at[k] >= 0 ? found[at[k]] : undefined;
      const exact = !!f && f.first === k && f.last === last;
      // (a mention stands alone, or as the tagger read it: not "Newcomers Keane", "Keane Street")
      // (a sentence's opening noun joins nothing: "Rapper Eminem is to play")
      const opener = t[k - 1]?.sentenceStart && (ACT_BEFORE.has(t[k - 1].lower) || ACT_PERSON_BEFORE.has(t[k - 1].lower));
      const joined = (isCapital(t[k - 1]) && t[k - 1].text !== "The" && !opener && t[k - 1].sentence === t[k].sentence) || (isCapital(t[last]) && t[last].sentence === t[k].sentence);
      if (!exact && (joined || f || (act.words.length === 1 && t[k].sentenceStart && lex.common.has(t[k].lower)))) continue;
      mentions.push({ act, first: k, last });
      cues(t, act, k, last);
      break;
    }
  }
  const parts = personParts(found);
  // (each act's mentions gathered in one pass: filtering all mentions per act grew with acts × mentions)
  const mentionsOf = new Map<Act, typeof mentions>();
  for (const m of mentions) (mentionsOf.get(m.act) ?? mentionsOf.set(m.act, []).get(m.act)!).push(m);
  for (const [key, act] of acts) {
    const named = (mentionsOf.get(act) ?? []).map((m) => (at[m.first] >= 0 && found[at[m.first]].first === m.first ? found[at[m.first]] : undefined));
    const person = act.known ? act.known === "person" : parts.has(key) || (act.band === act.person ? personShaped(doc, act, named) : act.person > act.band);
    act.band = person ? -1 : 1;
  }
  const added: Found[] = [];
  for (const m of mentions) {
    const type = m.act.band > 0 ? "ORG" : "PER";
    const f = at[m.first] >= 0 ? found[at[m.first]] : undefined;
    if (f) {
      if (!f.kind) f.type = type;
      continue;
    }
    let floor = m.first;
    while (floor > 0 && t[floor - 1].sentence === t[m.first].sentence) floor--;
    added.push({ first: m.first, last: m.last, floor, type, key: nameOf(doc, m.first, m.last).toLowerCase(), partOfPerson: false });
  }
  addInOrder(found, added);
}

/** The cues around one mention [first, last) of an act. */
function cues(t: Token[], act: Act, first: number, last: number): void {
  const p = t[first - 1];
  const n = t[last];
  const same = (w: Token | undefined) => !!w && w.sentence === t[first].sentence;
  // (one of a list says nothing of itself by what follows the list: "Joss Stone and Franz Ferdinand, who were")
  const listed = (same(p) && (p.norm === "," || p.text === "and" || p.norm === "&")) || (same(n) && (n.text === "and" || n.norm === "&" || (n.norm === "," && isCapital(t[last + 1]))));
  // (a sentence may open with the noun: "Rapper Eminem has denied Elvis …")
  const noun = same(p) && (lowerWord(p) || (p.sentenceStart && p.kind === "word"));
  if (noun && ACT_BEFORE.has(p.lower)) act.band++;
  // "the Pretenders": no person's name takes a small "the"
  if (same(p) && p.text === "the") act.band++;
  if (noun && ACT_PERSON_BEFORE.has(p.lower)) act.person++;
  if (!same(n)) return;
  // "U2 frontman Bono", "Muse's members"
  if (lowerWord(n) && BAND_ROLES.has(n.lower) && isCapital(t[last + 1])) act.band++;
  if (POSSESSIVE.test(n.norm) && !n.space && lowerWord(t[last + 1]) && (BAND_ROLES.has(t[last + 1].lower) || t[last + 1].lower === "members")) act.band++;
  if (listed) return;
  // "U2 are nominated", "Franz Ferdinand, who were shortlisted"
  if ((lowerWord(n) && PLURAL_VERBS.has(n.lower)) || (n.norm === "," && t[last + 1]?.text === "who" && PLURAL_VERBS.has(t[last + 2]?.lower ?? ""))) act.band++;
  // the first pronoun after it, before any other name: "U2 … their", "Eminem … his"
  for (let m = last; m < last + 12 && same(t[m]); m++) {
    if (m > last && isCapital(t[m]) && !isDateWord(t[m].norm)) break;
    if (BAND_PRONOUNS.has(t[m].text)) {
      act.band++;
      break;
    }
    if (PERSON_PRONOUNS.has(t[m].text)) {
      act.person++;
      break;
    }
  }
}

/** With no cue either way, an act is a person's name by its shape: a first name ("Elvis", "Joss Stone"), or a name the tagger read as a person's ("Ti"; "Keane" too, where no cue says a band). */
function personShaped(doc: Doc, act: Act, named: ReadonlyArray<Found | undefined>): boolean {
  const lex = doc.vocab.lexicon;
  const w = act.words[0];
  if (act.words.some((x) => /\d/.test(x)) || named.some((f) => f?.type === "ORG")) return false;
  if (isFirstName(doc, w) && !lex.common.has(w)) return true;
  return named.some((f) => f?.type === "PER");
}

/** Every run of words inside a person's full name the document names ("elvis" of "Elvis Presley"). */
function personParts(found: readonly Found[]): Set<string> {
  const parts = new Set<string>();
  for (const f of found) {
    if (f.type !== "PER" || f.kind || !f.key.includes(" ")) continue;
    const words = f.key.split(" ");
    if (words.length > 6) continue;
    for (let a = 0; a < words.length; a++) for (let b = a + 1; b <= words.length; b++) if (b - a < words.length) parts.add(words.slice(a, b).join(" "));
  }
  return parts;
}
