// One name, one reading across the document, where the document itself says so: a lone name a
// body's noun stands in apposition to is the body, a firm's plural the firm, a town written as an
// address a place, a town that says something a firm, a town before a plural verb the club named
// after it, a name ending in a building's word no person, a town's common noun after "the" a venue,
// another name's word opening a body's name the body; a full name is a person when its surname is
// one alone, and every part of a person's full name is that person.
import { TOWN_SAYS, isCueWord } from "../../words/reporting";
import type { Doc } from "../../text/document";
import { BODY_NOUNS_BEFORE_NAME, HONORIFIC, ORG_HEADS } from "../../words/names";
import { TEAM_PLURAL_VERBS } from "../../words/sport";
import { BUILDING_HEADS, COMPASS, PLACE_PREPOSITIONS, SHOPPING_SITE_HEADS, UK_NATIONS, VENUE_HEADS, VENUES } from "../../words/places";
import { acrossCountries, builtAfter, listsPlace } from "./places";
import { aboutSport, aboutUsPolitics } from "./topic";
import { PARTY_FORMS } from "../../words/parties";
import { PREPOSITIONS } from "../../words/grammar";
import { PRODUCT_NAMES } from "../../words/other";
import { fullName, isFirstName, unknownFirstName } from "./around";
import { isCapital, nameOf, type Found } from "./found";
import { bandMember } from "./organizations";

/** A word no list knows as a first name or a surname. */
const unknownName = (doc: Doc, w: string) => !doc.vocab.lexicon.firstName.has(w) && !doc.vocab.lexicon.lastName.has(w) && !doc.vocab.gazetteer.firstName(w);

/** A first name the lists know and capitalised words after it, no organisation's head last: "Stanley Gold". */
function titledFullName(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  if (!isFirstName(doc, t[first].lower) || ORG_HEADS.has(t[last - 1].lower)) return false;
  for (let i = first; i < last; i++) if (!isCapital(t[i])) return false;
  return true;
}

/** Gives each name the one reading the document's own words give it, pass by pass (each one below). */
export function consistent(doc: Doc, found: Found[]): void {
  regionsReadAsBodies(doc, found);
  bodiesInApposition(doc, found);
  firmsInThePlural(doc, found);
  townsAddressed(doc, found);
  townsThatSpeak(doc, found);
  clubsAtTheirTown(doc, found);
  clubsByTheirTown(doc, found);
  buildings(doc, found);
  venuesAfterThe(doc, found);
  bodiesByFirstWord(doc, found);
  surnamesAlone(doc, found);
  partsOfPeople(doc, found);
}

/**
 * Outside sport, a name the lists know only as a US state that the tagger read as a body is the state,
 * at every mention: "Hillary Clinton Wins Missouri Democratic Primary", "Missouri holds an open
 * primary" (in sport it may be its team: "Texas beat Baltimore"); in US political news, so is a town.
 */
function regionsReadAsBodies(doc: Doc, found: Found[]): void {
  const lex = doc.vocab.lexicon;
  if (!found.some((f) => f.type === "ORG" && (lex.regionCountry.get(f.key) === "US" || lex.city.has(f.key))) || aboutSport(doc)) return;
  // (and in US political news a town the lists know, one word no body's: "PHILADELPHIA —", "the Tallahassee rally")
  const us = aboutUsPolitics(doc);
  const town = (f: Found) => us && f.last - f.first === 1 && lex.city.has(f.key) && !PARTY_FORMS.has(f.key);
  for (const f of found) if (f.type === "ORG" && !f.kind && ((lex.regionCountry.get(f.key) === "US" && !lex.city.has(f.key) && !PARTY_FORMS.has(f.key)) || town(f)) && f.key.length > 2 && !lex.organization.has(f.key)) f.type = "LOC";
}

