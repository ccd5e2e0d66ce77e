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
import { AUXILIARIES, PLAIN_VERB_MARKERS } from "../../words/grammar";
import { isDateWord, isHoliday } from "../../words/time";
import { COMMON_INITIALISMS, FIRM_AFTER, FIRM_HEADS, FIRM_ROLE_APPOSITION, HONORIFIC, NUMBERED_CHANNELS, ORG_HEADS, PUBLICATION_NOUNS, isTitleWord } from "../../words/names";
import { BROADCASTER_NAME, isCueWord, MEDIA_AFTER, MEDIA_NAME_WORDS } from "../../words/reporting";
import { acrossCountries, isKnownPlace, listsPlace, placeByWords } from "./places";
import { aboutComputing, aboutGames, aboutSport, aboutTheArts, aboutTheScreen, topicOf } from "./topic";
import { heldWhen } from "./events";
import { EVENT_ADJECTIVES, EVENT_HONOURS, MEDALS, TOURNAMENT_HEADS } from "../../words/sport";
import { LANDMARK_HEADS, LANDMARKS } from "../../words/places";
import { ROLE_NOUNS } from "../../words/sources";
import { PARTY_FORMS } from "../../words/parties";
import { CONVENTION_HOLDERS, LAWS_ALONE, MEETING_HEADS, GAME_KINDS, MEDICINE_NOUNS_BEFORE, TITLE_OPENERS, KIND_COMPOUNDS, MALWARE_NOUNS, PRODUCT_MAKERS, PRODUCT_NAMES, FIRM_BEFORE, SHIP_NOUNS, SHIP_PREFIXES, WORK_PEOPLE_OF, AWARD_AFTER, AWARD_NAMES, DEVICE_NOUNS, DIRECT_WORK_VERBS, SHOW_NOUNS_AFTER, TITLE_PREPOSITIONS, WORK_NOUNS_BEFORE_TITLE, EVENTS_ALONE, HONOURS, LAW_STARTS, LEGISLATURES, NATIONS_COUNTS, WORK_NOUNS_ALSO_VERBS, WORK_COMPOUNDS, OTHER_HEADS, PART_WORDS, PRODUCT_MODIFIERS, PRODUCT_NOUNS, WORK_LIST_VERBS, WORK_NOUN_MODIFIED, WORK_NOUNS, WORK_PREPOSITIONS, WORK_VERBS } from "../../words/other";

/** A word in lower case (read by ./lists.ts too). */
export const lowerWord = (t: Token | undefined) => !!t && t.kind === "word" && !t.cap;
/** Nouns after a title that make it a work's: "the Harry Potter film". */
const WORK_AFTER = new Set(["film", "movie", "novel", "album", "sitcom", "franchise", "soundtrack"]);

/** A title's own article before the name the tagger found: "movie A Little Princess". */
export function titleStart(t: Token[], first: number): number {
  const a = t[first - 1];
  return a && a.cap && /^(?:a|an|the)$/.test(a.lower) && lowerWord(t[first - 2]) && (WORK_NOUNS.has(t[first - 2].lower) || WORK_LIST_VERBS.has(t[first - 2].lower)) ? first - 1 : first;
}

/**
 * Where a law's name ends after its head word: over "on" or "of", a small "the" and capitalised
 * words, as often as they follow ("Convention on Human Rights", "Convention on the Rights of the
 * Child", "Directive on the Patentability of Computer-Implemented Inventions"; not "the treaty on Monday").
 */
export function lawEnd(tokens: Token[], last: number): number {
  for (;;) {
    const t = tokens[last];
    if (!t || !/^(?:on|of)$/.test(t.text)) return last;
    let k = last + 1;
    if (tokens[k]?.text === "the") k++;
    const word = (n: number) => !!tokens[n] && tokens[n].cap && tokens[n].kind === "word" && tokens[n].sentence === t.sentence && !isDateWord(tokens[n].norm) && !isHoliday(tokens[n].text);
    if (!word(k)) return last;
    // (over a hyphen or a possessive inside: "Convention on Seafarers' Identity Documents")
    while (word(k) || ((tokens[k]?.text === "-" || POSSESSIVE.test(tokens[k]?.norm ?? "")) && !tokens[k].space && word(k + 1))) k++;
    last = k;
  }
}

