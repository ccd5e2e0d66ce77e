// What the words around a name say of its type where the tagger's type is wrong: a person's title,
// role noun or office before it, or the same surname standing alone as a person elsewhere; an
// organisation's head word ending it or "for …" running on after it; a team's role noun after a
// place's name ("Tottenham manager") or a nickname after "the"; a firm's analyst before it ("an
// analyst at Petercam"). And what a name is not: an illness ("Alzheimer's"), a family ("the Blairs",
// named with the person), a month that is a surname ("Theresa May"). Read by ./recognize.ts.

import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import { POSSESSIVE } from "../../text/phrases";
import type { CountryInfo, Lexicon } from "../../text/lexicon";
import { COMMON_INITIALISMS, DONE_BY_PERSON, HONORIFIC, LIKENESS_SUFFIX, INSTITUTIONS_HEAD_FIRST, DISEASE_EPONYMS, DISEASE_NOUNS, FIRM_HEADS, LEADER_NOUNS, LEGAL_FORMS, ORG_HEADS, ORG_ONLY_HEADS, PERSONAL_TITLES, TEAM_AFTER, TITLES, isTitleWord, TITLE_QUALIFIERS, OFFICE_QUALIFIERS } from "../../words/names";
import { PARTY_FORMS } from "../../words/parties";
import { COMPASS, LANDMARK_HEADS, LANDMARKS, NATION_DEMONYMS, PLACE_PREPOSITIONS, SEAT_NOUNS, UK_NATIONS, peopleNounStem } from "../../words/places";
import { FIRM_STAFF, ROLE_NOUNS, SHARED_ROLES } from "../../words/sources";
import { TIME_WORDS, isDateWord, isHoliday } from "../../words/time";
import { ABSTRACT_NOUN, AUXILIARIES } from "../../words/grammar";
import { BAND_ROLES, FIRM_BEFORE, ROLE_INITIALISMS, SHOW_ROLES, SPORT_WORDS, TITLE_OPENERS } from "../../words/other";
import { CLUB_TOWNS, COMPETITION_GROUPS, GROUP_MARK, PLAYED_FOR, RESULT_BEFORE, RESULT_VERBS, SIDE_ROLES, TEAM_PLURAL_VERBS } from "../../words/sport";
import { aboutSport } from "./topic";
import type { TaggedSpan } from "../../tagger/model";
import { G_ANY_FIRST, G_ANY_LAST, G_ORG } from "../../tagger/gazetteer";
import { isCueWord, MEDIA_NAME_WORDS } from "../../words/reporting";
import { isPlaceWord } from "../../text/names";
import { coveredBy, isCapital, keepOnly, nameOf, type Found, addInOrder, SURNAME_SHAPE } from "./found";
import { isKnownPlace, listsPlace, seatAfterMember } from "./places";

/** A first name the lexicon or the gazetteer's longer lists know ("Ava", "Joss"). */
export const isFirstName = (doc: Doc, w: string): boolean => doc.vocab.lexicon.firstName.has(w) || doc.vocab.gazetteer.firstName(w);
/** A surname the lexicon or the gazetteer's longer lists know ("Blair", "Cuthbert"). */
export const isSurname = (doc: Doc, w: string): boolean => doc.vocab.lexicon.lastName.has(w) || (doc.vocab.gazetteer.classes(w) & G_ANY_LAST) !== 0;

/** The article writes `w` after a first name or an honorific somewhere: "John Kerry", "Mr Brown". (The words so written are gathered once per document.) */
const surnamesOf = new WeakMap<Doc, Set<string>>();
export function surnameOfSomeone(doc: Doc, w: string): boolean {
  let set = surnamesOf.get(doc);
  if (!set) {
    set = new Set();
    const t = doc.tokens;
    for (let k = 1; k < t.length; k++) if (t[k].cap && isCapital(t[k - 1]) && (isFirstName(doc, t[k - 1].lower) || HONORIFIC.test(t[k - 1].norm))) set.add(t[k].lower);
    surnamesOf.set(doc, set);
  }
  return set.has(w);
}

/**
 * The words around [first, last) that make it a person's name: a person's title before it
 * ("President Bush's government", "Chancellor Gordon Brown"), a word for what a person leads after
 * a lone name ("the Bush administration"; not a party's, a people's or a place's), a role noun
 * before a full name ("singer Joss Stone", "actresses Cate Blanchett").
 */
export function personAround(doc: Doc, first: number, last: number, floor: number): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const w = t[first].lower;
  const after = t[last];
  if (last - first === 1 && after && !after.cap && LEADER_NOUNS.has(after.lower) && /^\p{Lu}\p{Ll}+$/u.test(t[first].text)) {
    if (!PARTY_FORMS.has(w) && !PARTY_FORMS.has(w + "s") && !isKnownPlace(lex, w) && !lex.organization.has(w)) return true;
  }
  if (first > floor && isCapital(t[first - 1]) && PERSONAL_TITLES.has(t[first - 1].lower) && last - first <= 3 && !ORG_HEADS.has(t[last - 1].lower)) return true;
  // (or inside the name, before a full name of no common word and no body's or building's head: "Cardinal Cormac Murphy-O'Connor", not "Premier League Darts", "King Edward Hospital")
  if (last - first >= 3 && last - first <= 4 && t[first].cap && PERSONAL_TITLES.has(w) && !lex.common.has(t[first + 1].lower) && !isTitle(t[first + 1])) {
    const rest = t.slice(first + 1, last);
    if (rest.every((x) => isCapital(x) && !ORG_HEADS.has(x.lower) && !LANDMARK_HEADS.has(x.lower))) return true;
  }
  // (a full name after "fronted by", "directed by": "the band once fronted by Ozzy Osbourne")
  if (last - first >= 2 && last - first <= 3 && t[first - 1]?.lower === "by" && DONE_BY_PERSON.has(t[first - 2]?.lower ?? "") && t.slice(first, last).every((x) => isCapital(x) && !ORG_HEADS.has(x.lower)) && !lex.organization.has(nameOf(doc, first, last).toLowerCase())) return true;
  return roleBefore(doc, first, last);
}

