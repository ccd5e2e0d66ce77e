// What a name the tagger found is, read from the lists and the words around it: a party's form is
// the party, a nationality its country, a site a place, a club a club; what nothing speaks for keeps
// the tagger's type. Called by ./recognize.ts for every span the tagger marks.

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import type { EntityType, NameSpan } from "../../text/layers";
import type { TaggedSpan } from "../../tagger/tags";
import { isTitleWord, LIKENESS_SUFFIX, APPOSITION_ORG, OWNED_IN, ROLE, FAITH_ADJECTIVES, FAITH_PEOPLE, GROUPS_OF_PEOPLE, PLURAL_TITLES_SHORT, INSTITUTION_HEADS, FIRM_ROLE_APPOSITION, BODY_HEADS_OVER_MISC, COMMON_INITIALISMS, CULTURAL_INSTITUTIONS, DEITIES, HONORIFIC, KIN_NOUNS, NAME_PARTICLES, NAME_QUALIFIERS, NICKNAMED_BODIES, NOUNS_BEFORE_A_BODY, ORG_HEADS, ORG_CUES, RANKS, ROLE_QUALIFIERS, ROYAL_TITLES, PLACED_FIRM_NOUNS } from "../../words/names";
import { TIME_WORDS, WEEKDAYS_SHORT, isDateWord, isHoliday } from "../../words/time";
import { EX_NAME, PARTY_COUNTRIES, PARTY_FORMS, PARTY_NOUN_FORMS, US_PARTY_WORDS } from "../../words/parties";
import { ACTION_NOUN_ENDING, ADJECTIVE_ENDING, COMMON_NOUN_ENDING } from "../../words/grammar";
import type { OtherKind } from "../../types";
import { awardOfAdjective, DRINK_NOUNS, KIND_OF_NOUN_AFTER, MEMBER_BEFORE, LEGISLATURES, OTHER_HEADS, PRODUCT_NAMES, SHOWS_AS_EVENTS, WORK_NOUNS, WORK_NOUNS_BEFORE_TITLE } from "../../words/other";
import { isFirstName, isSurname, isTitle, roleApposition, namedAsPerson, nationalityNoun, organizationAround, resultBefore, surnameOfSomeone } from "./around";
import { acrossCountries, eventAfter, isKnownPlace, isTown, knownTown, listsPlace, seatAfterMember, unplacedName, peoplesWord, worldPartAdjective } from "./places";
import { BUILDING_PREPOSITIONS, LANDMARKS, SEATS_OF_GOVERNMENT, CITY_OF_LONDON, COMPASS, PLACE_PREPOSITIONS, SEAT_NOUNS, COUNTRIES_BY_STATE, COUNTRY_NAMES_AFTER_THE, LANGUAGES, MADE_OF_BACKER, NO_PLACE_ALONE, THEATRE_HEADS, TRADE_STREETS, MADE_OF_PLACE, NATION_DEMONYMS, SETTLEMENT_NOUNS, SITE_HEADS, SITE_PREFIXES, VENUES, isNationPeopleNoun } from "../../words/places";
import { ATHLETE_NOUNS, CLUB_NAMES, CLUBS_ALONE, TENNIS_MAJORS } from "../../words/sport";
import { aboutSport, aboutUsPolitics, houseOf } from "./topic";
import { inPartyStateTag, stateWrittenOtherwise } from "./states";
import { countsNoun, isCapital, nameOf } from "./found";
import { bandMember } from "./organizations";
import { closedByOtherBodies } from "./listed";
import { backer as isBacker } from "./countries";
import { productOfAdjective } from "./products";
import { POSSESSIVE } from "../../text/phrases";
import { BODY_HEADS_OF, BODY_STAFF, ROLE_NOUNS } from "../../words/sources";
import { BROADCASTER_HEADS, PAPERS_BY_ONE_WORD } from "../../words/reporting";

const LOWER_START = /^\p{Ll}/u;

export function span(doc: Doc, first: number, last: number, type: EntityType, extra: Partial<NameSpan> = {}): NameSpan {
  const end = doc.tokens[last - 1];
  // an abbreviation's dot that also ends the sentence ends the sentence: "… Lear Corp." → "Lear Corp"
  // (and a work's or event's Roman number takes no sentence's dot: "to World War I. But")
  const final = end.text.length > 1 && end.text.endsWith(".") && ((!/^(?:\p{L}\.)+$/u.test(end.text) && doc.tokens[last - 1].sentence !== (doc.tokens[last]?.sentence ?? -1)) || (!!extra.kind && /^[IVX]+\.$/.test(end.text)));
  let name = nameOf(doc, first, last);
  if (final) name = name.slice(0, -1);
  // a prefix joined to the first word is no part of the name: "the pre-European Championships camp" (its own characters only)
  const prefix = last - first > 1 ? NAME_PREFIX.exec(doc.tokens[first].text) : null;
  if (prefix) name = name.slice(prefix[0].length);
  return { start: doc.tokens[first].start + (prefix ? prefix[0].length : 0), end: end.end - (final ? 1 : 0), first, last, type, name, ...extra };
}

/** A role's noun before [first, last), or a work's after it, by a possessive or by its noun before a title: the name is a person's (see typed). */
function makerOrHolder(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const before = t[first - 1];
  if (before?.kind === "word" && !before.cap && ROLE_NOUNS.has(before.lower)) return true;
  let k = last;
  if (POSSESSIVE.test(t[k]?.norm ?? "") && !t[k].space) k++;
  // (over a medium's letters: "Bill Cosby's TV cartoon")
  if (t[k]?.upper && t[k].kind === "word") k++;
  const noun = t[k];
  return !!noun && noun.kind === "word" && !noun.cap && WORK_NOUNS.has(noun.lower) && (k > last || !!t[k + 1]?.cap);
}

/** A body's initials made into a likeness: "NFL-style". */
export const INITIALS_LIKENESS = /^(\p{Lu}{2,}\d*)-style$/u;

/** A prefix written onto a name's first word: "pre-European", "non-Champions", "post-World". */
export const NAME_PREFIX = /^(?:non|pre|post|anti|pro|mid)-(?=\p{Lu})/u;

/** The title words of [k, first) are honorifics only ("Mr", "Sir"), no office. */
const honorificOnly = (doc: Doc, k: number, first: number) => doc.tokens.slice(k, first).every((t) => !isTitle(t) || HONORIFIC.test(t.norm));

/**
 * The role written right before a person's name: title words ("President", "director"), the
 * nationality and modifiers with them ("Kazakh President", "former President"), and capitalised
 * words naming the office or body ("Home Secretary", "Fair Trials Abroad director").
 */