/** Where a title runs on to: over "'s Word", ": Words", "of (the) Words", a work's "and the Words", an award's "For Words". */
export function titleEnd(tokens: Token[], last: number, kind: OtherKind, firstName?: (w: string) => boolean, named?: (w: string) => boolean): number {
  // capitalised words right after belong to the title: "A Little" + "Princess"
  // (not a format's initials after it: "Blackadder TV comeback")
  const sameRun = (k: number) => tokens[k] && tokens[k].cap && tokens[k].kind === "word" && tokens[k].space && tokens[k].sentence === tokens[k - 1].sentence && !COMMON_INITIALISMS.has(tokens[k].lower);
  while (kind === "work" && sameRun(last)) last++;
  for (;;) {
    const t = tokens[last];
    if (!t) return last;
    const and = t.lower === "and" && /^(?:the|a|an)$/.test(tokens[last + 1]?.lower ?? "") && !tokens[last + 1].cap;
    // ("and the" in a work's title only: "Harry Potter and the Prisoner of Azkaban", "An Officer and a Gentleman", not "the Oscars and the Grammys";
    // "For" in an award's only written so: "Peter Sellers Award For Comedy", not "Oscar for The Aviator")
    // (and a small preposition before a capitalised word the lists know as no place's or person's: "The Woman in White", "A Girl in A Car With A Man", not "Sideways in London")
    // (nor before another name's "The", a format's letters or a holiday: "Law with The Small Faces", "on PS2", "on Christmas Day")
    const next = tokens[last + 1];
    // (the lists may know the name only whole: "in Las Vegas")
    const pair = tokens[last + 2]?.cap ? `${next?.lower} ${tokens[last + 2].lower}` : "";
    const inner = kind === "work" && !!named && !t.cap && TITLE_PREPOSITIONS.has(t.lower) && !!next?.cap && next.kind === "word" && !next.upper && !/\d/.test(next.text) && next.lower !== "the" && !named(next.lower) && !(pair && named(pair)) && !isDateWord(next.norm) && !isHoliday(next.text);
    const joiner = POSSESSIVE.test(t.norm) || t.norm === ":" || (!t.cap && (t.lower === "of" || t.lower === "the")) || (and && kind === "work") || (kind === "award" && t.text === "For") || inner;
    let after = last + (and && kind === "work" ? 2 : 1);
    // "Shaun of the Dead"
    if (!and && t.lower === "of" && tokens[after]?.lower === "the" && !tokens[after].cap) after++;
    if (!joiner || !tokens[after] || !tokens[after].cap || tokens[after].kind !== "word" || tokens[after].sentence !== t.sentence) return last;
    // (nor over "and the" to a body's possessive or initials: "Big Brother and the BBC's Panorama")
    if (and && (tokens[after].upper || POSSESSIVE.test(tokens[after + 1]?.norm ?? ""))) return last;
    // (a work's person after its possessive is the person's: "Festen's Rufus Norris")
    if (POSSESSIVE.test(t.norm) && firstName?.(tokens[after].lower) && tokens[after + 1]?.cap && !/^[IVX]+$/.test(tokens[after + 1].text)) return last;
    // (nor a title of its own, opened by its article or a possessive word: "Jean-Pierre Jeunet's A Very Long Engagement", "Ask's My Jeeves service")
    if (POSSESSIVE.test(t.norm) && TITLE_OPENERS.test(tokens[after].text) && tokens[after + 1]?.cap) return last;
    // (nor a country's or a format's initials: "Finding Neverland's UK premiere"; nor an award it may win: "Vera Drake's Bafta triumph")
    if (POSSESSIVE.test(t.norm) && (tokens[after].upper || AWARD_NAMES.has(tokens[after].lower))) return last;
    last = after + 1;
    while (tokens[last] && tokens[last].cap && tokens[last].kind === "word" && tokens[last].space) last++;
  }
}

/**
 * The "and" inside [first, last) between two titles that each open with their own capitalised
 * article ("The Chaplin Collection and The Day Today"), or -1; not one title written in capitals
 * ("Sex And The City", "Harry Potter and The Prisoner of Azkaban").
 */
export function secondTitle(t: readonly Token[], first: number, last: number): number {
  const article = (k: number) => !!t[k]?.cap && /^(?:the|a|an)$/.test(t[k].lower);
  if (!article(first) && !article(first - 1)) return -1;
  for (let k = first + 1; k + 2 < last; k++) if (t[k].text === "and" && article(k + 1)) return k;
  return -1;
}

/**
 * A sequel's or version's number right after a title at token k: "Halo 2", "Shrek 2", "Doom 3 is".
 * Not a score or fraction ("6-3", "4/9"), a date or a name going on ("9 November", "BBC 6 Music"),
 * nor a count of what follows ("4 nominations"): after it only punctuation, a verb or a small word.
 */
export function sequelNumber(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const n = t[k];
  const p = t[k - 1];
  if (!n || !p || !n.space || p.kind !== "word" || !p.cap || n.sentence !== p.sentence) return false;
  if (!(n.kind === "number" && /^[2-9]$/.test(n.text)) && !/^(?:II|III|IV)$/.test(n.text)) return false;
  const a = t[k + 1];
  if (!a || a.sentence !== n.sentence) return true;
  if (a.kind === "punct") return a.space || !(/^[-–\/:%]$/.test(a.norm) || (a.norm === "." && t[k + 2] && !t[k + 2].space && t[k + 2].kind === "number"));
  if (a.kind !== "word" || a.cap) return false;
  const lex = doc.vocab.lexicon;
  return lex.verbs.has(a.lower) || lex.functionWords.has(a.lower) || AUXILIARIES.has(a.lower) || WORK_AFTER.has(a.lower) || PRODUCT_NOUNS.has(a.lower);
}

/** Where a work's title runs on to, its sequel's number included: "Shrek 2", "Need for Speed: Underground 2". */
export function workEnd(doc: Doc, last: number): number {
  const end = titleEnd(doc.tokens, last, "work");
  return sequelNumber(doc, end) ? end + 1 : end;
}

/**
 * Where a title the lists know runs on to: over a subtitle, not over a person's name after its
 * possessive ("Black Books' Tamsin Greig") nor over an "and" after its own words ("Top of the Pops
 * and a Daily Mirror").
 */
export function knownTitleEnd(t: Token[], last: number): number {
  const end = titleEnd(t, last, "work", () => true);
  for (let k = last; k < end; k++) if (t[k].lower === "and") return k;
  return end;
}

/** Whether [first, last) is a title the lists know, in an article about the arts: its possessive then opens another name ("Black Books' Tamsin Greig"). */
export const isKnownTitle = (doc: Doc, first: number, last: number): boolean => aboutTheArts(doc) && listsTitle(doc, first, last);

/** Whether [first, last) is a title the lists know, its own "The" apart: "Harry Potter and the Prisoner of Azkaban". */
export function listsTitle(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const from = /^(?:the|a|an)$/.test(t[first].lower) && last - first > 1 ? first + 1 : first;
  return (doc.vocab.lexicon.workTitles.get(t[from].lower) ?? []).some((w) => w.words.length === last - from && w.words.every((x, k) => t[from + k].lower === x));
}

/**
 * The kind of other name a head word makes for [first, last): a show is a programme when its own
 * "The" or a person's first name opens it or the list of titles knows it ("The Politics Show", "The
 * Jerry Springer Show", "Leno's Tonight Show"), else a trade show, an event ("the Consumer Electronics Show", "the Detroit Motor Show").
 */
