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
import type { EntityType, NameSpan } from "../../text/layers";
import type { TaggedSpan } from "../../tagger/tags";
import { POSSESSIVE } from "../../text/phrases";
import { G_FIRST, G_FIRST_MORE, G_LAST, G_LAST_MORE } from "../../tagger/gazetteer";
import { APPOSITION_ORG, PUBLICATION_NOUNS, COMMON_INITIALISMS, CULTURAL_INSTITUTIONS, FOREIGN_JOINERS, HONORIFIC, NAME_PARTICLES, NUMBERED_CHANNELS, ORG_CUES, ORG_HEADS, ORG_ONLY_HEADS, POSTNOMINALS, RANKS, ROLE_QUALIFIERS, isTitleWord } from "../../words/names";
import { DAY_PARTS, HOLIDAY_FIRST_WORDS, WEEKDAYS, isDateWord, isHoliday, isWeekdays } from "../../words/time";
import { PARTY_FORMS } from "../../words/parties";
import type { OtherKind } from "../../types";
import { AWARD_ADJECTIVE, AWARD_NAMES, OTHER_HEADS } from "../../words/other";
import { isGenericAct } from "./other";
import { commonNoun, cutAtRoles, families, honorificInside, isTitle, titlesOnly, monthSurname, namesIllness, roleApposition, twoAfterPluralTitle, fullName, speakerAfterCue, headedOrgEnd, joinInitials, nationalityNoun, readTeamSheets, organizationAround, personAround } from "./around";
import { makerOpens, namedByCues } from "./kinds";
import { consistent } from "./consistent";
import { addCoordinatedWorks, addTitlesOpenedByThe, addKnownWorks, addWorksListedAfter, addSentenceTitles, addWorkShortForms } from "./works";
import { addSmallAwards } from "./awards";
import { addMusicActs } from "./artists";
import { acronymStart, addOrganizationForms, commonNounsInitials, portfolio, splitOrganizationLists } from "./organizations";
import { acrossCountries, eventAfter, isKnownPlace, isTown, listsPlace, seatAfterMember, unplacedName } from "./places";
import { LANGUAGES, MADE_OF_PLACE, NATION_DEMONYMS, SETTLEMENT_NOUNS, SITE_HEADS, SITE_PREFIXES, VENUES } from "../../words/places";
import { CLUB_NAMES, CLUBS_ALONE } from "../../words/sport";
import { aboutSport } from "./topic";
import { fillParties, partyInTitle, partyOpening } from "./parties";
import { currencyPrefix, fillCountries, joinedCountries } from "./countries";
import { addVenues } from "./venues";
import { addChannelNumbers, addNamedEvents, addHeaded, addListOpeners, joinFirstNames, joinSaintsNames, addNumberedNames, peopleListed, isCapital, keepOnly, nameOf, otherKinds, placesListed, type Found } from "./found";

/** A word written in lower case. (A constant: the bundle would build a `\p{…}` literal anew on every call.) */
const LOWER_START = /^\p{Ll}/u;

/** The word as the tagger reads it: folded, with every quote mark a plain double quote (as in CoNLL). */
function tagWord(t: Token): string {
  return t.kind === "quote" && t.norm !== "'" ? '"' : t.norm;
}

function span(doc: Doc, first: number, last: number, type: EntityType, extra: Partial<NameSpan> = {}): NameSpan {
  const end = doc.tokens[last - 1];
  // an abbreviation's dot that also ends the sentence ends the sentence: "… Lear Corp." → "Lear Corp"
  // (and a work's or event's Roman number takes no sentence's dot: "to World War I. But")
  const final = end.text.length > 1 && end.text.endsWith(".") && ((!/^(?:\p{L}\.)+$/u.test(end.text) && doc.tokens[last - 1].sentence !== (doc.tokens[last]?.sentence ?? -1)) || (!!extra.kind && /^[IVX]+\.$/.test(end.text)));
  const name = nameOf(doc, first, last);
  return { start: doc.tokens[first].start, end: end.end - (final ? 1 : 0), first, last, type, name: final ? name.slice(0, -1) : name, ...extra };
}

