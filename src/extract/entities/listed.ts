// Names typed by the list they stand in: a town among places is a place, a place among firms a
// firm, an unknown word among people a person ("visits Manchester, Liverpool and Leicester",
// "Sony Pictures, Walt Disney and Columbia", "Stat Quo, Proof and Obie Trice").

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import { POSSESSIVE } from "../../text/phrases";
import { G_ANY_LAST, G_ORG, G_PERSON } from "../../tagger/gazetteer";
import { isDateWord } from "../../words/time";
import { isCapital, nameOf, type Found, addInOrder } from "./found";
import { separated } from "./lists";
import { isKnownPlace, listsPlace } from "./places";
import { STREET } from "../../words/numbers";
import { BUILDING_HEADS, LANDMARKS } from "../../words/places";
import { BODIES_AFTER_OTHER, BODIES_BEFORE_LIST, ORG_HEADS } from "../../words/names";
import { aboutTheArts } from "./topic";
import { isTitle, namedAsPerson, surnameOfSomeone } from "./around";
import { BROADCASTER_NAME } from "../../words/reporting";
import { VERSUS } from "../../words/sport";

/**
 * A known place the tagger read as an organisation (a team's name) or a person in a list of places
 * is a place: "visits Manchester, Liverpool, Leicester, Somerset, Basingstoke". `found` in text order.
 */
export function placesListed(doc: Doc, lex: Lexicon, found: Found[]): void {
  const t = doc.tokens;
  const joined = (a: Found, b: Found) => listedTogether(t, a, b);
  // (one side of a fixture is a team: "Colchester v Hereford, Doncaster v Darlington")
  const versus = (k: number) => VERSUS.test(t[k]?.norm ?? "");
  // (or a town's name read as a person's, no first name: "visits Leicester, Basingstoke, Shrewsbury")
  const town = (f: Found) =>
    f.type === "PER" && f.last - f.first === 1 && !f.partOfPerson && !lex.firstName.has(f.key) && !lex.lastName.has(f.key) && !(doc.vocab.gazetteer.classes(f.key) & G_PERSON) && listsPlace(doc, f.key);
  const known = (f: Found) => ((f.type === "ORG" && (lex.city.has(f.key) || lex.region.has(f.key) || lex.regionCountry.has(f.key))) || town(f)) && !f.kind && !versus(f.first - 1) && !versus(f.last);
  for (const step of [1, -1]) {
    for (let n = 0; n < found.length; n++) {
      const i = step > 0 ? n : found.length - 1 - n;
      const f = found[i];
      const o = found[i - step];
      if (o && o.type === "LOC" && (f.type === "ORG" || (f.type === "PER" && listsPlace(doc, o.key))) && (step > 0 ? joined(o, f) : joined(f, o)) && known(f)) f.type = "LOC";
    }
  }
  // so is one whose possessive an institution's name follows: "Belfast's Lyric Theatre" (not a team's player, "Chelsea's Frank Lampard")
  let starts: Map<number, Found> | undefined;
  for (const f of found) {
    if (f.type !== "ORG" || !POSSESSIVE.test(t[f.last]?.norm ?? "") || !known(f)) continue;
    const g = (starts ??= new Map(found.map((x) => [x.first, x]))).get(f.last + 1);
    if (g && g.type === "ORG" && !g.kind && t[g.first].sentence === t[f.first].sentence) f.type = "LOC";
  }
  // and a place the lists know that the tagger left unread, listed after a place: "Doncaster, Hartlepool, North Tyneside and Stoke-on-Trent"
  const covered = new Uint8Array(t.length);
  for (const f of found) covered.fill(1, f.first, f.last);
  const added: Found[] = [];
  for (const f of found) {
    if (f.type !== "LOC" || f.kind) continue;
    let k = f.last;
    for (;;) {
      const a = separated(t, k);
      if (a === k || !t[a]?.cap || t[a].kind !== "word" || covered[a] || t[a].sentence !== t[f.first].sentence) break;
      let e = a + 1;
      while (e - a < 3 && t[e]?.cap && t[e].kind === "word" && !covered[e] && t[e].sentence === t[a].sentence) e++;
      const key = nameOf(doc, a, e).toLowerCase();
      // (the whole item: not the first word of a name found after it, "Cardiff and Northern Ireland Minister John Spellar")
      if ((t[e]?.cap && t[e].kind === "word") || !listsPlace(doc, key) || lex.firstName.has(t[a].lower) || versus(e)) break;
      added.push({ first: a, last: e, floor: f.floor, type: "LOC", key, partOfPerson: false });
      covered.fill(1, a, e);
      k = e;
    }
  }
  addInOrder(found, added);
}