function headKind(doc: Doc, head: string, first: number, last: number): OtherKind | undefined {
  const kind = OTHER_HEADS.get(head);
  const t = doc.tokens;
  // (a body named for its meetings, the "of" inside the name or right before it, "Organisation of the Islamic Conference"; or for a policy after "of" or "for", "head of Trade Policy")
  const of = t[first - 1]?.text === "the" ? first - 2 : first - 1;
  const meetings = (head === "conference" || head === "show") && (t.slice(first, last).some((w) => w.text === "of") || (t[of]?.text === "of" && t[of - 1]?.cap));
  if (meetings || (head === "policy" && t.slice(first - 1, last).some((w) => w.text === "of" || w.text === "for"))) return undefined;
  // (a law's head alone after a title's own "The" mid-sentence names a title: "joined The Bill")
  if (kind === "law" && last - first === 2 && t[first].text === "The" && !t[first].sentenceStart) return undefined;
  // (a convention a party or a nation holds is its meeting: "the Democratic National Convention", "State GOP Convention")
  if (head === "convention" && t.slice(first, last - 1).some((w) => CONVENTION_HOLDERS.has(w.lower) || PARTY_FORMS.has(w.lower))) return "event";
  if (head !== "show") return kind;
  const opener = t[first - 1]?.text === "The" ? t[first - 1] : t[first];
  return opener?.text === "The" || doc.vocab.lexicon.firstName.has(t[first]?.lower ?? "") || isKnownTitle(doc, first, last) ? "work" : kind;
}

/** What kind of other name the words [first, last) are, by their own words alone, or null. */
export function kindByWords(doc: Doc, first: number, last: number): OtherKind | null {
  const t = doc.tokens;
  const head = t[last - 1].lower;
  // a head word that a surname follows is a first name: "Bill Clinton", "Oscar Wilde"
  const next = t[last];
  // (but honours are given in a list: "the New Year Honours List")
  if (next?.cap && next.kind === "word" && next.space && next.sentence === t[last - 1].sentence && !doc.vocab.lexicon.functionWords.has(next.lower) && !(head === "honours" && next.lower === "list")) return null;
  // (a firm set off as what it makes is none: "Rockstar Games, the makers of Manhunt")
  if (next?.norm === "," && t[last + 1]?.lower === "the" && t[last + 2] && FIRM_ROLE_APPOSITION.test(doc.text.slice(t[last + 2].start, t[Math.min(t.length - 1, last + 4)].end).toLowerCase())) return null;
  if (last - first === 1) return (AWARD_NAMES.has(head) || HONOURS.has(head)) && awardAlone(doc, first) ? "award" : EVENTS_ALONE.has(head) ? "event" : LAWS_ALONE.has(head) ? "law" : null;
  if (head === "nations" && NATIONS_COUNTS.has(t[last - 2].lower)) return "event";
  // "Academy Award", "Sydney Olympics", "Anti-Terrorism Bill" (a hyphenated head reads by its last part)
  // ("World War I": a war's number after its head word)
  if (/^(?:I|II)\.?$/.test(t[last - 1].text) && t[last - 2]?.lower === "war") return "event";
  const kind = headKind(doc, head, first, last) ?? headKind(doc, head.split("-").pop() ?? "", first, last);
  if (kind) return kind;
  // a sponsor's name before an event's: "Zurich Premiership"; a town's tournament: "the Sydney International"
  // (or a sponsor's, after when it is held: "February's Norwich Union International")
  if (EVENTS_ALONE.has(head) || (TOURNAMENT_HEADS.has(head) && ((last - first === 2 && listsPlace(doc, t[first].lower)) || heldWhen(t, first)) && aboutSport(doc))) return "event";
  if (LAW_STARTS.has(t[first].lower) && t[first + 1]?.lower === "of") return "law";
  return null;
}

/** An act of a legislature is any law it passes, no name: "to obtain an Act of Parliament". */
export function isGenericAct(t: Token[], first: number, last: number): boolean {
  return last - first === 3 && LAW_STARTS.has(t[first].lower) && t[first + 1].lower === "of" && LEGISLATURES.has(t[first + 2].lower);
}

/** A lone award name is the award when plural or written as one ("an Oscar", "Oscar hopefuls"), not a man's name ("Oscar said"). */
function awardAlone(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (/s$/.test(t[i].lower) || /^(?:a|an|the|his|her|their|its|two|three|four|five|first|best|second|third)$/.test(t[i - 1]?.lower ?? "")) return true;
  // its category before it, its ceremony or nominations after it: "the best actress Oscar", "Bafta awards"
  if (t[i - 2]?.lower === "best" && lowerWord(t[i - 1])) return true;
  const next = t[i + 1];
  if (next && AWARD_AFTER.has(next.lower)) return true;
  return !!next && next.kind === "word" && !next.cap && !doc.vocab.lexicon.verbs.has(next.lower) && !doc.vocab.lexicon.functionWords.has(next.lower);
}

/**
 * Token i is a verb's third person singular after its subject ("hits", "shows"), or after the
 * comma that closes a clause on its subject ("Davenport, who closed out with an ace, plays Karolina
 * Sprem"), not a plural noun after a determiner.
 */
export function thirdPersonVerb(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const w = t[i].lower;
  if (!WORK_NOUNS_ALSO_VERBS.has(w)) return false;
  const before = t[i - 1];
  if (before?.norm === "," && t[i + 1]?.cap) return true;
  // (an age standing for the person is a subject: "The 21-year-old plays Kevin Kim")
  if (/-year-old$/.test(before?.lower ?? "")) return true;
  // (a noun the plural makes one name with is none: "box office hits Vera Drake", "chart hits")
  return !!before && before.kind === "word" && !/^(?:a|an|the|his|her|their|its|our|my|your|two|three|four|five|new|old|big|biggest|greatest|best|latest|recent|top|hit)$/.test(before.lower) && !WORK_COMPOUNDS.has(before.lower) && !POSSESSIVE.test(before.norm);
}

