// Finds names in the text: the trained tagger (tagger.ts) marks people, organisations, locations
// and other names (MISC) sentence by sentence; then locations are told apart into countries (by
// the gazetteer, with their ISO code) and places, nationality words ("Kazakh", "Russian", "Dutch
// firm", "Indian-born") become mentions of their country, a party's forms ("Tories", "Lib Dem") its
// one name (../../words/parties.ts), works, events, awards, products and laws become `other` names
// (./found.ts, ./other.ts), and the role words written before a person's name ("Kazakh
// President") are kept as a title.

import { CONTENT_KINDS, type Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import type { NameSpan } from "../../text/layers";
import type { TaggedSpan } from "../../tagger/tags";
import { POSSESSIVE } from "../../text/phrases";
import { OPENING_PREPOSITIONS, SENTENCE_OPENERS } from "../../words/grammar";
import { ROLE_NOUNS } from "../../words/sources";
import { POLL_NOUNS, BODY_HEADS_JOINED, BODY_HEADS_OF_OFFICES, FAITH_ADJECTIVES, LEGAL_FORMS, NATIONAL_BODY_HEADS, NEVER_IN_NAMES, PUBLICATION_NOUNS, COMMON_INITIALISMS, FOREIGN_JOINERS, HONORIFIC, LORD_OFFICES, NAME_PARTICLES, NUMBERED_CHANNELS, ORG_HEADS, ORG_ONLY_HEADS, PERSONAL_TITLES, POSTNOMINALS, ROLE_QUALIFIERS, ROYAL_TITLES, NAMING_PARTICIPLES, PEER_TITLES, isTitleWord } from "../../words/names";
import { CLOCK, DAY_PARTS, HOLIDAY_FIRST_WORDS, WEEKDAYS, isDateWord, isHoliday, isQuarter, isWeekdays } from "../../words/time";
import { PARTY_FORMS } from "../../words/parties";
import { awardOfAdjective, KIND_OF_NOUN_AFTER, MEETING_HEADS, OTHER_HEADS, WORK_NOUNS } from "../../words/other";
import { isGenericAct } from "./other";
import { addTownTeams, resultVenues, commonNoun, cutAtRoles, isFirstName, nationalityNoun, families, honorificInside, isTitle, titlesOnly, monthFirstName, monthSurname, namesIllness, twoAfterPluralTitle, speakerAfterCue, headedOrgEnd, nameBeforeHolder, addLikenessNames, isSurname, joinInitials, joinSeats, personAround } from "./around";
import { readTeamSheets } from "./sheets";
import { namedByCues } from "./kinds";
import { makerOpens } from "./products";
import { consistent } from "./consistent";
import { addTitlesBeforeKind, addWorksBeforeCast } from "./titlecues";
import { addCoordinatedWorks, addOwnedTitles, joinTitlesOverAnd, addPairedTitles, addTitlesOpenedByThe, addKnownWorks, addWorksListedAfter, addSentenceTitles, addWorkShortForms, addTitlesInBrackets, addQuotedTitles, addQuestionMarks, addHeadlineShortForms, addWorkMentions } from "./works";
import { addSmallAwards } from "./awards";
import { addBracketedAcronyms, addChampionshipShortForms, addNamedEvents, addPossessiveOpeners, eventNamedAfter, cutNationBeforeEvent, markEventShortForms } from "./events";
import { addMusicActs } from "./artists";
import { acronymStart, namesNothing, namesSpelledInBrackets, addDigestPapers, addFirmsAfterNoun, addInstitutionsAlone, addOrganizationForms, portfolioAfterOffice, commonNounsInitials, numberedFirm, portfolio, splitOrganizationLists, twoBodies } from "./organizations";
import { acrossCountries, isKnownPlace, listsPlace, placeAdjectiveEnd } from "./places";
import { COMPASS, ERA_ADJECTIVES, LANDMARKS, LAND_PART_WORDS, NATION_DEMONYMS, SITE_HEADS, UK_NATIONS } from "../../words/places";
import { BEATS, BROADCASTER_NAME, JOURNALIST_TITLES } from "../../words/reporting";
import { AGE_SIDE, CLUB_NAMES, SIDE_AFTER_A } from "../../words/sport";
import { fillParties, partyInTitle, partyOpening, usPartyBeforePerson } from "./parties";
import { joinCapital, splitStateParty, stateOfPeople } from "./states";
import { addNewsOutlets, outletsJoined } from "./outlets";
import { splitTitleCaseNames } from "./headlines";
import { backer, currencyPrefix, fillCountries, joinedCountries } from "./countries";
import { CURRENCY_WORDS, STREET } from "../../words/numbers";
import { addVenues } from "./venues";
import { INITIALS_LIKENESS, NAME_PREFIX, span, typed, isSentenceWord } from "./typed";
import { organizationsListed, peopleListed, placesListed, worksListed } from "./listed";
import { addChannelNumbers, countsNoun, addHeaded, addNamesAfterHonorific, addNamesAfterPluralTitle, addListOpeners, joinFirstNames, joinCouples, joinSaintsNames, addNumberedNames, isCapital, keepOnly, nameOf, otherKinds, otherName, SURNAME_SHAPE, type Found } from "./found";
import { aboutSport } from "./topic";

/** A word written in lower case. (A constant: the bundle would build a `\p{…}` literal anew on every call.) */
const LOWER_START = /^\p{Ll}/u;

/** The word as the tagger reads it: folded, with every quote mark a plain double quote (as in CoNLL). */
function tagWord(t: Token, next: Token | undefined): string {
  if (t.kind === "quote" && t.norm !== "'") return '"';
  // a prefix written onto a name's first word is no part of the name, so the tagger reads the name
  // without it: "the pre-European Championships camp" (span() keeps the name to its own characters)
  const prefix = next?.cap && next.sentence === t.sentence ? NAME_PREFIX.exec(t.norm) : null;
  if (prefix) return t.norm.slice(prefix[0].length);
  // and a body's initials made into a likeness are read as the initials: "NFL-style video cameras"
  // (typed() keeps the body to its own letters, and drops a format's or a country's: "VCR-style", "US-style")
  return INITIALS_LIKENESS.exec(t.norm)?.[1] ?? t.norm;
}




export function recognize(doc: Doc): NameSpan[] {
  const lex = doc.vocab.lexicon;
  const { tokens } = doc;
  // the sentences of the parts of the page that are read, as the tagger's word lists
  const sentences: string[][] = [];
  const index: number[] = [];
  const floors: number[] = [];
  for (const p of doc.paragraphs) {
    if (!CONTENT_KINDS.has(p.kind) && p.kind !== "header") continue;
    for (let s = p.firstSentence; s < p.lastSentence; s++) {
      const { first, last } = doc.sentences[s];
      const words: string[] = [];
      for (let i = first; i < last; i++) {
        words.push(tagWord(tokens[i], tokens[i + 1]));
        index.push(i);
        floors.push(first);
      }
      sentences.push(words);
    }
  }
  // words the document also writes in lower case
  // and the capitalised head words of other names ("Award", "Cup"), in the same pass
  const lowered = new Set<string>();
  // and the broadcasters' words a channel's number may follow ("Channel", "Radio")
  const heads: number[] = [];
  const channels: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    if (t.cap) {
      if (OTHER_HEADS.has(t.lower)) heads.push(i);
      else if (NUMBERED_CHANNELS.has(t.lower)) channels.push(i);
    } else if (LOWER_START.test(t.text)) lowered.add(t.norm);
  }
  // where each capitalised word is written, for names the article also writes without their opening word (made once, when first asked)
  let capitals: Map<string, number[]> | undefined;
  const capitalised = (w: string): readonly number[] => {
    if (!capitals) {
      capitals = new Map();
      for (let i = 0; i < tokens.length; i++) if (tokens[i].cap) (capitals.get(tokens[i].lower) ?? capitals.set(tokens[i].lower, []).get(tokens[i].lower))?.push(i);
    }
    return capitals.get(w) ?? [];
  };
  const writtenWithout = (first: number, last: number): boolean => {
    const head = tokens[first + 1];
    if (!head.cap || lex.common.has(head.lower) || lowered.has(head.norm) || ORG_ONLY_HEADS.has(head.lower)) return false;
    // (the name to its legal form: "Carnival" is "Carnival Corporation" written short)
    let end = last;
    while (end > first + 2 && ORG_ONLY_HEADS.has(tokens[end - 1].lower)) end--;
    return capitalised(head.lower).some((i) => i !== first + 1 && tokens[i - 1]?.lower !== tokens[first].lower && tokens.slice(first + 2, end).every((w, k) => tokens[i + 1 + k]?.lower === w.lower));
  };
  // the article writes the surname at `k` after a given name, another word than the one before it: "Tim Henman" for "Classy Henman"
  const givenElsewhere = (k: number): boolean => capitalised(tokens[k].lower).some((i) => i !== k && !!tokens[i - 1]?.cap && tokens[i - 1].lower !== tokens[k - 1].lower && isFirstName(doc, tokens[i - 1].lower));
  const out: NameSpan[] = [];
  const header = publicationSpan(doc);
  if (header) out.push(header);
  const found: Found[] = [];
  for (const t of cutAtRoles(doc, doc.vocab.tagger.tag(sentences), index)) {
    if (header && index[t.first] < header.last && index[t.last - 1] >= header.first) continue;
    let first = index[t.first];
    let last = index[t.last - 1] + 1;
    const floor = floors[t.first];
    // punctuation at either end is no part of a name, nor is a possessive: "Royal Mail's"
    // nor are digits that open it: "5,808 Academy voters" counts voters (a digit glued to letters,
    // "3M", "7-Eleven", is a name's)
    // (a club's year of founding is its name's: "1860 Munich"; and a title's number: "21 Grams")
    // (nor a clock's zone after a time: "by 1300 GMT Carnival's shares")
    // (nor a number made into an adjective: "60-employee Potato Council", "Seventeen-year-old Stone"; nor an amount: "made 3.35m Euros")
    while (first < last && (!isNameToken(tokens[first]) || (/^[\d.,]+$/.test(tokens[first].norm) && !foundingYear(doc, t.type, first, last) && !numberedFirm(doc, t.type, first, last) && !numberedTitle(doc, t.type, first, last)) || /^\d[\d.,]*(?:m|bn|mn|k)$/.test(tokens[first].norm) || /^\d[\d.,]*-\p{Ll}+$/u.test(tokens[first].norm) || /-year-old$/i.test(tokens[first].norm) || (CLOCK.has(tokens[first].lower) && tokens[first - 1]?.kind === "number"))) first++;
    while (last > first && (!isNameToken(tokens[last - 1]) || POSSESSIVE.test(tokens[last - 1].norm))) last--;
    // nor is a year that opens a span of years after it: "Sales rose at Nokia 2004 to 2005"
    if (last - first > 1 && yearSpanOpens(tokens, last - 1)) last--;
    // (but a bang glued to a body's or a title's last word, the sentence going on in small letters, is the name's: "Kerrang! magazine", "Wham! partner")
    const bang = tokens[last];
    if (t.type !== "PER" && t.type !== "LOC" && last > first && bang?.norm === "!" && !bang.space && bang.sentence === tokens[last - 1].sentence && tokens[last + 1]?.sentence === bang.sentence && tokens[last + 1].kind === "word" && LOWER_START.test(tokens[last + 1].text)) last++;
    // a word in lower case opens no name ("telling Radio 4"), bar a particle ("de Villepin"), and a
    // verb inside one ends it ("Kennedy told Radio 4")
    while (first < last && !tokens[first].cap && tokens[first].kind === "word" && /^\p{Ll}[^-]*$/u.test(tokens[first].text) && !NAME_PARTICLES.has(tokens[first].lower)) first++;
    // a house's number before its street is the address's name: "near 10 Downing Street"
    const house = tokens[first - 1];
    if (t.type === "LOC" && first < last && tokens[last - 1].cap && STREET.has(tokens[last - 1].lower) && house?.kind === "number" && /^\d{1,3}$/.test(house.text) && house.sentence === tokens[first].sentence && tokens[first].space && first - 1 >= floor && (found[found.length - 1]?.last ?? 0) < first) first--;
    let maker = false; // the name was cut before a work's noun: it names the work's maker
    let holder: Found | undefined; // the person named after a role's noun the name was cut at
    for (let i = first + 1; i < last - 1; i++) {
      // (and a role's noun in small letters ends a body's name, the person after it named apart: "former Happy Mondays star Bez";
      // so does a substitution's "for" between two players: "Paice for van der Walt (60)")
      const replaced = t.type === "PER" && tokens[i].text === "for" && (isCapital(tokens[i + 1]) || NAME_PARTICLES.has(tokens[i + 1].lower));
      // (a firm's state or country after its legal form and "of" is a place of its own, as Reuters and CoNLL write them:
      // "Physicians Insurance Co of Ohio", "Life Insurance Co of Georgia")
      if (t.type === "ORG" && tokens[i].text === "of" && i - first >= 2 && LEGAL_FORMS.has(tokens[i - 1].lower.replace(/\.$/, "")) && isCapital(tokens[i + 1]) && isKnownPlace(lex, nameOf(doc, i + 1, last).toLowerCase())) {
        holder = { first: i + 1, last, floor, type: "LOC", key: nameOf(doc, i + 1, last).toLowerCase(), partOfPerson: false };
        last = i;
        break;
      }
      // (a peer's seat after "of" is no part of the peer's name: "Lord Nicholls of Birkenhead" is Nicholls)
      if (t.type === "PER" && tokens[i].text === "of" && i - first <= 2 && isCapital(tokens[i + 1]) && PEER_TITLES.has((tokens[first].cap && PEER_TITLES.has(tokens[first].lower) ? tokens[first] : tokens[first - 1])?.lower ?? "")) {
        last = i;
        break;
      }
      // (nor is a body or a town after a given name, a surname and "of", which says where the person is from: "said Marco Behrmann of Mindark";
      // not a royal's or a saint's, whose title the name holds or who has no surname: "Mary Queen of Scots", "Joan of Arc")
      if (t.type === "PER" && tokens[i].text === "of" && (i - first === 2 || i - first === 3) && isFirstName(doc, tokens[first].lower) && isCapital(tokens[i + 1]) && tokens.slice(first, i).every((w) => isCapital(w) && !isTitle(w))) {
        const key = nameOf(doc, i + 1, last).toLowerCase();
        holder = { first: i + 1, last, floor, type: isKnownPlace(lex, key) ? "LOC" : "ORG", key, partOfPerson: false };
        last = i;
        break;
      }
      if (replaced || (t.type === "ORG" && LOWER_START.test(tokens[i].text) && ROLE_NOUNS.has(tokens[i].lower) && last - i <= 4 && tokens.slice(i + 1, last).every(isCapital))) {
        holder = { first: i + 1, last, floor, type: "PER", key: nameOf(doc, i + 1, last).toLowerCase(), partOfPerson: false };
        last = i;
        break;
      }
      // (and so does a work's noun before a capital: "the Dreamworks hit Shrek 2", "the BBC drama Bleak House")
      const work = WORK_NOUNS.has(tokens[i].lower) && tokens[i + 1].cap;
      // (and so does a preposition no name is joined by, or a past tense inside a person's: "the Bill through Parliament", "James guided Llanelli")
      const apart = (t.type !== "MISC" && NEVER_IN_NAMES.has(tokens[i].lower)) || (t.type === "PER" && /\p{Ll}ed$/u.test(tokens[i].text));
      if (!tokens[i].cap && tokens[i].kind === "word" && (lex.verbs.has(tokens[i].lower) || work || apart) && LOWER_START.test(tokens[i].text) && !FOREIGN_JOINERS.has(tokens[i].lower)) {
        last = i;
        maker = work;
        break;
      }
    }
    // a Roman number after an other name is its own, the pronoun "I" excepted: "World War I." (the tagger may leave it out; not in a line of capitals)
    const roman = tokens[last];
    if (t.type === "MISC" && roman?.space && LOWER_START.test(tokens[last - 1].text.slice(1)) && roman.sentence === tokens[last - 1].sentence && (/^(?:II|III|IV|VI|VII|VIII|IX|I\.)$/.test(roman.text) || (roman.text === "I" && tokens[last + 1]?.norm === "."))) last++;
    // a capitalised function word after a word's dot opens the next sentence, one the splitter missed: "World War I. But"
    for (let i = first + 1; i < last; i++) {
      if (tokens[i - 1].text.endsWith(".") && tokens[i].cap && lex.functionWords.has(tokens[i].lower) && !NAME_PARTICLES.has(tokens[i].lower)) {
        last = i;
        break;
      }
    }
    if (first === last) continue;
    // a peer's seat the tagger read apart is no name of its own, as where it read it with the peer: "Lord Roberts of Conwy"
    // (but the place an office styled "Lord" is of is a place: "the Lord Mayor of London")
    if (tokens[first - 1]?.text === "of" && isCapital(tokens[first - 2]) && tokens[first - 3]?.cap && PEER_TITLES.has(tokens[first - 3].lower) && first - 3 >= floor && !LORD_OFFICES.has(tokens[first - 2].lower)) continue;
    // a plural's possessive opening an event's or an award's name is its owner's, no part of it: "the Londoners' FA Cup defeat" (not "Women's World Cup")
    if (t.type !== "PER" && last - first > 2 && tokens[first + 1].norm === "'" && !tokens[first + 1].space && /s$/.test(tokens[first].lower) && /^(?:event|award)$/.test(OTHER_HEADS.get(tokens[last - 1].lower) ?? "")) first += 2;
    // a colon or semicolon inside a name ends what comes before it: "Russian Occupation: Transnistria"
    // (a title read whole over its subtitle's colon is two names, which otherKinds may join: "Star Wars: The Phantom Menace";
    // one whose first word the tagger left out is the subtitle's alone, which otherKinds runs back over the title: "Shake Hands With The Devil: …")
    for (let i = last - 1; i > first; i--) {
      if (tokens[i].norm === ":" || tokens[i].norm === ";") {
        if (t.type === "MISC" && tokens[i].norm === ":" && !tokens[i].space && i + 1 < last && (found[found.length - 1]?.last ?? 0) <= first && !(first > floor && isCapital(tokens[first - 1]))) found.push({ first, last: i, floor, type: "MISC", key: nameOf(doc, first, i).toLowerCase(), partOfPerson: false });
        first = i + 1;
        break;
      }
    }
    // a bracket opened inside a name ends it: "Hizbollah (Party of God"; one closed inside it
    // starts it: "(Lindsay) Davenport"
    for (let i = first + 1; i < last; i++) {
      if (tokens[i].norm !== "(") continue;
      let closed = false;
      for (let j = i + 1; j < last; j++) if (tokens[j].norm === ")") closed = true;
      if (!closed) last = i;
    }
    for (let i = last - 2; i >= first; i--) {
      if (tokens[i].norm !== ")") continue;
      let opened = false;
      for (let j = first; j < i; j++) if (tokens[j].norm === "(") opened = true;
      if (!opened) first = i + 1;
      break;
    }
    // (nor a name inside one read further before: "Protection of Children" of "Commission for the Protection of Children")
    if (first >= last || (found[found.length - 1]?.last ?? 0) > first) continue;
    // a club's town letters in brackets are its name's in a results table: "Borac 1 Mladost (L) 2"
    if (tokens[last]?.norm === "(" && /^\p{Lu}{1,2}$/u.test(tokens[last + 1]?.text ?? "") && tokens[last + 2]?.norm === ")" && tokens[last + 3]?.kind === "number" && !lex.country.has(tokens[last + 1].lower)) last += 3;
    // a run of capitalised words longer than any name ("Aba Abb Abc …" for a page) is not one
    if (last - first > MAX_NAME_TOKENS || tokens[last - 1].end - tokens[first].start > MAX_NAME_CHARS) continue;
    // an award's adjective opening a name is the award's, no part of it: "Oscar-winning Lord of the Rings"
    if (last - first > 1 && awardOfAdjective(tokens[first].text) && (found[found.length - 1]?.last ?? 0) <= first) {
      found.push({ first, last: first + 1, floor, type: "MISC", key: tokens[first].lower, partOfPerson: false });
      first++;
    }
    // an honorific makes a name a person's, whatever the tagger read: "Mr Barroso"
    let type = t.type;
    // a work's maker the tagger read into the title is a person by a first name, else a firm: "the Ben Stiller comedy Meet The Parents", "the Dreamworks hit Shrek 2"
    if (maker && type === "MISC") type = last - first === 2 && lex.firstName.has(tokens[first].lower) ? "PER" : "ORG";
    // a weekday before a time of day opens a programme's or a paper's name, no person's: "Saturday Night Takeaway", "Sunday Morning"
    if (first > floor && WEEKDAYS.has(tokens[first - 1].lower) && tokens[first - 1].cap && DAY_PARTS.has(tokens[first].lower) && last - first > 1) [first, type] = [first - 1, type === "PER" ? "MISC" : type];
    // an office names no one: one styled "Lord", "the Lord Chancellor" (not the office's body: "the
    // Lord Chancellor's Department"), or one of a place by its holder's title, "the Archbishop of
    // Canterbury"; the place it is of is a place, "the Lord Mayor of London"
    const at = officeAt(doc, first, last, floor, type);
    if (at >= 0) {
      if (at + 2 >= last) continue;
      [first, type] = [at + 2, listsPlace(doc, nameOf(doc, at + 2, last).toLowerCase()) ? "LOC" : type];
    }
    // a name ending in a body's head word runs back over the capitalised words the tagger left before
    // it, not over a sentence's first word ("Distributor Sony Pictures"): "Michael Hannigan of Sugar
    // Foods" ("Foods" read as a person), "Maritime Seafood Processors"
    if (tokens[last - 1].cap && ORG_ONLY_HEADS.has(tokens[last - 1].lower) && first > floor && isCapital(tokens[first - 1]) && (found[found.length - 1]?.last ?? 0) < first) {
      let k = first;
      while (k - 1 >= floor && isCapital(tokens[k - 1]) && !isTitleWord(tokens[k - 1].lower, true) && !tokens[k - 1].sentenceStart && (found[found.length - 1]?.last ?? 0) <= k - 1) k--;
      // (and over a people's word opening it: "the English Chamber Orchestra")
      const before = found[found.length - 1];
      if (k < first && before?.last === k && before.type === "MISC" && before.last - before.first === 1 && lex.demonym.has(before.key) && !tokens[before.first].sentenceStart) k = found.pop()!.first;
      if (k < first) [first, type] = [k, "ORG"];
    }
    // a body's head word the tagger left after the name is the name's: "Island" + "Records"
    while (tokens[last]?.cap && tokens[last].space && ORG_ONLY_HEADS.has(tokens[last].lower) && tokens[last].sentence === tokens[first].sentence && type !== "PER") [last, type] = [last + 1, "ORG"];
    // a body named after its holder's office runs back over the office's words, where the tagger read the head alone or from the title: "the Information Commissioner's Office", "the Lord Chancellor's Department"
    if (type !== "PER" && tokens[last - 1].cap && BODY_HEADS_OF_OFFICES.has(tokens[last - 1].lower)) {
      const own = last - first === 1 ? first - 1 : tokens.slice(first, last - 1).findIndex((w) => POSSESSIVE.test(w.norm)) + first;
      if (own > floor && own === last - 2 && POSSESSIVE.test(tokens[own].norm) && !tokens[own].space && isCapital(tokens[own - 1]) && !lex.firstName.has(tokens[own - 1].lower)) {
        let k = Math.min(first, own - 1);
        while (k - 1 >= floor && isCapital(tokens[k - 1]) && !(tokens[k - 1].sentenceStart && lex.functionWords.has(tokens[k - 1].lower)) && (found[found.length - 1]?.last ?? 0) <= k - 1) k--;
        [first, type] = [k, "ORG"];
      }
    }
    // (also after a plural's apostrophe: "Music Managers' Forum", "the Professional Rugby Players' Association")
    const plural = tokens[last];
    if (type !== "PER" && plural?.norm === "'" && !plural.space && /\p{Ll}s$/u.test(tokens[last - 1].text) && tokens[last + 1]?.cap && tokens[last + 1].space && (ORG_ONLY_HEADS.has(tokens[last + 1].lower) || ORG_HEADS.has(tokens[last + 1].lower)) && tokens[last + 1].sentence === tokens[first].sentence) [last, type] = [last + 2, "ORG"];
    // and so is a legal form after its possessive, no title the name owns: "Monster's Inc"
    if (type !== "PER" && POSSESSIVE.test(tokens[last]?.norm ?? "") && !tokens[last].space && tokens[last + 1]?.cap && LEGAL_FORMS.has(tokens[last + 1].lower.replace(/\.$/, "")) && tokens[last + 1].sentence === tokens[first].sentence) [last, type] = [last + 2, "ORG"];
    if ((last - first > 1 && HONORIFIC.test(tokens[first].norm)) || (first > floor && HONORIFIC.test(tokens[first - 1].norm) && isCapital(tokens[first - 1]))) type = "PER";
    // so do the words around a person's name: "President Bush's", "the Bush administration", "singer Joss Stone"
    if (type !== "PER" && personAround(doc, first, last, floor)) type = "PER";
    // (and a surname alone the tagger read as some other name, after a role's noun: "TV presenter Deeley")
    const role = tokens[first - 1];
    if (type === "MISC" && last - first === 1 && role?.kind === "word" && !role.cap && ROLE_NOUNS.has(role.lower) && SURNAME_SHAPE.test(tokens[first].text) && !lex.demonym.has(tokens[first].lower) && !lex.common.has(tokens[first].lower) && !isKnownPlace(lex, tokens[first].lower)) type = "PER";
    if (type === "LOC" && speakerAfterCue(doc, first, last)) type = "PER";
    // and so does a possessive after a first name and another word, read as a place no list knows: "a twinkle in Bill Gates' eye"
    if (type === "LOC" && last - first === 2 && POSSESSIVE.test(tokens[last]?.norm ?? "") && isFirstName(doc, tokens[first].lower) && !isKnownPlace(lex, nameOf(doc, first, last).toLowerCase()) && !listsPlace(doc, tokens[first + 1].lower)) type = "PER";
    // a site's head word ends a place, whoever it is named after: "Imam Khomeini International Airport"
    // (not a first name and a surname that is a site's word: "Alexandra Tower, a spokeswoman")
    if (type === "PER" && last - first > 1 && tokens[last - 1].cap && SITE_HEADS.has(tokens[last - 1].lower) && !(last - first === 2 && isFirstName(doc, tokens[first].lower))) type = "LOC";
    // a surname that is also a month joins the first name before it: "Theresa May, said" (not "in June 2005")
    if (type === "PER" && monthSurname(doc, first, last)) last++;
    if (type === "PER" && first - 1 >= floor && monthFirstName(doc, first, last) && (found[found.length - 1]?.last ?? 0) < first - 1) first--;
    // two people after a plural title: "Lord Justices Clarke and Rix"
    const pair = type === "PER" ? twoAfterPluralTitle(doc, first, last) : -1;
    if (pair > 0) {
      for (const k of [pair, pair + 2]) found.push({ first: k, last: k + 1, floor, type, key: tokens[k].lower, partOfPerson: false });
      continue;
    }
    // nor a possessive: the person owns what follows ("Cliff Richards' Mistletoe and Wine"), or it is a body's name ("the Lord Chancellor's Department")
    if (type === "PER") {
      let p = first + 1;
      while (p < last - 1 && !(POSSESSIVE.test(tokens[p].norm) && !tokens[p].space)) p++;
      if (p < last - 1) {
        if (ORG_HEADS.has(tokens[last - 1].lower)) type = "ORG";
        else last = p;
      }
    }
    // a person's name holds no comma nor a "vs": two surnames of a team sheet read as one are two people ("Subs: Howard, Bellion"), and so are two acts ("Moped Vs Santa")
    // (any name read across a "vs": "[Moped Vs Santa]" as MISC)
    const apart = (w: Token) => (w.norm === "," && type === "PER") || /^(?:vs\.?|versus)$/i.test(w.norm);
    if (tokens.slice(first, last).some(apart)) {
      for (let a = first, b = first; b <= last; b++) {
        if (b < last && !apart(tokens[b])) continue;
        if (b > a && isCapital(tokens[a])) found.push({ first: a, last: b, floor, type, key: nameOf(doc, a, b).toLowerCase(), partOfPerson: false });
        a = b + 1;
      }
      continue;
    }
    // a name before a poll's noun is its pollsters': "a CNN/ORC poll" (the tagger may read it as no body)
    // (two joined by a slash, not a survey's title nor a people's word: "the annual Directions survey", "before the American polls closed")
    const pollsters = POLL_NOUNS.has(tokens[last]?.lower ?? "") && tokens.slice(first + 1, last - 1).some((w) => w.norm === "/" && !w.space) && !tokens.slice(first, last).some((w) => w.kind === "number");
    if (pollsters && type === "MISC") type = "ORG";
    // two firms joined by a slash are two: "Columbia/Sony Pictures", a poll's "CNN/ORC" (not initials, "AC/DC", nor a zone of two parts of the world, "Europe/Africa Zone")
    const slash = type === "ORG" ? tokens.slice(first + 1, last - 1).findIndex((w) => w.norm === "/" && !w.space) + first + 1 : first;
    const named = (w: Token) => (pollsters ? w.cap : /^\p{Lu}\p{Ll}/u.test(w.text));
    if (slash > first && !tokens[slash + 1].space && named(tokens[slash - 1]) && named(tokens[slash + 1]) && !acrossCountries(tokens[slash - 1].lower) && !acrossCountries(tokens[slash + 1].lower)) {
      for (const [a, b] of [[first, slash], [slash + 1, last]]) found.push({ first: a, last: b, floor, type, key: nameOf(doc, a, b).toLowerCase(), partOfPerson: false });
      continue;
    }
    // a peer's title never opens "of the": "Lord of the Rings", "Lord of the Flies" are titles of works, over the words the tagger left out (not an adjective made of one, "Lord of the Rings-style")
    // (or read with them: "[Lord of the Rings]")
    const lord = tokens[first].text === "Lord" && tokens[first + 1]?.text === "of" && tokens[first + 2]?.text === "the" && last - first > 3 ? first + 3 : first;
    if (lord > 2 && tokens[lord - 1].text === "the" && tokens[lord - 2].text === "of" && tokens[lord - 3].text === "Lord" && (found[found.length - 1]?.last ?? 0) <= lord - 3 && !/-\p{Ll}+$/u.test(tokens[last - 1].text)) {
      found.push({ ...otherName(doc, lord - 3, last, "work"), floor });
      continue;
    }
    // an adjective made of a place opening the name is the place's: "US-born Smith", "Leeds-based Asda", "San Francisco-based Balco"
    const madeAt = placeAdjectiveEnd(doc, first, last - 1);
    if (madeAt > first) {
      found.push({ first, last: madeAt, floor, type: "LOC", key: nameOf(doc, first, madeAt).toLowerCase(), partOfPerson: false });
      first = madeAt;
    } else if (last - first > 1 && backer(lex, tokens[first].text)) {
      // (and one made of a backer's name, the backer's: "the Sony-backed Blu-ray format")
      found.push({ first, last: first + 1, floor, type: "ORG", key: tokens[first].lower, partOfPerson: false });
      first++;
    }
    // a nation's and a faith's adjectives before a noun name no body, whatever the tagger read; the nation's is its country: "A British Muslim group", "Islamic bank"
    if (type !== "PER" && (last - first > 1 || FAITH_ADJECTIVES.has(tokens[first].lower)) && tokens[last]?.kind === "word" && LOWER_START.test(tokens[last].text) && tokens.slice(first, last).every((w) => lex.demonym.has(w.lower) || FAITH_ADJECTIVES.has(w.lower)) && tokens.slice(first, last).some((w) => FAITH_ADJECTIVES.has(w.lower))) {
      for (let k = first; k < last; k++) if (lex.demonym.has(tokens[k].lower)) found.push({ first: k, last: k + 1, floor, type: "MISC", key: tokens[k].lower, partOfPerson: false });
      continue;
    }
    // a country's name before a body the lists know by the rest is the country's, no part of the body's name: "the US Federal Reserve"
    // (not "US Army", which they know whole, nor a department every country has, "US State Department", nor a nation's own
    // body of a kind every country has, "Zimbabwe Football Association", "Scottish Football Association")
    // (or by its own name, which the article writes without the country elsewhere: "the huge US Carnival Corporation" beside "Carnival's shares")
    const rest = last - first > 2 && type === "ORG" ? nameOf(doc, first + 1, last).toLowerCase() : "";
    if (rest && (lex.organization.has(rest) || writtenWithout(first, last)) && !/\bdepartment\b|(?:association|union|federation|council|league|party|committee)$/.test(rest) && !lex.organization.has(nameOf(doc, first, last).toLowerCase()) && lex.country.has(tokens[first].norm.toLowerCase())) {
      found.push({ first, last: first + 1, floor, type: "LOC", key: tokens[first].lower, partOfPerson: false });
      first++;
    }
    // a title written as part of a person's name stays out of it: "Lieutenant-Colonel Max Marriner"
    const titled = first;
    if (type === "PER") while (last - first > 1 && (isTitle(tokens[first]) || HONORIFIC.test(tokens[first].norm))) first++;
    // (a judge's title alone names the judge after it: "Lord Justice May"; "the Lord Chief Justice" names no one here; "King" alone is a surname)
    if (type === "PER" && first > titled && last - first === 1 && isTitle(tokens[first])) {
      if (!(tokens[last]?.cap && isDateWord(tokens[last].norm))) continue;
      [first, last] = [last, last + 1];
      found.push({ first, last, floor, type, key: tokens[first].lower, partOfPerson: false });
      continue;
    }
    // an office's title alone names no organisation or place: "the Inspector General"
    if (type !== "PER" && titlesOnly(tokens, first, last)) continue;
    // a month or a weekday alone is no name, nor a holiday ("Christmas", "New Year's Eve"); at an
    // organisation's edge it is the sentence's date: "August National Association of …", "CNBC Friday"
    // (not a club's own: "Sheffield Wednesday")
    if (type === "ORG" && !CLUB_NAMES.has(nameOf(doc, first, last).toLowerCase())) {
      // (a month after an article or a time word only: "May Department Stores" is a firm)
      while (last - first > 1 && isDateWord(tokens[first].norm) && /^(?:the|a|an|in|last|next|this)$/.test(tokens[first - 1]?.text ?? "")) first++;
      while (last - first > 1 && isDateWord(tokens[last - 1].norm)) last--;
    }
    // (a month after a person's title the tagger read with it is a surname: "Lord Justice May")
    if (last - first === 1 && (isDateWord(tokens[first].norm) || isWeekdays(tokens[first].norm)) && !(type === "PER" && first > titled && tokens[first].cap)) continue;
    // (nor is a quarter of the year: "Q4's record profits")
    if (last - first === 1 && isQuarter(tokens[first].text)) continue;
    // (a weekday's plural closing a name of capitals is a band's, also where the tagger read it as some other name: "Happy Mondays played")
    if (type === "MISC" && last - first > 1 && isWeekdays(tokens[last - 1].norm) && tokens.slice(first, last).every(isCapital)) type = "ORG";
    if (last - first <= 4 && HOLIDAY_FIRST_WORDS.has(tokens[first].lower) && isHoliday(nameOf(doc, first, last))) continue;
    // nor a format or an office written in capitals, alone or after a name: "DVD", "MP", "US TV"
    // (letters after a name and no name after them say a person's: "Philippe Sands QC said")
    // (a broadcaster's "TV" ending its name is its name's, a country's not: "Fox TV, which shows", but "US TV", and "the CBS TV network" is CBS's)
    const station = (k: number) =>
      tokens[k].lower === "tv" && type === "ORG" && !(tokens[k + 1]?.kind === "word" && !tokens[k + 1].cap) && !COMMON_INITIALISMS.has(tokens[k - 1].lower) &&
      !listsPlace(doc, nameOf(doc, first, k).toLowerCase()) && !lex.country.has(nameOf(doc, first, k).toLowerCase());
    while (last - first > 1 && COMMON_INITIALISMS.has(tokens[last - 1].lower) && !station(last - 1)) {
      // (not an office's holder named by place or party: "the Manchester Central MP", "Veteran Labour MP")
      const personal = last - first > 2 && !(tokens[last] && isCapital(tokens[last])) && !lex.common.has(tokens[first].lower) && !/^(?:the|a|an)$/.test(tokens[first - 1]?.lower ?? "");
      if (POSTNOMINALS.has(tokens[last - 1].lower) && personal) type = "PER";
      last--;
    }
    if (last - first === 1 && COMMON_INITIALISMS.has(tokens[first].lower)) continue;
    if (isGenericAct(tokens, first, last) || namesIllness(doc, first, last)) continue;
    // nor is a currency's prefix: "US$ 300 million", "HK$ 43 mln"
    if (last - first === 1 && currencyPrefix(tokens, first)) continue;
    // nor a currency's name after its amount: "made 3.35m Euros"
    if (last - first === 1 && tokens[first].lower in CURRENCY_WORDS && tokens[first - 1]?.kind === "number") continue;
    // a capitalised common word opening the sentence is not part of the name: "Alongside Russia"
    // (an organisation keeps it: a team named by a word and its city, "Rapid Bucharest", "North Queensland"; but no name opens with a preposition)
    if (first === floor && last - first > 1 && (type !== "ORG" || OPENING_PREPOSITIONS.has(tokens[first].lower)) && isSentenceWord(lex, tokens[first]) && !isKnownPlace(lex, nameOf(doc, first, last)) && isKnownPlace(lex, nameOf(doc, first + 1, last))) first++;
    // a country's or a town's possessive opening a body's or a building's name is the place's: "the UK's Human Rights Watch", "London's Metropolitan Police", "Hollywood's Kodak Theatre"
    const owned = type === "ORG" || type === "LOC" ? tokens.slice(first + 1, last - 1).findIndex((x) => POSSESSIVE.test(x.norm)) + first + 1 : first;
    const owner = owned > first ? nameOf(doc, first, owned).toLowerCase() : "";
    if (owner && (isKnownPlace(lex, owner) || listsPlace(doc, owner) || LANDMARKS.has(owner)) && isCapital(tokens[owned + 1])) {
      found.push({ first, last: owned, floor, type: "LOC", key: owner, partOfPerson: false });
      first = owned + 1;
    }
    // an editor's completion in square brackets ends with its bracket: "Gethin [Jenkins] won't be intimidated"
    // (and opens with the name before it, where the tagger read the surname alone: no common word, "He [Jenkins]")
    const given = tokens[first - 2];
    if (type === "PER" && tokens[first - 1]?.norm === "[" && tokens[last]?.norm === "]" && first - 2 >= floor && isCapital(given) && !lex.common.has(given.lower) && !lex.functionWords.has(given.lower) && (found[found.length - 1]?.last ?? 0) <= first - 2) first -= 2;
    if (tokens[last]?.norm === "]" && tokens.slice(first, last).some((x) => x.norm === "[")) last++;
    // a small word opening a person's name at a sentence's or a quotation's start is none of it: '"Even Denzel (Washington), he's getting …'
    if (type === "PER" && last - first > 1 && (tokens[first].sentenceStart || /^["“]$/.test(tokens[first - 1]?.norm ?? "")) && SENTENCE_OPENERS.has(tokens[first].lower)) first++;
    // nor a common word opening the headline, or one the article writes small, before the surname of someone it names in full: "Veteran Martinez wins", "Winger Nitoglia dropped the ball"
    else if (type === "PER" && last - first === 2 && tokens[first].sentenceStart && ((tokens[first].sentence === 0 && (lex.common.has(tokens[first].lower) || lex.functionWords.has(tokens[first].lower))) || lowered.has(tokens[first].lower)) && !isFirstName(doc, tokens[first].lower) && givenElsewhere(first + 1)) first++;
    // nor a word that names no one before a given name and a surname: a common noun opening the sentence,
    // a people's word or a team's plural ("Model Sophie Anderton was …", "fellow Springboks John Smit"); a given name no list
    // knows where the article writes the word in small letters too ("Compatriots Mulugeta Wondimu" beside "his compatriot")
    const writtenSmall = (w: Token) => w.sentenceStart && (lowered.has(w.lower) || lowered.has(w.lower.replace(/s$/, "")));
    // (a US state's people's word names the state: "fellow Kentuckian Rand Paul")
    const ofState = type === "PER" && !!stateOfPeople(tokens[first].lower);
    if (type === "PER" && last - first > 2 && wordBeforeFullName(doc, tokens[first]) && (isFirstName(doc, tokens[first + 1].lower) || writtenSmall(tokens[first]) || ofState) && isCapital(tokens[first + 2])) {
      if (ofState) found.push({ first, last: first + 1, floor, type: "LOC", key: tokens[first].lower, partOfPerson: false });
      first++;
    }
    // and so is one in round brackets after a first name alone: "Eddie (O'Sullivan) was very calm" (not a country's, an acronym's or a nickname's before the surname)
    const added = tokens[last + 1];
    if (type === "PER" && last - first === 1 && isFirstName(doc, tokens[first].lower) && tokens[last]?.norm === "(" && tokens[last + 2]?.norm === ")" && added && SURNAME_SHAPE.test(added.text) && !listsPlace(doc, added.lower) && !isCapital(tokens[last + 3])) last += 3;
    // the same where the tagger read the bracketed surname apart: "gone for Olly (Barkley)" (a word no list knows as another name);
    // or a first name in brackets before the surname, whatever the tagger read them as: "the way that (Dietmar) Hamann performed"
    const bare = tokens[first - 2];
    const prior = found[found.length - 1];
    const bracketApart = (k: number) => !prior || prior.last <= k || (prior.first === k && prior.last === k + 1);
    const givenName = (w: Token | undefined) => !!w && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !w.sentenceStart && !lex.common.has(w.lower) && !lex.functionWords.has(w.lower) && !lex.organization.has(w.lower) && !isKnownPlace(lex, w.lower);
    if (type === "PER" && last - first === 1 && tokens[first - 1]?.norm === "(" && tokens[last]?.norm === ")" && first - 2 >= floor && givenName(bare) && bracketApart(first - 2)) {
      if (prior?.first === first - 2) found.pop();
      [first, last] = [first - 2, last + 1];
    } else if (last - first === 1 && SURNAME_SHAPE.test(tokens[first].text) && tokens[first - 1]?.norm === ")") {
      // (one given name or two: "(Dietmar) Hamann", "(Jon Dahl) Tomasson")
      const open = tokens[first - 3]?.norm === "(" ? first - 3 : tokens[first - 4]?.norm === "(" ? first - 4 : -1;
      const given = tokens.slice(open + 1, first - 1);
      const apart = !prior || prior.last <= open + 1 || (prior.first === open + 1 && prior.last === first - 1);
      if (open >= floor && isFirstName(doc, given[0].lower) && given.every(givenName) && !isCapital(tokens[open - 1]) && apart) {
        if (prior?.first === open + 1) found.pop();
        [first, type] = [open, "PER"];
      }
    }
    // nor a verb opening a party's name at a sentence's or a quotation's start: "Vote Tory and you can have it both ways", "Senior Tories"
    if ((tokens[first].sentenceStart || /^["“]$/.test(tokens[first - 1]?.norm ?? "")) && last - first > 1 && isSentenceWord(lex, tokens[first]) && PARTY_FORMS.has(nameOf(doc, first + 1, last).toLowerCase())) first++;
    // nor a role's qualifier opening a body's or a place's name: "Former Downing Street media chief"
    if (first === floor && last - first > 1 && type !== "PER" && ROLE_QUALIFIERS.has(tokens[first].lower)) first++;
    // nor a participle that introduces it: "Called Global System for Mobiles (GSM), this is …"
    if (first === floor && last - first > 1 && NAMING_PARTICIPLES.has(tokens[first].lower)) first++;
    // nor is a people's word before a person's full name: "Scot Nick Smith" (the tagger read "Swede Daniel Persson" apart)
    if (type === "PER" && last - first > 2 && (lex.demonym.has(tokens[first].lower) || nationalityNoun(lex, tokens[first].lower)) && lex.firstName.has(tokens[first + 1].lower)) {
      found.push({ first, last: first + 1, floor, type: "MISC", key: tokens[first].lower, partOfPerson: false });
      first++;
    }
    // nor is a word before a nation's or a country's name that is no first name: "a budget for Middle England", "Nazi Germany", "And Scotland"
    // (nor a body's, where the word names a part of the land: "Middle England", "Northern Scotland"; not "Air France", "BBC Scotland", nor a country's own name, "South Africa")
    const partOf = type === "ORG" && (COMPASS.has(tokens[first].lower) || LAND_PART_WORDS.has(tokens[first].lower)) && !lex.country.has(nameOf(doc, first, last).toLowerCase());
    if ((type === "PER" || partOf) && last - first === 2 && (UK_NATIONS.has(tokens[last - 1].lower) || lex.country.has(tokens[last - 1].lower)) && !isFirstName(doc, tokens[first].lower)) {
      type = "LOC";
      if (lex.functionWords.has(tokens[first].lower)) first++;
    }
    // an era's or a regime's word before a country is no part of its name: "Victorian England", "Communist Russia", "Nazi Germany"
    if (last - first === 2 && ERA_ADJECTIVES.has(tokens[first].lower) && (UK_NATIONS.has(tokens[first + 1].lower) || lex.country.has(tokens[first + 1].lower))) [first, type] = [first + 1, "LOC"];
    // nor are words of the sentence around it: "the West of", "Boric 's", "Democracy Wall movement"
    while (last - first > 1 && isTrailing(lex, tokens[last - 1])) last--;
    // a name whose initials an acronym in brackets spells from an earlier word is one organisation from
    // there, over the names the tagger cut it into: "Department for Culture, Media and Sport (DCMS)"
    const opened = acronymStart(doc, first, last, floor);
    if (opened < first) {
      while (found.length && found[found.length - 1].last > opened) found.pop();
      [first, type] = [opened, "ORG"];
    }
    // a people's word and "and" before a body's name that opens with another is the name's: "the British and Irish Lions", "Scottish and Southern Energy"
    if (type === "ORG" && first - 2 >= floor && tokens[first - 1].text === "and" && lex.demonym.has(tokens[first].lower) && isCapital(tokens[first - 2]) && lex.demonym.has(tokens[first - 2].lower)) {
      const prior = found[found.length - 1];
      if (prior?.first === first - 2 && prior.last === first - 1) found.pop();
      if ((found[found.length - 1]?.last ?? 0) <= first - 2) first -= 2;
    }
    // a party's first word the tagger left out is the party's: "Liberal" of "The Liberal Democrat chairman"
    if (first > floor && tokens[first - 1].cap && (found[found.length - 1]?.last ?? 0) < first && PARTY_FORMS.has(nameOf(doc, first - 1, last).toLowerCase())) [first, type] = [first - 1, "ORG"];
    // and its last word: "Democrat" of "Liberal Democrat Paul Tyler", read as "Liberal" and a person
    if (type === "ORG" && tokens[last]?.cap && tokens[last].sentence === tokens[first].sentence && PARTY_FORMS.has(nameOf(doc, first, last + 1).toLowerCase())) last++;
    // a body's name the tagger read as two names across its "and", the first ending in a meeting's head, the second in a body's: "the Scottish Exhibition and Conference Centre"
    const cut = found[found.length - 1];
    if ((type === "ORG" || type === "LOC") && cut?.last === first - 1 && cut.floor === floor && cut.type !== "PER" && tokens[first - 1].lower === "and" && MEETING_HEADS.has(tokens[cut.last - 1].lower) && tokens[last - 1].cap && ORG_HEADS.has(tokens[last - 1].lower) && tokens.slice(first, last - 1).every((w, k) => w.cap && !lex.functionWords.has(w.lower) && namesNothing(doc, first + k))) [first, type] = [found.pop()!.first, "ORG"];
    if (commonNoun(doc, lex, lowered, first, last, type === "PER")) continue;
    // a minister's portfolio before the title and the holder's name is the title's: "the Trade and Industry Secretary Patricia Hewitt"
    if ((type === "ORG" || (last - first === 1 && tokens[last]?.lower === "and")) && portfolio(doc, first, last)) continue;
    // and after the title and "for", the holder's name closing it or not: "Minister for Children, Young People and Families Margaret Hodge"
    if (type === "ORG" || type === "MISC") {
      const holder = portfolioAfterOffice(doc, first, last);
      if (holder === last) continue;
      if (holder > 0) [first, type] = [holder, "PER"];
    }
    if (type === "ORG") last = nameBeforeHolder(doc, first, headedOrgEnd(doc, first, last));
    // a party after a body's name is the party's, not the body's: "told BBC News Labour MPs would …"
    if (type === "ORG" && last - first > 2 && PARTY_FORMS.has(tokens[last - 1].lower) && ORG_HEADS.has(tokens[last - 2].lower) && tokens[last - 2].cap) {
      found.push({ first, last: last - 1, floor, type, key: nameOf(doc, first, last - 1).toLowerCase(), partOfPerson: false });
      first = last - 1;
    }
    // two bodies the tagger read as one: "the Management Centre at Strathclyde University", "the Carderplanet and Shadowcrew websites"
    const joint = type === "ORG" ? twoBodies(doc, first, last) : -1;
    if (joint > 0) {
      found.push({ first, last: joint, floor, type, key: nameOf(doc, first, joint).toLowerCase(), partOfPerson: false });
      first = joint + 1;
    }
    // (and one it read as a body and some other name across the "and": "the [Pew Internet] and [American Life Project]")
    const before = found[found.length - 1];
    if (t.type === "MISC" && last - first > 1 && ORG_HEADS.has(tokens[last - 1].lower) && tokens[last - 1].cap && before?.type === "ORG" && before.last === first - 1 && tokens[first - 1].lower === "and" && before.floor === floor) {
      found.pop();
      [first, type] = [before.first, "ORG"];
    }
    // a body's name the tagger cut after its "and": "the Finance and Economy Ministry"
    if (type === "ORG" && first - 2 > floor && tokens[first - 1].lower === "and" && isCapital(tokens[first - 2]) && !tokens[first - 2].sentenceStart && BODY_HEADS_JOINED.has(tokens[last - 1].lower) && (found[found.length - 1]?.last ?? 0) < first - 2 && (!isCapital(tokens[first - 3]) || tokens[first - 3].lower === "the")) first -= 2;
    // a journalist's title and beat after a broadcaster's name are the journalist's: "BBC Political Correspondent James Hardy", "BBC Business Editor Jeff Randall"
    if (type === "ORG" && BROADCASTER_NAME.test(tokens[first].lower)) {
      let end = JOURNALIST_TITLES.has(tokens[last - 1].lower) && tokens[last - 1].cap ? last - 1 : JOURNALIST_TITLES.has(tokens[last]?.lower ?? "") && tokens[last].cap ? last : -1;
      if (end > first) {
        while (end > first + 1 && BEATS.has(tokens[end - 1].lower) && tokens[end - 1].cap) end--;
        last = end;
      }
    }
    // a given name and a word the tagger took for a body's, a role after its comma, is a person: '," Jim Press, vice president of Toyota's US sales arm'
    if (type === "ORG" && last - first === 2 && isFirstName(doc, tokens[first].lower) && !lex.organization.has(nameOf(doc, first, last).toLowerCase()) && tokens[last]?.norm === "," && isTitleWord(tokens[last + 1]?.lower ?? "", false) && !(tokens[last + 1]?.cap ?? true)) type = "PER";
    // an office's title after a body's name is the holder's, not the body's: "the State Department Inspector General"
    // (not a title word a small word or a number joins to the name: "Campaign for Justice", "Fathers 4 Justice", "Commission on Social Justice")
    if (type === "ORG" && !tokens.slice(first, last).some((x) => /^(?:of|on|for|against)$/.test(x.lower))) while (last - first > 1 && isTitle(tokens[last - 1]) && !isTitle(tokens[last - 2]) && tokens[last - 2].cap && tokens[last - 2].kind === "word") last--;
    // "Tory Treasurer Lord Ashcroft": the person starts after the honorific; a party before is the party's
    const h = honorificInside(tokens, first, last, lex);
    // (a person's name opens with a party only before a full name: "Liberal Democrat Charles Kennedy", not "Tory Burch")
    let party = partyOpening(doc, first, last);
    if (type === "PER" && h < 0 && last - first - party < 2) party = 0;
    if (party) found.push({ first, last: first + party, floor, type: "ORG", key: nameOf(doc, first, first + party).toLowerCase(), partOfPerson: false });
    if (h > 0) {
      // (a body's name before the title is the body's: "Republican National Committee Chairman Reince Priebus")
      if (!party && h - first >= 2 && ORG_HEADS.has(tokens[h - 1].lower) && !HONORIFIC.test(tokens[h].norm)) found.push({ first, last: h, floor, type: "ORG", key: nameOf(doc, first, h).toLowerCase(), partOfPerson: false });
      first = h + 1;
      type = "PER";
    } else if (party) {
      // "Lib Dem MP Lembit Opik": the person after the party's label and the title; "Lib Dem MPs": the party alone
      let k = first + party;
      while (k < last && isTitle(tokens[k])) k++;
      const titles = tokens.slice(first + party, k).length;
      // (nor a common noun after it: "Labour Government", "Lib Dem MPs")
      if (k === last || (last - k === 1 && (lex.common.has(tokens[k].lower) || (tokens[k].lower.endsWith("s") && isTitleWord(tokens[k].lower.slice(0, -1), true))))) continue;
      first = k;
      if (titles || usPartyBeforePerson(doc, first - party, last)) type = "PER";
      // (nor a portfolio before its spokesman: "Lib Dem Home Affairs spokesman")
      else if (type === "ORG" && portfolio(doc, first, last)) continue;
    }
    // a nation's second or age-group side in a sports report, its letter or its age after the name: "England A against France A", "Wales Under-21 skipper"
    const squad = tokens[last];
    const written = nameOf(doc, first, last).toLowerCase();
    const nation = UK_NATIONS.has(written) || lex.country.has(written);
    if (nation && type !== "PER" && squad?.space && squad.sentence === tokens[first].sentence && (AGE_SIDE.test(squad.text) || (squad.text === "A" && SIDE_AFTER_A.test(tokens[last + 1]?.norm ?? ""))) && aboutSport(doc)) [last, type] = [last + 1, "ORG"];
    // a nation's football association by its people's word: "the Spanish FA", "banned by the English FA" (the country named too, below)
    if (type === "ORG" && last - first === 1 && tokens[first].text === "FA" && first > floor && tokens[first - 1].cap && lex.demonym.has(tokens[first - 1].lower)) {
      if (found[found.length - 1]?.last === first && found[found.length - 1].first === first - 1) found.pop();
      if ((found[found.length - 1]?.last ?? 0) < first) first--;
    }
    found.push({ first, last, floor, type, key: nameOf(doc, first, last).toLowerCase(), partOfPerson: false });
    if (holder) found.push(holder);
  }
  // (letters standing for common nouns: "community support officers (CSOs)")
  const initials = commonNounsInitials(doc, found);
  if (initials.size) keepOnly(found, found.filter((f) => !initials.has(f.key)));
  const readable = new Uint8Array(tokens.length);
  for (const i of index) readable[i] = 1;
  addNumberedNames(doc, found);
  if (channels.length) addChannelNumbers(doc, found, channels);
  addLikenessNames(doc, found);
  joinFirstNames(doc, found);
  joinCouples(doc, found);
  readTeamSheets(doc, found);
  joinInitials(doc, found);
  joinSeats(doc, found);
  joinCapital(doc, found);
  splitStateParty(doc, found);
  joinSaintsNames(doc, found);
  addNamesAfterPluralTitle(doc, found);
  addNamesAfterHonorific(doc, found);
  // (before the parts of people's names are found: "France" of a "Stade de France" read as a person is the country)
  addVenues(doc, found, readable);
  splitOrganizationLists(doc, found);
  consistent(doc, found);
  addTownTeams(doc, found);
  resultVenues(doc, found);
  // a family by its surname's plural is that person's: "the Blairs' fourth child" beside "Tony Blair"
  for (const [f, person] of families(doc, found)) [f.type, f.canonical] = ["PER", person];
  fillCountries(doc, lex, found, readable);
  fillParties(doc, lex, found, readable);
  addOrganizationForms(doc, found, readable, lowered);
  addFirmsAfterNoun(doc, found, readable);
  addInstitutionsAlone(doc, found);
  addDigestPapers(doc, found);
  addHeaded(doc, found, readable, heads);
  addSmallAwards(doc, found);
  addNamedEvents(doc, found);
  addChampionshipShortForms(doc, found);
  namedByCues(doc, lex, found, readable);
  addListOpeners(doc, found);
  addKnownWorks(doc, lex, found);
  addOwnedTitles(doc, found);
  addSentenceTitles(doc, found);
  otherKinds(doc, lex, found);
  cutNationBeforeEvent(doc, found);
  markEventShortForms(doc, found);
  addBracketedAcronyms(doc, found);
  addTitlesOpenedByThe(doc, found);
  addPossessiveOpeners(doc, found);
  joinTitlesOverAnd(doc, found);
  addCoordinatedWorks(doc, found);
  addWorksListedAfter(doc, found);
  addPairedTitles(doc, found);
  addWorkShortForms(doc, lex, found);
  addTitlesInBrackets(doc, found);
  addQuotedTitles(doc, found);
  addWorksBeforeCast(doc, found);
  addTitlesBeforeKind(doc, found);
  addMusicActs(doc, found);
  addQuestionMarks(doc, found);
  addHeadlineShortForms(doc, found);
  placesListed(doc, lex, found);
  organizationsListed(doc, lex, found);
  peopleListed(doc, lex, found);
  worksListed(doc, lex, found);
  addWorkMentions(found);
  addNewsOutlets(doc, found, readable);
  splitTitleCaseNames(doc, found, lowered);
  const taken = new Uint8Array(tokens.length);
  for (const f of found) taken.fill(1, f.first, f.last);
  namesSpelledInBrackets(doc, found);
  // the names of no known kind (typed.ts lists what the tagger read as another name that way)
  const unknown = new Set<NameSpan>();
  for (const f of found) {
    const joined = f.last - f.first === 1 && !f.kind ? joinedCountries(lex, tokens[f.first].text) : null;
    if (joined) {
      for (const c of joined) out.push({ ...span(doc, f.first, f.last, "country", { code: c.code, demonym: c.demonym }), start: tokens[f.first].start + c.from, end: tokens[f.first].start + c.to, name: tokens[f.first].text.slice(c.from, c.to) });
      continue;
    }
    // (two outlets a hyphen joins, as a poll's sponsors: "Washington Post-ABC News")
    const outlets = f.type === "ORG" && !f.kind ? outletsJoined(doc, f.first, f.last) : null;
    if (outlets) {
      for (const o of outlets) out.push({ ...span(doc, f.first, f.last, "organization"), ...o });
      continue;
    }
    const s = typed(doc, lex, f.type, f.first, f.last, f.floor, f.partOfPerson, f.kind);
    if (s && f.canonical) s.canonical = f.canonical;
    if (s?.type === "person" && f.sure) s.sure = true;
    // a publication's noun in small letters is written with its name but is no part of it: "Digital Camera magazine" is Digital Camera
    if (s?.type === "organization" && f.last - f.first > 1 && PUBLICATION_NOUNS.has(tokens[f.last - 1].text)) s.name = nameOf(doc, f.first, f.last - 1);
    // and an event named by a country, a place or a people and its noun in small letters is an other name beside it:
    // "the Iraq war", "the Rwandan genocide", "the Asian tsunami", "the US presidential election" (and a union's law: "the EU constitution")
    // (not an adjective made of the name, "the US-led war"; a disaster by where it struck, not by who sends aid: "the Asian tsunami", not "the UK tsunami appeal")
    const named = ((s && (s.type === "country" || s.type === "place" || s.type === "organization")) || (!s && lex.peoples.has(f.key)) || (f.type === "MISC" && !f.kind && listsPlace(doc, f.key))) && !/-\p{Ll}+$/u.test(tokens[f.last - 1].text) ? eventNamedAfter(doc, f.last) : null;
    // (a law named after the town where it was signed names no place of the article: "the Kyoto protocol")
    if (s && !(named?.kind === "law" && s.type === "place")) out.push(s);
    if (s?.type === "other" && s.kind === "other" && !f.kind) unknown.add(s);
    // the maker named in a product's name is an organisation of the article too: "Sony" of "Sony PSP"
    // a country's embassy or football association names the country too: "the German Embassy", "the Spanish FA"
    const envoy = s?.type === "organization" && f.last - f.first === 2 && NATIONAL_BODY_HEADS.has(tokens[f.last - 1].lower) && !NATION_DEMONYMS.has(tokens[f.first].lower) ? (lex.demonym.get(tokens[f.first].lower) ?? lex.country.get(tokens[f.first].lower)) : undefined;
    if (envoy) out.push(span(doc, f.first, f.first + 1, "country", { code: envoy.code, demonym: !lex.country.has(tokens[f.first].lower) }));
    // a nation's second or age-group side names the nation too, as a side named by the nation alone does: "England A", "Iceland Under-21"
    const squadOf = s?.type === "organization" && f.last - f.first >= 2 && (AGE_SIDE.test(tokens[f.last - 1].text) || tokens[f.last - 1].text === "A") ? typed(doc, lex, "LOC", f.first, f.last - 1, f.floor) : null;
    if (squadOf && (squadOf.type === "country" || squadOf.type === "place")) out.push(squadOf);
    if (named && (s?.type !== "organization" || named.kind === "law") && !(named.disaster && s?.type === "country")) out.push(span(doc, f.first, named.last, "other", { kind: named.kind }));
    const maker = f.maker ?? (makerOpens(doc, lex, f.first, f.last) ? f.first + 1 : 0);
    if (s?.kind === "product" && maker > f.first) out.push(span(doc, f.first, maker, "organization"));
    if (s?.type === "person" && s.title) {
      const party = partyInTitle(doc, taken, f.first, f.floor);
      if (party) out.push(span(doc, party.first, party.last, "organization", { canonical: party.party }));
    }
  }
  return unknown.size ? withoutShortForms(out, unknown) : out;
}

/**
 * A name of no known kind that another name of the article holds whole, or is with or without a
 * plural's "s", is that name written short, no name of its own: "XP" of "Windows XP", "Festival"
 * beside "Berlin Film Festival", "Oscar" beside "the Oscars"; it is left out, as it was before such
 * names were listed (folding it into the name as a mention renamed bodies after their acronyms).
 * One pass over the names' runs of words.
 */
function withoutShortForms(out: NameSpan[], unknown: ReadonlySet<NameSpan>): NameSpan[] {
  const singular = (name: string) => name.toLowerCase().replace(/s$/, "");
  const named = new Set<string>();
  const held = new Set<string>();
  for (const o of out) {
    const lower = o.name.toLowerCase();
    if (!unknown.has(o)) named.add(singular(o.name));
    // (and a plural of another name is that name: "HD-DVDs" beside "HD-DVD")
    else held.add(`${lower}s`);
    const words = lower.split(" ");
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) if (j - i < words.length) held.add(words.slice(i, j).join(" "));
  }
  return out.filter((s) => !unknown.has(s) || !(named.has(singular(s.name)) || held.has(s.name.toLowerCase())));
}

/**
 * Bounds on a name, against pathological input (a page of capitalised words read as one name): the
 * longest real names ("International Bank for Reconstruction and Development", 6 tokens, 53
 * characters) stand far below them.
 */
const MAX_NAME_TOKENS = 16;
const MAX_NAME_CHARS = 200;



/**
 * Where the title of an office read into [first, last) ends (its "of" next, or the name's end), or -1:
 * "Lord" or "Lady" and an office ("Lord Chancellor", "Lord Mayor of"), or a person's title opening
 * a name that is no person's, before "of" and a place ("Archbishop of Canterbury").
 */
function officeAt(doc: Doc, first: number, last: number, floor: number, type: TaggedSpan["type"]): number {
  const t = doc.tokens;
  const lord = t[first].text === "Lord" || t[first].text === "Lady" ? first : first - 1;
  if (lord >= floor && /^(?:Lord|Lady)$/.test(t[lord].text) && t[lord + 1]?.cap && LORD_OFFICES.has(t[lord + 1].lower) && (lord + 2 >= last || t[lord + 2].text === "of")) return lord + 1;
  // (read as a person too, bar a royal's: "the Prince of Wales" is one)
  if ((type !== "PER" || !ROYAL_TITLES.has(t[first].lower)) && last - first > 2 && t[first].cap && PERSONAL_TITLES.has(t[first].lower) && t[first + 1].text === "of" && listsPlace(doc, nameOf(doc, first + 2, last).toLowerCase())) return first;
  return -1;
}

/** A title the tagger read opening with its number: "21 Grams", "CBS's 60 Minutes show" (not a count of things: "20 Academy voters"). */
function numberedTitle(doc: Doc, type: TaggedSpan["type"], first: number, last: number): boolean {
  const t = doc.tokens;
  const counted = countsNoun(doc, last - 1) && !KIND_OF_NOUN_AFTER.has(t[last].lower);
  return type === "MISC" && last - first >= 2 && /^\d{1,3}$/.test(t[first].text) && t[first].space && t[first + 1].kind === "word" && t[first + 1].cap && !counted;
}

/** A year in figures at token i that opens a span of years: "2004 to 2005", "2004-2005". */
function yearSpanOpens(t: readonly Token[], i: number): boolean {
  const year = /^(?:19|20)\d\d$/;
  return t[i].kind === "number" && year.test(t[i].text) && /^(?:to|until|-|–)$/.test(t[i + 1]?.norm ?? "") && t[i + 2]?.kind === "number" && /^(?:\d\d|(?:19|20)\d\d)$/.test(t[i + 2].text) && t[i + 2].sentence === t[i].sentence;
}

/** A year opening a team's name before its city, as the tagger read it: "1860 Munich". */
function foundingYear(doc: Doc, type: TaggedSpan["type"], first: number, last: number): boolean {
  const t = doc.tokens;
  return type === "ORG" && last - first === 2 && /^1[89]\d\d$/.test(t[first].text) && isKnownPlace(doc.vocab.lexicon, t[first + 1].lower);
}


const isNameToken = (t: Token) => t.kind === "word" || t.kind === "number";

/** The publication a "From MT:" header line names is an organisation. */
function publicationSpan(doc: Doc): NameSpan | null {
  if (!doc.publication) return null;
  for (const p of doc.paragraphs) {
    if (p.kind !== "header") continue;
    const at = doc.text.indexOf(doc.publication, p.start);
    if (at < 0 || at >= p.end) continue;
    let first = p.first;
    while (first < p.last && doc.tokens[first].start < at) first++;
    let last = first;
    while (last < p.last && doc.tokens[last].end <= at + doc.publication.length) last++;
    if (last > first) return span(doc, first, last, "organization");
  }
  return null;
}



/** A word of the sentence after a name: a function word, or a common noun in lower case ("the Democracy Wall movement"; not "al-Islamiya", "de", nor a paper's "Star magazine"). */
function isTrailing(lex: Lexicon, t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && (lex.functionWords.has(t.norm) || (t.kind === "word" && /^\p{Ll}+$/u.test(t.text) && !NAME_PARTICLES.has(t.lower) && !PUBLICATION_NOUNS.has(t.lower)));
}

/** A word before a given name and a surname that is no part of the person's name (see recognizeNames). */
function wordBeforeFullName(doc: Doc, w: Token): boolean {
  const lex = doc.vocab.lexicon;
  if (isFirstName(doc, w.lower) || isSurname(doc, w.lower)) return false;
  return (w.sentenceStart && lex.common.has(w.lower)) || lex.peoples.has(w.lower) || lex.demonym.has(w.lower) || !!nationalityNoun(lex, w.lower) || !!stateOfPeople(w.lower) || /^\p{Lu}\p{Ll}+s$/u.test(w.text);
}
