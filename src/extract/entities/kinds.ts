// What the words around a name say it is where the tagger, trained on 1996 news, cannot know:
// products come first (./products.ts), so that "Sony PSP" is no firm;
// a name after a firm's noun or with a firm's officers and shares ("security firm Sophos", "chief
// executive of Webroot", "shares in Earthlink") is a firm, in every mention; a name before a band
// member's role and a person ("Happy Mondays dancer Bez") is the band, before an actor's or a
// presenter's ("Holby City actor Jeremy Edwards") the show. Read by ./recognize.ts.

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import { POSSESSIVE } from "../../text/phrases";
import { G_ANY_LAST, G_ORG } from "../../tagger/gazetteer";
import { BODY_ONLY_HEADS, COMMON_INITIALISMS, FIRM_AFTER, INSTITUTION_HEADS, ORG_HEADS, NAME_PARTICLES, ORG_ONLY_HEADS, ORG_ROLE_AFTER, PAPER_NAMES, WEB_ADDRESS } from "../../words/names";
import { broadcasts, fmStations, regionalServices } from "./broadcast";
import { products } from "./products";
import { listedPair } from "./lists";
import { lowerWord } from "./other";
import { ROLE_NOUNS } from "../../words/sources";
import { MEDIA_NAME_WORDS } from "../../words/reporting";
import { BAND_BEFORE, BAND_ROLES, FIRM_BEFORE, FIRM_OF, INDEX_MODIFIERS, INDEX_NOUNS, SHOW_ROLES } from "../../words/other";
import { fullName } from "./around";
import { aboutSport, topicOf } from "./topic";
import { countsNoun, nameOf, type Found } from "./found";
import { landmarks, staffFirms } from "./passed";
import { acrossCountries, isKnownPlace, listsPlace } from "./places";
import { LANDMARKS, UK_NATIONS } from "../../words/places";
import { isDateWord } from "../../words/time";

/** What a firm is named as the author of: "a survey by Earthlink", "research from Gartner". */
const FIRM_WORK = new Set(["survey", "study", "research", "report", "poll", "figures", "analysis"]);
/** What a firm makes a product or a game by: "developed by Valve", "published by Penguin". */
const FIRM_MAKES = new Set(["developed", "published", "manufactured", "distributed"]);
/** Plural nouns opening a list of firms: "survivors such as Amazon", "rivals like Yahoo". */
const FIRM_LISTS = new Set(["rivals", "competitors", "survivors", "entrants", "services", "sites", "websites", "retailers", "providers"]);
/** What only a firm has, after its possessive: "Carlsberg's profits". */
const FIRM_HAS = new Set(["profits", "profit", "revenues", "turnover", "earnings", "subsidiary", "headquarters", "shareholders", "shares", "customers", "subscribers"]);
/** What a firm or a person may do, after a possessive, read only for names no list of people knows: "Rosneft's purchase of Yugansk". */
const FIRM_DEALT = new Set(["purchase", "acquisition", "takeover", "bid", "stake", "sales", "board", "products", "stores", "brand", "brands"]);
/** A firm's leaders right after its name, for names no list of people knows: "Yukos boss", "Rosneft spokesman". */
const FIRM_LEADS = new Set(["boss", "spokesman", "spokeswoman", "chairman", "chairwoman", "founder"]);
/** A part of a firm right after its name, for names no list of people or peoples knows: "the Yugansk unit". */
const FIRM_PARTS = new Set(["unit", "subsidiary", "division"]);
/** Deals that name a firm after them, for names no list of people knows: "bought by Rosneft", "sold to Yili". */
const FIRM_DEALS = new Set(["bought by", "acquired by", "owned by", "sold to", "over by"]);