/** What kind of other name the words around [first, last) make it outright, or null. */
export function kindByContext(doc: Doc, first: number, last: number): OtherKind | null {
  const t = doc.tokens;
  const start = titleStart(t, first);
  const prev = t[start - 1];
  // "the film Aviator", "Mexican movie Y Tu Mama Tambien"
  // (not a verb of the same spelling: "to play Hughes", "will show Smith")
  // (nor a verb's third person after its subject: "Scandal hits Clinton campaign", "poll shows Blair")
  // (or over an adverb: "will also feature Alicia Keys")
  const marked = (k: number) => PLAIN_VERB_MARKERS.has(t[k]?.lower ?? "") || (/^(?:also|then|now|only|even|still)$/.test(t[k]?.lower ?? "") && PLAIN_VERB_MARKERS.has(t[k - 1]?.lower ?? ""));
  if (lowerWord(prev) && WORK_NOUNS.has(prev.lower) && !marked(start - 2) && !thirdPersonVerb(doc, start - 1)) return "work";
  // "the console game Rising Sun"
  // (or "the game" alone, in an article about games: "the game Project Entropia, an RPG")
  if (lowerWord(prev) && (prev.lower === "game" || prev.lower === "games") && (GAME_KINDS.has(t[start - 2]?.lower ?? "") || (prev.lower === "game" && t[start - 2]?.lower === "the" && aboutGames(doc)))) return "work";
  // (not a quote's writer: '"… time," wrote Travis Anderson')
  if (lowerWord(prev) && DIRECT_WORK_VERBS.has(prev.lower) && !(t[start - 2] && (t[start - 2].kind === "quote" || t[start - 2].norm === ","))) return "work";
  // "a role in Million Dollar Baby", "starred in Alexander", "the sequel to Shrek", "the author of Wolf Brother", "viewers of EastEnders"
  // (not a channel, where the work is shown or which owns the show after it: "her second adaptation on BBC One", "a performance on BBC One's Top of the Pops")
  const channel = BROADCASTER_NAME.test(doc.text.slice(t[first].start, t[last - 1].end).toLowerCase());
  // (nor the maker whose possessive opens the title: "starred in Mel Gibson's The Passion of the Christ")
  // (a title of its own after it, opened by its article; "Tom Brown's Schooldays" is one title)
  const maker = POSSESSIVE.test(t[last]?.norm ?? "") && TITLE_OPENERS.test(t[last + 1]?.text ?? "") && !!t[last + 2]?.cap;
  // (not a part's name after "role of", a character, a name of another kind: "the role of Tom in …"; nor a body's, after
  // "the role of the" or before the noun it qualifies: "the role of House of Lords speaker")
  const part = prev?.lower === "of" && /^roles?$/.test(t[first - 2]?.lower ?? "");
  const modifies = lowerWord(t[last]) && !doc.vocab.lexicon.functionWords.has(t[last].lower);
  if (part && start === first && !modifies && !doc.vocab.lexicon.organization.has(doc.text.slice(t[first].start, t[last - 1].end).toLowerCase().replace(/\s+/g, " ").replace(/^the /, "")) && t[first].text !== "The") return "other";
  if (lowerWord(prev) && WORK_PREPOSITIONS.has(prev.lower) && lowerWord(t[first - 2]) && WORK_VERBS.has(t[first - 2].lower) && !channel && !maker && !part) return "work";
  // (not a channel, nor one owning what follows: "viewers of MTV Base", "viewers of BBC One's Film 2005")
  // (a year's possessive may stand between: "the author of 1776's Wealth of Nations")
  const of = POSSESSIVE.test(prev?.norm ?? "") && /^1\d{3}$|^20\d\d$/.test(t[first - 2]?.text ?? "") ? first - 2 : first;
  // (the noun may open the sentence: "Viewers of Strictly Come Dancing")
  if (lowerWord(t[of - 1]) && t[of - 1].lower === "of" && (lowerWord(t[of - 2]) || !!t[of - 2]?.sentenceStart) && WORK_PEOPLE_OF.has(t[of - 2].lower) && !POSSESSIVE.test(t[last]?.norm ?? "") && !PUBLICATION_NOUNS.has(t[last]?.text ?? "") && !BROADCASTER_NAME.test(doc.text.slice(t[first].start, t[last - 1].end).toLowerCase())) return "work";
  // "Airport (1968)", "1972's Virginia Plain": a title dated, in an article about the arts;
  // "his first novel, Runaway Zero-Eight", "the John Lennon cover, Jealous Guy": a work's noun and a comma
  if ((datedAfter(t, last) || datedBefore(t, start)) && aboutTheArts(doc)) return "work";
  if (prev?.norm === "," && titleAfterComma(doc, start)) return "work";
  // a chart's place after it, or its artist after "by", in an article about music: "Jailhouse Rock at number 37", "Tourist, by Athlete"
  if (chartCue(doc, last) || artistOwns(doc, first, last)) return "work";
  // "The Aviator, starring Leonardo DiCaprio"
  // (the cast follows: "director Spike Lee, starring in seven films" is a person)
  // (after the whole title, over its "'s" and the words after it: "Ocean's Twelve, the crime caper sequel starring";
  // not a person's possessive before a title: "Martin Scorsese's The Aviator", "Soderbergh's Traffic")
  const lex = doc.vocab.lexicon;
  const owner = last - first > 1 || lex.firstName.has(t[first].lower) || lex.lastName.has(t[first].lower) || /^(?:the|a|an)$/i.test(t[last + 1]?.text ?? "");
  const end = POSSESSIVE.test(t[last]?.norm ?? "") && !owner ? titleEnd(t, last, "work") : last;
  const starring = t[end]?.lower === "starring" ? end : t[end]?.norm === "," && t[end + 1]?.lower === "starring" ? end + 1 : -1;
  if (starring > 0 && t[starring + 1]?.cap) return "work";
  // "Martin Scorsese's The Aviator": a title's own "The" after a possessive
  const the = t[start]?.lower === "the" && t[start].cap ? start : -1;
  if (the > 0 && POSSESSIVE.test(t[the - 1].norm) && t[the - 2]?.cap) return "work";
  if (midSentenceThe(doc, first, last)) return "work";
  // "the AutoLink feature"
  // (over what kind of device it is: "the Pentax Optio SV digital camera")
  // (not a place's: "the Downing Street soap opera")
  // (the name joined only where a lower-case word follows it, as few do)
  const lowered = lowerWord(t[last]) ? t.slice(first, last).map((w) => w.lower).join(" ") : "";
  const place = lowered !== "" && (listsPlace(doc, lowered) || LANDMARKS.has(lowered));
  // "the Cabir virus", in an article about computers (not a body's or a maker's program: "the FBI virus", "a Windows virus"; nor an illness's: "the Sars virus")
  // (over what it runs on: "the Cabir mobile phone virus"; nouns only between: not "F-Secure gave the virus")
  if (aboutComputing(doc) && !place) {
    let malware = last;
    while (malware < last + 3 && lowerWord(t[malware]) && !MALWARE_NOUNS.has(t[malware].lower) && !lex.verbs.has(t[malware].lower) && !lex.functionWords.has(t[malware].lower)) malware++;
    if (lowerWord(t[malware]) && MALWARE_NOUNS.has(t[malware].lower) && !lex.organization.has(lowered) && !PRODUCT_NAMES.has(lowered) && !PRODUCT_MAKERS.has(lowered)) return "other";
  }
  // "the Today programme", "a new Two Ronnies series" (not a broadcaster's, a body's or a person's: "a BBC programme", "a Jamie Oliver series")
  // (nor a sport's run of matches: "a three-Test series", "the Home International series")
  if (lowerWord(t[last]) && SHOW_NOUNS_AFTER.has(t[last].lower) && t[first].cap && !(t[last].lower === "series" && aboutSport(doc)) && !place && !BROADCASTER_NAME.test(lowered) && !lex.organization.has(lowered) && !lex.firstName.has(t[first].lower) && !t[first].upper) return "work";
  for (let k = last; k < last + 3 && lowerWord(t[k]) && !place; k++) {
    if (PRODUCT_NOUNS.has(t[k].lower) && !(lowerWord(t[k + 1]) && PRODUCT_NOUNS.has(t[k + 1].lower))) return "product";
    if (k > last && DEVICE_NOUNS.has(t[k].lower)) return "product";
    if (!PRODUCT_MODIFIERS.has(t[k].lower)) break;
  }
  // "the cholesterol drug Crestor", "rival medicine Tarceva": a product (not a maker the lists know)
  if (lowerWord(prev) && MEDICINE_NOUNS_BEFORE.has(prev.lower) && !lex.organization.has(t.slice(first, last).map((w) => w.lower).join(" "))) return "product";
  // "the aircraft carrier Carl Vinson", "the liner Queen Mary", "RMS Titanic": a ship
  if (lowerWord(prev) && (SHIP_NOUNS.has(prev.lower) || (/^carriers?$/.test(prev.lower) && t[start - 2]?.lower === "aircraft")) || SHIP_PREFIXES.has(t[start].lower) || (prev && SHIP_PREFIXES.has(prev.lower) && prev.upper)) return "other";
  // "Wimbledon champion Maria Sharapova", "the Commonwealth and European silver medallist": a sport's event
  if (honourAfter(t, last) && !(last - first === 1 && EVENT_ADJECTIVES.has(t[first].lower)) && aboutSport(doc)) return "event";
  // (not the maker a "by" names before it: "Directed by Antoine Fuqua, the film was …"; nor a source, a title before it or not: "According to Exhibitor Relations President Paul Dergarabedian, the film did well")
  let k = first - 1;
  while (k > first - 6 && k >= 0 && t[k].cap && t[k].sentence === t[first].sentence) k--;
  const source = t[k]?.lower === "to" && t[k - 1]?.lower === "according";
  // (nor a person's full name, which an apposition after it passes over to the title before: "The Apprentice featuring tycoon Donald Trump, a ratings hit")
  // (after a word in small letters that describes them; a title opening the sentence keeps its apposition: "Vera Drake - Leigh's 1950s drama")
  const person = last - first === 2 && lex.firstName.has(t[first].lower) && lowerWord(t[first - 1]) && !/^(?:the|a|an)$/.test(t[first - 1].lower);
  return workApposition(t, end) && t[first - 1]?.text !== "by" && !source && !person ? "work" : null;
}

