// Organisations known by the form of their name, over what the tagger split them into or missed:
// institutions named head first ("Office of the Deputy Prime Minister", "Department for Work and
// Pensions"), whose words are offices or common nouns the 1996 tagger never saw as a name; names
// joined by "&" ("Marks & Spencer", "Simon & Schuster"), which it reads as a place and a person; and
// the firms the lexicon knows by name ("Dorothy Perkins", "Hodder Headline").

import { VERBS_OF_ONE } from "../../words/grammar";
import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { TaggedSpan } from "../../tagger/tags";
import { POSSESSIVE } from "../../text/phrases";
import { CHAMBERS, COMMON_INITIALISMS, FIRM_NOUNS_BEFORE_NAME, INSTITUTION_HEADS, INSTITUTIONS_ALONE, INSTITUTIONS_HEAD_FIRST, LEGAL_FORMS, NAME_PARTICLES, ORG_HEADS, ORG_ONLY_HEADS, isTitleWord } from "../../words/names";
import { PAPERS_BY_ONE_WORD } from "../../words/reporting";
import { PARTY_FORMS } from "../../words/parties";
import { isKnownPlace, listsPlace, seatAfterMember } from "./places";
import { SEAT_NOUNS } from "../../words/places";
import { aboutTheScreen } from "./topic";
import { isDateWord, isHoliday } from "../../words/time";
import { G_NAME, G_ORG } from "../../tagger/gazetteer";
import { countsNoun, coveredBy, isCapital, keepOnly, nameOf, type Found, addInOrder } from "./found";