/** Products, firms, bands and shows among the names found, by their cues. `found` in text order; `readable`: tokens the tagger read. */
export function namedByCues(doc: Doc, lex: Lexicon, found: Found[], readable: Uint8Array): void {
  const t = (f: Found) => doc.tokens[f.last - 1].lower;
  // an institution read as a place is the institution ("the Cabinet", "Inland Revenue"); a government paper is no name
  // so is one headed by a word only bodies end in ("the Fabian Society"), or by a body's head alone
  // ("Academy voters"; "City" only in a sports report, elsewhere it is London's: "talk in the City")
  const alone = (f: Found) => f.last - f.first === 1 && ORG_HEADS.has(t(f)) && (t(f) !== "city" || aboutSport(doc));
  for (const f of found) if (f.type === "LOC" && !f.kind && (INSTITUTION_HEADS.has(t(f)) || BODY_ONLY_HEADS.has(t(f)) || alone(f)) && !listsPlace(doc, f.key)) f.type = "ORG";
  // (with the article a tagger may take in at a sentence's start: "A White Paper would follow")
  const paper = (f: Found) => PAPER_NAMES.has(f.key.replace(/^(?:a|an|the) /, ""));
  if (found.some(paper)) addAll(found, [], paper);
  products(doc, lex, found, readable);
  stockIndexes(doc, found);
  for (const f of found) if (!f.kind && titleWords(doc, f)) f.kind = "work";
  addAll(found, broadcasts(doc, lex, found, readable));
  const stations = fmStations(doc, found);
  if (stations.added.length) addAll(found, stations.added, (f) => stations.covered.has(f));
  const services = regionalServices(doc, found);
  if (services.size) addAll(found, [], (f) => services.has(f));
  addAll(found, initialsBeforeRoles(doc, lex, found, readable));
  firms(doc, lex, found);
  bandsAndShows(doc, lex, found);
  addAll(found, sites(doc, found, readable));
  // a street or a square the news names for who works there is the place, whatever its cues: "a Downing Street spokesman"
  // (read as another name too, or without its number: "a spokesman for Number 10", "[Number] 10 said")
  for (const f of found) {
    const numbered = `${f.key} ${doc.tokens[f.last]?.lower}`;
    if (!f.kind && doc.tokens[f.last]?.kind === "number" && LANDMARKS.has(numbered)) [f.last, f.key, f.type] = [f.last + 1, numbered, "LOC"];
    if ((f.type === "ORG" || f.type === "MISC") && !f.kind && LANDMARKS.has(f.key)) f.type = "LOC";
  }
  addAll(found, landmarks(doc, found, readable));
  staffFirms(doc, found, readable);
}

/**
 * A site's name, written in the text's words (not inside an address), is the firm behind it:
 * "Amazon.com", "gamesindustry.biz", also where the tagger read it as a person or a place ("the
 * Nfox.com, the internet service provider").
 */
function sites(doc: Doc, found: readonly Found[], readable: Uint8Array): Found[] {
  const t = doc.tokens;
  const covered = new Int32Array(t.length).fill(-1);
  found.forEach((f, k) => covered.fill(k, f.first, f.last));
  const out: Found[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i].kind !== "word" || !t[i].text.includes(".") || !readable[i] || !WEB_ADDRESS.test(t[i].text)) continue;
    // (an address to type is no firm's name, "www.arsenal.com", nor a common word's, "the dot.com boom")
    const stem = t[i].lower.split(".")[0];
    if (stem === "www" || stem === "dot" || (!t[i].cap && doc.vocab.lexicon.common.has(stem))) continue;
    const f = covered[i] >= 0 ? found[covered[i]] : undefined;
    if (!f) out.push({ first: i, last: i + 1, floor: doc.sentences[t[i].sentence].first, type: "ORG", key: t[i].lower, partOfPerson: false });
    else if (f.first === i && f.last === i + 1 && !f.kind) [f.type, f.partOfPerson] = ["ORG", false];
  }
  return out;
}

/** Small words written with capitals inside a name: "Be With You", "Lost In Translation", "Kind Of Monster". */
const TITLE_SMALL = new Set(["with", "of", "to", "in", "be", "the", "it", "my", "you", "me", "your", "for", "on", "at", "by", "from", "is", "are", "was", "up", "out", "off", "into", "we", "he", "she", "they", "him", "her", "them", "our", "their", "its", "this", "that", "or", "and"]);