/**
 * A title of two words or more after its artist's possessive, in an article about music more than
 * the screen: "Elvis' Wooden Heart", "Eminem's Like Toy Soldiers" (not a member's name: "Coldplay's
 * Chris Martin", "the band's Dr Dre").
 */
export function artistOwns(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const p = t[first - 1];
  if (!p || !POSSESSIVE.test(p.norm) || !t[first - 2]?.cap || last - first < 2) return false;
  const lex = doc.vocab.lexicon;
  if (lex.firstName.has(t[first].lower) || doc.vocab.gazetteer.firstName(t[first].lower) || HONORIFIC.test(t[first].norm) || isTitleWord(t[first].lower, true)) return false;
  // (nor a place's or a body's venue, station or street: "Dublin's Point Theatre", "BBC Radio 1", "London's Regent Street")
  const owner = t[first - 2].lower;
  // (an act in capitals is an owner: "U2's How to Dismantle a Bomb"; not a broadcaster: "BBC Radio 1")
  if (listsPlace(doc, owner) || lex.organization.has(owner) || (t[first - 2].upper && (BROADCASTER_NAME.test(owner) || !/\d/.test(owner))) || placeByWords(doc, first, last) || ORG_HEADS.has(t[last - 1].lower) || LANDMARK_HEADS.has(t[last - 1].lower)) return false;
  // (nor a broadcaster's or a firm's: "Peel's BBC Radio 1 show", "Sillerman's Sports Entertainment Enterprises")
  if (t.slice(first, last).some((w) => w.upper || w.kind === "number") || FIRM_HEADS.has(t[last - 1].lower)) return false;
  const topic = topicOf(doc);
  return topic.music >= 3 && topic.music >= topic.screen + topic.games;
}