/**
 * A name read as a place in a list of three or more that mostly names organisations is one too:
 * "Movies from Sony Pictures, Walt Disney, Miramax, Columbia and Buena Vista", as is one word read as
 * a person's outside the arts: "Hyundai, Toyota, Suzuki and Ford" (not a country:
 * "Microsoft, IBM and China"). `found` in text order.
 */
export function organizationsListed(doc: Doc, lex: Lexicon, found: Found[]): void {
  const t = doc.tokens;
  const org = (f: Found) => f.type === "ORG" && !f.kind;
  addInOrder(found, sharingHead(doc, lex, found));
  const added: Found[] = [];
  for (const list of listsOf(t, found)) {
    // (a list closed by "and other clubs" or "and other firms" is of bodies, towns and all: "Luton, Preston, Queens Park Rangers and other clubs")
    // (and so is one after a plural of bodies and "such as": "political blogs such as the Daily Kos or Instapundit")
    if ((list.length >= 2 && closedByOtherBodies(t, list[list.length - 1].last)) || openedByBodies(t, list[0].first)) for (const f of list) if (f.type === "LOC" && !f.kind && !lex.country.has(f.key)) f.type = "ORG";
    const orgs = list.filter(org).length;
    if (list.length >= 3 && orgs >= 2 && orgs * 2 > list.length) {
      // (and an other name of no kind: "…, TW Garments, Lesotho Hats and Vogue Landmark")
      for (const f of list) if ((f.type === "LOC" || f.type === "MISC") && !f.kind && !lex.country.has(f.key) && !lex.demonym.has(f.key) && !lex.peoples.has(f.key)) f.type = "ORG";
      // (and one word read as a person's, no one's surname the article writes after a given name, outside the arts, where one word names a singer: "Hyundai, Toyota, Suzuki and Ford", not "Athlete, Ciara and Feeder")
      if (!aboutTheArts(doc)) for (const f of list) if (f.type === "PER" && f.last - f.first === 1 && !f.partOfPerson && !(f.first > 0 && isTitle(t[f.first - 1])) && !surnameOfSomeone(doc, f.key)) f.type = "ORG";
      // (the last two, read as one across the list's "and", are two: "…, TW Garments, Lesotho Hats and Vogue Landmark")
      const end = list[list.length - 1];
      const and = end.first + t.slice(end.first, end.last).findIndex((w) => w.text === "and");
      // (each of two words or more: not a firm or a seat named so, "…, Tesco and Marks and Spencer", "…, Westmorland and Lonsdale")
      if (org(end) && and > end.first + 1 && and < end.last - 2 && t[end.first - 1]?.norm === "," && t.slice(end.first, end.last).filter((w) => w.text === "and").length === 1 && !listsPlace(doc, nameOf(doc, end.first, and).toLowerCase()) && !listsPlace(doc, nameOf(doc, and + 1, end.last).toLowerCase())) {
        added.push({ ...end, first: and + 1, key: nameOf(doc, and + 1, end.last).toLowerCase() });
        end.last = and;
        end.key = nameOf(doc, end.first, end.last).toLowerCase();
      }
    }
    // and the unread words that open such a list, no word of the sentence: "Anheuser-Busch, Heineken and Scottish & Newcastle"
    const opener = orgs === list.length && orgs >= 2 ? unreadOpener(doc, lex, list[0].first) : null;
    if (opener) added.push({ first: opener[0], last: opener[1], floor: list[0].floor, type: "ORG", key: nameOf(doc, opener[0], opener[1]).toLowerCase(), partOfPerson: false });
  }
  addInOrder(found, added);
}

/** A plural of bodies and "such as", "including" or "like" before token `first` (over a "the"): "blogs such as the Daily Kos". */
function openedByBodies(t: readonly Token[], first: number): boolean {
  let k = t[first - 1]?.lower === "the" ? first - 2 : first - 1;
  if (t[k]?.lower === "as" && t[k - 1]?.lower === "such") k--;
  else if (t[k]?.lower !== "including" && t[k]?.lower !== "like") return false;
  return !!t[k - 1] && !t[k - 1].cap && BODIES_BEFORE_LIST.has(t[k - 1].lower);
}

/** "and other clubs" at token k, closing a list of bodies (read by ./typed.ts too). */
export const closedByOtherBodies = (t: readonly Token[], k: number): boolean => t[k]?.text === "and" && t[k + 1]?.text === "other" && BODIES_AFTER_OTHER.has(t[k + 2]?.text ?? "");