/**
 * A song's, film's or game's title, by small words written with capitals inside it ("Be With You",
 * "Lost In Translation", "Medal Of Honor"): no place's or person's name is written so. Not an
 * initial or a regnal number ("Charles A Blixt", "Elizabeth I"), capitals ("BBC News US") or an
 * organisation's name ("Big Day Out Ltd", "Save Our Community", "Children With Leukaemia").
 */
function titleWords(doc: Doc, f: Found): boolean {
  const t = doc.tokens;
  let small = false;
  for (let k = f.first + 1; k < f.last && !small; k++) small = t[k].cap && TITLE_SMALL.has(t[k].lower);
  // (nor a person's epithet, whose name is set without it: 'Ronnie "The Rocket" O'Sullivan')
  if (!small || ORG_HEADS.has(t[f.last - 1].lower) || doc.vocab.lexicon.organization.has(f.key) || (f.type === "PER" && f.canonical)) return false;
  for (let k = f.first; k < f.last; k++) if (t[k].upper && t[k].text.length > 1) return false;
  // (nor a name the tagger ran on into a small word: "the European Union In")
  const lex = doc.vocab.lexicon;
  let k = f.first + 1;
  while (k < f.last && !(t[k].cap && TITLE_SMALL.has(t[k].lower))) k++;
  const before = nameOf(doc, f.first, k).toLowerCase();
  if (lex.organization.has(before) || (doc.vocab.gazetteer.classes(before) & G_ORG) !== 0 || lex.country.has(before) || listsPlace(doc, before)) return false;
  // (a charity's or campaign's name: "Save Our Community", "Children With Leukaemia", "USA For Africa")
  return !CAUSE_WORDS.has(t[f.first].lower) && !CAUSE_WORDS.has(t[f.last - 1].lower);
}
/** Words of a charity's or a campaign's name. */
const CAUSE_WORDS = new Set(["save", "children", "africa", "leukaemia", "cancer", "campaign", "action", "aid", "help", "friends"]);

/** `found` with `added` among them, in text order. */
function addAll(found: Found[], added: Found[], drop?: (f: Found) => boolean): void {
  if (!added.length && !drop) return;
  const all = found.concat(added).filter((f) => !drop?.(f)).sort((a, b) => a.first - b.first);
  found.length = 0;
  for (const f of all) found.push(f);
}

/** An organisation's initials the tagger passed over, before a role: "PCS leader Mark Serwotka", "a UKIP spokesman". */
function initialsBeforeRoles(doc: Doc, lex: Lexicon, found: Found[], readable: Uint8Array): Found[] {
  const t = doc.tokens;
  const added: Found[] = [];
  const role = (k: number) => lowerWord(t[k]) && ORG_ROLE_AFTER.has(t[k].lower);
  // (most articles have no capitals before such a role: nothing to read)
  let any = false;
  for (let i = 0; i + 1 < t.length && !any; i++) any = t[i].upper && role(i + 1);
  if (!any) return added;
  const covered = new Uint8Array(t.length);
  for (const f of found) covered.fill(1, f.first, f.last);
  // (read as some other name: "the DUP leader")
  for (const f of found) if (f.type !== "ORG" && !f.kind && f.last - f.first === 1 && t[f.first].upper && role(f.last) && !COMMON_INITIALISMS.has(f.key) && !lex.country.has(f.key)) f.type = "ORG";
  for (let i = 0; i + 1 < t.length; i++) {
    const w = t[i];
    if (!w.upper || !role(i + 1) || covered[i] || !readable[i] || w.kind !== "word" || w.text.length > 6 || !/^\p{Lu}[\p{Lu}\d]+$/u.test(w.text)) continue;
    if (COMMON_INITIALISMS.has(w.lower) || lex.country.has(w.lower) || !role(i + 1)) continue;
    added.push({ first: i, last: i + 1, floor: doc.sentences[w.sentence].first, type: "ORG", key: w.lower, partOfPerson: false });
  }
  return added;
}