/** A chart's place or an artist after a name ending at `last`, in an article about music more than the screen: "at number 37", ", by Athlete". */
export function chartCue(doc: Doc, last: number): boolean {
  const t = doc.tokens;
  const at = t[last]?.lower === "at" && t[last + 1]?.lower === "number";
  const by = (t[last]?.norm === "," ? t[last + 1] : t[last])?.lower === "by";
  if (!at && !by) return false;
  const k = t[last]?.norm === "," ? last + 2 : last + 1;
  const topic = topicOf(doc);
  return topic.music >= 3 && topic.music >= topic.screen && (at || (!!t[k]?.cap && t[k].kind === "word"));
}

/** An athlete's honour after a name at `last`, or after another name joined by "and": "champion", "silver medallist". */
function honourAfter(t: readonly Token[], last: number): boolean {
  let k = last;
  if (t[k]?.lower === "and" && t[k + 1]?.cap && t[k + 1].kind === "word") k += 2;
  if (lowerWord(t[k]) && MEDALS.has(t[k].lower)) k++;
  return lowerWord(t[k]) && EVENT_HONOURS.has(t[k].lower);
}

/** An apposition after a name at `last` whose head is a work's noun: "Vera Drake - Leigh's 1950s drama", "Ray, the biopic of". */
export function workApposition(t: readonly Token[], last: number): boolean {
  if (!t[last] || !/^(?:[-–—,])$/.test(t[last].norm)) return false;
  let j = last + 1;
  if (/^(?:a|an|the)$/i.test(t[j]?.norm ?? "")) j++;
  else if (t[j]?.cap && POSSESSIVE.test(t[j + 1]?.norm ?? "")) j += 2;
  else return false;
  for (let k = j; k < Math.min(t.length, j + 4); k++) {
    // (the apposition's head comes before its "of": "Ava DuVernay, the director of the film" is a person)
    if (t[k].kind === "punct" || t[k].lower === "of" || ROLE_NOUNS.has(t[k].lower)) break;
    // (nor a work's noun that another noun heads: "Paul Tergat, the current world record holder", "EMI, the record label")
    if (lowerWord(t[k]) && WORK_NOUNS.has(t[k].lower) && !(lowerWord(t[k + 1]) && WORK_NOUN_MODIFIED.has(t[k + 1].lower))) return !POSSESSIVE.test(t[k + 1]?.norm ?? "");
  }
  return false;
}

/**
 * A title's own "The", capitalised inside a sentence, before a name in the singular: "favourites
 * Million Dollar Baby and The Aviator", "a remake of The Fog". News writes a newspaper, a band or a
 * firm so too: not a media name ("The Guardian"), a plural ("The Streets"), an organisation's head
 * word ("The Yankee Group"), a name after a role noun ("rapper The Game") or a venue ("at The Oval").
 */
function midSentenceThe(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const the = t[first].lower === "the" ? first : first - 1;
  const a = t[the];
  const before = t[the - 1];
  if (!a || a.lower !== "the" || !a.cap || the === last - 1 || !before || before.sentence !== a.sentence) return false;
  // (a venue is where things happen: "at The Oval")
  if (!(lowerWord(before) || before.norm === ",") || (lowerWord(before) && (ROLE_NOUNS.has(before.lower) || before.lower === "at"))) return false;
  const head = t[last - 1].lower;
  // (nor a publication: a media word in it, an acronym, its noun before it, or what it reported: "told The Daily Caller", "magazine The List", "The Atlantic reported")
  for (let k = the + 1; k < last; k++) if (MEDIA_NAME_WORDS.has(t[k].lower) || (t[k].text.length > 1 && !/\p{Ll}/u.test(t[k].text))) return false;
  if (before.lower === "told" || PUBLICATION_NOUNS.has(before.lower) || MEDIA_AFTER.has(t[last]?.lower ?? "") || isCueWord(t[last]?.lower ?? "")) return false;
  // (nor a part of the world: "The Atlantic")
  const name = t.slice(the + 1, last).map((w) => w.lower).join(" ");
  if (acrossCountries(name)) return false;
  return !head.endsWith("s") && !ORG_HEADS.has(head) && !doc.vocab.lexicon.organization.has(name);
}

/**
 * Words around a name that make it a work's title only when the article's other mentions of it do
 * not say otherwise: "the third Harry Potter film" (but "the Mike Leigh film"), "her role as
 * Katharine Hepburn in The Aviator" (but "he played in England"). `place`: the tagger read an
 * organisation or a place ("a BBC film", "Hollywood film star").
 */
export function weakWork(doc: Doc, first: number, last: number, place: boolean): boolean {
  const t = doc.tokens;
  // (not a compound's modifier: "the Sundance film festival")
  if (!place && lowerWord(t[last]) && WORK_AFTER.has(t[last].lower) && !(lowerWord(t[last + 1]) && KIND_COMPOUNDS.has(t[last + 1].lower))) return true;
  let start = titleStart(t, first);
  // (over the title's own "The" mid-sentence: "in The Grifters")
  if (t[start - 1]?.text === "The" && !t[start - 1].sentenceStart) start--;
  const prev = t[start - 1];
  if (place || !lowerWord(prev) || (prev.lower !== "in" && prev.lower !== "for")) return false;
  for (let k = start - 2; k >= 0 && k >= start - 9 && t[k].sentence === prev.sentence; k--) if (lowerWord(t[k]) && PART_WORDS.has(t[k].lower)) return true;
  return false;
}

/**
 * A name of common words the tagger read as an organisation, in an article about the screen, is a
 * title more likely than a body: "Polar Express", "Edge of Reason", "Deep Space Nine" (not with an
 * organisation's head word, "UK Film Council", nor a name the lexicon knows).
 */