/**
 * A name of two or three words the tagger read as a place, that no list of places knows, right
 * after an inverted saying verb ("…," said Zebulon Quartermaine) is a person's: places say nothing.
 */
export function speakerAfterCue(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const cue = t[first - 1];
  const before = t[first - 2];
  if (last - first < 2 || last - first > 3 || !cue || cue.cap || !isCueWord(cue.lower) || !before || (before.kind !== "punct" && before.kind !== "quote")) return false;
  // (a name before a noun modifies it, no one speaks: '…," said Wall Street firms')
  const after = t[last];
  if (after && after.kind === "word" && !after.cap && nounAfter(doc, after.lower)) return false;
  return !listsPlace(doc, nameOf(doc, first, last).toLowerCase());
}

/** A noun that a name before it modifies ("firms" of "Wall Street firms"), not a verb, a small word or a time ("said Tony Blair yesterday", "said Blair also"). */
function nounAfter(doc: Doc, w: string): boolean {
  const lex = doc.vocab.lexicon;
  if (lex.functionWords.has(w) || TIME_WORDS.has(w) || isDateWord(w) || ADVERBS_AFTER_SPEAKER.has(w) || !lex.common.has(w)) return false;
  return !lex.verbs.has(w) || (w.endsWith("s") && lex.common.has(w.slice(0, -1)));
}
/** Adverbs the lexicon lists as common words that may follow a speaker's name: "said Blair also", "said Brown then". */
const ADVERBS_AFTER_SPEAKER = new Set(["also", "too", "then"]);

/**
 * The words around an organisation's or a team's name the tagger read as a person or a place
 * (`type` PER or LOC): an organisation-only head word ending it ("Lionhead Studios"), a plural
 * after "the" that no list of places knows ("the Magpies"), a team's role noun after a place's
 * name ("Tottenham manager", "a Nottingham Forest side"; a nation's team stays its country).
 */
export function organizationAround(doc: Doc, type: "PER" | "LOC" | "ORG" | "MISC", first: number, last: number): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  if (last - first > 1 && ORG_ONLY_HEADS.has(t[last - 1].lower) && t[last - 1].cap) return true;
  // one word before a team's role and a person's name is the team, whatever the tagger read: "Chelsea boss Jose Mourinho"
  const role = t[last];
  if (type === "PER" && last - first === 1 && role && !role.cap && role.kind === "word" && TEAM_AFTER.has(role.lower) && isCapital(t[last + 1]) && t[last + 1].sentence === role.sentence) return true;
  // a paper's one word after a capitalised "The" inside a sentence: "told The Sun"
  const paper = t[first].text === "The" ? first + 1 : first;
  if (type === "PER" && last - paper === 1 && MEDIA_NAME_WORDS.has(t[paper].lower) && t[paper - 1]?.text === "The" && !t[paper - 1].sentenceStart) return true;
  if (type !== "LOC") return false;
  const lower = nameOf(doc, first, last).toLowerCase();
  const next = t[last];
  if (last - first === 1 && /\p{Ll}s$/u.test(t[first].text) && t[first - 1]?.text === "the" && !isPlaceWord(lex, lower) && !UK_NATIONS.has(lower) && !listsPlace(doc, lower)) return true;
  if (UK_NATIONS.has(lower) || LANDMARKS.has(lower) || lower.split(" ").every((w) => COMPASS.has(w))) return false;
  if (next && !next.cap && TEAM_AFTER.has(next.lower)) return true;
  // a name no list of places knows after a firm's staff: "an analyst at Petercam"
  if (/^(?:at|with)$/.test(t[first - 1]?.text ?? "") && FIRM_STAFF.has(t[first - 2]?.lower ?? "") && !listsPlace(doc, lower)) return true;
  // a town with a club owning a player, in a sentence of sport: "Leeds's Alan Smith scored twice"
  if (next && POSSESSIVE.test(next.norm) && !next.space && CLUB_TOWNS.has(lower) && fullName(doc, last + 1, last + 3) && sportSentence(doc, next.sentence)) return true;
  // in a sports report, a town beside a match's result or before a plural verb: "Munster beat Leinster", "lost to Bath", "Coventry are"
  if (last - first > 2 || !aboutSport(doc)) return false;
  const before = t[first - 1];
  // (not a place's: "the best teams in Europe are")
  const plural = !!next && TEAM_PLURAL_VERBS.has(next.lower) && !(before && PLACE_PREPOSITIONS.has(before.lower));
  return (!!next && !next.cap && plural) || resultAround(doc, first, last);
}

/** A match's result right beside a name, or a player's club after "for": "Munster beat", "lost to Bath", "a former player for Marseille" (a team's only in a sports report). */
function resultAround(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const next = t[last];
  const club = t[first - 1]?.text === "for" && PLAYED_FOR.has(t[first - 2]?.lower ?? "") && t[first - 2].sentence === t[first].sentence;
  return (!!next && !next.cap && RESULT_VERBS.has(next.lower)) || resultBefore(doc, first) || club;
}