export function titleBefore(doc: Doc, lex: Lexicon, first: number, floor: number): string | undefined {
  let k = first;
  let named = 0; // capitalised words of an office's name, before a title word
  while (k > floor) {
    const t = doc.tokens[k - 1];
    const w = t.norm.toLowerCase();
    const atStart = k - 1 === floor && isSentenceWord(lex, t) && !ROLE_QUALIFIERS.has(w) && !isTitle(t);
    if (t.kind !== "word" || atStart || lex.functionWords.has(w)) break;
    if (isTitle(t) || ROLE_QUALIFIERS.has(w) || (isCapital(t) && lex.demonym.has(w))) named = 0;
    // (before an honorific alone, a day, a place or initials is the sentence's: "on Thursday Mr Blair", "the BBC Mr Howard")
    else if (isCapital(t) && k < first && named < 3 && doc.tokens.slice(k, first).some(isTitle) && !(honorificOnly(doc, k, first) && (isDateWord(t.norm) || isKnownPlace(lex, w) || t.upper))) named++;
    else break;
    k--;
  }
  if (k === first || !doc.tokens.slice(k, first).some(isTitle)) return undefined;
  return nameOf(doc, k, first);
}

export function isSentenceWord(lex: Lexicon, t: Token): boolean {
  const w = t.norm.toLowerCase();
  return (lex.common.has(w) || lex.functionWords.has(w)) && !lex.firstName.has(w) && !lex.country.has(w) && !lex.demonym.has(w) && !lex.city.has(w);
}

/** A settlement's noun and "like", "such as" or "including" right before token `first`: "a city like", "towns such as". */
function settlementBefore(t: readonly Token[], first: number): boolean {
  const noun = (k: number) => !!t[k] && (!t[k].cap || t[k].sentenceStart) && (SETTLEMENT_NOUNS.has(t[k].lower) || SETTLEMENT_NOUNS.has(t[k].lower.replace(/(?:ies|s)$/, (m) => (m === "ies" ? "y" : ""))));
  if (/^(?:like|including)$/.test(t[first - 1]?.text ?? "")) return noun(first - 2);
  return t[first - 1]?.text === "as" && t[first - 2]?.text === "such" && noun(first - 3);
}