/** Adds each organisation known by its form that no name found reaches beyond, in place of the names found inside it (`lowered`: the words the document also writes in small letters). */
export function addOrganizationForms(doc: Doc, found: Found[], readable: Uint8Array, lowered: ReadonlySet<string>): void {
  const t = doc.tokens;
  const added: Found[] = [];
  const add = (first: number, last: number) => added.push({ first, last, floor: doc.sentences[t[first].sentence].first, type: "ORG", key: nameOf(doc, first, last).toLowerCase(), partOfPerson: false });
  const lex = doc.vocab.lexicon;
  const person = new Uint8Array(t.length);
  for (const f of found) if (f.type === "PER") person.fill(1, f.first, f.last);
  // a publication by its noun: "Scottish magazine The List", "the magazine Heat" (with its own "The"),
  // "Basque newspaper Gara" (without its noun); unless the tagger read a name on past it ("tabloid Star magazine")
  let reach: Int32Array | undefined;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!PUBLICATIONS_BEFORE.has(t[i].text) || !readable[i + 1] || !isCapital(t[i + 1]) || t[i + 1].sentence !== t[i].sentence) continue;
    if (!reach) {
      reach = new Int32Array(t.length);
      for (const f of found) for (let k = f.first; k < f.last; k++) reach[k] = Math.max(reach[k], f.last);
    }
    const from = t[i + 1].text === "The" ? i + 2 : i + 1;
    let last = from;
    while (last < t.length && last - from < 4 && isCapital(t[last]) && t[last].sentence === t[i].sentence && !isDateWord(t[last].norm)) last++;
    if (last > from && reach[last - 1] <= last) add(i + 1, last);
  }
  const withS = firmsNamedWithS(doc, found);
  for (let i = 0; i + 2 < t.length; i++) {
    // a firm named with its "'s" (below), with the capitalised words after it: "Boatmen's Bancshares Inc."
    if (withS.size && t[i].cap && t[i + 1].norm === "'s" && withS.has(t[i].lower)) {
      let last = i + 2;
      while (last < t.length && last - i < 6 && isCapital(t[last]) && t[last].sentence === t[i].sentence && !t[last].sentenceStart) last++;
      add(i, last);
      i = last - 1;
      continue;
    }
    // (capitalised, or a small letter then a capital: "eBay"; most words have no capital at all)
    if (!readable[i] || !(t[i].cap || (t[i].text !== t[i].lower && MIXED_CASE.test(t[i].text)))) continue;
    // a firm the lexicon knows, of two words or more, written with capitals ("Labour Party", not "the Labour party")
    let n = lex.organizationStarts.has(t[i].lower) ? KNOWN_MAX_TOKENS : 1;
    while (n > 1 && !(i + n <= t.length && t[i + n - 1].sentence === t[i].sentence && (t[i + n - 1].cap || POSSESSIVE.test(t[i + n - 1].norm)) && knownFirm(lex.organization, nameOf(doc, i, i + n).toLowerCase()))) n--;
    if (n > 1) {
      add(i, i + n);
      i += n - 1;
      continue;
    }
    // one word the lexicon knows as a body's or a firm's and no list as anything else: "MI5", "eBay", "Deloitte"
    // and a paper by one word after a small "the": "told the Independent" (not "the Independent candidate")
    if ((knownAlone(doc, i, lowered) || paperAlone(doc, i)) && !person[i]) {
      add(i, i + 1);
      continue;
    }
    // (and its Sunday edition: "told the Sunday Independent")
    if (t[i].text === "Sunday" && t[i - 1]?.text === "the" && paperAlone(doc, i + 1, i - 1) && !person[i + 1]) {
      add(i, i + 2);
      i++;
      continue;
    }
    // a people's body by its people's adjective and the body's head: "the Scottish Executive", "the Welsh Assembly"
    if (lex.demonym.has(t[i].lower) && t[i + 1].cap && INSTITUTION_HEADS.has(t[i + 1].lower) && t[i + 1].sentence === t[i].sentence) {
      add(i, i + 2);
      i++;
      continue;
    }
    // a chamber's committee, named in small letters: "the Commons public accounts committee", "Commons science and technology committee"
    if (CHAMBERS.has(t[i].lower)) {
      let k = i + 1;
      while (k < i + 6 && t[k]?.kind === "word" && /^\p{Ll}+$/u.test(t[k].text) && t[k].sentence === t[i].sentence && t[k].text !== "committee") k++;
      if (k > i + 1 && t[k]?.text === "committee" && t[k - 1].text !== "and") {
        add(i, k + 1);
        i = k;
        continue;
      }
    }
    // a group of nations by its number, which the tagger of 1996 news barely saw: "the G7 industrialised countries", "G8 summit"
    if (GROUP_OF_NATIONS.test(t[i].text)) {
      add(i, i + 1);
      continue;
    }
    // names joined by "&": "Marks & Spencer", "Ernst & Young"
    // (not two people: "Matt Lucas & David Walliams", "Bonnie & Clyde")
    if (t[i + 1].norm === "&" && t[i + 2].cap && t[i + 2].kind === "word" && t[i + 2].sentence === t[i].sentence && /\p{Ll}/u.test(t[i].text) && !firstName(doc, i + 2)) {
      let first = i;
      while (first > i - 2 && first > 0 && t[first - 1].cap && t[first - 1].kind === "word" && t[first - 1].sentence === t[i].sentence && !t[first].sentenceStart) first--;
      let last = i + 3;
      while (last < i + 5 && t[last]?.cap && t[last].kind === "word" && t[last].sentence === t[i].sentence) last++;
      // (nor a person's surname and another's, "Henman & Murray", nor two places, "Serbia & Montenegro",
      // nor two holidays, "Christmas & New Year", nor a title in an article about the screen, "Starsky & Hutch")
      if (!firstName(doc, first) && !person[i] && !listsPlace(doc, t[i].lower) && !listsPlace(doc, t[i + 2].lower) && !isDateWord(t[i].norm) && !isHoliday(t[i].text) && !aboutTheScreen(doc)) add(first, last);
      i = last - 1;
      continue;
    }
    // an institution named head first
    if (!INSTITUTIONS_HEAD_FIRST.has(t[i].lower) || !/^(?:of|for)$/.test(t[i + 1].text)) continue;
    let k = i + 2;
    if (t[k].text === "the") k++;
    const sentence = t[i].sentence;
    // capitalised words, joined by "and", "&" or a comma to common nouns written with capitals
    // ("Culture, Media and Sport", "Work and Pensions"; not a list of names: "Bank of America, UBS and Citigroup")
    let last = -1;
    for (; k < t.length && t[k].sentence === sentence; k++) {
      if (t[k].cap && t[k].kind === "word") last = k + 1;
      else if (!(/^(?:and|&|,)$/.test(t[k].norm) && t[k + 1]?.cap && commonNouns(doc, k + 1))) break;
    }
    // (an office's holder after the name is not part of it: "Church of Scotland minister"; "Office of the Deputy Prime Minister" is all office)
    while (last > i + 3 && isTitleWord(t[last - 1].lower, true) && !isTitleWord(t[last - 2].lower, true) && t[last - 2].cap) last--;
    if (last < 0) continue;
    add(i, last);
    i = last - 1;
  }
  addAmpersandInitials(doc, found, added, readable);
  if (!added.length) return;
  // (a name found across its edges is left as found: "Bank of England chief Mervyn King" read whole;
  // not one run on over a verb: "Ernst & Young audited Mills & Boon")
  const from = new Int32Array(t.length).fill(-1);
  const to = new Int32Array(t.length).fill(-1);
  const broken = (f: Found) => t.slice(f.first, f.last).some((x) => x.kind === "word" && /^\p{Ll}+$/u.test(x.text) && !doc.vocab.lexicon.functionWords.has(x.lower) && !NAME_PARTICLES.has(x.lower));
  for (const f of found) if (!broken(f)) for (let k = f.first; k < f.last; k++) [from[k], to[k]] = [from[k] < 0 ? f.first : Math.min(from[k], f.first), Math.max(to[k], f.last)];
  const crosses = (a: Found) => {
    for (let k = a.first; k < a.last; k++) if (from[k] >= 0 && (from[k] < a.first || to[k] > a.last)) return true;
    return false;
  };
  const kept = added.filter((a) => !crosses(a));
  const covered = coveredBy(doc, kept);
  keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1)));
  addInOrder(found, kept);
}