/** A match's result right before a name: "lost to Bath", "against Leinster". */
export function resultBefore(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const before = t[first - 1];
  return !!before && !before.cap && (RESULT_BEFORE.has(before.lower) || (before.lower === "to" && /^los[te]s?$/.test(t[first - 2]?.lower ?? "")));
}

/** In a sports report, a town the lists know that the tagger left untagged before a plural verb is its team: "Ulster were the last Irish team" (not "in Europe are", nor a country's side, ./sides.ts). */
export function addTownTeams(doc: Doc, found: Found[]): void {
  if (!aboutSport(doc)) return;
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const covered = coveredBy(doc, found);
  const added: Found[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    const next = t[i + 1];
    if (covered[i] || !isCapital(t[i]) || next.cap || !TEAM_PLURAL_VERBS.has(next.lower) || isCapital(t[i - 1]) || PLACE_PREPOSITIONS.has(t[i - 1]?.lower ?? "")) continue;
    if (lex.country.has(t[i].lower) || UK_NATIONS.has(t[i].lower) || !listsPlace(doc, t[i].lower)) continue;
    added.push({ first: i, last: i + 1, floor: doc.sentences[t[i].sentence].first, type: "ORG", key: t[i].lower, partOfPerson: false });
  }
  addInOrder(found, added);
}

/** Sentence s has a word of sport: "scored", "match". */
function sportSentence(doc: Doc, s: number): boolean {
  const { first, last } = doc.sentences[s];
  for (let k = first; k < last; k++) if (SPORT_WORDS.has(doc.tokens[k].lower)) return true;
  return false;
}

/** Two or three capitalised words opening with a first name (no place's name) and ending in no organisation's head word: "Alicia Keys", not "France Telecom" or "Merrill Lynch Bank". */
export function fullName(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const w = t[first].lower;
  if (!isFirstName(doc, w) || isKnownPlace(lex, w) || ORG_HEADS.has(t[last - 1].lower)) return false;
  for (let i = first; i < last; i++) if (!isCapital(t[i])) return false;
  return true;
}

/** A word the lists know as no other name than these classes of the gazetteer's, nor as a common word. */
const onlyAs = (doc: Doc, w: string, classes: number) => (doc.vocab.gazetteer.classes(w) & ~classes) === 0 && !doc.vocab.lexicon.common.has(w);

/**
 * Two words (or three, with any capitalised word between: "Sacha Baron Cohen"), a word the lists know
 * only as a first name and one they know only as a surname or not at all, a person's name whatever
 * the tagger read: "Oscar Pistorius" after "an Oscar", "Obie Trice" (not "Roman Catholic", "Ford
 * Escort", "Major League"; nor a thing's name after an article or a number, "The Amber Spyglass", "the
 * 1965 Fender Stratocaster", nor a people, "Roma Czechs").
 */
export function namedAsPerson(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  if (!(last - first === 2 || (last - first === 3 && t.slice(first, last).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text))))) return false;
  if (!fullName(doc, first, last) || !onlyAs(doc, t[first].lower, G_ANY_FIRST) || !onlyAs(doc, t[last - 1].lower, G_ANY_LAST)) return false;
  const before = t[first - 1];
  const w = t[last - 1].lower;
  const thing = !!before && before.sentence === t[first].sentence && (before.kind === "number" || /^(?:the|a|an)$/.test(before.lower));
  return !thing && !lex.demonym.has(w) && !lex.demonym.has(w.replace(/s$/, ""));
}

/** Two capitalised words whose first is no common word, place or organisation's head: "Cate Blanchett". */
export function unknownFirstName(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const w = t[first].lower;
  return last - first === 2 && /^\p{Lu}\p{Ll}+$/u.test(t[first].text) && isCapital(t[first + 1]) && !lex.common.has(w) && !isKnownPlace(lex, w) && !ORG_HEADS.has(w) && !ORG_HEADS.has(t[last - 1].lower) && !lex.organization.has(w);
}

/** A person's role noun, singular or plural, written right before a full name: "singer Joss Stone", "actresses Cate Blanchett". */
function roleBefore(doc: Doc, first: number, last: number): boolean {
  const p = doc.tokens[first - 1];
  if (!p || p.kind !== "word" || p.cap || last - first < 2 || last - first > 3) return false;
  const w = p.lower;
  const singular = w.endsWith("esses") ? w.slice(0, -2) : w.endsWith("s") ? w.slice(0, -1) : w;
  const role = ROLE_NOUNS.has(w) || ROLE_NOUNS.has(singular);
  if (!(role || TITLES.has(w)) || SHARED_ROLES.has(singular)) return false;
  // (after a role noun, not a title's word like "former", a first name no list knows too: "singer Joss Stone", "rapper Snoop Dogg")
  return fullName(doc, first, last) || (role && unknownFirstName(doc, first, last));
}

/**
 * Where an organisation's name ending in its head word runs on to: over "for"/"of"/"on" and the
 * capitalised words after ("UN Economic Commission" + "for Latin America", "Department" + "for
 * Education and Skills"), which the tagger often leaves off.
 */