/**
 * Names listed beside a body's that end in its last word are bodies too, unread or read as people or
 * other names: "Leisure Garments, Modern Garments, Precious Six Garments, TW Garments" (not a common
 * word or a body's head word, which names end in apart: "United", "Group").
 */
function sharingHead(doc: Doc, lex: Lexicon, found: Found[]): Found[] {
  const t = doc.tokens;
  const covered = new Uint8Array(t.length);
  for (const f of found) covered.fill(1, f.first, f.last);
  // (or read as people or other names: "Leisure Garments" as a person)
  const byEnd = new Map(found.map((g) => [g.last, g]));
  const byStart = new Map(found.map((g) => [g.first, g]));
  const retype = (g: Found | undefined, head: Token) => {
    if (!g || g.kind || g.type === "ORG" || g.type === "LOC" || g.last - g.first < 2 || t[g.last - 1].lower !== head.lower) return false;
    g.type = "ORG";
    return true;
  };
  const out: Found[] = [];
  for (const f of found) {
    const head = t[f.last - 1];
    if (f.type !== "ORG" || f.kind || f.last - f.first < 2 || !head.cap || head.kind !== "word" || lex.common.has(head.lower) || ORG_HEADS.has(head.lower)) continue;
    // (backwards over ", X Head" runs, then forwards)
    for (const step of [-1, 1]) {
      let at = step < 0 ? f.first - 1 : f.last;
      for (;;) {
        if (t[at]?.norm !== "," || t[at].sentence !== head.sentence) break;
        let a: number, b: number;
        if (step < 0) {
          b = at;
          const g = byEnd.get(b);
          if (covered[b - 1] && g && retype(g, head)) {
            at = g.first - 1;
            continue;
          }
          if (t[b - 1]?.lower !== head.lower || covered[b - 1]) break;
          a = b - 1;
          while (a > 0 && b - a < 4 && isCapital(t[a - 1]) && !covered[a - 1] && t[a - 1].sentence === head.sentence) a--;
        } else {
          a = at + 1;
          const g = byStart.get(a);
          if (covered[a] && g && retype(g, head)) {
            at = g.last;
            continue;
          }
          b = a;
          while (b < t.length && b - a < 4 && isCapital(t[b]) && !covered[b] && t[b].lower !== head.lower && t[b].sentence === head.sentence) b++;
          if (t[b]?.lower !== head.lower || covered[b]) break;
          b++;
        }
        if (b - a < 2 || lex.functionWords.has(t[a].lower)) break;
        covered.fill(1, a, b);
        out.push({ first: a, last: b, floor: f.floor, type: "ORG", key: nameOf(doc, a, b).toLowerCase(), partOfPerson: false });
        at = step < 0 ? a - 1 : b;
      }
    }
  }
  return out;
}

/** One to three capitalised words before a comma and token `first`, after a sentence's start or a comma, none the lexicon knows as a common or small word. */
function unreadOpener(doc: Doc, lex: Lexicon, first: number): [number, number] | null {
  const t = doc.tokens;
  const end = first - 1;
  if (t[end]?.norm !== ",") return null;
  let a = end;
  while (a > 0 && end - a < 3 && t[a - 1].kind === "word" && t[a - 1].cap && t[a - 1].sentence === t[first].sentence) a--;
  if (a === end || !(a === 0 || t[a - 1].sentence !== t[first].sentence || t[a - 1].norm === ",")) return null;
  for (let k = a; k < end; k++) if (lex.common.has(t[k].lower) || lex.functionWords.has(t[k].lower) || isDateWord(t[k].norm) || isKnownPlace(lex, t[k].lower)) return null;
  // (opening the sentence, written as only a firm's name is: "Anheuser-Busch", "OD2", not "Recently")
  const brand = (w: Token) => /[-&\d]|\p{Ll}\p{Lu}/u.test(w.text) || (doc.vocab.gazetteer.classes(w.lower) & G_ORG) !== 0;
  if ((a === 0 || t[a - 1].sentence !== t[first].sentence) && !t.slice(a, end).some(brand)) return null;
  return [a, end];
}

/**
 * A name read as a place that no list of places knows, listed with a person, is a person: "goals
 * from Noe Pamarot and Mido", "Kanye West and Beanie Sigel"; so are the capitalised words between
 * two people listed that the tagger left unread: "Stat Quo, Proof, DJ Green Lantern, Swift and Obie
 * Trice". `found` in text order.
 */