/** The title words of [k, first) are honorifics only ("Mr", "Sir"), no office. */
const honorificOnly = (doc: Doc, k: number, first: number) => doc.tokens.slice(k, first).every((t) => !isTitle(t) || HONORIFIC.test(t.norm));

/**
 * The role written right before a person's name: title words ("President", "director"), the
 * nationality and modifiers with them ("Kazakh President", "former President"), and capitalised
 * words naming the office or body ("Home Secretary", "Fair Trials Abroad director").
 */
function titleBefore(doc: Doc, lex: Lexicon, first: number, floor: number): string | undefined {
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
        words.push(tagWord(tokens[i]));
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
    // (a club's year of founding is its name's: "1860 Munich")
    // (nor a number made into an adjective: "60-employee Potato Council")
    while (first < last && (!isNameToken(tokens[first]) || (/^[\d.,]+$/.test(tokens[first].norm) && !foundingYear(doc, t.type, first, last)) || /^\d[\d.,]*-\p{Ll}+$/u.test(tokens[first].norm))) first++;
    while (last > first && (!isNameToken(tokens[last - 1]) || POSSESSIVE.test(tokens[last - 1].norm))) last--;
    // a word in lower case opens no name ("telling Radio 4"), bar a particle ("de Villepin"), and a
    // verb inside one ends it ("Kennedy told Radio 4")
    // (a prefix on a name stays for now: "pre-European Championships")
    while (first < last && !tokens[first].cap && tokens[first].kind === "word" && /^\p{Ll}[^-]*$/u.test(tokens[first].text) && !NAME_PARTICLES.has(tokens[first].lower)) first++;
    for (let i = first + 1; i < last - 1; i++) {
      if (!tokens[i].cap && tokens[i].kind === "word" && lex.verbs.has(tokens[i].lower) && LOWER_START.test(tokens[i].text) && !FOREIGN_JOINERS.has(tokens[i].lower)) {
        last = i;
        break;
      }
    }
    // a capitalised function word after a word's dot opens the next sentence, one the splitter missed: "World War I. But"
    for (let i = first + 1; i < last; i++) {
      if (tokens[i - 1].text.endsWith(".") && tokens[i].cap && lex.functionWords.has(tokens[i].lower) && !NAME_PARTICLES.has(tokens[i].lower)) {
        last = i;
        break;
      }
    }
    if (first === last) continue;
    // a plural's possessive opening an event's or an award's name is its owner's, no part of it: "the Londoners' FA Cup defeat" (not "Women's World Cup")
    if (t.type !== "PER" && last - first > 2 && tokens[first + 1].norm === "'" && !tokens[first + 1].space && /s$/.test(tokens[first].lower) && /^(?:event|award)$/.test(OTHER_HEADS.get(tokens[last - 1].lower) ?? "")) first += 2;
    // a colon or semicolon inside a name ends what comes before it: "Russian Occupation: Transnistria"
    for (let i = last - 1; i > first; i--) {
      if (tokens[i].norm === ":" || tokens[i].norm === ";") {
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
    // an honorific makes a name a person's, whatever the tagger read: "Mr Barroso"
    let type = t.type;
    // a weekday before a time of day opens a programme's or a paper's name, no person's: "Saturday Night Takeaway", "Sunday Morning"
    if (first > floor && WEEKDAYS.has(tokens[first - 1].lower) && tokens[first - 1].cap && DAY_PARTS.has(tokens[first].lower) && last - first > 1) [first, type] = [first - 1, type === "PER" ? "MISC" : type];
    // a body's head word the tagger left after the name is the name's: "Island" + "Records"
    while (tokens[last]?.cap && tokens[last].space && ORG_ONLY_HEADS.has(tokens[last].lower) && tokens[last].sentence === tokens[first].sentence && type !== "PER") [last, type] = [last + 1, "ORG"];
    if ((last - first > 1 && HONORIFIC.test(tokens[first].norm)) || (first > floor && HONORIFIC.test(tokens[first - 1].norm) && isCapital(tokens[first - 1]))) type = "PER";
    // so do the words around a person's name: "President Bush's", "the Bush administration", "singer Joss Stone"
    if (type !== "PER" && personAround(doc, first, last, floor)) type = "PER";
    if (type === "LOC" && speakerAfterCue(doc, first, last)) type = "PER";
    // a site's head word ends a place, whoever it is named after: "Imam Khomeini International Airport"
    if (type === "PER" && last - first > 1 && tokens[last - 1].cap && SITE_HEADS.has(tokens[last - 1].lower)) type = "LOC";
    // a surname that is also a month joins the first name before it: "Theresa May, said" (not "in June 2005")
    if (type === "PER" && monthSurname(doc, first, last)) last++;
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
    const apart = (w: Token) => w.norm === "," || /^(?:vs\.?|versus)$/i.test(w.norm);
    if (type === "PER" && tokens.slice(first, last).some(apart)) {
      for (let a = first, b = first; b <= last; b++) {
        if (b < last && !apart(tokens[b])) continue;
        if (b > a && isCapital(tokens[a])) found.push({ first: a, last: b, floor, type, key: nameOf(doc, a, b).toLowerCase(), partOfPerson: false });
        a = b + 1;
      }
      continue;
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
    if (last - first === 1 && (isDateWord(tokens[first].norm) || isWeekdays(tokens[first].norm))) continue;
    if (last - first <= 4 && HOLIDAY_FIRST_WORDS.has(tokens[first].lower) && isHoliday(nameOf(doc, first, last))) continue;
    // nor a format or an office written in capitals, alone or after a name: "DVD", "MP", "US TV"
    // (letters after a name and no name after them say a person's: "Philippe Sands QC said")
    while (last - first > 1 && COMMON_INITIALISMS.has(tokens[last - 1].lower)) {
      // (not an office's holder named by place or party: "the Manchester Central MP", "Veteran Labour MP")
      const personal = last - first > 2 && !(tokens[last] && isCapital(tokens[last])) && !lex.common.has(tokens[first].lower) && !/^(?:the|a|an)$/.test(tokens[first - 1]?.lower ?? "");
      if (POSTNOMINALS.has(tokens[last - 1].lower) && personal) type = "PER";
      last--;
    }
    if (last - first === 1 && COMMON_INITIALISMS.has(tokens[first].lower)) continue;
    if (isGenericAct(tokens, first, last) || namesIllness(doc, first, last)) continue;
    // nor is a currency's prefix: "US$ 300 million", "HK$ 43 mln"
    if (last - first === 1 && currencyPrefix(tokens, first)) continue;
    // a capitalised common word opening the sentence is not part of the name: "Alongside Russia"
    // (an organisation keeps it: a team named by a word and its city, "Rapid Bucharest", "North Queensland")
    if (first === floor && last - first > 1 && type !== "ORG" && isSentenceWord(lex, tokens[first]) && !isKnownPlace(lex, nameOf(doc, first, last)) && isKnownPlace(lex, nameOf(doc, first + 1, last))) first++;
    // nor are words of the sentence around it: "the West of", "Boric 's", "Democracy Wall movement"
    while (last - first > 1 && isTrailing(lex, tokens[last - 1])) last--;
    // a name whose initials an acronym in brackets spells from an earlier word is one organisation from
    // there, over the names the tagger cut it into: "Department for Culture, Media and Sport (DCMS)"
    const opened = acronymStart(doc, first, last, floor);
    if (opened < first) {
      while (found.length && found[found.length - 1].last > opened) found.pop();
      [first, type] = [opened, "ORG"];
    }
    // a party's first word the tagger left out is the party's: "Liberal" of "The Liberal Democrat chairman"
    if (first > floor && tokens[first - 1].cap && (found[found.length - 1]?.last ?? 0) < first && PARTY_FORMS.has(nameOf(doc, first - 1, last).toLowerCase())) [first, type] = [first - 1, "ORG"];
    if (commonNoun(doc, lex, lowered, first, last, type === "PER")) continue;
    // a minister's portfolio before the title and the holder's name is the title's: "the Trade and Industry Secretary Patricia Hewitt"
    if (type === "ORG" && portfolio(doc, first, last)) continue;
    if (type === "ORG") last = headedOrgEnd(doc, first, last);
    // an office's title after a body's name is the holder's, not the body's: "the State Department Inspector General"
    if (type === "ORG" && !tokens.slice(first, last).some((x) => x.lower === "of")) while (last - first > 1 && isTitle(tokens[last - 1]) && !isTitle(tokens[last - 2])) last--;
    // "Tory Treasurer Lord Ashcroft": the person starts after the honorific; a party before is the party's
    const h = honorificInside(tokens, first, last, lex);
    const party = type === "PER" && h < 0 ? 0 : partyOpening(doc, first, last);
    if (party) found.push({ first, last: first + party, floor, type: "ORG", key: nameOf(doc, first, first + party).toLowerCase(), partOfPerson: false });
    if (h > 0) {
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
      if (titles) type = "PER";
    }
    found.push({ first, last, floor, type, key: nameOf(doc, first, last).toLowerCase(), partOfPerson: false });
  }
  // (letters standing for common nouns: "community support officers (CSOs)")
  const initials = commonNounsInitials(doc, found);
  if (initials.size) keepOnly(found, found.filter((f) => !initials.has(f.key)));
  const readable = new Uint8Array(tokens.length);
  for (const i of index) readable[i] = 1;
  addNumberedNames(doc, found);
  if (channels.length) addChannelNumbers(doc, found, channels);
  joinFirstNames(doc, found);
  readTeamSheets(doc, found);
  joinInitials(doc, found);
  joinSaintsNames(doc, found);
  // (before the parts of people's names are found: "France" of a "Stade de France" read as a person is the country)
  addVenues(doc, found, readable);
  splitOrganizationLists(doc, found);
  consistent(doc, found);
  // a family by its surname's plural is that person's: "the Blairs' fourth child" beside "Tony Blair"
  for (const [f, person] of families(doc, found)) [f.type, f.canonical] = ["PER", person];
  fillCountries(doc, lex, found, readable);
  fillParties(doc, lex, found, readable);
  addOrganizationForms(doc, found, readable);
  addHeaded(doc, found, readable, heads);
  addSmallAwards(doc, found);
  addNamedEvents(doc, found);
  namedByCues(doc, lex, found, readable);
  addListOpeners(doc, found);
  addKnownWorks(doc, lex, found);
  addSentenceTitles(doc, found);
  otherKinds(doc, lex, found);
  addTitlesOpenedByThe(doc, found);
  addCoordinatedWorks(doc, found);
  addWorksListedAfter(doc, found);
  addWorkShortForms(doc, lex, found);
  addMusicActs(doc, found);
  placesListed(doc, lex, found);
  peopleListed(doc, found);
  const taken = new Uint8Array(tokens.length);
  for (const f of found) taken.fill(1, f.first, f.last);
  for (const f of found) {
    const joined = f.last - f.first === 1 && !f.kind ? joinedCountries(lex, tokens[f.first].text) : null;
    if (joined) {
      for (const c of joined) out.push({ ...span(doc, f.first, f.last, "country", { code: c.code, demonym: c.demonym }), start: tokens[f.first].start + c.from, end: tokens[f.first].start + c.to, name: tokens[f.first].text.slice(c.from, c.to) });
      continue;
    }
    const s = typed(doc, lex, f.type, f.first, f.last, f.floor, f.partOfPerson, f.kind);
    if (s && f.canonical) s.canonical = f.canonical;
    if (s) out.push(s);
    // the maker named in a product's name is an organisation of the article too: "Sony" of "Sony PSP"
    if (s?.kind === "product" && makerOpens(doc, lex, f.first, f.last)) out.push(span(doc, f.first, f.first + 1, "organization"));
    if (s?.type === "person" && s.title) {
      const party = partyInTitle(doc, taken, f.first, f.floor);
      if (party) out.push(span(doc, party.first, party.last, "organization", { canonical: party.party }));
    }
  }
  return out;
}

/**
 * Bounds on a name, against pathological input (a page of capitalised words read as one name): the
 * longest real names ("International Bank for Reconstruction and Development", 6 tokens, 53
 * characters) stand far below them.
 */
const MAX_NAME_TOKENS = 16;
const MAX_NAME_CHARS = 200;


/** A settlement's noun and "like", "such as" or "including" right before token `first`: "a city like", "towns such as". */
function settlementBefore(t: readonly Token[], first: number): boolean {
  const noun = (k: number) => !!t[k] && (!t[k].cap || t[k].sentenceStart) && (SETTLEMENT_NOUNS.has(t[k].lower) || SETTLEMENT_NOUNS.has(t[k].lower.replace(/(?:ies|s)$/, (m) => (m === "ies" ? "y" : ""))));
  if (/^(?:like|including)$/.test(t[first - 1]?.text ?? "")) return noun(first - 2);
  return t[first - 1]?.text === "as" && t[first - 2]?.text === "such" && noun(first - 3);
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


function isSentenceWord(lex: Lexicon, t: Token): boolean {
  const w = t.norm.toLowerCase();
  return (lex.common.has(w) || lex.functionWords.has(w)) && !lex.firstName.has(w) && !lex.country.has(w) && !lex.demonym.has(w) && !lex.city.has(w);
}

/** A word of the sentence after a name: a function word, or a common noun in lower case ("the Democracy Wall movement"; not "al-Islamiya", "de", nor a paper's "Star magazine"). */
function isTrailing(lex: Lexicon, t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && (lex.functionWords.has(t.norm) || (t.kind === "word" && /^\p{Ll}+$/u.test(t.text) && !NAME_PARTICLES.has(t.lower) && !PUBLICATION_NOUNS.has(t.lower)));
}

function typed(doc: Doc, lex: Lexicon, type: TaggedSpan["type"], first: number, last: number, floor: number, partOfPerson = false, kind?: OtherKind): NameSpan | null {
  const { tokens } = doc;
  const name = nameOf(doc, first, last);
  const lower = name.toLowerCase();
  // a seat after its member is a place, whatever else its name names: "Labour MP for West Ham"
  if (!partOfPerson && !kind && seatAfterMember(tokens, first)) return span(doc, first, last, "place");
  // a party in any of its forms is the party: "Tories", "Lib Dem", "Conservative"
  // (not a plural that is a common word, opening a sentence: "Greens grow well")
  const party = PARTY_FORMS.get(lower);
  if (party && !partOfPerson && !(last - first === 1 && tokens[first].sentenceStart && /s$/.test(lower) && lex.common.has(lower.slice(0, -1)))) return span(doc, first, last, "organization", { canonical: party });
  // an award's adjective names the award: "Oscar-winning", "Bafta-nominated" (at its own characters)
  const won = last - first === 1 ? AWARD_ADJECTIVE.exec(name) : null;
  if (won && AWARD_NAMES.has(won[1].toLowerCase())) {
    const s = span(doc, first, last, "other", { kind: "award" });
    return { ...s, end: s.start + won[1].length, name: won[1] };
  }
  // (another adjective made of a name is none: "Hollywood-based")
  if (kind && !(last - first === 1 && /-\p{Ll}+$/u.test(name))) return span(doc, first, last, "other", { kind });
  // an honorific or a police rank alone is no name: "Mr", "PC"; nor a language no people is named by: "Latin for truth"
  if (last - first === 1 && (HONORIFIC.test(lower) || RANKS.has(lower) || LANGUAGES.has(lower))) return null;
  // "Netherlands-based", "Indian-born", "Moscow-based": the country or place the adjective is made of
  const made = MADE_OF_PLACE.exec(name);
  if (made) {
    const w = made[1].toLowerCase();
    const c = NATION_DEMONYMS.has(w) ? undefined : (lex.country.get(w) ?? lex.demonym.get(w));
    const s = c ? span(doc, first, last, "country", { code: c.code, demonym: !lex.country.has(w) }) : lex.city.has(w) || lex.region.has(w) ? span(doc, first, last, "place") : null;
    return s && { ...s, end: s.start + made[1].length, name: made[1] };
  }
  // a UK nation's people's word names neither the UK nor, not being a name, the nation's place: "Scottish band" (places.ts counts it for the article's country)
  if (NATION_DEMONYMS.has(lower)) return null;
  // a nationality alone is its country, whatever type the tagger gave it: "Dutch firm Ispat"
  // a people's adjective alone is no organisation, person or place: "European", "Afrikaner", "Muslims"
  if (last - first === 1 && lex.peoples.has(lower)) return null;
  // a word with a capital inside is a firm's or a product's, no person's or place's: "DaimlerChrysler", "GfK" ("McDonald", "DiCaprio", "LaSalle" are)
  if ((type === "PER" || type === "LOC") && last - first === 1 && /\p{Ll}\p{Lu}/u.test(name) && !/^(?:Mc|Mac|Di|De|Du|Da|Le|La|Van|Von|Fitz|O')\p{Lu}/u.test(name) && !(type === "LOC" && listsPlace(doc, lower))) type = "ORG";
  // (a team named so stays a team: "the Indians")
  // (and a people's plural outside a sports report, where it may be a team: "Gibraltarians", not "the Indians")
  const nationality = lex.demonym.get(lower) ?? (last - first === 1 ? (nationalityNoun(lex, lower) ?? (lower.endsWith("s") && !aboutSport(doc) ? lex.demonym.get(lower.slice(0, -1)) : undefined)) : undefined);
  const orgCue = () => !!tokens[last] && ORG_CUES.test(tokens[last].norm) && LOWER_START.test(tokens[last].text);
  // (one of a people read as a person is the people's after a word that counts it: "the Dane scored", not "Finn said")
  const counted = type === "PER" && /^(?:the|a|two|three|four|fellow|young)$/.test(tokens[first - 1]?.lower ?? "");
  if (nationality && last - first === 1 && (type === "MISC" || type === "LOC" || (type === "ORG" && orgCue()) || counted || !lex.demonym.has(lower))) return span(doc, first, last, "country", { code: nationality.code, demonym: true });
  const country = lex.country.get(lower) ?? lex.country.get(lower.replace(/^st\.? /, "saint "));
  // a word made into an adjective is no name: "Kremlin-linked", "Russia-led"
  if (last - first === 1 && /^[^-]+(?:-[^-]+)*-\p{Ll}+$/u.test(name) && !country) return null;
  // what the gazetteers know outright, unless the document names a person so ("Michael Jordan … Jordan said")
  // (a club the tagger read so before its score keeps its type: "Cannes 0 Monaco 2")
  const club = type === "ORG" && tokens[last]?.kind === "number" && /^\d{1,2}$/.test(tokens[last].text) && tokens[last].sentence === tokens[first].sentence;
  if (country && !partOfPerson && !club) return span(doc, first, last, "country", { code: country.code });
  // a part of the world is a place, whatever the tagger read: "the cash offered Central America"
  // (not a people's adjective of it: "Middle Eastern")
  if (type !== "LOC" && !partOfPerson && last - first > 1 && acrossCountries(lower) && !/ern$/.test(lower)) return span(doc, first, last, "place");
  if (lex.organization.has(lower)) return span(doc, first, last, "organization");
  // a club the lists know: "Birmingham City", "Atletico Madrid" anywhere; "Chelsea", "Everton" in a sports report
  if (!partOfPerson && (CLUB_NAMES.has(lower) || (CLUBS_ALONE.has(lower) && aboutSport(doc)))) return span(doc, first, last, "organization");
  // a site named so is a place, whatever its other words name: "Imam Khomeini International Airport", "RAF Fairford"
  if (last - first > 1 && type !== "PER" && (SITE_HEADS.has(tokens[last - 1].lower) || SITE_PREFIXES.has(tokens[first].lower))) return span(doc, first, last, "place");
  // a place before the event held there is the place: "June's Isle of Wight music festival"
  if (type === "ORG" && listsPlace(doc, lower) && eventAfter(tokens, last)) return span(doc, first, last, "place");
  // a county after its town and a comma is a place, whatever the tagger read: "Luton, Bedfordshire"
  // (a town before it, not a county in a list of teams: "title rivals Essex, Derbyshire and Surrey")
  if ((type === "ORG" || type === "PER") && last - first === 1 && tokens[last]?.kind !== "number" && tokens[last]?.lower !== "and" && first > 1 && tokens[first - 1].norm === "," && isCapital(tokens[first - 2]) && isTown(doc, tokens[first - 2].lower) && (/shire$/.test(lower) || listsPlace(doc, lower))) return span(doc, first, last, "place");
  // a town the lists know after a settlement's noun and "like" or "such as" is the town: "the size of a city like Peterborough"
  if (type !== "LOC" && listsPlace(doc, lower) && settlementBefore(tokens, first)) return span(doc, first, last, "place");
  // what the words around say: "Transnistria (Moldova)", "R.Politik, a consultancy firm", "Novaya Gazeta newspaper"
  const next = tokens[last];
  // (a full name before a country in brackets stays a person: "Pete Sampras (U.S.) beat ...")
  const lonePer = type === "PER" && last - first === 1 && !lex.firstName.has(lower) && !lex.lastName.has(lower);
  const knownPlace = lex.city.has(lower) || lex.region.has(lower);
  if ((type === "LOC" || type === "MISC" || (lonePer && knownPlace) || (type === "ORG" && knownPlace)) && next?.norm === "(" && tokens[last + 2]?.norm === ")" && lex.country.has(tokens[last + 1].norm.toLowerCase()) && !country) {
    return span(doc, first, last, "place");
  }
  // (not a place before a cue that heads a name after it: "the Maputo daily Noticias")
  if (next && next.space && ORG_CUES.test(next.norm) && /^\p{Ll}/u.test(next.text) && (next.norm !== "think" || tokens[last + 1]?.norm === "tank") && !(type === "LOC" && isCapital(tokens[last + 1] ?? next))) {
    return span(doc, first, last, "organization");
  }
  if (type !== "PER" || last - first === 1) {
    if (next?.norm === "," && /^(?:a|an)$/i.test(tokens[last + 1]?.norm ?? "")) {
      const tail = nameOf(doc, last + 2, Math.min(tokens.length, last + 8)).toLowerCase();
      if (APPOSITION_ORG.test(tail)) return span(doc, first, last, "organization");
    }
  }
  // what the words around an organisation's or a team's name say: "Lionhead Studios", "the Magpies", "Tottenham manager"
  if ((type === "PER" || type === "LOC") && organizationAround(doc, type, first, last)) return span(doc, first, last, "organization");
  if (type === "PER") return span(doc, first, last, "person", { title: titleBefore(doc, lex, first, floor) });
  if (type === "ORG") return span(doc, first, last, "organization");
  // a museum, a gallery or a theatre is the institution: "the Science Museum", "Lyric Theatre"
  if (type === "LOC" && last - first > 1 && CULTURAL_INSTITUTIONS.has(tokens[last - 1].lower) && !VENUES.has(lower)) return span(doc, first, last, "organization");
  if (type === "LOC") {
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
  // so are two words no kind of other name was found for, a word the lists know only as a first
  // name and one they know only as a surname or not at all: "Oscar Pistorius" after "an Oscar"
  // (not "Roman Catholic", "Ford Escort", "Major League"; nor a thing's name after an article or a
  // number, "The Amber Spyglass", "the 1965 Fender Stratocaster", nor a people, "Roma Czechs")
  if (last - first === 2 && fullName(doc, first, last) && onlyAs(doc, tokens[first].lower, G_FIRST | G_FIRST_MORE) && onlyAs(doc, tokens[first + 1].lower, G_LAST | G_LAST_MORE)) {
    const before = tokens[first - 1];
    const w = tokens[first + 1].lower;
    const thing = !!before && before.sentence === tokens[first].sentence && (before.kind === "number" || /^(?:the|a|an)$/.test(before.lower));
    if (!thing && !lex.demonym.has(w) && !lex.demonym.has(w.replace(/s$/, ""))) return span(doc, first, last, "person", { title: titleBefore(doc, lex, first, floor) });
  }
  return null;
}

/** Every class the gazetteer knows the word in is one of `classes`. */
const onlyAs = (doc: Doc, w: string, classes: number) => (doc.vocab.gazetteer.classes(w) & ~classes) === 0 && !doc.vocab.lexicon.common.has(w);