/** A name of one or two words after a body's noun and a comma is the body's, at every mention: "his new party, Veritas", "his company, Ballets Russes", "The unit, Yugansk" (no first name, surname or place the lists know). */
function bodiesInApposition(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const bodies = new Set<string>();
  for (const f of found) {
    const noun = t[f.first - 2];
    // (a name read as a place or of no kind only as a closed apposition: "The unit, Yugansk, was sold", not "the network, Cuyo as well as")
    const closed = /^[,.;)]$/.test(t[f.last]?.norm ?? "") && !listsPlace(doc, f.key);
    if ((f.type === "PER" || f.type === "ORG" || ((f.type === "LOC" || f.type === "MISC") && closed)) && !f.kind && f.last - f.first <= 2 && t[f.first - 1]?.norm === "," && noun?.kind === "word" && (!noun.cap || noun.sentenceStart) && BODY_NOUNS_BEFORE_NAME.has(noun.lower) && f.key.split(" ").every((w) => unknownName(doc, w))) bodies.add(f.key);
  }
  if (bodies.size) for (const f of found) if ((f.type === "PER" || ((f.type === "LOC" || f.type === "MISC") && !listsPlace(doc, f.key))) && !f.kind && bodies.has(f.key)) f.type = "ORG";
}

/**
 * A firm's name in the plural is its products, and names the firm: "building Saabs" beside "Saab",
 * "Cadillacs" beside "the Cadillac BLS", "Vauxhalls" beside "Vauxhall models"
 * (not "the Blairs": a family is its person's, ./around.ts; nor a party's forms, "Conservatives",
 * nor a product's, "PSPs"; nor the first word of a longer name, "Aggregate" of "Aggregate
 * Industries", which ./link.ts folds as its short form).
 */
function firmsInThePlural(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const firms = new Map<string, string>();
  const opening = new Set<string>();
  // (a model's code after the name leaves it the firm's: "Cadillac BLS")
  const model = (f: Found) => t.slice(f.first + 1, f.last).every((w) => w.upper || /\d/.test(w.text));
  for (const f of found) {
    if (f.type !== "ORG" || f.kind || f.canonical) continue;
    // (not a band's member, whose plural is the band: "the former Beatle" beside "the Beatles")
    if (f.last - f.first === 1 && !bandMember(doc.vocab.lexicon, f.key)) firms.set(f.key, nameOf(doc, f.first, f.last));
    else if (!model(f)) opening.add(t[f.first].lower);
  }
  for (const w of opening) firms.delete(w);
  // (a firm's plural read as one names the firm where its name stands elsewhere read otherwise, or
  // opening a product: "badged as Vauxhalls" beside "Vauxhall models", "Cadillacs" beside "the Cadillac BLS")
  const plurals = new Set<string>();
  for (const f of found) if (f.type === "ORG" && !f.kind && f.last - f.first === 1 && /[^s]s$/.test(f.key) && !PARTY_FORMS.has(f.key)) plurals.add(f.key.slice(0, -1));
  // (the name read as a place, as a town of the name may be; not a person's, "Robbie" beside "the Robbies")
  const singular = (f: Found) => f.last - f.first === 1 && !f.kind && !f.canonical && f.type === "LOC" && plurals.has(f.key) && !PRODUCT_NAMES.has(f.key);
  for (const f of found) {
    if ((f.kind === "product" || f.type === "MISC" || (f.type === "ORG" && model(f))) && f.last - f.first > 1 && plurals.has(t[f.first].lower) && !firms.has(t[f.first].lower)) firms.set(t[f.first].lower, t[f.first].norm);
    else if (singular(f)) {
      f.type = "ORG";
      firms.set(f.key, nameOf(doc, f.first, f.last));
    }
  }
  if (!firms.size) return;
  for (const f of found) {
    const firm = f.last - f.first === 1 && !f.kind && !f.canonical && /[^s]s$/.test(f.key) && !PARTY_FORMS.has(f.key) ? firms.get(f.key.slice(0, -1)) : undefined;
    if (firm && !PRODUCT_NAMES.has(firm.toLowerCase())) [f.type, f.canonical] = ["ORG", firm];
  }
}