export function headedOrgEnd(doc: Doc, first: number, last: number): number {
  const t = doc.tokens;
  // (a name cut inside its "of" runs on over "and": "Fife College of Further" + "and Higher Education")
  const inner = t.slice(first, last - 1).findIndex((w, k) => w.text === "of" && k > 0 && ORG_HEADS.has(t[first + k - 1].lower));
  if (inner >= 0 && t[last]?.text === "and" && isCapital(t[last + 1]) && t[last + 1].sentence === t[last - 1].sentence && !doc.vocab.lexicon.firstName.has(t[last + 1].lower)) {
    let k = last + 1;
    while (k < t.length && k - last < 5 && t[k].sentence === t[last].sentence && isCapital(t[k])) k++;
    // (a name of its own after it stays apart: "the Institute of Physics and Cambridge", "United Bank of Africa and Standard Trust Bank")
    return listsPlace(doc, nameOf(doc, last + 1, k).toLowerCase()) || ORG_HEADS.has(t[k - 1].lower) ? last : k;
  }
  const head = t[last - 1];
  const of = t[last];
  // (over a "the" too: "the Society for the Care of the Elderly")
  const a = t[last + 1]?.text === "the" ? last + 2 : last + 1;
  // (or a name headed before its own "of", over a "for": "Court of Arbitration" + "for Sport")
  const headed = ORG_HEADS.has(head.lower) || (inner >= 0 && of?.text === "for");
  if (!headed || LEGAL_FORMS.has(head.lower.replace(/\.$/, "")) || !of || !/^(?:for|of|on)$/.test(of.text) || !t[a] || !isCapital(t[a]) || t[a].sentence !== head.sentence) return last;
  // (not a date: "the Electoral Commission on Thursday", "figures for November"; nor a person by
  // title, "the Awami League of Prime Minister Sheikh Hasina"; nor a firm's town, "Bessemer Venture
  // Partners of Menlo Park", unlike an institution's, "Bank of England")
  if (isDateWord(t[a].norm) || isDateWord(t[a].norm.replace(/s$/, "")) || isHoliday(t[a].norm)) return last;
  // (nor a country or place after "the": "General Motors of the US")
  if (isTitleWord(t[a].lower, true) || ((FIRM_HEADS.has(head.lower) || a > last + 1) && listsPlace(doc, placeAfter(doc, a)))) return last;
  let k = a;
  while (k < t.length && k - last < 9 && t[k].sentence === head.sentence && (isCapital(t[k]) || ((t[k].text === "and" || t[k].text === "of") && isCapital(t[k + 1] ?? t[k])) || (t[k].text === "of" && t[k + 1]?.text === "the" && isCapital(t[k + 2] ?? t[k])) || (t[k].text === "the" && t[k - 1].text === "of" && isCapital(t[k + 1] ?? t[k])))) k++;
  // (a name after it that is a name of its own stays apart: "the Commission of Tony Blair")
  return t[k - 1].cap ? k : last;
}

/** The capitalised words from k on, lower-cased: the place a firm's "of" may name. */
function placeAfter(doc: Doc, k: number): string {
  const t = doc.tokens;
  let e = k;
  while (e < t.length && e - k < 3 && t[e].cap && t[e].kind === "word" && t[e].sentence === t[k].sentence) e++;
  return nameOf(doc, k, e).toLowerCase();
}

/** The lexicon knows the word as a name: a person's, a country's, a town's, a region's or a body's. */
const listsName = (lex: Lexicon, w: string) => lex.firstName.has(w) || lex.lastName.has(w) || lex.country.has(w) || lex.city.has(w) || lex.region.has(w) || lex.organization.has(w);

/** Capitalised common nouns are no names: "3,000 Russian Paratroopers", "a 30 year Dictatorship", "House prices", "Group D". */
export function commonNoun(doc: Doc, lex: Lexicon, lowered: Set<string>, first: number, last: number, person: boolean): boolean {
  // a competition's group by its letter or number: "Group D", "Pool C", "Group Four"
  if (last - first === 2 && COMPETITION_GROUPS.has(doc.tokens[first].lower) && GROUP_MARK.test(doc.tokens[first + 1].text)) return true;
  // a common noun alone opening a sentence before the noun it qualifies is that noun's modifier: "House prices fell"
  const one = doc.tokens[first];
  const next = doc.tokens[last];
  if (last - first === 1 && one.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(one.text) && lex.common.has(one.lower) && next?.kind === "word" && /^\p{Ll}+$/u.test(next.text) && next.sentence === one.sentence) {
    // (nor a team's name before its staff's or a player's role in a sports report: "Arsenal boss Arsene Wenger")
    const known = listsName(lex, one.lower) || lex.demonym.has(one.lower) || PARTY_FORMS.has(one.lower) || (!person && SIDE_ROLES.has(next.lower) && aboutSport(doc));
    if (!known && lex.common.has(next.lower) && !lex.verbs.has(next.lower) && !lex.functionWords.has(next.lower) && !AUXILIARIES.has(next.lower)) return true;
  }
  // so is a common noun's plural opening a sentence before a word in small letters, outside a sports report, where nicknames name teams so:
  // "Broadcasters such as Sky", "Pedestrians are …" (not "Wolves have")
  if (last - first === 1 && one.sentenceStart && /^\p{Lu}\p{Ll}+s$/u.test(one.text) && (lex.common.has(one.lower.slice(0, -1)) || lowered.has(one.lower) || lowered.has(one.lower.slice(0, -1))) && next?.kind === "word" && /^\p{Ll}+$/u.test(next.text) && next.sentence === one.sentence) {
    const stem = one.lower.slice(0, -1);
    if (!listsName(lex, one.lower) && !listsName(lex, stem) && !lex.demonym.has(stem) && !PARTY_FORMS.has(one.lower) && !aboutSport(doc)) return true;
  }
  // a word alone after "a" or "an", where a small word follows, no noun it could qualify, is a noun written
  // capitalised, no body the lists know: "an Oasis near Siwa" (not "a Labour MP", "a Tory", "a BBC")
  const a = doc.tokens[first - 1];
  if (!person && last - first === 1 && (a?.text === "a" || a?.text === "an") && /^\p{Lu}\p{Ll}+$/u.test(one.text) && next?.kind === "word" && (lex.functionWords.has(next.lower) || PLACE_PREPOSITIONS.has(next.lower)) && !listsName(lex, one.lower) && !lex.demonym.has(one.lower) && !lex.peoples.has(one.lower) && !PARTY_FORMS.has(one.lower)) return true;
  // an abstract noun alone after a lower-case word is no person: "a 30 year Dictatorship"
  const prev = doc.tokens[first - 1];
  const midSentence = person && last - first === 1 && !!prev && prev.sentence === doc.tokens[first].sentence && (prev.kind === "number" || (prev.kind === "word" && !prev.cap));
  let nouns = 0;
  let nationality = false;
  // (a body the lists know opening it makes it a name: "American Express Financial Advisors")
  if (lex.demonym.has(doc.tokens[first].lower)) for (let k = first + 2; k <= last; k++) if (lex.organization.has(nameOf(doc, first, k).toLowerCase())) return false;
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i];
    const w = t.norm.toLowerCase();
    if (lex.demonym.has(w) && i < last - 1) {
      nationality = true;
      continue;
    }
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.norm)) return false;
    // after a nationality the dictionary says it ("Kazakh Friends"); alone, the document must
    // (a head word makes a name, but a plural one alone opening a sentence, which the document writes in lower case, is its noun: "Airlines have attacked …", not "the Times")
    const plural = last - first === 1 && t.sentenceStart && w.endsWith("s") && lowered.has(w);
    if (!(lowered.has(w) || (nationality && lex.common.has(w)) || (midSentence && ABSTRACT_NOUN.test(w))) || (ORG_HEADS.has(w) && !plural)) return false;
    if (listsName(lex, w)) return false;
    // (a party's name capitalised inside a sentence is the party, whatever "labour affairs" the article writes)
    if (PARTY_FORMS.has(w) && !t.sentenceStart) return false;
    nouns++;
  }
  return nouns > 0;
}