/**
 * One-word names the document writes with an "'s" before a verb, outside quotations, which makes the
 * "'s" the name's: a firm's, "Boatmen's was the prize", "Foster's said" (not a person's or a place's
 * whole phrase left unsaid: "Mr Blair's was the better speech", "France's is").
 */
function firmsNamedWithS(doc: Doc, found: readonly Found[]): Set<string> {
  const t = doc.tokens;
  const out = new Set<string>();
  for (let i = 0; i + 2 < t.length; i++) {
    const verb = t[i + 2];
    // (a verb of one thing, in the same sentence: not the plural's stray "'s", "DJ's are sampling")
    if (t[i + 1].norm === "'s" && t[i].cap && t[i].kind === "word" && !t[i].inQuote && verb.kind === "word" && verb.sentence === t[i].sentence && !verb.newline && VERBS_OF_ONE.has(verb.text)) out.add(t[i].lower);
  }
  if (!out.size) return out;
  const lex = doc.vocab.lexicon;
  for (const f of found) if (f.type === "PER") for (let k = f.first; k < f.last; k++) out.delete(t[k].lower);
  for (const w of out) if (listsPlace(doc, w) || isKnownPlace(lex, w) || lex.country.has(w) || lex.demonym.has(w) || lex.firstName.has(w) || lex.functionWords.has(w)) out.delete(w);
  return out;
}

/** Nouns of publications a publication's name follows: "magazine The List" ("daily" and "weekly" are as often adverbs). */
const PUBLICATIONS_BEFORE = new Set(["magazine", "newspaper", "tabloid", "journal"]);

/** A word with a capital after its first small letter: "eBay", "iTunes". */
const MIXED_CASE = /^\p{Ll}+\p{Lu}/u;

/** A one-word body or firm the lexicon knows, written as a name, that names nothing else the lists know: "MI5", "eBay" (not "Ford", "Orange"). */
function knownAlone(doc: Doc, i: number, lowered: ReadonlySet<string>): boolean {
  const lex = doc.vocab.lexicon;
  const w = doc.tokens[i];
  if (!lex.organization.has(w.lower)) return false;
  // (opening a sentence, only where the document never writes it as a small word: "Sony will enter", not "Visa processing staff … a visa")
  if (w.sentenceStart && !w.upper && !MIXED_CASE.test(w.text) && lowered.has(w.lower)) return false;
  return !lex.common.has(w.lower) && !lex.functionWords.has(w.lower) && !lex.firstName.has(w.lower) && !lex.lastName.has(w.lower) && !isKnownPlace(lex, w.lower) && !COMMON_INITIALISMS.has(w.lower) && !LEGAL_FORMS.has(w.lower);
}

/** A newspaper by its one word after a small "the", with no capitalised word after it: "in an interview with the Independent". */
function paperAlone(doc: Doc, i: number, the = i - 1): boolean {
  const t = doc.tokens;
  return t[i].cap && PAPERS_BY_ONE_WORD.has(t[i].lower) && t[the]?.text === "the" && !(t[i + 1].kind === "word" && (t[i + 1].cap || t[i + 1].lower === "of")) && t[i + 1].sentence === t[i].sentence;
}

/** A firm the lexicon knows, with or without its abbreviation's dot: "Warner Bros.". */
/** (its dot or a plural's apostrophe as the lists may leave them out: "Transport and General Workers' Union") */
const knownFirm = (known: ReadonlySet<string>, name: string) => known.has(name) || (name.endsWith(".") && known.has(name.slice(0, -1))) || (/s['’] /.test(name) && known.has(name.replace(/(s)['’] /g, "$1 ")));
/** A group of nations by its number: "G7", "G8", "G20", "G-77". */
const GROUP_OF_NATIONS = /^G-?(?:7|8|10|20|24|77)$/;
/** The longest firm's name the lexicon knows, in tokens ("Little , Brown" is 3; "Transport and General Workers ' Union" 6). */
const KNOWN_MAX_TOKENS = 6;
/** A first name the lexicon knows (the shorter list: the gazetteer's has "Marks" and "Ernst"). */
const firstName = (doc: Doc, k: number) => doc.vocab.lexicon.firstName.has(doc.tokens[k].lower);