/** A town the lists know, written once as an address, is no person at any mention: "the line at Hatfield, Hertfordshire" and "the Hatfield rail crash". */
function townsAddressed(doc: Doc, found: Found[]): void {
  const addressed = new Set<string>();
  for (const f of found) if (f.type !== "ORG" && !f.kind && f.last - f.first === 1 && addressOf(doc, f.last) && listsPlace(doc, f.key)) addressed.add(f.key);
  if (addressed.size) for (const f of found) if (f.type === "PER" && !f.kind && addressed.has(f.key)) f.type = "LOC";
}

/**
 * A town, no capital, that says something is a firm named after it, at every mention: "Halifax said
 * house prices rose", "the Halifax has said", "Fairmont said it planned" (not the town a speaker is
 * in, "officials in Powys said", nor a capital or a country, which speak for a government: "Beijing
 * says", "Tokyo says").
 */
function townsThatSpeak(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const speaking = new Set<string>();
  for (const f of found) {
    // (the tagger may already read the speaking mention as the firm, and another as the town)
    if ((f.type !== "LOC" && f.type !== "ORG") || f.kind || f.last - f.first > 2) continue;
    const verb = t[f.last]?.lower === "has" ? t[f.last + 1] : t[f.last];
    // (after no preposition, over a "the": "in the West Country said")
    const before = t[f.first - 1]?.lower === "the" ? t[f.first - 2] : t[f.first - 1];
    if (!verb || !TOWN_SAYS.has(verb.lower) || verb.sentence !== t[f.first].sentence || (before && PREPOSITIONS.has(before.lower))) continue;
    if (listsPlace(doc, f.key) && !lex.region.has(f.key) && !lex.city.get(f.key) && !lex.country.has(f.key) && !UK_NATIONS.has(f.key) && !acrossCountries(f.key)) speaking.add(f.key);
  }
  if (speaking.size) for (const f of found) if (f.type === "LOC" && !f.kind && speaking.has(f.key)) f.type = "ORG";
}

/**
 * In a sports report, a town the article names as its club elsewhere is the club after "at", where
 * a player's career is: "to see him making it at Sunderland" beside "poised to join Sunderland"
 * (not a ground the lists know: "the Highbury outfit" and "even at Highbury").
 */
function clubsAtTheirTown(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const clubs = new Set<string>();
  for (const f of found) if (f.type === "ORG" && !f.kind && f.last - f.first === 1 && listsPlace(doc, f.key) && !doc.vocab.lexicon.country.has(f.key) && !VENUES.has(f.key)) clubs.add(f.key);
  if (!clubs.size || !aboutSport(doc)) return;
  for (const f of found) if (f.type === "LOC" && !f.kind && clubs.has(f.key) && t[f.first - 1]?.lower === "at" && !t[f.first - 1].cap) f.type = "ORG";
}

/**
 * A town the article names as the last word of a club's name is the club before a plural verb,
 * which a team takes and a town does not, in any article: "Chelsea face AC Milan … Milan are strong"
 * (not a nation's name, whose side ./sides.ts reads; nor after a place's preposition: "in Milan are").
 */
function clubsByTheirTown(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const clubs = new Set<string>();
  for (const f of found) if (f.type === "ORG" && !f.kind && f.last - f.first >= 2 && f.last - f.first <= 3 && t.slice(f.first, f.last).every(isCapital)) clubs.add(t[f.last - 1].lower);
  if (!clubs.size) return;
  for (const f of found) {
    if (f.type !== "LOC" || f.kind || f.last - f.first !== 1 || !clubs.has(f.key) || lex.country.has(f.key) || UK_NATIONS.has(f.key)) continue;
    const next = t[f.last];
    const before = t[f.first - 1];
    if (next && !next.cap && TEAM_PLURAL_VERBS.has(next.lower) && next.sentence === t[f.first].sentence && !(before && !before.cap && PLACE_PREPOSITIONS.has(before.lower))) f.type = "ORG";
  }
}