/**
 * The tagger's names cut at a role noun written inside them in lower case: "Telecom regulator
 * Ofcom" is "Telecom" and "Ofcom", "Happy Mondays dancer Bez" the band and the dancer (the words
 * around each then say what it is); and a body's name at its holder's title and full name, read as
 * one: "Federal Air Traffic Control Administration Director Branko Bilbija". `at(w)`: the token of
 * the tagger's word w.
 */
export function cutAtRoles(doc: Doc, spans: readonly TaggedSpan[], at: ArrayLike<number>): TaggedSpan[] {
  const t = doc.tokens;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    // (a body's or a place's possessive opens no body's name: "the Bank's Monetary Policy Committee",
    // "Columbia's Court of Appeals"; not a name's own, "People's Bank", "Grauman's Chinese Theatre")
    const own = ownerEnd(doc, s, at);
    if (own > 0) {
      // (the owner named by its head word alone, "the Bank's", is left to the article's other mentions)
      const owner = nameOf(doc, at[s.first], at[own - 1] + 1).toLowerCase();
      if (own > s.first + 1 || !ORG_HEADS.has(owner)) out.push({ first: s.first, last: own, type: listsPlace(doc, owner) ? "LOC" : "ORG" });
      out.push({ first: own + 1, last: s.last, type: s.type });
      continue;
    }
    // (a broadcaster's DJ ends no name: "Capital Radio DJ Margherita Taylor")
    if (s.type === "ORG" && s.last - s.first > 1 && ROLE_INITIALISMS.has(t[at[s.last - 1]].text) && isCapital(t[at[s.last - 1] + 1])) {
      out.push({ ...s, last: s.last - 1 });
      continue;
    }
    let first = s.first;
    let type = s.type;
    for (let w = s.first + 1; w < s.last - 1; w++) {
      const k = t[at[w]];
      if (type === "ORG" && holderAfter(doc, at[w], at[s.last - 1] + 1)) {
        out.push({ first, last: w, type });
        first = w + 1;
        type = "PER";
        break;
      }
      // (and at a list's "plus", the type kept: "Fame plus Midnight Express")
      if (k.text === "plus" && t[at[w - 1]].cap && t[at[w + 1]].cap) {
        out.push({ first, last: w, type });
        first = w + 1;
        continue;
      }
      if (k.cap || k.kind !== "word" || !(FIRM_BEFORE.has(k.lower) || BAND_ROLES.has(k.lower) || SHOW_ROLES.has(k.lower))) continue;
      // (a known place before the role stays a place: "Hollywood actor Tom Hanks")
      out.push({ first, last: w, type: listsPlace(doc, nameOf(doc, at[first], at[w - 1] + 1).toLowerCase()) ? "LOC" : type });
      first = w + 1;
      // (what follows a member's or an actor's role is the person, a firm's noun the firm)
      type = FIRM_BEFORE.has(k.lower) ? "ORG" : "PER";
    }
    out.push(first === s.first ? s : { first, last: s.last, type });
  }
  return out;
}