export function phraseTitle(doc: Doc, f: { first: number; last: number; type: string; key: string }): boolean {
  const lex = doc.vocab.lexicon;
  // (nor a publication named so: "the UK-based journal Screen Digest")
  const before = doc.tokens[f.first - 1];
  // (or as another name, MISC, with a small word inside as a phrase has, not a thing's compound: "Edge of Reason", not "Game Cube", "Rat Pack")
  const phrase = f.type === "MISC" && doc.tokens.slice(f.first + 1, f.last - 1).some((w) => !w.cap && doc.vocab.lexicon.functionWords.has(w.lower));
  if ((f.type !== "ORG" && !phrase) || f.last - f.first < 2 || lex.organization.has(f.key) || BROADCASTER_NAME.test(f.key) || (before && !before.cap && (PUBLICATION_NOUNS.has(before.lower) || FIRM_BEFORE.has(before.lower))) || !aboutTheScreen(doc)) return false;
  for (let k = f.first; k < f.last; k++) {
    const w = doc.tokens[k].lower;
    if (doc.tokens[k].kind !== "word" || ORG_HEADS.has(w) || FIRM_AFTER.has(w) || MEDIA_NAME_WORDS.has(w) || NUMBERED_CHANNELS.has(w)) return false;
    if (!(lex.common.has(w) || lex.functionWords.has(w)) || lex.firstName.has(w) || isKnownPlace(lex, w)) return false;
  }
  return true;
}

/**
 * A band or a person by full name before the title they own: "Oasis' Definitely Maybe", "Fatboy
 * Slim's Palookaville" (a single name is the title's own: "Schindler's List", "Howl's Moving Castle").
 */
export function ownsTitle(t: readonly Token[], s: { first: number; last: number; type?: string }): boolean {
  // (nor a title's own pair of names: "Bill and Ted's Excellent Adventure"; a firm after "and" owns: "Opera and Apple's Safari")
  if (t[s.first - 1]?.lower === "and" && t[s.first - 2]?.cap && s.type !== "ORG") return false;
  return (s.type === "ORG" || (s.type === "PER" && s.last - s.first > 1)) && POSSESSIVE.test(t[s.last]?.norm ?? "") && !!t[s.last + 1]?.cap;
}

/**
 * A title after a work's noun and a comma, the noun after a possessive or an article: "his first
 * novel, Runaway Zero-Eight", "the 1981 John Lennon cover, Jealous Guy" (not a person's name:
 * "the musical, Victoria Hamilton", "the film, Mr Rusesabagina's wife").
 */
export function titleAfterComma(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const noun = t[first - 2];
  const lex = doc.vocab.lexicon;
  // (or a chart's top place in an article about the arts: "last week's number one, National Treasure")
  if (noun?.lower === "one" && t[first - 3]?.lower === "number" && aboutTheArts(doc)) return !lex.firstName.has(t[first].lower);
  if (!lowerWord(noun) || !WORK_NOUNS_BEFORE_TITLE.has(noun.lower)) return false;
  if (lex.firstName.has(t[first].lower) || doc.vocab.gazetteer.firstName(t[first].lower) || HONORIFIC.test(t[first].norm)) return false;
  // (nor a speaker set in the sentence: "The drama, Smith said, was …")
  let end = first;
  while (t[end]?.cap && t[end].sentence === noun.sentence && end - first < 8) end++;
  if (t[end] && t[end].kind === "word" && !t[end].cap && isCueWord(t[end].lower)) return false;
  for (let k = first - 3; k >= 0 && k >= first - 8 && t[k].sentence === noun.sentence; k--) if (POSSESSIVE.test(t[k].norm) || /^(?:his|her|their|its|the|a|an)$/.test(t[k].lower)) return true;
  return false;
}