/**
 * A person's name ending in a building's head word is the building's, a place: "Clarence House", "the Roosevelt Hotel" (not after a title: "Mr Palace");
 * so is another name ending in a venue's: "known as The Pavilion Repertory Theatre" (not "Bleak House", a novel), or in a shopping site's,
 * or before a building's noun ("the Shore Club hotel").
 */
function buildings(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  for (const f of found) {
    // (and one before a building's noun in small letters: "at the Shore Club hotel in Miami Beach", "the Savoy hotel")
    if (!f.kind && (f.type !== "PER" || t[f.first - 1]?.lower === "the") && builtAfter(t, f.last)) f.type = "LOC";
    if (f.kind || f.last - f.first < 2 || !t[f.last - 1].cap) continue;
    if (f.type === "MISC" && VENUE_HEADS.has(t[f.last - 1].lower)) f.type = "LOC";
    // (and any name ending in a shopping site's: "St Stephen's Green Shopping Centre", which "Centre" alone would make a body)
    if (f.last - f.first > 2 && SHOPPING_SITE_HEADS.has(`${t[f.last - 2].lower} ${t[f.last - 1].lower}`)) f.type = "LOC";
    if (f.type !== "PER" || HONORIFIC.test(t[f.first - 1]?.text ?? "")) continue;
    if (BUILDING_HEADS.has(t[f.last - 1].lower)) f.type = "LOC";
  }
}

/**
 * A common noun that is also a town's name, read as a body but written after a small "the" at every
 * mention, is a venue named by the noun, a place (./places.ts puts it in the article's country): "met
 * at the Orange in London" (a firm goes without the article: "Orange said"; and a paper by a common
 * noun that names no town keeps its reading: "the Guardian").
 */
function venuesAfterThe(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const after = new Map<string, boolean>();
  for (const f of found) {
    if (f.type !== "ORG" || f.kind || f.last - f.first !== 1) continue;
    const the = t[f.first - 1]?.text === "the" && lex.common.has(f.key) && listsPlace(doc, f.key) && !lex.organization.has(f.key);
    after.set(f.key, (after.get(f.key) ?? true) && the);
  }
  for (const f of found) if (f.type === "ORG" && !f.kind && f.last - f.first === 1 && after.get(f.key)) f.type = "LOC";
}

/**
 * A word the tagger read as some other name, that opens the name of an organisation the article
 * gives, is the organisation's short form where it says something, as a body does (./link.ts folds it
 * into the one it names): "Gizmo predicts" beside "Gizmo Magazine" (not a people's word or a place's
 * name: "British" beside "British Airways"; nor after "the", which a firm's short form goes without:
 * "The Dow lost 5%" is the index, beside "the Dow Jones share index"; nor a verb before "to", which
 * reports nothing: "Sundance continues to grow" is the festival, beside "Sundance TV Channel").
 */
function bodiesByFirstWord(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const openers = new Set<string>();
  for (const f of found) if (f.type === "ORG" && !f.kind && f.last - f.first > 1 && isCapital(t[f.first + 1])) openers.add(t[f.first].lower);
  if (!openers.size) return;
  for (const f of found) {
    if (f.type !== "MISC" || f.kind || f.last - f.first !== 1 || !openers.has(f.key)) continue;
    if (lex.demonym.has(f.key) || lex.peoples.has(f.key) || listsPlace(doc, f.key) || PARTY_FORMS.has(f.key) || t[f.first - 1]?.lower === "the") continue;
    const verb = t[f.last];
    if (!verb || verb.kind !== "word" || verb.cap || !isCueWord(verb.lower) || verb.sentence !== t[f.first].sentence || t[f.last + 1]?.lower === "to") continue;
    f.type = "ORG";
  }
}