/** Where the possessive of a known body or place opening an organisation's span stands (span positions), or -1. */
function ownerEnd(doc: Doc, s: TaggedSpan, at: ArrayLike<number>): number {
  const t = doc.tokens;
  // (and an owner's before a title opened by its own article or possessive word, read as one other name: "Ask's My Jeeves service")
  if (s.type === "MISC") {
    const w = s.first + 1;
    return w < s.last - 2 && POSSESSIVE.test(t[at[w]].norm) && TITLE_OPENERS.test(t[at[w + 1]].text) && t[at[w + 2]].cap ? w : -1;
  }
  if (s.type !== "ORG") return -1;
  const lex = doc.vocab.lexicon;
  for (let w = s.first + 1; w <= s.first + 2 && w < s.last - 2; w++) {
    if (!POSSESSIVE.test(t[at[w]].norm)) continue;
    const owner = nameOf(doc, at[s.first], at[w - 1] + 1).toLowerCase();
    const head = t[at[s.last - 1]].lower;
    const rest = t[at[w + 1]];
    const known = lex.organization.has(owner) || listsPlace(doc, owner) || lex.country.has(owner) || (w === s.first + 1 && ORG_HEADS.has(owner));
    return known && rest.cap && (ORG_HEADS.has(head) || INSTITUTIONS_HEAD_FIRST.has(rest.lower)) ? w : -1;
  }
  return -1;
}

/** A holder's title at token k, capitalised, then a full name of two or three words that ends the name at `end` (not a body named after someone: "Royal Prince Alfred Hospital"). */
function holderAfter(doc: Doc, k: number, end: number): boolean {
  const t = doc.tokens;
  const title = t[k];
  if (!title.cap || title.kind !== "word" || !TITLES.has(title.lower) || HONORIFIC.test(title.norm) || TITLE_QUALIFIERS.has(title.lower)) return false;
  const n = end - k - 1;
  if (n < 2 || n > 3 || !isFirstName(doc, t[k + 1].lower) || ORG_HEADS.has(t[end - 1].lower)) return false;
  for (let i = k + 1; i < end; i++) if (!isCapital(t[i]) || t[i].kind !== "word") return false;
  return true;
}

/** The country of a noun for one of its people, which names no one: "the Scot", "the Welshman", "two Frenchmen". */
export function nationalityNoun(lex: Lexicon, lower: string): CountryInfo | undefined {
  const stem = peopleNounStem(lower);
  // (a UK nation's, "Welshman", "Scotsman", names no country: the nation is a place in GB)
  return stem && !NATION_DEMONYMS.has(stem) ? lex.demonym.get(stem) : undefined;
}

/**
 * A seat named by two places joined by "and", after its member, is one seat: "the MP for
 * Sittingbourne and Sheppey", "MP for Hornsey and Wood Green" (the tagger reads the second part as
 * a person or a body).
 */
export function joinSeats(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const at = new Map<number, Found>();
  for (const f of found) at.set(f.first, f);
  const joined = new Set<Found>();
  for (const f of found) {
    const k = f.last + 1;
    if (joined.has(f) || t[f.last]?.text !== "and" || !isCapital(t[k]) || t[k].sentence !== t[f.first].sentence) continue;
    const next = at.get(k);
    let last = next?.last ?? k;
    if (!next) while (last - k < 3 && isCapital(t[last]) && t[last].sentence === t[k].sentence) last++;
    // (after a member's "for", or before a seat's noun: "won the Eton and Slough seat")
    if (!seatAfterMember(t, f.first) && !(SEAT_NOUNS.has(t[last]?.text ?? "") && t[f.first - 1]?.lower === "the")) continue;
    // (not a party or an owner after the seat: "MP for Merionnydd Nant Conwy and Plaid Cymru's leader")
    if (last - k > 3 || POSSESSIVE.test(t[last]?.norm ?? "") || PARTY_FORMS.has(nameOf(doc, k, last).toLowerCase())) continue;
    if (next) joined.add(next);
    f.last = last;
    f.key = nameOf(doc, f.first, last).toLowerCase();
  }
  if (joined.size) keepOnly(found, found.filter((f) => !joined.has(f)));
}

/**
 * Initials written without dots right before a surname the tagger read as a person are the
 * person's: "JRR Tolkien", "DH Lawrence" (not an office's or a body's letters: "MP", "BBC", "US");
 * so is the surname after a middle initial the tagger ended the name at ("Robert W Sweet").
 */