/** A year in brackets after a title: "Airport (1968)". */
export const datedAfter = (t: readonly Token[], last: number) => t[last]?.norm === "(" && t[last + 2]?.norm === ")" && /^(?:1[6-9]|20)\d\d$/.test(t[last + 1]?.text ?? "");
/** A year's possessive before a title: "1972's Virginia Plain" (its "'s", in the title's sentence: not a quotation's closing mark, "… in 2005'" ending a headline). */
export const datedBefore = (t: readonly Token[], first: number) => first > 1 && /^['’]s$/i.test(t[first - 1].norm) && /^(?:1[6-9]|20)\d\d$/.test(t[first - 2].text) && t[first - 2].sentence === t[first].sentence;

/** Where a name ending in the head at `head` starts when its acronym in brackets after it spells its capitals from an earlier word (with the head's or without), else `first`. */
function spelledFrom(t: readonly Token[], first: number, head: number): number {
  if (t[head + 1]?.norm !== "(" || t[head + 3]?.norm !== ")" || !/^\p{Lu}{3,8}$/u.test(t[head + 2]?.text ?? "")) return first;
  const acr = t[head + 2].text;
  let capitals = "";
  for (let k = head - 1; k >= 0 && k >= head - 10 && t[k].sentence === t[head].sentence; k--) {
    if (t[k].cap && t[k].kind === "word") capitals = t[k].text[0] + capitals;
    else if (!/^(?:and|&|of|the|for|on)$/.test(t[k].text)) break;
    if (k < first && t[k].cap && (capitals === acr || capitals + t[head].text[0] === acr)) return k;
  }
  return first;
}

/**
 * Names that end in a head word ("Award", "Grand Prix", "Act") read from the capitalised run before
 * the head, whatever the tagger split it into: "the 2004 Peter Sellers Award For Comedy", "The
 * Alexander Walker Special Award", "Norwich Union Grand Prix". `readable`: tokens the tagger read;
 * `heads`: the capitalised head words' tokens, in order.
 */
export function headedNames(doc: Doc, readable: Uint8Array, heads: readonly number[]): Array<{ first: number; last: number; kind: OtherKind }> {
  const t = doc.tokens;
  const out: Array<{ first: number; last: number; kind: OtherKind }> = [];
  let done = 0; // the token after the last name read
  for (const i of heads) {
    if (i < done || i === 0) continue;
    const h = t[i];
    // (a line in capitals is a headline or a results table: "AFRICAN NATIONS CUP QUALIFIER")
    if (!h.cap) continue;
    // (a meeting's head word inside a body's name: "European Conference of Postal … Administrations", "Exhibition and Conference Centre")
    const meeting = MEETING_HEADS.has(h.lower) && /^(?:of|for|and|&)$/.test(t[i + 1]?.text ?? "") && t[i + 2]?.cap;
    const kind = meeting ? undefined : OTHER_HEADS.get(h.lower);
    // (an honour is written in capitals: "made an OBE")
    if (!kind || h.kind !== "word" || !readable[i] || !(/\p{Ll}/u.test(h.text) || HONOURS.has(h.lower))) continue;
    let first = i;
    // (a short acronym inside the name is the name's: "Official UK Singles Chart"; a line in capitals is none, nor a country before an award known alone: "UK Oscar hopes")
    const acronym = (k: number) => t[k].text.length <= 4 && !(AWARD_NAMES.has(h.lower) && doc.vocab.lexicon.country.has(t[k].lower));
    const capital = (k: number) => k >= 0 && t[k].sentence === h.sentence && t[k].kind === "word" && t[k].cap && (/\p{Ll}/u.test(t[k].text) || acronym(k)) && t[k + 1].space;
    // (an honour after a name is the person's letters: "William Haughey OBE")
    if (HONOURS.has(h.lower) && capital(i - 1)) continue;
    for (;;) {
      if (HONOURS.has(h.lower) || i - first >= (kind === "law" ? 10 : 6)) break;
      if (capital(first - 1)) first--;
      // "Freedom of Information Act", "Bank for International Settlements Award"
      else if (t[first - 1]?.text === "of" && capital(first - 2)) first -= 2;
      // a law's name over its possessives and an "&": "Christmas & New Year's Day Trading Bill" (not its country's: "Germany's Securities Trading Act")
      // (nor its sponsor's: "Mr Foster's Protection of Wild Mammals Bill")
      else if (kind === "law" && ((POSSESSIVE.test(t[first - 1]?.norm ?? "") && !t[first - 1].space) || t[first - 1]?.norm === "&") && first > 1 && t[first - 2].cap && t[first - 2].kind === "word" && t[first - 2].sentence === h.sentence && !listsPlace(doc, t[first - 2].lower) && !doc.vocab.lexicon.organization.has(t[first - 2].lower) && !HONORIFIC.test(t[first - 3]?.text ?? "") && !doc.vocab.lexicon.lastName.has(t[first - 2].lower)) first -= 2;
      // a law's name over its "and" and "the": "Texas Electronic Mail and Solicitation Act", "Controlling the Assault of … Act" (not over a law before: "the Data Act and Privacy Act")
      else if (kind === "law" && /^(?:and|the)$/.test(t[first - 1]?.text ?? "") && capital(first - 2) && OTHER_HEADS.get(t[first - 2].lower) !== "law" && !t[first - 2].sentenceStart && !doc.vocab.lexicon.functionWords.has(t[first - 2].lower)) first -= 2;
      // "Incitement to Religious Hatred Bill", "Succession to the Crown Bill"
      else if (kind === "law" && (t[first - 1]?.text === "to" || (t[first - 1]?.text === "the" && t[first - 2]?.text === "to")) && capital(first - (t[first - 1].text === "to" ? 2 : 3))) first -= t[first - 1].text === "to" ? 2 : 3;
      // "AAA's Championships", "the Women's World Cup": a body's initials or a sex opening an event's name (not "Sunday's Carling Cup", "Spain's Davis Cup", the broadcaster's "BBC's Olympics")
      else if (kind === "event" && POSSESSIVE.test(t[first - 1]?.norm ?? "") && !t[first - 1].space && t[first - 2]?.sentence === h.sentence && ((t[first - 2].upper && !doc.vocab.lexicon.organization.has(t[first - 2].lower) && !BROADCASTER_NAME.test(t[first - 2].lower)) || /^(?:women|men)$/.test(t[first - 2].lower))) first -= 2;
      else break;
    }
    // (from further back where its acronym in brackets spells it so: "Waste Electrical and Electronic Equipment Directive (WEEE)")
    first = spelledFrom(t, first, i);
    // a sentence's or title's "The" is no part of the name, nor a common word opening the sentence ("Former Academy Award winner")
    while (first < i && (/^(?:the|a|an)$/.test(t[first].lower) || (t[first].sentenceStart && doc.vocab.lexicon.common.has(t[first].lower)))) first++;
    // (a head alone is a name only when it is an award's: "The Oscars are held …")
    // (its words say the kind: "The Politics Show" is a programme, "the Detroit Motor Show" an event)
    // (or a law's head with what it is on or of: "the Convention on the Rights of the Child", "the Treaty of Rome", not "an Act of Parliament")
    const onOf = kind === "law" ? lawEnd(t, i + 1) : i + 1;
    // (after a body's initials, which open its name: "the UN Convention on Seafarers"; not after a possessive the walk above stopped at: "Germany's")
    const lawAlone = first === i && onOf > i + 1 && !isGenericAct(t, i, onOf) && !POSSESSIVE.test(t[i - 1].norm);
    if (lawAlone && t[i - 1].upper && t[i - 1].kind === "word" && t[i - 1].sentence === h.sentence && doc.vocab.lexicon.organization.has(t[i - 1].lower)) first--;
    const named = lawAlone ? "law" : kindByWords(doc, first, i + 1);
    if ((first === i && !AWARD_NAMES.has(h.lower) && !HONOURS.has(h.lower) && !lawAlone) || !named || (named !== kind && h.lower !== "show")) continue;
    const last = named === "award" || named === "event" ? titleEnd(t, i + 1, named) : named === "law" ? onOf : i + 1;
    out.push({ first, last, kind: named });
    done = last;
  }
  return out;
}