/** The capitalised words from k on, up to the next joiner, name nothing the lists know: "Rural Affairs", not "Southampton", "Dan Gillmor", "UBS". */
function commonNouns(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  for (; k < t.length && t[k].cap && t[k].kind === "word"; k++) if (!namesNothing(doc, k)) return false;
  return true;
}

/** A capitalised word that names nothing the lists know: "Industry", not "Southampton", "Dan", "UBS", "PlayStation". */
/** A band's member named by the singular of its name the lists know: "Beatle" of the Beatles ("the former Beatle", "a Beatle wig"). */
export const bandMember = (lex: Lexicon, lower: string): boolean => !lex.organization.has(lower) && lex.organization.has(`the ${lower}s`);

export function namesNothing(doc: Doc, k: number): boolean {
  const w = doc.tokens[k];
  return !w.upper && !/\p{Ll}\p{Lu}/u.test(w.text) && !(doc.vocab.gazetteer.classes(w.lower) & G_NAME) && !listsPlace(doc, w.lower);
}

/** The initials of the capitalised words of [first, last): "Department for Culture, Media and Sport" → "DCMS". */
const initialsOf = (doc: Doc, first: number, last: number) =>
  doc.tokens
    .slice(first, last)
    .filter((t) => /^\p{Lu}/u.test(t.text))
    .map((t) => t.text[0])
    .join("");

/** Initials joined by "&" written as one word: "M&S", "P&O", "AT&T". */
const AMPERSAND_INITIALS = /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u;

/**
 * A firm's initials joined by "&" as one word, where the article names a firm joined by "&" with
 * those initials ("M&S" beside "Marks & Spencer"): the firm's short name, which link.ts folds into
 * it. Only beside such a firm, as most such words are common nouns' ("R&D", "Q&A", "B&B").
 */
function addAmpersandInitials(doc: Doc, found: readonly Found[], added: Found[], readable: Uint8Array): void {
  const t = doc.tokens;
  let words: number[] | undefined;
  for (let i = 0; i < t.length; i++) if (t[i].kind === "word" && readable[i] && AMPERSAND_INITIALS.test(t[i].text)) (words ??= []).push(i);
  if (!words) return;
  const firms = new Set<string>();
  for (const f of [...found, ...added]) if (f.type === "ORG" && f.last - f.first > 2 && t.slice(f.first, f.last).some((x) => x.norm === "&")) firms.add(initialsOf(doc, f.first, f.last));
  const covered = coveredBy(doc, [...found, ...added]);
  for (const i of words) if (!covered[i] && firms.has(t[i].text.replace("&", ""))) added.push({ first: i, last: i + 1, floor: doc.sentences[t[i].sentence].first, type: "ORG", key: t[i].lower, partOfPerson: false });
}

/**
 * A name of several words the tagger read as some other name, its kind unsaid, that the acronym in
 * brackets after it spells, is named formally: an other name, "Global System for Mobiles (GSM)" (not
 * where the acronym was read as a body's, "Financial Economists Roundtable (FER)", which may be the
 * body's or a thing's: "the High Speed Downlink Packet Access (HSDPA) standard").
 */
export function namesSpelledInBrackets(doc: Doc, found: Found[]): void {
  const starting = new Map(found.map((f) => [f.first, f]));
  for (const f of found) if (f.type === "MISC" && !f.kind && f.last - f.first > 1 && starting.get(f.last + 1)?.type !== "ORG" && spelledInBrackets(doc, f.first, f.last)) f.kind = "other";
}

/** The acronym in brackets right after [first, last) spells the initials of its capitalised words: "Global System for Mobiles (GSM)". */
function spelledInBrackets(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  if (t[last]?.norm !== "(" || t[last + 2]?.norm !== ")") return false;
  const acr = t[last + 1].norm.replace(/\./g, "");
  return /^\p{Lu}{2,8}$/u.test(acr) && initialsOf(doc, first, last) === acr;
}

/**
 * Where an organisation's name starts that the acronym in brackets after it shows to start earlier:
 * the tagger read "Russian" in "Russian International Affairs Council (RIAC)" as a nationality, and
 * cut "International Federation of the Phonographic Industry (IFPI)" in two.
 */