/** A relative's noun right before token `first`, after a possessive, "with", "and" or a comma: "his wife", "with daughter", "and son". */
function kinBefore(t: readonly Token[], first: number): boolean {
  const kin = t[first - 1];
  if (!kin || kin.cap || !KIN_NOUNS.has(kin.lower) || kin.sentence !== t[first].sentence) return false;
  return /^(?:his|her|their|my|our|your|whose|with|and|,|'s|’s)$/.test(t[first - 2]?.lower ?? "");
}

/** "The city of", "the town of" (a settlement's noun after "the" and before "of") right before token `first`. */
function settlementOf(t: readonly Token[], first: number): boolean {
  const noun = t[first - 2];
  return t[first - 1]?.lower === "of" && !!noun && !noun.cap && noun.lower !== "capital" && SETTLEMENT_NOUNS.has(noun.lower) && t[first - 3]?.lower === "the";
}

export function typed(doc: Doc, lex: Lexicon, type: TaggedSpan["type"], first: number, last: number, floor: number, partOfPerson = false, kind?: OtherKind): NameSpan | null {
  // "ex-" written onto a name of several words is no part of it: "Ex-Welsh Office Minister", "ex-Downing Street adviser"
  const ex = last - first > 1 && type !== "PER" && !partOfPerson ? EX_NAME.exec(doc.tokens[first].text) : null;
  const s = typedWhole(doc, lex, type, first, last, floor, partOfPerson, kind);
  if (!ex || !s || s.start !== doc.tokens[first].start) return s;
  const cut = doc.tokens[first].text.length - ex[1].length;
  return { ...s, start: s.start + cut, name: s.name.slice(cut) };
}

function typedWhole(doc: Doc, lex: Lexicon, type: TaggedSpan["type"], first: number, last: number, floor: number, partOfPerson = false, kind?: OtherKind): NameSpan | null {
  const { tokens } = doc;
  // a sentence's article opens no person's name: "A Devon man had been told"
  // (not an initial in a line-up: "A Titterrell, B Cockerill")
  if (type === "PER" && last - first > 1 && tokens[first].sentenceStart && /^An?$/.test(tokens[first].text) && LOWER_START.test(tokens[last]?.text ?? "")) first++;
  const name = nameOf(doc, first, last);
  const lower = name.toLowerCase();
  // a handle or a hashtag names nobody the article speaks of, a web address's host no body: "@InvokeTruth", "#SuperTuesday", "pic.twitter.com"
  // (nor a member of Congress's party-and-state tag: "(R-S.C.)")
  if (/^(?:www|pic)\./.test(lower) || inPartyStateTag(tokens, first)) return null;
  for (let k = Math.max(0, first - 1); k < last - 1; k++) if (/^[@#]$/.test(tokens[k].text) && !tokens[k + 1].space) return null;
  // a US state's abbreviation after a town, its nickname and its people are the state, whatever the tagger read: "Portsmouth, N.H.", "the Granite State", "Iowans"
  const usState = stateWrittenOtherwise(doc, first, last, lower, kind);
  if (usState) return span(doc, first, last, "place", usState);
  // the house a government sits in stands for it, as its readers key it, but where something happens at the building: "a White House
  // spokesman", "send it to the White House", not "a dinner at the White House"
  if (SEATS_OF_GOVERNMENT.has(lower) && !(tokens[first - 1]?.lower === "the" && BUILDING_PREPOSITIONS.has(tokens[first - 2]?.lower ?? ""))) return span(doc, first, last, "organization");
  // a landmark the lists know is no person, whatever the tagger read: "on Capitol Hill"
  if (type === "PER" && !kind && LANDMARKS.has(lower)) return span(doc, first, last, "place");
  // a seat after its member is a place, whatever else its name names: "Labour MP for West Ham"
  if (!partOfPerson && !kind && seatAfterMember(tokens, first)) return span(doc, first, last, "place");
  // a US party's adjective or member's noun alone is the party in US political news: "the Republican nominee", "Democrat Hillary Clinton";
  // elsewhere its adjective before a word in small letters names nothing, whatever the tagger read: "his Democratic challenger"
  const usParty = last - first === 1 && !partOfPerson ? US_PARTY_WORDS.get(lower) : undefined;
  // (a member's noun in the singular, "Democrat", is the US's anywhere)
  if (usParty && (lower === "democrat" || aboutUsPolitics(doc))) return span(doc, first, last, "organization", { canonical: usParty });
  if (usParty && lower !== "democrat" && tokens[last]?.kind === "word" && !tokens[last].cap) return null;
  // a faith's people alone are none of the lists' names, whatever the tagger read: "some Anglicans remain opposed"
  if (last - first === 1 && !kind && FAITH_PEOPLE.has(lower)) return null;
  // nor a people of no country, a generation, or a title in the plural: "the Latino vote", "Millennials", "Baby Boomers", "Sens. John McCain and …"
  if (GROUPS_OF_PEOPLE.has(lower) || (last - first === 1 && PLURAL_TITLES_SHORT.test(lower))) return null;
  // a party in any of its forms is the party: "Tories", "Lib Dem", "Conservative"
  // (not a plural that is a common word, opening a sentence: "Greens grow well")
  const party = PARTY_FORMS.get(lower);
  // (not labour as a minister's field, written with the title's capital: "Labour Minister Ghazi al-Gosaibi", "Economy and Labour Minister Wolfgang Clement")
  if (party && lower === "labour" && /^(?:Minister|Ministry|Secretary)$/.test(tokens[last]?.text ?? "")) return null;
  // (nor a British party's adjective in US political news, where it says what someone thinks: "Conservative radio host Rush Limbaugh")
  if (party && last - first === 1 && PARTY_COUNTRIES.get(party) === "GB" && !PARTY_NOUN_FORMS.has(lower) && aboutUsPolitics(doc)) return null;
  if (party && !partOfPerson && !(last - first === 1 && tokens[first].sentenceStart && /s$/.test(lower) && lex.common.has(lower.slice(0, -1)))) return span(doc, first, last, "organization", { canonical: party });
  // a name right after a relative's noun is the relative, whatever else it names: "a row with daughter Victoria", "his son Jordan"
  // (not a firm's sister, "sister company Prudential", nor a party's or a people's word before a role: "his wife Democratic front-runner Hillary Clinton")
  if (!partOfPerson && !kind && last - first <= 3 && kinBefore(tokens, first) && !lex.demonym.has(lower)) return span(doc, first, last, "person", { sure: true });
  // a name right before a drink's noun is the drink's brand, where the tagger read no body: "Courvoisier brandy", "Stolichnaya vodka" (not where it is from:
  // "French wine", "Bordeaux wine"; a body stays one, maybe its maker: "Carlsberg lager")
  const drink = tokens[last]?.kind === "word" && !tokens[last].cap && DRINK_NOUNS.has(tokens[last].lower);
  if (drink && type !== "ORG" && !partOfPerson && !kind && last - first <= 3 && !lex.demonym.has(lower) && !lex.peoples.has(lower) && !lex.country.has(lower) && !listsPlace(doc, lower)) return span(doc, first, last, "other", { kind: "product" });
  // an award's adjective names the award: "Oscar-winning", "Bafta-nominated" (at its own characters)
  const award = last - first === 1 ? awardOfAdjective(name) : undefined;
  if (award) {
    const s = span(doc, first, last, "other", { kind: "award" });
    return { ...s, end: s.start + award.length, name: award };
  }
  // (another adjective made of a name is none: "Hollywood-based"; a product's name may be written so: "Blu-ray")
  // a first name and a surname read as a work's title are a person where the words around say so: a role's noun before ("tycoon
  // Donald Trump", "author Daniel Handler"), or a work's maker after, by a possessive or a work's noun before its title ("Bill Cosby's
  // TV cartoon", "Ben Stiller comedy Meet The Parents"); a title named like a person has neither: "the film Vera Drake"
  if (kind === "work" && !partOfPerson && last - first === 2 && isFirstName(doc, tokens[first].lower) && makerOrHolder(doc, first, last)) return span(doc, first, last, "person");
  if (kind && !(last - first === 1 && /-\p{Ll}+$/u.test(name) && !PRODUCT_NAMES.has(lower))) return span(doc, first, last, "other", { kind });
  // a weekday cut short in brackets is a day: "Worcester v Sale (Fri)"
  if (last - first === 1 && WEEKDAYS_SHORT.has(lower) && tokens[first - 1]?.norm === "(" && tokens[last]?.norm === ")") return null;
  // an honorific or a police rank alone is no name: "Mr", "PC"; nor a language no people is named by: "Latin for truth";
  // nor a deity as a place or a body, "faith in God" (as a person, CoNLL's reading, it stays); nor a format or an office in capitals,
  // whichever stage found it: "the film and TV industries"
  if (last - first === 1 && (HONORIFIC.test(lower) || RANKS.has(lower) || LANGUAGES.has(lower) || (DEITIES.has(lower) && type !== "PER") || COMMON_INITIALISMS.has(lower) || (type === "LOC" && NO_PLACE_ALONE.has(lower)))) return null;
  // a street standing for a trade is no place where no town owns it: "the High Street", "UK High Street retailers" (not "Oxford's High Street")
  if (TRADE_STREETS.has(lower) && !(POSSESSIVE.test(tokens[first - 1]?.norm ?? "") && isCapital(tokens[first - 2]))) return null;
  // "Netherlands-based", "Indian-born", "Moscow-based": the country or place the adjective is made of (a big town the lists of
  // towns know only where it says where someone or something is: "Houston-based", not "Nokia-sponsored")
  const made = MADE_OF_PLACE.exec(name);
  if (made) {
    const w = made[1].toLowerCase();
    const c = NATION_DEMONYMS.has(w) ? undefined : (lex.country.get(w) ?? lex.demonym.get(w));
    const s = c ? span(doc, first, last, "country", { code: c.code, demonym: !lex.country.has(w) }) : lex.city.has(w) || lex.region.has(w) || (knownTown(doc, w) && /-(?:based|born|headquartered)$/.test(name)) ? span(doc, first, last, "place") : null;
    if (s) return { ...s, end: s.start + made[1].length, name: made[1] };
    // (or a product's: "a Linux-based operating system", "Windows-based devices")
    if (productOfAdjective(lex, w)) {
      const o = span(doc, first, last, "other", { kind: "product" });
      return { ...o, end: o.start + made[1].length, name: made[1] };
    }
    // (else a backer's: "the Sony-backed format", "a Labour-led council")
    const who = isBacker(lex, name) ? MADE_OF_BACKER.exec(name)?.[1] : undefined;
    if (!who) return null;
    // (a person's surname: "Murdoch-owned papers")
    const party = PARTY_FORMS.get(who.toLowerCase());
    const person = !party && lex.lastName.has(who.toLowerCase()) && !lex.organization.has(who.toLowerCase());
    const o = span(doc, first, last, person ? "person" : "organization", party ? { canonical: party } : {});
    return { ...o, end: o.start + who.length, name: who };
  }
  // a full name made into an adjective is the person's: "a George Bush-style tax cutting spree"
  const styled = type === "PER" && last - first > 1 ? LIKENESS_SUFFIX.exec(name) : null;
  if (styled) {
    const s = span(doc, first, last, "person");
    return { ...s, end: s.end - styled[0].length, name: s.name.slice(0, -styled[0].length) };
  }
  // a party or a body after "ex-" is that body: "Ex-Labour minister Frank Field"
  const ex = last - first === 1 ? EX_NAME.exec(name) : null;
  const exParty = ex ? PARTY_FORMS.get(ex[1].toLowerCase()) : undefined;
  if (ex && (exParty || lex.organization.has(ex[1].toLowerCase()))) {
    const s = span(doc, first, last, "organization", exParty ? { canonical: exParty } : {});
    return { ...s, start: s.end - ex[1].length, name: ex[1] };
  }
  // a UK nation's people's word names neither the UK nor, not being a name, the nation's place: "Scottish band" (places.ts counts it for the article's country)
  if (NATION_DEMONYMS.has(lower) || (isNationPeopleNoun(lower) && type !== "ORG")) return null;
  // a band's member, named by its name's singular, is no name: "the former Beatle", "a Beatle wig" (of the Beatles)
  if (last - first === 1 && MEMBER_BEFORE.has(tokens[first - 1]?.lower ?? "") && bandMember(lex, lower)) return null;
  // a nationality alone is its country, whatever type the tagger gave it: "Dutch firm Ispat"
  // a people's adjective alone is no organisation, person or place: "European", "Afrikaner", "Muslims"
  // (but a country's noun of "-man" is its country, as compromise lists "Irishman" among peoples' words: "at the Irishman's feet")
  if (last - first === 1 && lex.peoples.has(lower) && !nationalityNoun(lex, lower)) return null;
  // nor a country's adjective made a people's across countries by the word before: "Latin American", "North American" (not "South African")
  const before = tokens[first - 1];
  if (last - first === 1 && before?.cap && before.sentence === tokens[first].sentence && lex.demonym.has(lower) && peoplesWord(doc, `${before.lower} ${lower}`) && !lex.demonym.has(`${before.lower} ${lower}`)) return null;
  // a word with a capital inside is a firm's or a product's, no person's or place's: "DaimlerChrysler", "GfK" ("McDonald", "DiCaprio", "LaSalle" are)
  if ((type === "PER" || type === "LOC") && last - first === 1 && /\p{Ll}\p{Lu}/u.test(name) && !/^(?:Mc|Mac|Di|De|Du|Da|Le|La|Van|Von|Fitz|O')\p{Lu}/u.test(name) && !(type === "LOC" && listsPlace(doc, lower))) type = "ORG";
  // (a team named so stays a team: "the Indians")
  // (and a people's plural outside a sports report, where it may be a team: "Gibraltarians", not "the Indians")
  const nationality = lex.demonym.get(lower) ?? (last - first === 1 ? (nationalityNoun(lex, lower) ?? (lower.endsWith("s") && !aboutSport(doc) ? lex.demonym.get(lower.slice(0, -1)) : undefined)) : undefined);
  const orgCue = () => !!tokens[last] && ORG_CUES.test(tokens[last].norm) && LOWER_START.test(tokens[last].text);
  // (one of a people read as a person is the people's after a word that counts it: "the Dane scored", not "Finn said")
  const counted = type === "PER" && /^(?:the|a|two|three|four|fellow|young)$/.test(tokens[first - 1]?.lower ?? "");
  // (or of two words, as the people's word is written, no name running on after it: "the South African firm", not "South African Airways")
  const oneWord = last - first === 1 || (lex.demonym.has(lower) && !isCapital(tokens[last]));
  if (nationality && oneWord && (type === "MISC" || type === "LOC" || (type === "ORG" && orgCue()) || counted || !lex.demonym.has(lower))) return span(doc, first, last, "country", { code: nationality.code, demonym: true });
  // (a name the news gives a country after "the" is a firm's without it: "Arsenal's deal with Emirates")
  if (last - first === 1 && COUNTRY_NAMES_AFTER_THE.has(lower) && tokens[first - 1]?.lower !== "the" && !partOfPerson) return span(doc, first, last, "organization");
  // (a country by its form of state alone: "the Islamic Republic's government")
  const state = COUNTRIES_BY_STATE.get(lower);
  if (state && !partOfPerson) return span(doc, first, last, "country", { code: state });
  const country = lex.country.get(lower) ?? lex.country.get(lower.replace(/^st\.? /, "saint "));
  // nor are two people's surnames joined by a hyphen, an adjective of the two: "the Blair-Brown rift" (of Tony Blair and Gordon Brown)
  if (last - first === 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(name) && name.split("-").every((p) => surnameOfSomeone(doc, p.toLowerCase()))) return null;
  // nor are a politician's followers by the surname made an adjective: "Brownite briefers", "Blairites"
  const follower = last - first === 1 ? /^(\p{Lu}\p{Ll}+)ites?$/u.exec(name) : null;
  // (a name the lists know, as a surname or only as a given name, which many surnames also are: "Blairites")
  if (follower && (isSurname(doc, follower[1].toLowerCase()) || isFirstName(doc, follower[1].toLowerCase()) || surnameOfSomeone(doc, follower[1].toLowerCase()))) return null;
  // a body's initials made into a likeness name the body: "NFL-style video cameras" (not a format's: "VCR-style")
  const like = last - first === 1 ? INITIALS_LIKENESS.exec(name) : null;
  if (like && !COMMON_INITIALISMS.has(like[1].toLowerCase()) && !lex.country.has(like[1].toLowerCase())) {
    const s = span(doc, first, last, "organization");
    return { ...s, end: s.start + like[1].length, name: like[1] };
  }
  // a word made into an adjective is no name: "Kremlin-linked", "Russia-led"
  if (last - first === 1 && /^[^-]+(?:-[^-]+)*-\p{Ll}+$/u.test(name) && !country) return null;
  // what the gazetteers know outright, unless the document names a person so ("Michael Jordan … Jordan said")
  // (a club the tagger read so before its score keeps its type: "Cannes 0 Monaco 2")
  const club = type === "ORG" && tokens[last]?.kind === "number" && /^\d{1,2}$/.test(tokens[last].text) && tokens[last].sentence === tokens[first].sentence;
  if (country && !partOfPerson && !club) return span(doc, first, last, "country", { code: country.code });
  // Britain's sporting initials are the country, no place, where no figure is measured in gigabytes: "the GB team", "Team GB's haul"
  if (name === "GB" && tokens[first - 1]?.kind !== "number") return span(doc, first, last, "country", { code: "GB" });
  // a part of the world is a place, whatever the tagger read: "the cash offered Central America"
  // (not a people's adjective of it: "Middle Eastern")
  // (or written as one word with a hyphen: "The United States, Europe and Asia-Pacific are expected to")
  if (type !== "LOC" && !partOfPerson && (last - first > 1 || (lower.includes("-") && /^\p{Lu}/u.test(name))) && acrossCountries(lower) && !/ern$/.test(lower)) return span(doc, first, last, "place");
  // a compass word before a place the lists know names a part of it, no person: "North Devon landowner Giles Bradshaw"
  if (type === "PER" && !partOfPerson && last - first === 2 && COMPASS.has(tokens[first].lower) && listsPlace(doc, tokens[first + 1].lower)) return span(doc, first, last, "place");
  // a name before a seat's noun is the seat, a place, whatever the tagger read: "won the Tatton seat", "the Sedgefield constituency"
  // (not a chamber's, whose seats are its members': "a Commons seat", "a Senate seat")
  if ((type === "ORG" || type === "MISC") && !partOfPerson && !kind && SEAT_NOUNS.has(tokens[last]?.text ?? "") && !lex.organization.has(lower) && !PARTY_FORMS.has(lower) && !INSTITUTION_HEADS.has(tokens[last - 1].lower) && !LEGISLATURES.has(tokens[last - 1].lower) && tokens[last - 1].lower !== "senate") return span(doc, first, last, "place");
  // and a town before a compass word is a seat, outside a sports report, whatever the tagger read: "Derby North's Bob Laxton", "Leeds West MP"
  if (type === "ORG" && !partOfPerson && !kind && last - first === 2 && COMPASS.has(tokens[last - 1].lower) && !/ern$/.test(tokens[last - 1].lower) && isTown(doc, tokens[first].lower) && !lex.organization.has(lower) && !aboutSport(doc)) return span(doc, first, last, "place");
  // "the City" outside a sports report, where it is a club's short form, is London's financial district: "City consultancy Deloitte", "voters, business and the City"
  if (lower === CITY_OF_LONDON && last - first === 1 && !partOfPerson && !aboutSport(doc)) return span(doc, first, last, "place");
  // (and "the House" alone, in an article about the UK's Parliament: "Mr Brown told the House")
  const house = lower === "house" && !partOfPerson && /^(?:the|that)$/.test(tokens[first - 1]?.lower ?? "") ? houseOf(doc) : undefined;
  const full = partOfPerson ? undefined : (NICKNAMED_BODIES.get(lower) ?? house);
  if (full) return span(doc, first, last, "organization", { canonical: full });
  if (lex.organization.has(lower)) return span(doc, first, last, "organization");
  // a tennis major's ground after a match's result, in a sports report, is the club of its name, read as a body or an other name: "his winner against Wimbledon"
  if ((type === "ORG" || (type === "MISC" && !kind)) && !partOfPerson && TENNIS_MAJORS.has(lower) && resultBefore(doc, first) && aboutSport(doc)) return span(doc, first, last, "organization");
  // a ground or a hall the lists know is a place, also where the news puts it for its club: "a move to Anfield", "the Anfield club", "at Ibrox"
  // (not a body named for one, "All England Club", nor one named for its town, whose name is also a firm's, a club's or an event's: "Wimbledon", "Wembley", "Glastonbury";
  // but a ground named for its district is the ground in a sports report, as no team is named so: "in the Highbury stands")
  if ((type === "ORG" || type === "PER") && !partOfPerson && (VENUES.has(lower) || VENUES.has(`the ${lower}`)) && !ORG_HEADS.has(tokens[last - 1].lower) && (!listsPlace(doc, lower) || (aboutSport(doc) && !isTown(doc, lower) && !TENNIS_MAJORS.has(lower)))) return span(doc, first, last, "place");
  // a club the lists know: "Birmingham City", "Atletico Madrid" anywhere; "Chelsea", "Everton" in a sports report
  // (a club's name that is also its district's, outside a sports report after "in", "for" or a seat's noun, is the district: "the constituency, West Ham", "in West Ham")
  const district = CLUB_NAMES.has(lower) && !aboutSport(doc) && (/^(?:in|for|constituency)$/.test(tokens[first - 1]?.lower ?? "") || tokens[first - 2]?.lower === "constituency");
  if (!partOfPerson && !district && (CLUB_NAMES.has(lower) || (CLUBS_ALONE.has(lower) && aboutSport(doc)))) return span(doc, first, last, "organization");
  // a site named so is a place, whatever its other words name: "Imam Khomeini International Airport", "RAF Fairford"
  if (last - first > 1 && type !== "PER" && (SITE_HEADS.has(tokens[last - 1].lower) || SITE_PREFIXES.has(tokens[first].lower))) return span(doc, first, last, "place");
  // a place before the event held there is the place: "June's Isle of Wight music festival"
  if ((type === "ORG" || type === "MISC") && listsPlace(doc, lower) && eventAfter(tokens, last)) return span(doc, first, last, "place");
  // a county after its town and a comma is a place, whatever the tagger read: "Luton, Bedfordshire"
  // (a town before it, not a county in a list of teams: "title rivals Essex, Derbyshire and Surrey";
  // nor one item of a list after another, a team sheet's: "Subs Not Used: Francis, Kabba, Shaw")
  const listed = /^[,:;]$/.test(tokens[first - 3]?.norm ?? "");
  if ((type === "ORG" || type === "PER") && last - first === 1 && tokens[last]?.kind !== "number" && tokens[last]?.lower !== "and" && !listClosedByBodies(tokens, last) && first > 1 && !listed && tokens[first - 1].norm === "," && isCapital(tokens[first - 2]) && isTown(doc, tokens[first - 2].lower) && (/shire$/.test(lower) || listsPlace(doc, lower))) return span(doc, first, last, "place");
  // a town before an athlete of a sport no club of the town plays is the town: "The Middlesbrough athlete jumped"
  const after = tokens[last];
  if (type !== "LOC" && !partOfPerson && after && LOWER_START.test(after.text) && ATHLETE_NOUNS.has(after.lower) && listsPlace(doc, lower)) return span(doc, first, last, "place");
  // a town the lists know after a settlement's noun and "like" or "such as" is the town: "the size of a city like Peterborough"
  if (type !== "LOC" && listsPlace(doc, lower) && settlementBefore(tokens, first)) return span(doc, first, last, "place");
  // a name after "the city of", "the town of" is the place, known or not: "in the city of El Alto"
  if (type !== "LOC" && !partOfPerson && !kind && settlementOf(tokens, first) && !lex.country.has(lower)) return span(doc, first, last, "place");
  // what the words around say: "Transnistria (Moldova)", "R.Politik, a consultancy firm", "Novaya Gazeta newspaper"
  const next = tokens[last];
  // (a full name before a country in brackets stays a person: "Pete Sampras (U.S.) beat ...")
  const lonePer = type === "PER" && last - first === 1 && !lex.firstName.has(lower) && !lex.lastName.has(lower);
  const knownPlace = lex.city.has(lower) || lex.region.has(lower);
  if ((type === "LOC" || type === "MISC" || (lonePer && knownPlace) || (type === "ORG" && knownPlace)) && next?.norm === "(" && tokens[last + 2]?.norm === ")" && lex.country.has(tokens[last + 1].norm.toLowerCase()) && !country) {
    return span(doc, first, last, "place");
  }
  // (not a place before a cue that heads a name after it: "the Maputo daily Noticias")
  // (nor before such a cue that is a noun's modifier: "two Texas bank accounts")
  // (a place the lists know, whatever the tagger read: "Basque newspaper Gara")
  const compound = (k: number) => !!tokens[k] && tokens[k].kind === "word" && !tokens[k].cap && lex.common.has(tokens[k].lower) && !lex.verbs.has(tokens[k].lower) && !lex.functionWords.has(tokens[k].lower);
  if (next && next.space && ORG_CUES.test(next.norm) && /^\p{Ll}/u.test(next.text) && (next.norm !== "think" || tokens[last + 1]?.norm === "tank") && !((type === "LOC" || listsPlace(doc, lower)) && (isCapital(tokens[last + 1] ?? next) || compound(last + 1)))) {
    // (a town the lists know before a firm's or a paper's noun is where it is, no name of it: "an eighth Paris firm", "a daily Amsterdam newspaper")
    if (last - first === 1 && PLACED_FIRM_NOUNS.has(next.norm) && isTown(doc, lower) && !lex.organization.has(lower) && !partOfPerson) return span(doc, first, last, "place");
    // (nor is a faith's adjective before "group" or "movement" a body's name: "to a Jewish group")
    if (last - first === 1 && FAITH_ADJECTIVES.has(lower)) return null;
    return span(doc, first, last, "organization");
  }
  if (type !== "PER" || last - first === 1) {
    if (next?.norm === "," && /^(?:a|an)$/i.test(tokens[last + 1]?.norm ?? "")) {
      const tail = nameOf(doc, last + 2, Math.min(tokens.length, last + 8)).toLowerCase();
      if (APPOSITION_ORG.test(tail)) return span(doc, first, last, "organization");
    }
  }
  // (a person's name too, where the apposition's phrase ends with a body's noun: "Freddie Mac, the country's other largest mortgage firm", not "John Smith, the firm's boss")
  if (type === "PER" && !partOfPerson && next?.norm === "," && /^(?:a|an|the)$/i.test(tokens[last + 1]?.norm ?? "")) {
    let end = last + 2;
    // (the phrase's words in small letters, no preposition's, whose noun would head it: "the godfather of the group")
    while (end < Math.min(tokens.length, last + 9) && tokens[end].kind === "word" && !tokens[end].cap && !PLACE_PREPOSITIONS.has(tokens[end].lower) && tokens[end].sentence === next.sentence) end++;
    if (end > last + 2 && /^[,.;]$/.test(tokens[end]?.norm ?? "") && APPOSITION_ORG.test(tokens[end - 1].lower) && !ROLE.test(nameOf(doc, last + 2, end))) return span(doc, first, last, "organization");
  }
  // (or a firm's role after "the", where the tagger read no person: "at Mindark, the game's developer")
  if (type !== "PER" && next?.norm === "," && tokens[last + 1]?.lower === "the" && FIRM_ROLE_APPOSITION.test(nameOf(doc, last + 2, Math.min(tokens.length, last + 5)).toLowerCase())) return span(doc, first, last, "organization");
  // a given name, a name's particle and one word are a person's, whatever the last word heads: "DJ Rob Da Bank" (not "the Vasco da Gama club")
  if (type === "ORG" && !kind && last - first === 3 && isFirstName(doc, tokens[first].lower) && NAME_PARTICLES.has(tokens[first + 1].lower) && tokens[first + 1].kind === "word" && isCapital(tokens[first + 2]) && !lex.organization.has(lower) && !ORG_HEADS.has(next?.lower ?? "")) return span(doc, first, last, "person", { title: titleBefore(doc, lex, first, floor) });
  // what the words around an organisation's or a team's name say: "Lionhead Studios", "the Magpies", "Tottenham manager"
  if ((type === "PER" || type === "LOC") && organizationAround(doc, type, first, last)) return span(doc, first, last, "organization");
  // (one of a body's members, after "a", whose words are all common words and none a given name, is no person: "as a Royal Marine")
  if (type === "PER" && !partOfPerson && /^an?$/i.test(tokens[first - 1]?.text ?? "") && tokens.slice(first, last).every((w) => lex.common.has(w.lower) && !lex.firstName.has(w.lower))) return null;
  // a place's one word before a noun in small letters names where the noun is from, no person: "a Devon man", "the Devon diva"
  const noun = tokens[last];
  // (a region's, not a town's, and no surname the article gives a person: "the Kerry campaign" after "John Kerry")
  if (type === "PER" && !partOfPerson && last - first === 1 && noun?.kind === "word" && LOWER_START.test(noun.text) && lex.common.has(noun.lower) && !lex.verbs.has(noun.lower) && !lex.functionWords.has(noun.lower) && !isTitle(tokens[first - 1] ?? noun) && lex.regionCountry.has(lower) && !lex.lastName.has(lower) && !surnameOfSomeone(doc, lower)) return span(doc, first, last, "place");
  if (type === "PER") return span(doc, first, last, "person", { title: titleBefore(doc, lex, first, floor) });
  // (a town the tagger read as a team after a result, outside a sports report, is the town: "Tourists lost to Bath's charms";
  // not after a fixture's "v", which names teams anywhere: "Worcester v Sale")
  if (type === "ORG" && last - first === 1 && !partOfPerson && !aboutSport(doc) && isTown(doc, lower) && !lex.organization.has(lower) && resultBefore(doc, first) && !/^vs?$/.test(tokens[first - 1].lower)) return span(doc, first, last, "place");
  // (a town the tagger read as a team after "in" at a clause's end is where something happens, in a sports report too: "last week in Marseille, he said";
  // not a team's, nor a firm's or a club's someone owns part of: "in Leeds' defence", "a 22% stake in Wembley", "invest in Liverpool")
  const closes = !next || next.norm === "," || next.norm === "." || next.norm === ";" || (next.kind === "word" && /^(?:on|last|this|next|in|at|and|before|after)$/.test(next.text));
  if (type === "ORG" && last - first === 1 && !partOfPerson && tokens[first - 1]?.text === "in" && !OWNED_IN.has(tokens[first - 2]?.lower ?? "") && closes && isTown(doc, lower) && !lex.organization.has(lower)) return span(doc, first, last, "place");
  // a theatre is where shows are put on, a place, unless a company of the name is meant: "the Ethel Barrymore Theatre", not the "National Theatre"
  const theatre = last - first > 1 && THEATRE_HEADS.has(tokens[last - 1].lower) && !lex.organization.has(lower) && !NAME_QUALIFIERS.has(tokens[first].lower);
  if (type === "ORG" && theatre) return span(doc, first, last, "place");
  if (type === "ORG") return span(doc, first, last, "organization");
  // a museum or a gallery is the institution: "the Science Museum", "the Tate Gallery"
  if (type === "LOC" && last - first > 1 && CULTURAL_INSTITUTIONS.has(tokens[last - 1].lower) && !theatre && !VENUES.has(lower)) return span(doc, first, last, "organization");
  // (a maker the tagger read as another name too: "[Bizet]MISC's opera Carmen")
  if (type === "MISC" && !kind && !lex.demonym.has(lower) && maker(doc, first, last)) return span(doc, first, last, "person", { title: titleBefore(doc, lex, first, floor) });
  if (type === "LOC") {
    // (a part of the world's people's adjective names no place: "Middle Eastern investors"; nor
    // another people's word: "pan-European bourse", "the 25-year-old Dubliner")
    if (worldPartAdjective(lower) || peoplesWord(doc, lower)) return null;
    // (nor a compass word that shares the people's adjective after it: "Central and Eastern European sales")
    if (last - first === 1 && COMPASS.has(lower) && /^(?:and|or)$/.test(tokens[last]?.lower ?? "") && peoplesWord(doc, `${tokens[last + 1]?.lower} ${tokens[last + 2]?.lower}`)) return null;
    if (maker(doc, first, last)) return span(doc, first, last, "person", { title: titleBefore(doc, lex, first, floor) });
    // "U.S.-Russia" names two countries, not a place
    if (last - first === 1 && name.includes("-") && name.split("-").every((p) => lex.country.has(p.toLowerCase()) || lex.demonym.has(p.toLowerCase()))) return null;
    return unplacedName(doc, first, last) ? null : span(doc, first, last, "place");
  }
  // other names: nationalities, which stand for their country
  const d = lex.demonym.get(lower);
  if (d) return span(doc, first, last, "country", { code: d.code, demonym: true });
  // a name that an apposition gives a person's role is a person: "Nursultan Nazarbayev, the
  // country's founding president"
  if (last - first > 1 && roleApposition(doc, last)) return span(doc, first, last, "person", { title: titleBefore(doc, lex, first, floor) });
  // so are two words no kind of other name was found for, a first name and a surname by the lists
  // (around.ts): "Oscar Pistorius" after "an Oscar"
  if (namedAsPerson(doc, first, last)) return span(doc, first, last, "person", { title: titleBefore(doc, lex, first, floor) });
  // a name of several words ending in a body's head word is the body's, whatever the tagger read: "the World Economic Forum"
  if (type === "MISC" && !kind && last - first > 1 && tokens[last - 1].cap && BODY_HEADS_OVER_MISC.has(tokens[last - 1].lower)) return span(doc, first, last, "organization");
  // and so is a broadcaster's ("the Discovery Channel", not "the English Channel"), and a paper's one word after "The": "The Observer"
  if (type === "MISC" && !kind && last - first > 1 && tokens[last - 1].cap && BROADCASTER_HEADS.has(tokens[last - 1].lower) && !lex.demonym.has(tokens[first].lower)) return span(doc, first, last, "organization");
  if (type === "MISC" && !kind && last - first <= 2 && PAPERS_BY_ONE_WORD.has(tokens[last - 1].lower) && tokens[last - 2]?.lower === "the") return span(doc, first, last, "organization");
  // a tennis major's ground is the place where one lives in or near it: "grew up in Wimbledon" (not "miss Wimbledon", "won Wimbledon in 1999", ./events.ts)
  if (type === "MISC" && !kind && TENNIS_MAJORS.has(lower) && /^(?:in|near|outside|around)$/.test(tokens[first - 1]?.lower ?? "") && !aboutSport(doc)) return span(doc, first, last, "place");
  // a name of several words the lists know as a body's is the body, whatever the tagger read: "The United Nations was made to …"
  if (type === "MISC" && !kind && last - first > 1 && lex.organization.has(lower.replace(/^the /, ""))) return span(doc, first, last, "organization");
  // any other name the tagger read that no rule gave a kind is a name still (ofNoKnownKind)
  if (type === "MISC" && !kind && !adjectival(tokens, first, last)) return ofNoKnownKind(doc, first, last);
  return null;
}

/**
 * A name the tagger read as another name that no rule gave a kind: a name still, of the kind a noun in small letters after it
 * says, one common word too ("the Miss Marple drama", "its Iressa drug", "Ray star Jamie Foxx"; not a compound's first noun,
 * "the Sundance film festival"), else of a kind unknown ("La Traviata", "Sativex"); a body where someone speaks or works for it,
 * an event where it is a day named for what it marks, a person where a maker's full name stands before a work's noun; never a
 * name that says too little (saysTooLittle). `first`..`last` is no adjective (typedWhole asks adjectival first).
 */
function ofNoKnownKind(doc: Doc, first: number, last: number): NameSpan | null {
  const lex = doc.vocab.lexicon;
  const tokens = doc.tokens;
  const lower = nameOf(doc, first, last).toLowerCase();
  // (a body someone speaks or works for: "a spokeswoman for Hanover Re", "Barry Beal, global security manager for Capgemini";
  // not a part of an office's title that runs on over "and": "a spokesman for European Justice and Home Affairs Commissioner …")
  const runsOn = tokens[last]?.text === "and" && isCapital(tokens[last + 1]);
  if (staffOf(tokens, first) && !runsOn && !saysTooLittle(doc, first, last)) return span(doc, first, last, "organization");
  // (a body's noun right before it names a body, even by a common word: "trade body Intellect", "the firm Lifeplus")
  const noun = tokens[first - 1];
  const bodyNoun = !!noun && noun.kind === "word" && !noun.cap && NOUNS_BEFORE_A_BODY.has(noun.lower);
  if (bodyNoun && !runsOn && !isKnownPlace(lex, lower) && !lex.country.has(lower) && !lex.demonym.has(lower)) return span(doc, first, last, "organization");
  // (a day named for what it marks is an event, not a holiday nor one common word's day, nor two days read as one: "Holocaust
  // Memorial Day", not "Boxing Day", "Budget Day", "Christmas Day or New Year's Day")
  const day = last - first > 2 && tokens[last - 1].text === "Day" && !isHoliday(lower) && !tokens.slice(first, last).some((w) => w.text === "or" || w.text === "and");
  if (day) return span(doc, first, last, "other", { kind: "event" });
  // (the noun after, or an event's head of the two nouns after: "the Kooyong Classic exhibition tournament", "the Sundance film festival", "the 3GSM trade show")
  const next = tokens[last];
  const compound = !!next && next.kind === "word" && !next.cap && beforeNoun(doc, last, last + 1);
  const headKind = compound ? (SHOWS_AS_EVENTS.has(next.lower) && /^(?:show|fair)s?$/.test(tokens[last + 1].lower) ? "event" : KIND_OF_NOUN_AFTER.get(tokens[last + 1].lower)) : undefined;
  const after = compound ? (headKind === "event" ? headKind : undefined) : next?.kind === "word" && !next.cap ? KIND_OF_NOUN_AFTER.get(next.lower) : undefined;
  // (a programme someone is told something on: "he told Today", whatever its one word)
  if (tokens[first - 1]?.lower === "told" && tokens[first - 1].sentence === tokens[first].sentence && !lex.organization.has(lower)) return span(doc, first, last, "other", { kind: "work" });
  // (a maker's full name before the work's noun is the maker: "the Tennessee Williams drama"; not a character by title, "the Miss Marple drama")
  const maker = after === "work" && last - first === 2 && isSurname(doc, tokens[first + 1].lower) && !lex.common.has(tokens[first].lower) && !HONORIFIC.test(tokens[first].norm) && !isTitleWord(tokens[first].lower, true);
  if (maker) return span(doc, first, last, "person");
  const oneCommonWord = last - first === 1 && lex.common.has(lower);
  if (after && (oneCommonWord || !saysTooLittle(doc, first, last))) return span(doc, first, last, "other", { kind: after });
  if (!beforeNoun(doc, first, last) && !saysTooLittle(doc, first, last)) return span(doc, first, last, "other", { kind: "other" });
  return null;
}

/**
 * A name written before a word in small letters, as an adjective or a noun's modifier is ("Olympic champion", "the Kyoto
 * protocol", "FIFA 2005 accounts"), or joined to one as a common noun is ("Doom and gloom").
 */
function beforeNoun(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  // (a word in small letters as countsNoun reads one, in the sentence, and not a time's word: "Massenet's Manon last week", "Onimusha 3 earlier this year")
  const word = (k: number) => countsNoun(doc, k - 1) && t[k].sentence === t[first].sentence && !TIME_WORDS.has(t[k].lower);
  const and = (n: Token | undefined) => n?.text === "and" || n?.text === "or";
  return word(last) || (and(t[last]) && word(last + 1) && !and(t[first - 1]));
}

/** A role's noun for someone who speaks or works for a body before the name and its preposition: "a spokeswoman for", "president of the". */
function staffOf(t: readonly Token[], first: number): boolean {
  const k = t[first - 1]?.lower === "the" ? first - 2 : first - 1;
  const prep = t[k]?.lower ?? "";
  const role = t[k - 1]?.lower ?? "";
  return t[k - 1]?.sentence === t[first].sentence && (((prep === "for" || prep === "at" || prep === "with") && BODY_STAFF.has(role)) || (prep === "of" && BODY_HEADS_OF.has(role)));
}

/**
 * A name the tagger read as another name that says too little to be listed as one of no known kind: one common word or
 * another name's head word ("the Budget", "the Championship", "a 30 year Dictatorship"), a place or a body the lists know
 * ("in Sydney", "FIFA 2005 accounts"), a people, a US report's label, a shouted sentence, a day ("Budget Day").
 */
function saysTooLittle(doc: Doc, first: number, last: number): boolean {
  const lex = doc.vocab.lexicon;
  const t = doc.tokens;
  const lower = nameOf(doc, first, last).toLowerCase();
  const common = (w: Token) => lex.common.has(w.lower) || COMMON_NOUN_ENDING.test(w.lower) || ACTION_NOUN_ENDING.test(w.lower);
  if (last - first === 1 && (lex.common.has(lower) || COMMON_NOUN_ENDING.test(lower) || OTHER_HEADS.has(lower) || lex.organization.has(lower) || isKnownPlace(lex, lower) || listsPlace(doc, lower))) return true;
  // (nor a people named with a word before: "Native Americans", "Carib Indians")
  if (last - first > 1 && (lex.peoples.has(t[last - 1].lower) || lex.demonym.has(t[last - 1].lower))) return true;
  // (nor a people's adjective before common nouns, a description written with capitals: "another Russian Occupation")
  if (last - first > 1 && lex.demonym.has(t[first].lower) && t.slice(first + 1, last).every(common)) return true;
  // (nor an abbreviation, "Tex.", "C."; a party-and-state tag, "(D-Mo.)", never gets here: inPartyStateTag)
  if (last - first === 1 && t[first].text.endsWith(".")) return true;
  // (nor words in capitals that shout a sentence, a verb among them: "DON'T WANT TO ASSOCIATE" (not a title in capitals, "TOO FAST TOO
  // FURIOUS"); nor a word in small letters first: "then-Senator")
  if (t.slice(first, last).some((w) => /^\p{Lu}{2,}(?:['’]\p{Lu}+)?$/u.test(w.text) && (lex.verbs.has(w.lower) || /N['’]T$/.test(w.text))) || LOWER_START.test(t[first].text)) return true;
  // (nor words around a common noun in small letters, a description and a name read as one: "Brazilian youngster Marta", "Dickens
  // character Fagin"; nor an adjective made of a name: "World War I-era", "Scooby Doo-style")
  if (t.slice(first + 1, last - 1).some((w) => /^\p{Ll}{2,}$/u.test(w.text) && lex.common.has(w.lower) && !lex.functionWords.has(w.lower) && !lex.verbs.has(w.lower) && !NAME_PARTICLES.has(w.lower))) return true;
  const suffix = /\p{L}-(\p{Ll}{3,})$/u.exec(t[last - 1].text)?.[1];
  if (suffix && (lex.common.has(suffix) || lex.verbs.has(suffix) || /ed$/.test(suffix))) return true;
  // (nor a body the lists know and a year: "FIFA 2005 accounts")
  if (last - first > 1 && /^(?:19|20)\d\d$/.test(t[last - 1].text) && lex.organization.has(nameOf(doc, first, last - 1).toLowerCase())) return true;
  return isHoliday(lower) || t[last - 1].text === "Day";
}


/** One or two words each made as a people's, a creed's or a compass adjective: "Latin American", "Communist", "Southern African" (not "Superman"). */
function adjectival(tokens: readonly Token[], first: number, last: number): boolean {
  return last - first <= 2 && tokens.slice(first, last).every((w) => ADJECTIVE_ENDING.test(w.text) || COMPASS.has(w.lower));
}

/** Every class the gazetteer knows the word in is one of `classes`. */

/**
 * A royal known by a given name alone is named with the title: "Prince Harry", "King Abdullah",
 * "Crown Prince Frederik", "Queen Elizabeth II" (the mention stays the name, as CoNLL mostly reads it);
 * read by link.ts for a person no fuller name is found for.
 */
export function royalName(doc: Doc, first: number, last: number): string | undefined {
  const t = doc.tokens;
  const numeral = last - first === 2 && /^[IVX]+$/.test(t[last - 1].text);
  // (a given name: not "Princess Consort", "King Crimson"; or a queen's name no list knows as a word, a stage name's too: "Queen Latifah")
  const lex = doc.vocab.lexicon;
  const w = t[first].lower;
  const queen = t[first - 1]?.text === "Queen" && !lex.common.has(w) && !listsPlace(doc, w) && !lex.organization.has(w) && !lex.demonym.has(w) && !isTitleWord(w, true) && /^\p{Lu}\p{Ll}+$/u.test(t[first].text);
  if ((last - first !== 1 && !numeral) || !(lex.firstName.has(w) || doc.vocab.gazetteer.firstName(w) || queen)) return undefined;
  const title = t[first - 1];
  if (!title || !title.cap || !ROYAL_TITLES.has(title.lower) || title.sentence !== t[first].sentence || t[first].newline) return undefined;
  const crown = t[first - 2]?.text === "Crown" && title.lower === "prince" ? "Crown " : "";
  return `${crown}${title.text} ${nameOf(doc, first, last)}`;
}

/**
 * One or two words no list knows as a place's name, the first no place's, owning a work: a maker
 * read as a place for a town in the name ("Hayao Miyazaki's previous film", Miyazaki being a
 * Japanese city; "Bizet's opera Carmen"; not "New York's latest film", "London's West End show").
 */
function maker(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  if (last - first > 2 || !POSSESSIVE.test(t[last]?.norm ?? "") || !/^\p{Lu}\p{Ll}+$/u.test(t[first].text)) return false;
  if (listsPlace(doc, nameOf(doc, first, last).toLowerCase()) || listsPlace(doc, t[first].lower) || isKnownPlace(lex, t[first].lower) || lex.common.has(t[first].lower)) return false;
  for (let k = last + 1; k < last + 4 && t[k] && t[k].kind === "word" && !t[k].cap; k++) {
    if (last - first === 2 && WORK_NOUNS_BEFORE_TITLE.has(t[k].lower)) return true;
    // (one word owns a work only where the work's title follows: "Bizet's opera Carmen", not "Zwolle's opera house")
    if (last - first === 1 && WORK_NOUNS.has(t[k].lower) && !!t[k + 1]?.cap && t[k + 1].sentence === t[k].sentence) return true;
  }
  return false;
}

/** A list going on from token k over names and commas to "and other clubs": its names are bodies, no town's address ("Luton, Preston, Queens Park Rangers and other clubs"). */
function listClosedByBodies(t: readonly Token[], k: number): boolean {
  for (let i = k; i < t.length && i < k + 15 && t[i].sentence === t[k - 1].sentence; i++) {
    if (t[i].text === "and") return closedByOtherBodies(t, i);
    if (t[i].norm !== "," && !isCapital(t[i])) return false;
  }
  return false;
}