/**
 * A name before a stock index's noun is the index, an `other` name whatever else it names (Dow
 * Jones and Nasdaq are firms too), with its number: "the Dow Jones industrial average", "the FTSE
 * 100 index".
 */
function stockIndexes(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  for (const f of found) {
    // (an index named after its body is the body's: "the American Stock Exchange index", "the National Association of Purchasing Management index")
    if (f.kind || f.type === "PER" || ORG_HEADS.has(t[f.last - 1].lower) || f.key.includes(" of ")) continue;
    const numbered = t[f.last]?.kind === "number" && /^\d{2,4}$/.test(t[f.last].text);
    let k = numbered ? f.last + 1 : f.last;
    while (k < f.last + 3 && lowerWord(t[k]) && INDEX_MODIFIERS.has(t[k].lower) && (INDEX_NOUNS.has(t[k + 1]?.lower ?? "") || t[k + 1]?.lower === "average")) k++;
    // ("average" only as the industrial average: "the African average of 4%" is none)
    if (!lowerWord(t[k]) || !(INDEX_NOUNS.has(t[k].lower) || (t[k].lower === "average" && t[k - 1].lower === "industrial"))) continue;
    f.kind = "other";
    if (numbered) f.last++;
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  }
}

/** A firm's noun right before the name, or a list of firms it stands in: "security firm Sophos", "firms like Amazon", "survivors such as Amazon". */
function firmBefore(t: Token[], f: Found): 0 | 1 | 2 {
  const p = t[f.first - 1];
  const pp = t[f.first - 2];
  if (!p || p.sentence !== t[f.first].sentence || t[f.first].newline) return 0;
  // (a film's maker is a person: "film maker Theo van Gogh"; a publisher or a developer may be one: "publisher Kimberly Quinn")
  if (lowerWord(p) && FIRM_BEFORE.has(p.lower)) return /^makers?$/.test(p.lower) && /^(?:film|programme|documentary)$/.test(pp?.lower ?? "") ? 0 : PERSON_TOO.has(p.lower) ? 1 : 2;
  const noun = p.lower === "as" && pp?.lower === "such" ? t[f.first - 3] : p.lower === "like" || p.lower === "including" ? pp : undefined;
  return lowerWord(noun) && /s$/.test(noun!.lower) && (FIRM_BEFORE.has(noun!.lower) || FIRM_LISTS.has(noun!.lower)) ? 1 : 0;
}
/** Nouns before a name that a person may be too: "publisher Kimberly Quinn", "developer John Carmack". */
const PERSON_TOO = new Set(["publisher", "developer", "operator", "provider", "analysts", "start-up", "rival", "maker"]);