export function acronymStart(doc: Doc, first: number, last: number, floor: number): number {
  const t = doc.tokens;
  if (t[last]?.norm !== "(" || t[last + 2]?.norm !== ")") return acronymElsewhereStart(doc, first, last, floor);
  const acr = t[last + 1].norm.replace(/\./g, "");
  if (!/^\p{Lu}{2,8}$/u.test(acr) || initialsOf(doc, first, last) === acr) return first;
  for (let k = first - 1; k >= floor && k >= first - ACRONYM_REACH; k--) {
    // (a plural's possessive inside the name too: "Lawyers' Christian Fellowship (LCF)")
    if (!/^\p{Lu}/u.test(t[k].text) && !/^(?:of|for|and|the|de|&|,|')$/.test(t[k].norm)) break;
    if (initialsOf(doc, k, last) === acr) return k;
  }
  return first;
}
/**
 * The same where the acronym stands elsewhere in the article, over the name's "and" only: "Oil and
 * Natural Gas Corporation chairman Subir Raha", cut at "and" by the tagger, beside "India's ONGC".
 */
function acronymElsewhereStart(doc: Doc, first: number, last: number, floor: number): number {
  const t = doc.tokens;
  const and = first - 1;
  if (and - 1 < floor || t[and].lower !== "and" || !/^\p{Lu}\p{Ll}/u.test(t[and - 1].text) || t[and - 1].sentenceStart) return first;
  const acr = initialsOf(doc, and - 1, last);
  if (acr.length < 3 || acr === initialsOf(doc, first, last)) return first;
  return acronymsOf(doc).has(acr) ? and - 1 : first;
}
const ACRONYMS = new WeakMap<Doc, Set<string>>();
/** The words of three to eight capitals an article writes ("ONGC"). */
function acronymsOf(doc: Doc): Set<string> {
  let out = ACRONYMS.get(doc);
  if (!out) {
    out = new Set();
    for (const w of doc.tokens) if (w.upper && w.kind === "word" && /^\p{Lu}{3,8}$/u.test(w.text)) out.add(w.text);
    ACRONYMS.set(doc, out);
  }
  return out;
}
/** How many words before a name its acronym may reach back: "Department for Culture, Media and" is 5. */
const ACRONYM_REACH = 8;

/** The offices a minister's portfolio names before the holder. */
const PORTFOLIO_TITLES = /^(?:secretary|minister|spokesman|spokeswoman|spokesperson)$/;
/**
 * Common nouns, no organisation's head, before an office's title and a name: "Trade and Industry" of
 * "Trade and Industry Secretary Patricia Hewitt", "Tory Pensions spokeswoman"; or after the name and a comma, and cut by the
 * tagger at its "and": "Commerce" of "Kamal Nath, Commerce and Industry Minister".
 */
export function portfolio(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  let end = last;
  while (/^(?:and|&)$/.test(t[end]?.norm ?? "") && t[end + 1]?.cap && namesNothing(doc, end + 1)) end += 2;
  // (or after a party's word, the title in small letters: "Lib Dem Home Affairs spokesman", "Tory Pensions spokeswoman")
  const party = PARTY_FORMS.has(t[first - 1]?.lower ?? "") || PARTY_FORMS.has(`${t[first - 2]?.lower} ${t[first - 1]?.lower}`) || t[first - 1]?.lower === "shadow";
  if (!PORTFOLIO_TITLES.test(t[end]?.lower ?? "") || !(t[end].cap || party) || ORG_HEADS.has(t[end - 1].lower)) return false;
  if (!party && !(t[end + 1] && isCapital(t[end + 1])) && !(end > last && t[first - 1]?.norm === ",")) return false;
  for (let k = first; k < last; k++) if (!(/^(?:and|&|,)$/.test(t[k].norm) || (t[k].cap && namesNothing(doc, k)))) return false;
  return true;
}

/** Offices whose portfolio follows them after "for" or "of": "Minister for Defence Procurement", "Secretary of State for Culture, Media and Sport". */
const OFFICES_BEFORE_PORTFOLIO = /^(?:minister|secretary|commissioner)$/;
/**
 * A name right after an office's capitalised title and "for"/"of" (over "State for") is the office's
 * portfolio, no body: "Lord Bach, Minister for Defence Procurement", "The Secretary of State for
 * Culture, Media and Sport, Tessa Jowell". Where the holder's full name closes it, the holder starts
 * there: "Minister for Children, Young People and Families Margaret Hodge". Returns where the holder
 * starts, `last` where there is none, or -1 where no office stands before.
 */
export function portfolioAfterOffice(doc: Doc, first: number, last: number): number {
  const t = doc.tokens;
  // (back over the portfolio's fields the tagger left out: "Children, " of "Children, Young People and Families")
  let k = t[first]?.text === "State" ? first + 1 : first - 1;
  while (k < first && k > first - 8 && t[k] && t[k].sentence === t[first].sentence && (t[k].norm === "," || t[k].text === "and" || (t[k].cap && t[k].kind === "word" && !OFFICES_BEFORE_PORTFOLIO.test(t[k].lower)))) k--;
  if (!/^(?:for|of)$/.test(t[k]?.text ?? "")) return -1;
  // (over "of State": "Secretary of State for")
  const office = t[k - 1]?.text === "State" && t[k - 2]?.text === "of" ? t[k - 3] : t[k - 1];
  if (!office?.cap || !OFFICES_BEFORE_PORTFOLIO.test(office.lower) || ORG_HEADS.has(t[last - 1].lower)) return -1;
  const holder = last - first >= 3 && (doc.vocab.lexicon.firstName.has(t[last - 2].lower) || doc.vocab.gazetteer.firstName(t[last - 2].lower)) && /^\p{Lu}\p{Ll}/u.test(t[last - 1].text) && !doc.vocab.lexicon.common.has(t[last - 1].lower) && t[last - 3].kind === "word";
  return holder ? last - 2 : last;
}

/**
 * Letters in brackets that spell the common nouns before them name nothing, there or anywhere in the
 * article: "anti-social behaviour orders (Asbos)", "community support officers (CSOs)"; nor do a
 * plural's letters and the capitalised plural they spell in brackets: "PDAs (Personal Digital
 * Assistants)". Their keys.
 */
export function commonNounsInitials(doc: Doc, found: readonly Found[]): Set<string> {
  const t = doc.tokens;
  const out = new Set<string>();
  for (const f of found) {
    if (f.last - f.first !== 1 || t[f.first - 1]?.norm !== "(" || t[f.last]?.norm !== ")") continue;
    const letters = t[f.first].text.replace(/s$/, "").toLowerCase();
    if (!/^[a-z]{2,6}$/.test(letters)) continue;
    // the initials of the small words before the bracket, a hyphen's parts each: "anti-social" gives "as"
    let spelt = "";
    for (let k = f.first - 2; k >= 0 && spelt.length < letters.length && t[k].kind === "word" && /^\p{Ll}[\p{Ll}-]*$/u.test(t[k].text); k--) {
      spelt = t[k].text.split("-").map((p) => p[0]).join("") + spelt;
    }
    if (spelt === letters) out.add(f.key);
  }
  // (and a plural of capitals before the capitalised words they spell in brackets: "laptops and PDAs (Personal Digital Assistants)")
  for (const f of found) {
    const plural = t[f.first - 2];
    if (t[f.first - 1]?.norm !== "(" || t[f.last]?.norm !== ")" || !plural || !/^\p{Lu}{2,6}s$/u.test(plural.text) || !/s$/.test(t[f.last - 1].text)) continue;
    if (initialsOf(doc, f.first, f.last) === plural.text.slice(0, -1)) out.add(f.key).add(plural.lower);
  }
  return out;
}

/**
 * Two organisations the tagger read as one across an "and" are two: "Google and Ask Jeeves",
 * "China Construction Bank and Bank of China", "Amnesty International and Liberty". The first is
 * known (the lists, or named alone in the article) or ends in its own head word; a name that shares
 * its head or its "of" over the "and" stays one: "Securities and Exchange Commission", "Department
 * of Trade and Industry", "Investors Bank and Trust", "Shearman and Sterling".
 */
export function splitOrganizationLists(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  let keys: Set<string> | undefined;
  const known = (first: number, last: number) => {
    const key = nameOf(doc, first, last).toLowerCase();
    // (named alone in the article, if no common word: not "Project" of "Project and Contract Office")
    const alone = (keys ??= new Set(found.map((f) => f.key))).has(key) && !(last - first === 1 && lex.common.has(key));
    return lex.organization.has(key) || (doc.vocab.gazetteer.classes(key) & G_ORG) !== 0 || alone;
  };
  const out: Found[] = [];
  for (const f of found) {
    // two countries joined by "&" or "and" read as one body are the two places: "Serbia & Montenegro's rivals"
    // (not a country so named: "Trinidad and Tobago")
    if (f.type === "ORG" && !f.kind && f.last - f.first === 3 && /^(?:and|&)$/.test(t[f.first + 1].norm) && lex.country.has(t[f.first].lower) && lex.country.has(t[f.last - 1].lower) && !isKnownPlace(lex, f.key)) {
      out.push({ ...f, last: f.first + 1, type: "LOC", key: t[f.first].lower }, { ...f, first: f.last - 1, type: "LOC", key: t[f.last - 1].lower });
      continue;
    }
    let k = f.first + 1;
    while (k < f.last - 1 && t[k].text !== "and") k++;
    // (nor one whose initials follow in brackets: "Project and Contract Office (PCO)"; nor a seat: "won the Eton and Slough seat" beside "Educated at Eton")
    const seat = SEAT_NOUNS.has(t[f.last]?.text ?? "") || seatAfterMember(t, f.first);
    const split = f.type === "ORG" && !f.kind && k < f.last - 1 && isCapital(t[k - 1]) && isCapital(t[k + 1]) && t[f.last]?.norm !== "(" && !seat;
    // (the first ends in its own head word, with no "of" or "for" before the "and" to share: "Deutsche
    // Bank"; not a plural that names a field, "US Securities and Exchange Commission")
    const headed = () => ORG_HEADS.has(t[k - 1].lower) && !t[k - 1].lower.endsWith("s") && !t.slice(f.first, k).some((w) => !w.cap) && !(f.last - k === 2 && ORG_HEADS.has(t[k + 1].lower));
    if (!split || !(known(f.first, k) || headed())) {
      out.push(f);
      continue;
    }
    out.push({ ...f, last: k, key: nameOf(doc, f.first, k).toLowerCase() }, { ...f, first: k + 1, key: nameOf(doc, k + 1, f.last).toLowerCase() });
  }
  if (out.length !== found.length) keepOnly(found, out);
}

/**
 * Where two bodies' names the tagger read as one part inside [first, last), or -1: over "at" or
 * "or", each ending in a body's head word ("the Management Centre at Strathclyde University", "the
 * Hansard Society or Electoral Commission"); and two one-word names over "and" before their plural
 * noun ("the Carderplanet and Shadowcrew websites"; not a firm the lexicon knows, "Marks and Spencer
 * stores", nor portfolios named by common words, "the Education and Agriculture ministries").
 */
export function twoBodies(doc: Doc, first: number, last: number): number {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  if (last - first === 3 && t[first + 1].text === "and" && pluralNounAt(doc, last) && !lex.organization.has(nameOf(doc, first, last).toLowerCase()) && !lex.common.has(t[first].lower) && !lex.common.has(t[first + 2].lower)) return first + 1;
  for (let k = first + 1; k < last - 1; k++) {
    if (t[k].lower !== "at" && t[k].lower !== "or") continue;
    if (ORG_HEADS.has(t[k - 1].lower) && t[k - 1].cap && ORG_HEADS.has(t[last - 1].lower) && t[last - 1].cap && isCapital(t[k + 1])) return k;
  }
  return -1;
}

/** A noun in the plural at token k, in small letters, as far as its ending says: "websites", "firms" (not "was", "bus"). */
function pluralNounAt(doc: Doc, k: number): boolean {
  const w = doc.tokens[k];
  const lex = doc.vocab.lexicon;
  return !!w && w.kind === "word" && !w.cap && w.lower.length > 3 && /[^su]s$/.test(w.lower) && !lex.verbs.has(w.lower) && !lex.functionWords.has(w.lower);
}

/** A small number opening a firm's name of two words, its second a firm's own head word: "19 Entertainment", "19 Management" (not a count: "5,808 Academy voters"). */
export function numberedFirm(doc: Doc, type: TaggedSpan["type"], first: number, last: number): boolean {
  const t = doc.tokens;
  // (a noun after it makes the name a count of those: "20 Academy voters")
  return type === "ORG" && last - first === 2 && /^\d{1,3}$/.test(t[first].text) && ORG_ONLY_HEADS.has(t[first + 1].lower) && !countsNoun(doc, last - 1);
}

/**
 * A name right after a firm's noun in small letters that the tagger left unread is the firm:
 * "managing director of media consultancy Decipher", "the games developer Mindark" (not a place or
 * a person the lists know: "the retailer in Leeds", "the firm's boss John Smith").
 */
export function addFirmsAfterNoun(doc: Doc, found: Found[], readable: Uint8Array): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const covered = coveredBy(doc, found);
  const added: Found[] = [];
  for (let i = 1; i + 1 < t.length; i++) {
    const noun = t[i];
    if (noun.cap || noun.kind !== "word" || !FIRM_NOUNS_BEFORE_NAME.has(noun.lower) || !readable[i + 1]) continue;
    let last = i + 1;
    while (last < t.length && last - i <= 3 && !covered[last] && isCapital(t[last]) && t[last].kind === "word" && t[last].sentence === noun.sentence && !POSSESSIVE.test(t[last].norm)) last++;
    if (last === i + 1 || covered[last]) continue;
    const key = nameOf(doc, i + 1, last).toLowerCase();
    if (lex.functionWords.has(t[i + 1].lower) || lex.firstName.has(t[i + 1].lower) || isKnownPlace(lex, key) || listsPlace(doc, key) || lex.demonym.has(t[i + 1].lower) || isDateWord(t[i + 1].norm)) continue;
    added.push({ first: i + 1, last, floor: doc.sentences[noun.sentence].first, type: "ORG", key, partOfPerson: false });
    i = last - 1;
  }
  addInOrder(found, added);
}

/**
 * A legislature's or a government's one word, capitalised mid-sentence after "the" or a preposition and
 * standing alone, that the tagger left unread: "a first reading in Parliament", "amending it in the
 * Lords" (link.ts names the Lords the House of Lords). Not a modifier before a noun in small letters:
 * "Cabinet ministers", "a Commons inquiry".
 */
export function addInstitutionsAlone(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const covered = coveredBy(doc, found);
  const added: Found[] = [];
  for (let i = 1; i < t.length; i++) {
    const w = t[i];
    if (covered[i] || !w.cap || w.upper || w.sentenceStart || !INSTITUTIONS_ALONE.has(w.lower)) continue;
    const before = t[i - 1];
    const after = t[i + 1];
    if (before.kind !== "word" || before.cap || before.sentence !== w.sentence || !(before.lower === "the" || lex.functionWords.has(before.lower))) continue;
    if (after && after.sentence === w.sentence && (after.cap || POSSESSIVE.test(after.norm) || (after.kind === "word" && !lex.functionWords.has(after.lower) && !lex.verbs.has(after.lower)))) continue;
    added.push({ first: i, last: i + 1, floor: doc.sentences[w.sentence].first, type: "ORG", key: w.lower, partOfPerson: false });
  }
  addInOrder(found, added);
}

/**
 * In a press digest, a line of capitals alone between the stories is the newspaper they come from:
 * "PRESS DIGEST - Pakistan … Following are some of the main stories in Thursday's Pakistani
 * newspapers: DAWN - The government has decided …", "THE NEWS" (the tagger reads such lines as
 * headlines, or not at all). Outside a digest a line of common words in capitals alone is a
 * heading, no name.
 */
export function addDigestPapers(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  if (!DIGEST.test(doc.text.slice(0, 600))) {
    // (outside a digest such a line of common words is a heading, no name: "DAWN" between two stories; not one the lists know as a body or a place)
    const lex = doc.vocab.lexicon;
    const heading = (p: (typeof doc.paragraphs)[number]) => p.last - p.first <= 3 && !/\p{Ll}/u.test(doc.text.slice(p.start, p.end)) && t.slice(p.first, p.last).every((w) => w.kind === "word" && w.upper && (lex.common.has(w.lower) || lex.functionWords.has(w.lower))) && !lex.organization.has(nameOf(doc, p.first, p.last).toLowerCase()) && !isKnownPlace(lex, nameOf(doc, p.first, p.last).toLowerCase());
    const headings = doc.paragraphs.slice(1).filter((p) => p.last > p.first && heading(p));
    if (!headings.length) return;
    // (a name inside a heading, marked by token so the cost stays linear however many headings)
    const inHeading = coveredBy(doc, headings);
    keepOnly(found, found.filter((f) => !(inHeading[f.first] && inHeading[f.last - 1])));
    return;
  }
  const papers: Found[] = [];
  for (const p of doc.paragraphs.slice(1)) {
    const n = p.last - p.first;
    if (n < 1 || n > 5 || /\p{Ll}/u.test(doc.text.slice(p.start, p.end))) continue;
    // (a paper's name has letters only, and is no dateline's place: "DIARIO 16" is one, "ATHENS 1996-08-29" none)
    const key = nameOf(doc, p.first, p.last).toLowerCase();
    const words = t.slice(p.first, p.last);
    if (!words.every((w) => (w.kind === "word" && w.upper) || (w.kind === "number" && w !== words[0] && /^\d{1,3}$/.test(w.text)) || w.norm === "&")) continue;
    if ((n === 1 && t[p.first].text.length < 3) || listsPlace(doc, key) || isKnownPlace(doc.vocab.lexicon, key)) continue;
    papers.push({ first: p.first, last: p.last, floor: p.first, type: "ORG", key, partOfPerson: false });
  }
  if (!papers.length) return;
  const covered = coveredBy(doc, papers);
  keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1)).concat(papers).sort((a, b) => a.first - b.first));
}
/** A press digest by its title or its opening words. */
const DIGEST = /press digest|main stories in .{0,60}(?:newspapers|papers|press)/i;