/**
 * A full name read as an organisation or a place, opening with a first name, whose last word the
 * document names as a person alone, is that person: "Kanye West" when "West led the race"; a first
 * name no list knows will do if no common word or place ("Cate Blanchett" … "Blanchett"), and any
 * first name when the person alone had a title ("Stanley Gold" … "Mr Gold", though Stanley is a town).
 */
function surnamesAlone(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const alone = new Set<string>();
  const titled = new Set<string>();
  for (const f of found) {
    if (f.type !== "PER" || f.last - f.first !== 1) continue;
    alone.add(f.key);
    if (HONORIFIC.test(t[f.first - 1]?.text ?? "")) titled.add(f.key);
  }
  if (!alone.size) return;
  for (const f of found) {
    if (f.type === "PER" || f.last - f.first < 2 || f.last - f.first > 3) continue;
    const surname = t[f.last - 1].lower;
    if (alone.has(surname) && (fullName(doc, f.first, f.last) || unknownFirstName(doc, f.first, f.last) || (titled.has(surname) && titledFullName(doc, f.first, f.last)))) f.type = "PER";
  }
}

/**
 * A part of a person's full name is that person ("Saddam" after "Saddam Hussein", "Suu Kyi" after
 * "Aung San Suu Kyi"). (A vote for one type per name was tried and lost on CoNLL, where a place
 * is also the name of its team: each mention keeps the type its context gives.) Every run of words
 * inside a full name, shorter than the name, is indexed once, so the check is a lookup.
 */
function partsOfPeople(doc: Doc, found: Found[]): void {
  const parts = new Set<string>();
  const seen = new Set<string>();
  for (const f of found) {
    if (f.type !== "PER" || !f.key.includes(" ") || seen.has(f.key)) continue;
    seen.add(f.key);
    const words = f.key.split(" ");
    // (a compass word and a place are a place, which ./typed.ts reads so: "North Devon landowner Giles Bradshaw")
    if (words.length > MAX_NAME_WORDS || (words.length === 2 && COMPASS.has(words[0]) && listsPlace(doc, words[1]))) continue;
    for (let a = 0; a < words.length; a++) for (let b = a + 1; b <= words.length; b++) if (b - a < words.length) parts.add(words.slice(a, b).join(" "));
  }
  if (!parts.size) return;
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const at = new Map(found.map((f) => [f.first, f]));
  const ends = new Map(found.map((f) => [f.last, f]));
  // (not a country's name the tagger read as a place beside another place, or before a noun it
  // qualifies: "Ireland and Scotland players" beside the player James Ireland)
  const country = (f: Found) => {
    if (f.type !== "LOC" || !lex.country.has(f.key)) return false;
    const joint = (k: number) => t[k]?.norm === "," || t[k]?.lower === "and" || t[k]?.lower === "or";
    const next = t[f.last];
    const qualifies = !!next && next.kind === "word" && !next.cap && !lex.verbs.has(next.lower) && !lex.functionWords.has(next.lower);
    return (joint(f.last) && at.get(f.last + 1)?.type === "LOC") || (joint(f.first - 1) && ends.get(f.first - 1)?.type === "LOC") || qualifies;
  };
  for (const f of found) {
    if (!parts.has(f.key) || country(f)) continue;
    f.type = "PER";
    f.partOfPerson = true;
  }
}

/** Longer runs are no person's name; their parts are not indexed (the index stays linear in the text). */
const MAX_NAME_WORDS = 8;

/** A comma and a county, a region, a nation or a country after token `last` - 1, as an address: ", Hertfordshire", ", Scotland", ", Kenya". */
function addressOf(doc: Doc, last: number): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  const w = t[last + 1];
  if (t[last]?.norm !== "," || !w?.cap || w.kind !== "word" || w.sentence !== t[last].sentence) return false;
  return /shire$/.test(w.lower) || UK_NATIONS.has(w.lower) || lex.country.has(w.lower) || (lex.region.has(w.lower) && !lex.city.has(w.lower));
}