/** A word of a firm's before or around [first, last): "firm Sophos", "shares in Earthlink", "chief executive of Webroot", "Gartner's chief executive". */
function firmCue(doc: Doc, f: Found): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const gazetteer = doc.vocab.gazetteer;
  const p = t[f.first - 1];
  const pp = t[f.first - 2];
  // a name no list of people knows may take the weaker cues: "bought by Rosneft", "Rosneft's purchase of"
  const unknown = () => f.last - f.first > 1 || !(lex.firstName.has(f.key) || lex.lastName.has(f.key) || gazetteer.firstName(f.key) || (gazetteer.classes(f.key) & G_ANY_LAST) !== 0);
  // (not a word describing what follows: "founder of Jewish human rights group", "shares in Anglo-Swedish drug firm")
  const noun = () => lowerWord(t[f.last]) && lex.common.has(t[f.last].lower) && !lex.verbs.has(t[f.last].lower) && !lex.functionWords.has(t[f.last].lower);
  if (p?.lower === "in" && pp?.kind === "word" && /^(?:shares|stake|stakes)$/.test(pp.lower) && !acrossCountries(f.key) && !noun()) return true;
  if (p?.lower === "of" && lowerWord(pp) && FIRM_OF.has(pp.lower) && (pp.lower !== "executive" || t[f.first - 3]?.lower === "chief") && !noun()) return true;
  // "a survey by Earthlink", "research from Gartner" (not a person's: "a report by Blair"); "bought by Rosneft"
  if ((p?.lower === "by" || p?.lower === "from") && lowerWord(pp) && FIRM_WORK.has(pp.lower) && f.type !== "LOC" && unknown()) return true;
  if ((p?.lower === "by" || p?.lower === "to") && lowerWord(pp) && FIRM_DEALS.has(pp.lower + " " + p.lower) && unknown()) return true;
  // "The title, developed by Valve," (one word no list of people knows: not "developed by Smith")
  if (p?.lower === "by" && lowerWord(pp) && FIRM_MAKES.has(pp.lower) && f.last - f.first === 1 && f.type !== "LOC" && unknown()) return true;
  // "Diageo, the world's biggest spirits company," (not "Smith, the company's chairman", "Jones, a company director")
  if (t[f.last]?.norm === "," && /^(?:the|a|an)$/.test(t[f.last + 1]?.lower ?? "")) {
    // (nor "C-Murder, a former member of rap group Tru", "Jez San, the man behind the Argonaut games group")
    for (let j = f.last + 2; j < f.last + 9 && t[j] && t[j].kind !== "punct" && !ROLE_NOUNS.has(t[j].lower) && !/^(?:man|woman|member|boy|girl)$/.test(t[j].lower); j++) {
      if (!lowerWord(t[j]) || !FIRM_AFTER.has(t[j].lower)) continue;
      const n = t[j + 1];
      if (n && (POSSESSIVE.test(n.norm) || (n.kind === "word" && n.cap) || (lowerWord(n) && lex.common.has(n.lower) && !lex.verbs.has(n.lower) && !lex.functionWords.has(n.lower)))) break;
      return true;
    }
  }
  let k = f.last;
  if (POSSESSIVE.test(t[k]?.norm ?? "")) k++;
  const a = t[k];
  if (!lowerWord(a)) return false;
  if (a.lower === "chief" && t[k + 1]?.lower === "executive") return true;
  // "Gartner's chairman", "Rosneft's purchase of", "Rosneft boss" (a person has a bid or a spokesman too: "Blair's bid")
  if (k > f.last) return (FIRM_OF.has(a.lower) && a.lower !== "executive") || FIRM_HAS.has(a.lower) || (FIRM_DEALT.has(a.lower) && unknown());
  // "Gartner research firm", "Variety trade magazine" (the noun right after the name is read where the tagger's type is)
  // (not an adjective the tagger read as some other name: "Catholic aid agency", "South American oil company")
  if (f.type !== "MISC" && FIRM_AFTER.has(t[k + 1]?.lower ?? "") && lowerWord(t[k + 1]) && lex.common.has(a.lower) && !lex.verbs.has(a.lower) && !lex.functionWords.has(a.lower)) return true;
  if (FIRM_PARTS.has(a.lower) && unknown() && !lex.demonym.has(f.key)) return true;
  return /^(?:shares|shareholders)$/.test(a.lower) || (FIRM_LEADS.has(a.lower) && unknown());
}