export function peopleListed(doc: Doc, lex: Lexicon, found: Found[]): void {
  const t = doc.tokens;
  const nameShaped = (k: number) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(t[k].text);
  // (of two words, neither a common word nor a known place's first, nor a ground's or a street's name: "Kanye West", not "Oxford East", "Carrow Road")
  const unknownPlace = (f: Found) =>
    f.type === "LOC" && !f.kind && nameShaped(f.first) && t[f.first].text.length > 3 && !listsPlace(doc, f.key) &&
    (f.last - f.first === 1 || (f.last - f.first === 2 && nameShaped(f.first + 1) && !lex.common.has(t[f.first].lower) && !isKnownPlace(lex, t[f.first].lower) && !LANDMARKS.has(f.key) && !STREET.has(t[f.first + 1].lower)));
  // (or a first name and a surname read as a firm or a place, no head word of a body's: "comedy stars Victoria Wood and David Jason")
  const gazetteer = doc.vocab.gazetteer;
  const fullName = (f: Found) =>
    (f.type === "ORG" || f.type === "LOC") && !f.kind && f.last - f.first === 2 && nameShaped(f.first) && nameShaped(f.first + 1) && !ORG_HEADS.has(t[f.first + 1].lower) &&
    (lex.firstName.has(t[f.first].lower) || gazetteer.firstName(t[f.first].lower)) && (lex.lastName.has(t[f.first + 1].lower) || (gazetteer.classes(t[f.first + 1].lower) & G_ANY_LAST) !== 0);
  // (or two words no list knows at all, read as a firm, outside the arts, where bands are listed with people: "Richard Belmar and Moazzam Begg")
  const arts = aboutTheArts(doc);
  const unknownWord = (k: number) => nameShaped(k) && t[k].text.length > 2 && !lex.common.has(t[k].lower) && !isKnownPlace(lex, t[k].lower) && !ORG_HEADS.has(t[k].lower) && (gazetteer.classes(t[k].lower) & G_ORG) === 0;
  const unknownPair = (f: Found) => !arts && f.type === "ORG" && !f.kind && f.last - f.first === 2 && unknownWord(f.first) && unknownWord(f.first + 1) && !lex.organization.has(f.key);
  // (or initials and a surname read as a firm, between two people: "Salman Rushdie, JM Coetzee and Kazuo Ishiguro")
  const initialled = (f: Found) =>
    f.type === "ORG" && !f.kind && f.last - f.first === 2 && /^\p{Lu}{2,3}$/u.test(t[f.first].text) && nameShaped(f.first + 1) && !ORG_HEADS.has(t[f.first + 1].lower) && !lex.organization.has(f.key);
  // (or a name no list knows as a place, each with its country in brackets among people so written: "Kenzaburo Oe (Japan) Cynthia Ozick (US)")
  const countryAfter = (k: number) => t[k]?.norm === "(" && t[k + 2]?.norm === ")" && lex.country.has(t[k + 1].norm.toLowerCase());
  const bracketedName = (f: Found) =>
    f.type !== "PER" && !f.kind && f.last - f.first >= 2 && f.last - f.first <= 3 && countryAfter(f.last) && !listsPlace(doc, f.key) && !lex.organization.has(f.key) && t.slice(f.first, f.last).every((_, d) => nameShaped(f.first + d));
  const joined = (a: Found, b: Found) => listedTogether(t, a, b);
  const bracketedAlike = (a: Found, b: Found) => countryAfter(a.last) && countryAfter(b.last) && (a.last + 3 === b.first || (t[a.last + 3]?.norm === "," && a.last + 4 === b.first));
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const before = found[i - 1];
    const after = found[i + 1];
    // (the countries in brackets are names found too: the person is two names away)
    if (bracketedName(f) && ((found[i - 2]?.type === "PER" && bracketedAlike(found[i - 2], f)) || (found[i + 2]?.type === "PER" && bracketedAlike(f, found[i + 2])))) f.type = "PER";
    if (!unknownPlace(f) && !fullName(f) && !unknownPair(f) && !(initialled(f) && before?.type === "PER" && after?.type === "PER")) continue;
    if ((before?.type === "PER" && joined(before, f)) || (after?.type === "PER" && joined(f, after))) f.type = "PER";
  }
  // (a person is one the tagger read so, or one named by a first name and a surname the lists know, which typed.ts reads as a person whatever the tagger read: "[Obie Trice]MISC")
  const person = (f: Found) => !f.kind && (f.type === "PER" || (f.type !== "LOC" && namedAsPerson(doc, f.first, f.last)));
  const added: Found[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i], found[i + 1]];
    if (!person(a) || !person(b) || t[a.first].sentence !== t[b.first].sentence) continue;
    const between = unreadBetween(doc, a.last, b.first);
    for (const [first, last] of between) added.push({ first, last, floor: a.floor, type: "PER", key: nameOf(doc, first, last).toLowerCase(), partOfPerson: false });
  }
  addInOrder(found, added);
}