export function joinInitials(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const taken = coveredBy(doc, found);
  const orgs = new Set<string>();
  for (const f of found) if (f.type === "ORG") orgs.add(f.key);
  for (const f of found) {
    const k = f.first - 1;
    const w = t[k];
    if (f.type !== "PER" || f.last - f.first !== 1 || !w || taken[k] || !w.upper || !/^\p{Lu}{2,3}$/u.test(w.text) || !t[f.first].space || w.sentence !== t[f.first].sentence) continue;
    if (COMMON_INITIALISMS.has(w.lower) || lex.country.has(w.lower) || lex.organization.has(w.lower) || doc.vocab.gazetteer.classes(w.lower) & G_ORG || (k > 0 && isCapital(t[k - 1]) && t[k - 1].sentence === w.sentence)) continue;
    // (a surname, not a common noun after a firm's letters: "MG Rover")
    const surname = t[f.first].lower;
    if (lex.common.has(surname) && !(doc.vocab.gazetteer.classes(surname) & G_ANY_LAST)) continue;
    // (nor a name the article writes as an organisation's elsewhere)
    const key = nameOf(doc, k, f.last).toLowerCase();
    if (orgs.has(key)) continue;
    f.first = k;
    f.key = key;
  }
  // so are single initials without dots before a name, as a byline or a squad list writes them: "journalist S Hussain Zaidi", "C S Lewis"
  // (not "A" or "I", which are words; nor after a capitalised word, bar a common one opening the sentence: "Group B Smith", not "Author C S Lewis")
  for (const f of found) {
    let k = f.first;
    while (k > 0 && /^[B-HJ-Z]$/.test(t[k - 1].text) && t[k - 1].space && !taken[k - 1] && t[k - 1].sentence === t[f.first].sentence) k--;
    const word = k > 0 && isCapital(t[k - 1]) && t[k - 1].sentence === t[k].sentence && !(t[k - 1].sentenceStart && lex.common.has(t[k - 1].lower));
    if (f.type !== "PER" || k === f.first || word || t[k].sentenceStart) continue;
    f.first = k;
    f.key = nameOf(doc, k, f.last).toLowerCase();
  }
  // and a letter the tagger read into the name after such a word is that word's, no initial: "In Group B Jones scored" (not after a title: "Dr J Smith")
  for (const f of found) {
    let k = f.first;
    while (k < f.last - 1 && /^[B-HJ-Z]$/.test(t[k].text) && t[k].space) k++;
    const w = t[f.first - 1];
    if (f.type !== "PER" || k === f.first || !w || !isCapital(w) || w.sentence !== t[f.first].sentence || (w.sentenceStart && lex.common.has(w.lower)) || isTitle(w) || HONORIFIC.test(w.norm)) continue;
    f.first = k;
    f.key = nameOf(doc, k, f.last).toLowerCase();
  }
  // a middle initial ends no name: the surname after it is the person's ("Judge Robert W Sweet ruled")
  for (const f of found) {
    const next = t[f.last];
    if (f.type !== "PER" || f.last - f.first < 2 || !/^\p{Lu}$/u.test(t[f.last - 1].text) || !isCapital(next) || taken[f.last] || !next.space || next.sentence !== t[f.first].sentence || next.upper) continue;
    f.last++;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  }
}

/** A full name made into an adjective, which the tagger may pass over, is a person's (typed.ts leaves the suffix out): "a George Bush-style tax cutting spree". */
export function addLikenessNames(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  let covered: Uint8Array | undefined;
  const added: Found[] = [];
  for (let k = 1; k < t.length; k++) {
    const like = LIKENESS_SUFFIX.exec(t[k].text);
    const given = t[k - 1];
    if (!like || !given.cap || given.sentence !== t[k].sentence || !t[k].space || !isFirstName(doc, given.lower) || !SURNAME_SHAPE.test(t[k].text.slice(0, like.index))) continue;
    covered ??= coveredBy(doc, found);
    if (covered[k - 1] || covered[k]) continue;
    added.push({ first: k - 1, last: k + 1, floor: doc.sentences[t[k].sentence].first, type: "PER", key: nameOf(doc, k - 1, k + 1).toLowerCase(), partOfPerson: false });
  }
  addInOrder(found, added);
}

/** [first, last) names an illness, no person or body: "Motor Neurone Disease", "Crohn's disease", "Alzheimer's" alone. */
export function namesIllness(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const after = POSSESSIVE.test(t[last]?.norm ?? "") ? last + 1 : last;
  if (DISEASE_NOUNS.has(t[last - 1].lower) || (t[after]?.kind === "word" && DISEASE_NOUNS.has(t[after].lower))) return true;
  return last - first === 1 && after > last && DISEASE_EPONYMS.has(t[first].lower);
}

/** Names found that are a family by its surname's plural after "the", each with the fullest name of a person of that surname: "the Blairs" → "Tony Blair" (added where the tagger left it untagged). */
export function families(doc: Doc, found: Found[]): Map<Found, string> {
  const t = doc.tokens;
  const surnames = new Map<string, Found>();
  for (const f of found) {
    if (f.type !== "PER") continue;
    const had = surnames.get(t[f.last - 1].lower);
    if (!had || had.last - had.first < f.last - f.first) surnames.set(t[f.last - 1].lower, f);
  }
  const out = new Map<Found, string>();
  if (!surnames.size) return out;
  // (and a plural the tagger left untagged)
  const covered = coveredBy(doc, found);
  const untagged = new Set<Found>();
  for (let i = 1; i < t.length; i++) {
    if (covered[i] || t[i - 1].text !== "the" || t[i].kind !== "word" || !/^\p{Lu}\p{Ll}+s$/u.test(t[i].text) || t[i + 1]?.cap) continue;
    untagged.add({ first: i, last: i + 1, floor: doc.sentences[t[i].sentence].first, type: "PER", key: t[i].lower, partOfPerson: false });
  }
  let added = false;
  for (const f of [...found, ...untagged]) {
    // (after a "the" in lower case: "The Osbournes" may be the show)
    if (f.last - f.first !== 1 || t[f.first - 1]?.text !== "the" || !/s$/.test(f.key) || PARTY_FORMS.has(f.key)) continue;
    const person = surnames.get(f.key.replace(/e?s$/, "")) ?? surnames.get(f.key.slice(0, -1));
    if (!person || person === f) continue;
    out.set(f, nameOf(doc, person.first, person.last));
    if (untagged.has(f)) {
      found.push(f);
      added = true;
    }
  }
  if (added) found.sort((a, b) => a.first - b.first);
  return out;
}

/** ", the country's founding president", ", a former minister": a role noun heads the words after a comma. */
export function roleApposition(doc: Doc, last: number): boolean {
  const t = doc.tokens;
  if (t[last]?.norm !== "," || !/^(?:the|a|an)$/i.test(t[last + 1]?.norm ?? "")) return false;
  for (let k = last + 2; k < Math.min(t.length, last + 8); k++) {
    const w = t[k].norm.toLowerCase();
    if (w === "," || w === "." || w === "of" || w === "who" || w === "at") return false;
    if (isTitleWord(w, t[k].cap) && !/^(?:former|acting|first|state|general|foreign|deputy|vice|chief|field|crown|opposition)$/.test(w)) return true;
  }
  return false;
}