function firms(doc: Doc, lex: Lexicon, found: Found[]): void {
  const t = doc.tokens;
  const may = (f: Found) =>
    (f.type === "PER" || f.type === "LOC" || f.type === "MISC") && !f.kind && !f.partOfPerson && f.last - f.first <= 3 && !isKnownPlace(lex, f.key) && !lex.peoples.has(f.key) && !UK_NATIONS.has(f.key) && !listsPlace(doc, f.key) && !(f.type === "PER" && f.last - f.first > 1 && (fullName(doc, f.first, f.last) || t.slice(f.first, f.last).some((w) => NAME_PARTICLES.has(w.text))));
  const keys = new Set<string>();
  const bands = new Set<string>();
  let prev: Found | undefined; // the last name a cue made a firm's, for a list after it: "firms Earthlink and Webroot"
  let strongPrev = false;
  // names the lists know as places that a firm's noun made firms, and who may be one: no country, nation, people or part of the world
  const placed = new Set<string>();
  const mayPlace = (f: Found) =>
    (f.type === "LOC" || f.type === "PER" || f.type === "MISC") && !f.kind && !f.partOfPerson && !lex.country.has(f.key) && !lex.demonym.has(f.key) && !lex.peoples.has(f.key) && !UK_NATIONS.has(f.key) && !acrossCountries(f.key);
  // a word no list of people knows that owns a game, in an article about games, is its maker: "Konami's Pro Evolution Soccer 4"
  if (topicOf(doc).games >= 2) {
    for (let i = 0; i + 1 < found.length; i++) {
      const [f, g] = [found[i], found[i + 1]];
      if (f.last - f.first === 1 && may(f) && POSSESSIVE.test(t[f.last]?.norm ?? "") && !t[f.last].space && g.first === f.last + 1 && (g.kind === "work" || (g.type === "MISC" && !g.kind)) && !lex.firstName.has(f.key) && !lex.lastName.has(f.key) && !doc.vocab.gazetteer.firstName(f.key)) keys.add(f.key);
    }
  }
  for (const f of found) {
    const listed = !!prev && listedPair(t, prev, f);
    // (a firm's noun or list says it even of a name a list of places knows: "firms like Amazon")
    const before = firmBefore(t, f);
    const strong: boolean = before > 0 || (listed && strongPrev);
    // (a person's full name only after a noun of firms alone: "accountancy firm Grant Thornton", not "players such as Jonny Wilkinson")
    const person = f.type === "PER" && f.last - f.first > 1 && fullName(doc, f.first, f.last);
    const cued = (listed || strong || firmCue(doc, f)) && (f.type === "ORG" || may(f) || (strong && mayPlace(f) && (!person || before === 2)));
    if (cued) strongPrev = strong;
    if (cued && strong && f.type !== "ORG" && !may(f)) placed.add(f.key);
    // (a firm the tagger read as one here makes its other mentions the firm's too)
    if (cued) keys.add(f.key);
    if (cued) prev = f;
    else if (!listed) prev = undefined;
  }
  // a band's noun says it whatever its name looks like: "rock band Franz Ferdinand", "Irish rock band U2"
  // (a number read into the name that counts the noun after it is no part of it: "the band Muse 3 years ago", not "US band Maroon 5 was named")
  for (const f of found) {
    const p = t[f.first - 1];
    if (!(lowerWord(p) && p.sentence === t[f.first].sentence && !t[f.first].newline && BAND_BEFORE.has(p.lower) && f.type !== "ORG" && !f.kind && !f.partOfPerson)) continue;
    if (f.last - f.first > 1 && t[f.last - 1].kind === "number" && countsNoun(doc, f.last - 1)) [f.last, f.key] = [f.last - 1, nameOf(doc, f.first, f.last - 1).toLowerCase()];
    if (!isKnownPlace(lex, f.key) && !listsPlace(doc, f.key)) bands.add(f.key);
  }
  for (const f of found) if (bands.has(f.key) && !f.kind && !f.partOfPerson) f.type = "ORG";
  if (!keys.size) return;
  // (and the parts of a firm's name the tagger read as a person's: "Domecq" of "Allied Domecq")
  const parts = new Set<string>();
  for (const k of keys) if (k.includes(" ")) parts.add(k.slice(k.lastIndexOf(" ") + 1));
  for (const f of found) {
    if (keys.has(f.key) && (may(f) || (placed.has(f.key) && mayPlace(f)))) f.type = "ORG";
    else if (f.partOfPerson && f.type === "PER" && parts.has(f.key) && !keys.has(f.key)) [f.type, f.partOfPerson] = ["ORG", false];
  }
}