/** The names of one or two capitalised words that stand between commas and "and" from k to end, each a list's item, or none where anything else stands there. */
function unreadBetween(doc: Doc, k: number, end: number): Array<[number, number]> {
  const t = doc.tokens;
  const sep = (w: Token | undefined) => !!w && (w.norm === "," || w.lower === "and");
  const out: Array<[number, number]> = [];
  while (k < end) {
    if (!sep(t[k])) return [];
    while (k < end && sep(t[k])) k++;
    if (k === end) break;
    let e = k;
    while (e < end && e - k < 2 && t[e].kind === "word" && /^\p{Lu}/u.test(t[e].text) && !isDateWord(t[e].norm)) e++;
    // (a word before the next name is its title's: "DJ" of "DJ Green Lantern")
    if (e === end) break;
    if (e === k || !sep(t[e]) || listsPlace(doc, nameOf(doc, k, e).toLowerCase())) return [];
    out.push([k, e]);
    k = e;
  }
  return out;
}

/** The runs of names found one after another with only commas, "and" or "or" between them, each name in one run (a name alone is a run of one). `found` in text order. */
function* listsOf(t: readonly Token[], found: readonly Found[]): Generator<Found[]> {
  for (let i = 0; i < found.length; ) {
    let j = i + 1;
    while (j < found.length && listedTogether(t, found[j - 1], found[j])) j++;
    yield found.slice(i, j);
    i = j;
  }
}

/** Two names with only commas, "and" or "or" between them: "Manchester, Liverpool and Leicester". */
function listedTogether(t: readonly Token[], a: Found, b: Found): boolean {
  let k = a.last;
  while (k < b.first && (t[k].norm === "," || t[k].lower === "and" || t[k].lower === "or")) k++;
  return k === b.first && k > a.last;
}

/**
 * A name the tagger read as a place, a person or a body, listed with two works, is a work too:
 * "a superteam consisting of Batman, Superman and Wonder Woman", "the director behind JFK, Platoon and
 * Born on the Fourth of July" (not a country: "France, Amelie and Delicatessen" stays). `found` in text order.
 */
export function worksListed(doc: Doc, lex: Lexicon, found: Found[]): void {
  const t = doc.tokens;
  const work = (f: Found | undefined) => f?.kind === "work";
  // (in a list of three or more with a work, a name read as some other name, or as a person's with a small word inside, is a work:
  // "The voice behind Mack the Knife, Dream Lover and Beyond the Sea")
  for (const list of listsOf(t, found)) {
    if (list.length < 3 || !list.some(work)) continue;
    // (not a people's word or a channel: "British film Vera Drake", "Channel 4 show Faking It")
    for (const f of list) if (!f.kind && (f.type === "MISC" || (f.type === "PER" && f.last - f.first === 3 && /^(?:the|of)$/.test(t[f.first + 1].text))) && !lex.demonym.has(f.key) && !lex.peoples.has(f.key) && !lex.country.has(f.key) && !BROADCASTER_NAME.test(f.key)) f.kind = "work";
  }
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    // (nor a person's full name, nor a body by its head: "programmes on The Sound of Music, Agatha Christie and …", "for the National Theatre, Private Lives and …")
    if (f.kind || f.type === "MISC" || f.last - f.first > (f.type === "PER" ? 1 : 2) || BROADCASTER_NAME.test(f.key) || lex.country.has(f.key) || lex.demonym.has(f.key) || ORG_HEADS.has(t[f.last - 1].lower) || BUILDING_HEADS.has(t[f.last - 1].lower)) continue;
    const [a, b, c, d] = [found[i - 2], found[i - 1], found[i + 1], found[i + 2]];
    const after = work(c) && listedTogether(t, f, c as Found);
    const before = work(b) && listedTogether(t, b as Found, f);
    if ((after && work(d) && listedTogether(t, c as Found, d as Found)) || (before && after) || (before && work(a) && listedTogether(t, a as Found, b as Found))) f.kind = "work";
  }
}