/** The capitalised month or weekday after a lone first name at [first, last) is its surname: "Theresa May, said" (not "Jane June 2005"). */
export function monthSurname(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  return last - first === 1 && doc.vocab.lexicon.firstName.has(t[first].lower) && !!t[last]?.cap && isDateWord(t[last].norm) && t[last].space && t[last + 1]?.kind !== "number";
}

/**
 * The capitalised month before a person's full name at [first, last) is its first name, where the
 * lists know it as one: "married June Carter Cash" (not "In June Tony Blair said", "since May John").
 */
export function monthFirstName(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const m = t[first - 1];
  const before = t[first - 2];
  if (last - first < 2 || !m?.cap || !m.space || m.sentence !== t[first].sentence || !isDateWord(m.norm) || !isFirstName(doc, m.lower)) return false;
  return !before || before.sentence !== m.sentence || !(doc.vocab.lexicon.functionWords.has(before.lower) || TIME_WORDS.has(before.lower) || before.kind === "number" || before.norm === ",");
}

/** Where two surnames joined by "and" start after a plural title ending [first, last), or -1: "Lord Justices Clarke and Rix" → "Clarke". */
export function twoAfterPluralTitle(doc: Doc, first: number, last: number): number {
  const t = doc.tokens;
  const k = last - 3;
  if (k <= first || t[k + 1].text !== "and" || !t[k].cap || !t[k + 2].cap) return -1;
  const title = t[k - 1].lower;
  return /s$/.test(title) && (isTitleWord(title.slice(0, -1), true) || isTitleWord(title.replace(/es$/, ""), true)) ? k : -1;
}

/**
 * Where a body's name runs on to over capitalised words the tagger left out before its holder's
 * title and name: "Exhibitor" + "Relations" of "Exhibitor Relations President Paul Dergarabedian"
 * (no first name, place or role among them).
 */
export function nameBeforeHolder(doc: Doc, first: number, last: number): number {
  const t = doc.tokens;
  let k = last;
  const lex = doc.vocab.lexicon;
  while (k < t.length && k - last < 3 && t[k].kind === "word" && isCapital(t[k]) && t[k].sentence === t[first].sentence && !isTitle(t[k]) && !isFirstName(doc, t[k].lower) && !listsPlace(doc, t[k].lower) && !lex.functionWords.has(t[k].lower) && !OFFICE_QUALIFIERS.has(t[k].lower)) k++;
  // (a role, not an honorific after one: not "Metropolitan Police Commissioner Sir John Stevens")
  return k > last && t[k] && isTitle(t[k]) && !HONORIFIC.test(t[k].norm) && t[k].sentence === t[first].sentence && isCapital(t[k + 1]) && isFirstName(doc, t[k + 1].lower) ? k : last;
}

/** A role word, also hyphenated ("Lieutenant-Colonel", "Vice-President"). */
export function isTitle(t: Token): boolean {
  return t.lower.split("-").every((p) => isTitleWord(p, t.cap) || TITLES.has(p + "."));
}

/** Every word of [first, last) is a role word. */
export function titlesOnly(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (!isTitle(tokens[i])) return false;
  return true;
}

/** The honorific or office inside a name that a person's name follows ("Tory Treasurer Lord Ashcroft", "Europe Director Dominick Chilcott"), or -1. */
export function honorificInside(tokens: Token[], first: number, last: number, lex: Lexicon): number {
  for (let i = first + 1; i < last - 1; i++) {
    if (HONORIFIC.test(tokens[i].norm) && tokens[i].cap && isCapital(tokens[i + 1])) return i;
    // (or an office's title before a first name: "Europe Director Dominick Chilcott")
    // (or after a body's head and before two name-shaped words that end the name: "Republican National Committee Chairman Reince Priebus")
    if (isTitle(tokens[i]) && tokens[i].cap && last - i > 2 && (lex.firstName.has(tokens[i + 1].lower) || (last - i === 3 && SURNAME_SHAPE.test(tokens[i + 1].text) && SURNAME_SHAPE.test(tokens[i + 2].text) && !lex.common.has(tokens[i + 2].lower) && !ORG_HEADS.has(tokens[i + 2].lower) && ORG_HEADS.has(tokens[i - 1].lower)))) return i;
  }
  return -1;
}

/**
 * A town opening a line of results before a colon is where the match was played, whatever the
 * tagger read: "Hove: Sussex 285-6 (W. Athey 111) v Lancashire", "Chesterfield: Worcestershire 238"
 * (the teams follow the colon).
 */
export function resultVenues(doc: Doc, found: Found[]): void {
  if (!aboutSport(doc)) return;
  const t = doc.tokens;
  for (const f of found) {
    if (f.type === "LOC" || f.kind || f.last - f.first > 3 || !t[f.first].paragraphStart || t[f.last]?.norm !== ":" || !listsPlace(doc, f.key)) continue;
    const p = doc.paragraphs[t[f.first].paragraph];
    let teams = false;
    for (let k = f.last + 1; k < p.last && !teams; k++) teams = t[k].lower === "v" || t[k].lower === "vs" || (t[k].kind === "number" && isCapital(t[k - 1]));
    if (teams) f.type = "LOC";
  }
}