function bandsAndShows(doc: Doc, lex: Lexicon, found: Found[]): void {
  const t = doc.tokens;
  const screenMore = () => topicOf(doc).screen > topicOf(doc).music;
  const added: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const g = found[i];
    // (the person may be read as a place no list knows: "dancer Bez")
    const unknownPlace = g.type === "LOC" && g.last - g.first === 1 && !listsPlace(doc, g.key) && !isKnownPlace(lex, g.key);
    if (g.type !== "PER" && !unknownPlace) continue;
    let r = g.first - 1;
    const lead = t[r]?.lower === "singer" && t[r - 1]?.lower === "lead";
    const role = t[r]?.lower ?? "";
    const star = role === "star" || role === "stars";
    if (!lowerWord(t[r]) || !(BAND_ROLES.has(role) || SHOW_ROLES.has(role) || star)) continue;
    if (lead) r--;
    let f = found[i - 1];
    let fresh = false;
    if (!f || f.last !== r) {
      // a name the tagger passed over: "alongside Happy Mondays dancer Bez"
      let first = r;
      while (first > 0 && r - first < 4 && t[first - 1].cap && t[first - 1].kind === "word" && !t[first - 1].sentenceStart && t[first - 1].sentence === t[r].sentence) first--;
      if (first === r || (f && f.last > first)) continue;
      f = { first, last: r, floor: g.floor, type: "MISC", key: nameOf(doc, first, r).toLowerCase(), partOfPerson: false };
      fresh = true;
    }
    // (a person's name before a star and a person is a title in an article about the screen: "Vera Drake star Imelda Staunton")
    const titled = !BAND_ROLES.has(role) && g.last - g.first > 1 && screenMore();
    if (f.kind || f.partOfPerson || (f.type === "PER" && fullName(doc, f.first, f.last) && !titled) || isKnownPlace(lex, f.key) || listsPlace(doc, f.key) || lex.organization.has(f.key) || lex.peoples.has(f.key) || UK_NATIONS.has(f.key)) continue;
    // (nor part of a longer name: "BBC Radio Scotland presenter", "R&B singer"; nor a date: "on 26 November singer Brian Harvey")
    const before = t[f.first - 1];
    // (a capitalised common word opening the sentence is none: "Former Holby City actor")
    const opening = before?.sentenceStart && (lex.common.has(before.lower) || lex.functionWords.has(before.lower));
    if (before && before.sentence === t[f.first].sentence && ((before.cap && before.kind === "word" && !opening) || before.norm === "&" || before.norm === "-")) continue;
    if (isDateWord(t[f.last - 1].norm) || lex.demonym.has(t[f.last - 1].lower)) continue;
    // (nor an adjective, a genre or a format: "Oscar-winning actor", "Soul singer", "R&B singer")
    let common = f.last - f.first === 1 && (lex.common.has(f.key) || COMMON_INITIALISMS.has(f.key));
    for (let k = f.first; k < f.last && !common; k++) common = /-\p{Ll}+$/u.test(t[k].text);
    if (common) continue;
    if (unknownPlace) g.type = "PER";
    // (a star is a film's or a show's, or a band's: "Vera Drake star Imelda Staunton", but "Westlife star", "Rolling Stones star")
    // (and in an article about films or television more than music: "former Westlife star Brian McFadden" in the charts)
    if (star && (f.type === "ORG" || /[^s]s$|ic$/.test(t[f.last - 1].lower) || !screenMore())) continue;
    // (a show is no broadcaster, studio or company: "BBC presenter", "Radio 1 DJ", "Royal Shakespeare Company actor")
    const band = BAND_ROLES.has(role);
    let media = !band && ORG_ONLY_HEADS.has(t[f.last - 1].lower);
    for (let k = f.first; k < f.last && !media && !band; k++) media = t[k].upper || t[k].kind === "number" || MEDIA_NAME_WORDS.has(t[k].lower);
    if (media) continue;
    if (fresh) added.push(f);
    if (band) f.type = "ORG";
    else f.kind = "work";
  }
  if (!added.length) return;
  const all = found.concat(added).sort((a, b) => a.first - b.first);
  found.length = 0;
  for (const f of all) found.push(f);
}
