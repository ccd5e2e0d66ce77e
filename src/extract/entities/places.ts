// The country a place is in (the contract's places[].country): from what the article says around
// it ("Crimea (Ukraine)", "London's West End"), from the countries its name may be in (a capital's,
// towns of that name by size, a region's) weighed with the countries the article names, and for a
// place no list knows, the country the article is clearly about. Read by ./link.ts.

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Entity } from "../../text/layers";
import type { Token } from "../../text/tokenize";
import { POSSESSIVE } from "../../text/phrases";
import { STREET } from "../../words/numbers";
import { PARTY_COUNTRIES, PARTY_FORMS } from "../../words/parties";
import { BUILDING_HEADS, BUILDING_NOUNS_AFTER, CITY_OF_LONDON, COMPASS, CONTINENTS, ENGLISH_PLACE_ENDING, LANDMARK_HEADS, LANDMARKS, MADE_OF_PLACE, PLACE_HEADS, PLACE_PREPOSITIONS, REGION_HEADS, SEAS_ALONE, SETTLEMENT_NOUNS, SHARED_REGIONS, NATION_DEMONYMS, PEOPLES_ACROSS_COUNTRIES, SITE_HEADS, UK_MEMBERS, UK_NATIONS, US_STATE_ABBREVIATIONS, US_STATE_NICKNAMES, VENUES, WATER_HEADS, WORLD_PARTS, isNationPeopleNoun, SEAT_NOUNS } from "../../words/places";
import { EVENT_NOUNS_AFTER_PLACE } from "../../words/other";
import { aboutTheArts } from "./topic";
import { US_CAPITAL } from "./states";


/** A house's number opening an address: "10 " of "10 Downing Street". */
const HOUSE_NUMBER = /^\d{1,3} /;
/**
 * The countries an article names, and the one it is about: mentions of countries, of the UK's
 * nations (GB) and of places whose country is beyond doubt ("London", "Leeds"), counted; `main` has the most, `clear` is it when it has at least two and half of all, and no other as many.
 */
export interface Context {
  named: Set<string>;
  main: string | null;
  clear: string | null;
  /** The one country every place the lists know in the article is in (two or more), where no country is named more: "Anfield" and "England" beside "Stanley Park". */
  placed: string | null;
  /** The same, whatever countries the article names more: "Gateshead" and "Burnley" beside "the North East" in a story that names Iraq. */
  onePlaced: string | null;
  /** The one country of the parties the article names: "Labour" and "the Tories" say Britain. */
  partisan: string | null;
  /** The country or place each of their mentions names, by the mention's last token. */
  owners: Map<number, Entity>;
  /** The same, by the mention's first token and with where it ends. */
  starting: Map<number, { e: Entity; last: number }>;
}

/** The name at token `first` is a seat after a member of the UK's parliaments: "MP for West Ham", "the MSP for Fife". */
export const seatAfterMember = (t: readonly Token[], first: number): boolean => first > 1 && t[first - 1].text === "for" && t[first - 2].upper && UK_MEMBERS.has(t[first - 2].lower);

export function countryContext(doc: Doc, entities: Entity[]): Context {
  const counts = new Map<string, number>();
  const count = (code: string, n: number) => counts.set(code, (counts.get(code) ?? 0) + n);
  // (a UK nation's people's word, no name of its own, still says where the article is: "Scottish fans")
  for (const w of doc.tokens) if (w.cap && (NATION_DEMONYMS.has(w.lower) || isNationPeopleNoun(w.lower))) count("GB", 1);
  const owners = new Map<number, Entity>();
  const starting = new Map<number, { e: Entity; last: number }>();
  for (const e of entities) if (e.type === "country" || e.type === "place") for (const m of e.mentions) {
    owners.set(m.last - 1, e);
    starting.set(m.first, { e, last: m.last });
  }
  const placedIn = new Set<string>();
  let placedPlaces = 0;
  const regions: Array<[ReadonlyArray<readonly [string, number]>, string, number]> = [];
  for (const e of entities) {
    if (e.type === "country" && e.code) count(e.code, e.mentions.length);
    if (e.type !== "place") continue;
    const name = e.name.toLowerCase();
    if (UK_NATIONS.get(name)) {
      count("GB", e.mentions.length);
      placedIn.add("GB");
      placedPlaces++;
    } else if (!acrossCountries(name) && !isCompassRegion(name)) {
      const candidates = theLandmark(doc, e) ? [] : placeCandidates(doc, name);
      const sure = likeliest(candidates, SURE_MARGIN);
      // (a region that shares its name with a known town abroad counts after the rest, if they name no country of the town: "Canterbury")
      if (sure && regionOverTown(candidates, sure)) {
        regions.push([candidates, sure, e.mentions.length]);
        continue;
      }
      if (sure) count(sure, e.mentions.length);
      const site = sure ?? VENUES.get(name) ?? LANDMARKS.get(name.replace(HOUSE_NUMBER, ""));
      if (site) {
        placedIn.add(site);
        placedPlaces++;
      }
    }
  }
  for (const [candidates, sure, n] of regions) {
    if (candidates.some(([c, w]) => c !== sure && w >= KNOWN_TOWN && counts.has(c))) continue;
    count(sure, n);
    placedIn.add(sure);
    placedPlaces++;
  }
  let main: string | null = null;
  let most = 0;
  let all = 0;
  let tied = false;
  for (const [code, n] of counts) {
    all += n;
    if (n > most) [main, most, tied] = [code, n, false];
    else if (n === most) tied = true;
  }
  // (two places at least: one is too little to say where the article is)
  const one = placedIn.size === 1 && placedPlaces >= 2 ? [...placedIn][0] : null;
  const parties = new Set(entities.flatMap((e) => (e.type === "organization" ? [PARTY_COUNTRIES.get(PARTY_FORMS.get(e.name.toLowerCase()) ?? e.name)] : [])).filter((c): c is string => !!c));
  const partisan = parties.size === 1 ? [...parties][0] : null;
  // (a country named as often as another is not clearly the article's: Iraq, four times, beside four places in Britain)
  return { named: new Set(counts.keys()), main, clear: most >= 2 && most * 2 >= all && !tied ? main : null, placed: one && (counts.get(one) ?? 0) >= most ? one : null, onePlaced: one, partisan, owners, starting };
}

/**
 * A country's name that is also a region of a country the article names, and that the article sets
 * beside none of the country's neighbours, its people's word or another country in a list, is the
 * region: "The unnamed woman from Georgia" beside the US is the state (not beside Russia, nor in
 * "Ukraine and Georgia").
 */
export function regionsNamedAsCountries(doc: Doc, entities: Entity[], context: Context): void {
  const lex = doc.vocab.lexicon;
  const t = doc.tokens;
  for (const e of entities) {
    const n = e.type === "country" ? lex.regionNamesakes.get(e.name.toLowerCase()) : undefined;
    if (!n || !context.named.has(n.region) || n.neighbours.some((c) => context.named.has(c))) continue;
    if (e.mentions.some((m) => m.demonym || listedWithCountry(t, context, m.first, m.last))) continue;
    e.type = "place";
    e.code = null;
    for (const m of e.mentions) [m.type, m.code] = ["place", undefined];
  }
}
/** Whether a country's mention stands in a list with another country's: "Ukraine and Georgia", "Samoa, France, Italy, Georgia". */
function listedWithCountry(t: readonly Token[], context: Context, first: number, last: number): boolean {
  const joint = (k: number) => t[k]?.norm === "," || /^(?:and|or)$/.test(t[k]?.lower ?? "");
  const countryAt = (e: Entity | undefined) => e?.type === "country";
  return (joint(first - 1) && countryAt(context.owners.get(first - 2))) || (joint(last) && countryAt(context.starting.get(last + 1)?.e));
}

/**
 * A name written after "the" every time is a venue's or a landmark's, not the town of that name,
 * when it is a common noun ("The Valley", "the Den"), or one word the lists know as a town by its
 * name alone and the article writes as a noun of its own at least once: "to sell the Dome." (not
 * Dome in Ghana; but "the Compton schools" are the town's).
 */
function theLandmark(doc: Doc, e: Entity): boolean {
  const lex = doc.vocab.lexicon;
  const name = e.name.toLowerCase();
  const t = doc.tokens;
  if (!e.mentions.every((m) => m.first > 0 && t[m.first - 1].lower === "the")) return false;
  if (lex.common.has(name)) return true;
  const known = lex.city.has(name) || lex.placeCountries.has(name) || lex.regionCountry.has(name) || lex.country.has(name);
  const alone = (w: Token | undefined) => !w || w.kind !== "word" || lex.functionWords.has(w.lower) || lex.verbs.has(w.lower);
  return !known && !name.includes(" ") && e.mentions.some((m) => alone(t[m.last]));
}

/** A country, a nationality, a city or a region the lexicon knows. */
export function isKnownPlace(lex: Lexicon, name: string): boolean {
  const w = name.toLowerCase();
  return lex.country.has(w) || lex.demonym.has(w) || lex.city.has(w) || lex.region.has(w);
}

/** Whether any list of places knows a lower-cased name: the lexicon's countries, cities and regions, the towns of several countries, the gazetteer's towns. */
export function listsPlace(doc: Doc, name: string): boolean {
  const lex = doc.vocab.lexicon;
  return lex.country.has(name) || lex.city.has(name) || lex.region.has(name) || lex.regionCountry.has(name) || lex.placeCountries.has(name) || doc.vocab.gazetteer.country(name) !== "";
}

/** A continent or a part of the world across countries: "Asia", "North America", "Middle East", "the Atlantic". */
export function acrossCountries(name: string): boolean {
  if (CONTINENTS.has(name) || SHARED_REGIONS.has(name)) return true;
  const words = name.split(/\s+/);
  // (an ocean, whatever people's word names it: "the Indian ocean")
  if (words.length > 1 && words[words.length - 1] === "ocean") return true;
  return words.some((w) => CONTINENTS.has(w) || WORLD_PARTS.has(w)) && words.every((w) => CONTINENTS.has(w) || WORLD_PARTS.has(w) || COMPASS.has(w));
}

/**
 * A word for a people rather than a place, which names no place: an adjective across a people's
 * lands ("pan-European", "pan-Arab"), compass words or a word across countries before a people's
 * adjective ("Eastern European", "South East Asian", "Latin American"), or a town's people by its
 * name ("Dubliner", "Beijingers", "Londoners").
 */
export function peoplesWord(doc: Doc, name: string): boolean {
  const lex = doc.vocab.lexicon;
  const people = (w: string) => lex.demonym.has(w) || lex.peoples.has(w) || PEOPLES_ACROSS_COUNTRIES.has(w);
  const pan = /^pan-(\p{L}+)$/u.exec(name);
  if (pan) return people(pan[1]) || /(?:an|ic)$/.test(pan[1]);
  const words = name.split(" ");
  if (words.length >= 2 && words.slice(0, -1).every((w) => COMPASS.has(w) || PEOPLES_ACROSS_COUNTRIES.has(w)) && people(words[words.length - 1])) return true;
  const resident = words.length === 1 && !listsPlace(doc, name) ? /^(\p{L}{3,})ers?$/u.exec(name) : null;
  return !!resident && (lex.city.has(resident[1]) || lex.country.has(resident[1]) || doc.vocab.gazetteer.country(resident[1]) !== "");
}

/** A people's adjective of a part of the world, no place: "Middle Eastern", "Far Eastern" (of "Middle East", "Far East"). */
export const worldPartAdjective = (name: string): boolean => name.includes(" ") && name.endsWith("ern") && acrossCountries(name.slice(0, -3));

/** A compass region, in the country the article is about: "the South West", "East Midlands". */
const isCompassRegion = (name: string) => name.split(/\s+/).every((w) => COMPASS.has(w));

/**
 * The country of a country or place written right before one of the place's mentions and `joint`:
 * its possessive ("London's West End", "Britain's Lake District", "Tehran's new airport") or a comma ("Luton, Bedfordshire").
 */
function countryBefore(doc: Doc, e: Entity, context: Context, joint: (t: Token) => boolean): string | null {
  const t = doc.tokens;
  for (const m of e.mentions) {
    // (a possessive may stand before an adjective or two: "Tehran's new Imam Khomeini International Airport")
    if (m.first < 2) continue;
    let k = m.first - 1;
    while (joint === possessive && k > 1 && k > m.first - 3 && !joint(t[k]) && t[k]?.kind === "word" && !t[k].cap && !doc.vocab.lexicon.functionWords.has(t[k].lower)) k--;
    if (k < 1 || !joint(t[k])) continue;
    const owner = context.owners.get(k - 1);
    if (!owner || owner === e) continue;
    if (owner.type === "country") return owner.code;
    if (UK_NATIONS.get(owner.name.toLowerCase())) return "GB";
    return placeCountry(doc, owner, context, 1);
  }
  return null;
}
/**
 * The country whose people's word describes a place before a settlement's noun: "the Swiss
 * mountain resort Davos", "the Welsh town Tenby" (over two small words at most).
 */
function settledBy(doc: Doc, e: Entity): string | null {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  for (const m of e.mentions) {
    let k = m.first - 1;
    if (!t[k] || t[k].cap || !SETTLEMENT_NOUNS.has(t[k].lower)) continue;
    k--;
    while (k > m.first - 4 && t[k]?.kind === "word" && !t[k].cap && !lex.functionWords.has(t[k].lower)) k--;
    const w = t[k];
    if (!w?.cap) continue;
    if (NATION_DEMONYMS.has(w.lower)) return "GB";
    const c = lex.demonym.get(w.lower);
    if (c) return c.code;
  }
  return null;
}

/**
 * The country of a region or a country written after one of the place's mentions and a comma, as
 * an address is: "Ashfield, Nottinghamshire", "Paris, Texas", "Kibera, Kenya" (not a list of
 * places: "Leeds, Yorkshire and Hull", "Leeds, Yorkshire, and Hull").
 */
function countryAfter(doc: Doc, e: Entity, context: Context): string | null {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  for (const m of e.mentions) {
    // (a building's noun may stand between, and then a town is where it is too: "the Beverly Hilton hotel, Los Angeles")
    const built = builtAfter(t, m.last);
    const at = built ? m.last + 1 : m.last;
    if (t[at]?.norm !== ",") continue;
    const after = context.starting.get(at + 1);
    // (nor one of a list: "Bournemouth East, Wells, Canterbury")
    if (!after || after.e === e || t[m.first - 1]?.norm === ",") continue;
    // (a US state's abbreviation is an address, whatever follows: "in Portsmouth, N.H., and in Nashua")
    if (after.last === at + 2 && US_STATE_ABBREVIATIONS.has(t[at + 1].lower)) return "US";
    // (an address ends there, at a stop, a comma or a small word, not a clause's subject: "in Lucerne, Switzerland from 3-8 May", not "in Paris, Ireland face …")
    const next = t[after.last];
    // (and no list goes on after it: "in Toronto, South Korea and Madrid", "London, Singapore, Tokyo")
    const listed = /^(?:and|or)$/.test(next?.norm ?? "") || (next?.norm === "," && (/^(?:and|or)$/.test(t[after.last + 1]?.norm ?? "") || !!t[after.last + 1]?.cap));
    if (listed || (next && next.sentence === t[at].sentence && next.kind !== "punct" && !(next.kind === "word" && !next.cap && lex.functionWords.has(next.lower)))) continue;
    if (built) return countryBeside(doc, after.e, e, context);
    const name = after.e.name.toLowerCase();
    if (after.e.type === "country") return after.e.code;
    if (UK_NATIONS.get(name)) return "GB";
    const region = lex.regionCountry.get(name) ?? (US_STATE_ABBREVIATIONS.has(name) ? "US" : undefined);
    if (region && !lex.city.has(name)) return region;
  }
  return null;
}
/** The country a country or a place written next to a place stands for, `e` itself being none. */
function countryBeside(doc: Doc, owner: Entity | undefined, e: Entity, context: Context): string | null {
  if (!owner || owner === e) return null;
  if (owner.type === "country") return owner.code;
  if (UK_NATIONS.get(owner.name.toLowerCase())) return "GB";
  return owner.type === "place" ? placeCountry(doc, owner, context, 1) : null;
}
/** Whether token k is a building's noun in small letters after a name: "the Shore Club hotel". */
export const builtAfter = (t: readonly Token[], k: number): boolean => t[k]?.kind === "word" && !t[k].cap && BUILDING_NOUNS_AFTER.has(t[k].lower);
/** The country of the place a mention of `e` is said to be in: "the Petronas Towers in Kuala Lumpur", "Netherdale in Galashiels", "the Shore Club hotel in Miami Beach". */
function countryIn(doc: Doc, e: Entity, context: Context): string | null {
  const t = doc.tokens;
  for (const m of e.mentions) {
    const at = builtAfter(t, m.last) ? m.last + 1 : m.last;
    const c = t[at]?.lower === "in" ? countryBeside(doc, context.starting.get(at + 1)?.e, e, context) : null;
    if (c) return c;
  }
  return null;
}
/** The country of the place a mention of `e` is said to be near: "Gaydon, near Warwick", "a plant in Gaydon near Warwick". */
function countryNear(doc: Doc, e: Entity, context: Context): string | null {
  const t = doc.tokens;
  for (const m of e.mentions) {
    const c = m.first >= 2 && t[m.first - 1].lower === "near" ? countryBeside(doc, context.owners.get(t[m.first - 2].norm === "," ? m.first - 3 : m.first - 2), e, context) : null;
    if (c) return c;
  }
  return null;
}
const possessive = (t: Token) => POSSESSIVE.test(t.norm);
const comma = (t: Token) => t.norm === ",";

/** A capital is its country's whatever towns share its name ("Paris", "Kingston" unless the article says otherwise). */
const CAPITAL_PRIOR = 7.5;
/** A region of a country (ISO 3166-2) weighs as a town of 500,000: "Florida" is the state, not the town in Cuba; "Kent" the county, not Kent, Washington. */
const REGION_PRIOR = 5.7;
/** A town the gazetteer knows in one country only, of unknown size (15,000 or more). */
const TOWN_PRIOR = 5;
/** A country the article names weighs as three times the population, for towns of 50,000 or more. */
const NAMED_BONUS = 0.5;
const KNOWN_TOWN = 4.7;

/** Whether a name is a known town or region anywhere (50,000 people or more, or a region of a country): "Chicago", not "Brookside". */
export function knownTown(doc: Doc, name: string): boolean {
  return placeCandidates(doc, name).some(([, w]) => w >= KNOWN_TOWN);
}

/** The country of the heaviest candidate when it outweighs every other country's by `margin`, else null. */
function likeliest(candidates: ReadonlyArray<readonly [string, number]>, margin: number): string | null {
  let best: readonly [string, number] | undefined;
  let second = -Infinity;
  for (const c of candidates) {
    if (!best || c[1] > best[1]) {
      if (best && best[0] !== c[0]) second = Math.max(second, best[1]);
      best = c;
    } else if (c[0] !== best[0]) second = Math.max(second, c[1]);
  }
  return best && best[1] - second >= margin ? best[0] : null;
}

/** The likeliest country `best` is a region's only, and a known town of the name is in another country: Canterbury, New Zealand and Canterbury, Kent. */
function regionOverTown(candidates: ReadonlyArray<readonly [string, number]>, best: string): boolean {
  return candidates.some(([c, w]) => c === best && w === REGION_PRIOR) && !candidates.some(([c, w]) => c === best && w !== REGION_PRIOR) && candidates.some(([c, w]) => c !== best && w >= KNOWN_TOWN);
}

/** A place is beyond doubt when its likeliest country outweighs the others' threefold: "London", "Leeds", not "Newcastle". */
const SURE_MARGIN = 0.5;

/** The countries a place's name may be in, with the weight of each (log10 of a population). */
function placeCandidates(doc: Doc, name: string): ReadonlyArray<readonly [string, number]> {
  const found = placeCandidatesAsWritten(doc, name);
  // (a town's umlaut written out, as English news does, is the town: "Trollhaettan", "Duesseldorf", "Zuerich")
  if (found.length || !/[aou]e/.test(name)) return found;
  return placeCandidatesAsWritten(doc, name.replace(/([aou])e/g, "$1"));
}

function placeCandidatesAsWritten(doc: Doc, name: string): ReadonlyArray<readonly [string, number]> {
  const lex = doc.vocab.lexicon;
  const out: Array<readonly [string, number]> = [];
  // (a country read as a place is in itself: "Turkey")
  const country = lex.country.get(name);
  if (country) return [[country.code, CAPITAL_PRIOR]];
  if (US_CAPITAL.test(name) || US_STATE_NICKNAMES.has(name)) return [["US", CAPITAL_PRIOR]];
  const capital = lex.city.get(name);
  // (a town's name written with a space or a hyphen is one: "Monte Carlo", "Monte-Carlo")
  const towns = lex.placeCountries.get(name) ?? lex.placeCountries.get(name.replace(/ /g, "-")) ?? lex.placeCountries.get(name.replace(/-/g, " "));
  const town = towns ? undefined : doc.vocab.gazetteer.country(name);
  // (a capital the town lists do not know in its country is a small one, weighed as a town: Plymouth, Montserrat, beside Plymouth, England)
  if (capital) out.push([capital, towns?.some(([c]) => c === capital) || town === capital ? CAPITAL_PRIOR : TOWN_PRIOR]);
  if (towns) out.push(...towns);
  else if (town && town !== capital) out.push([town, TOWN_PRIOR]);
  const region = lex.regionCountry.get(name) ?? (US_STATE_ABBREVIATIONS.has(name) ? "US" : undefined);
  if (region) out.push([region, REGION_PRIOR]);
  return out;
}

/**
 * A place's country: the one written after it ("Crimea (Ukraine)"); a continent's none; a compass
 * region's ("the South West") the country the article is about; else the likeliest of the
 * countries its name may be in (a capital's, a region's, the largest town's of the name), the
 * ones the article names weighing more ("Newcastle" beside Leeds is in England, not Australia); a
 * place no list knows ("Twickenham", "Old Trafford") is in the country the article is clearly about.
 */
export function placeCountry(doc: Doc, e: Entity, context: Context, depth = 0): string | null {
  const lex = doc.vocab.lexicon;
  const name = e.name.toLowerCase();
  if (acrossCountries(name)) return null;
  // (a country's namesake made a place is the region: regionsNamedAsCountries)
  const namesake = lex.regionNamesakes.get(name);
  if (namesake) return namesake.region;
  const t = doc.tokens;
  for (const m of e.mentions) {
    if (t[m.last]?.norm !== "(" || t[m.last + 2]?.norm !== ")") continue;
    const c = lex.country.get(t[m.last + 1].norm.toLowerCase());
    if (c) return c.code;
  }
  // (except the UK's areas named so, whatever the article's country: "the West Midlands", "the Midlands" beside MG Rover's Chinese
  // suitors; other countries' compass regions are small namesakes, "South West" of Singapore)
  // (else the one country of the article's other places, or the one it names most: "the North East" beside Gateshead and Burnley, whatever it says of Iraq)
  if (isCompassRegion(name)) return lex.regionCountry.get(name) === "GB" ? "GB" : (context.onePlaced ?? context.main);
  if (e.mentions.some((m) => seatAfterMember(t, m.first))) return "GB";
  // (a seat named before its noun is one of the country the article is about, the one of its other places first: "Geoff Hoon's Ashfield seat", not Ashfield, Sydney;
  // "the Tatton seat" beside Blackburn and Westminster, whatever it says of Iraq)
  const about = context.onePlaced ?? context.main;
  if (about && e.mentions.some((m) => SEAT_NOUNS.has(t[m.last]?.text ?? ""))) return about;
  const address = depth === 0 ? countryAfter(doc, e, context) : null;
  if (address) return address;
  // a ground or a landmark the lists know: "Old Trafford", "Lansdowne Road", "Wall Street"
  // (and "the City", which typed.ts makes a place only as London's financial district)
  // (a landmark by its address is where the landmark is: "10 Downing Street")
  // (and a ground by its name and its head: "Highbury Stadium")
  const venue = VENUES.get(name) ?? VENUES.get(`the ${name}`) ?? LANDMARKS.get(name.replace(HOUSE_NUMBER, "")) ?? (SITE_HEADS.has(name.slice(name.lastIndexOf(" ") + 1)) ? VENUES.get(name.slice(0, name.lastIndexOf(" "))) : undefined) ?? (name === CITY_OF_LONDON ? "GB" : undefined);
  if (venue) return venue;
  // "London's West End", "Sydney's Olympic Stadium": in the country of the place that owns it
  const owner = depth === 0 ? countryBefore(doc, e, context, possessive) : null;
  if (owner) return owner;
  const described = settledBy(doc, e);
  if (described) return described;
  let candidates = theLandmark(doc, e) ? [] : placeCandidates(doc, name);
  // (a town near a place is in that place's country, where it may be: "Gaydon, near Warwick" is not Warwick, Rhode Island)
  const near = depth === 0 && candidates.length > 1 ? countryNear(doc, e, context) : null;
  if (near && candidates.some(([c]) => c === near)) return near;
  // (and a town said to be in a country or a place it may be in is there: "Hamilton in New Zealand", not Hamilton, Ontario)
  const inside = depth === 0 && candidates.length > 1 ? countryIn(doc, e, context) : null;
  if (inside && candidates.some(([c]) => c === inside)) return inside;
  // "Sichuan Province", "County Durham", "Guantanamo Bay": where the region's or the place's name is
  const words = name.split(" ");
  const head = words[words.length - 1];
  if (!candidates.length && words.length > 1 && (REGION_HEADS.has(head) || PLACE_HEADS.has(head))) candidates = placeCandidates(doc, words.slice(0, -1).join(" "));
  // (and a part of a place named by a compass word: "North Devon", "southern Sudan", a seat "Derby North")
  if (!candidates.length && words.length > 1 && COMPASS.has(words[0])) candidates = placeCandidates(doc, words.slice(1).join(" "));
  if (!candidates.length && words.length > 1 && COMPASS.has(head)) candidates = placeCandidates(doc, words.slice(0, -1).join(" "));
  // (a building named after a landmark is where the landmark is: "Westminster Cathedral", "Westminster Abbey")
  if (!candidates.length && words.length > 1 && LANDMARK_HEADS.has(head)) {
    const landmark = LANDMARKS.get(words.slice(0, -1).join(" "));
    if (landmark) return landmark;
  }
  // (and a landmark named with its town's name first is where the landmark is: "London Heathrow")
  if (!candidates.length && words.length > 1 && LANDMARKS.has(head) && placeCandidates(doc, words.slice(0, -1).join(" ")).some(([c]) => c === LANDMARKS.get(head))) return LANDMARKS.get(head) ?? null;
  // ("County Durham": a county named so is Britain's or Ireland's)
  if (!candidates.length && words.length > 1 && words[0] === "county") candidates = placeCandidates(doc, words.slice(1).join(" ")).filter(([c]) => c === "GB" || c === "IE");
  // (a name ending in its country's is in it: "Tate Britain")
  if (!candidates.length && words.length > 1) {
    const c = lex.country.get(head);
    if (c) return c.code;
  }
  // (a place no list knows after a place and a comma is where that place is: "Luton, Bedfordshire")
  // (else the one country its sentences name, by a country's or a place's name: "the River Thames, near London's Tower Bridge", "Heringsdorf … in Germany")
  // (not a sea's, which its shores share: "the Caspian Sea")
  // (or the country of the place it is said to be in: "the Petronas Towers in Kuala Lumpur")
  // (and one word with an English place name's ending, where the article names Britain: "its Longbridge plant" beside Chinese suitors)
  // (and last, the one country of the article's other places: "Stanley Park" beside Anfield and England; or, for a street or an English-looking town, of its parties: "the Tories' new headquarters in Victoria Street")
  if (!candidates.length) return (depth === 0 ? (countryBefore(doc, e, context, comma) ?? countryIn(doc, e, context)) : null) ?? (englishTown(name) && context.named.has("GB") ? "GB" : null) ?? (BRITISH_COUNTY.test(name) ? "GB" : null) ?? context.clear ?? (depth === 0 && !WATER_HEADS.has(head) ? (countryInSentence(doc, e, context) ?? context.placed ?? (STREET.has(head) || words.some(englishTown) ? context.partisan : null)) : null);
  let best: string | null = null;
  let top = -Infinity;
  for (const [code, weight] of candidates) {
    // (a town too small to be known abroad stays behind a larger namesake: Oxford, Ohio is not Oxford)
    const score = weight + (context.named.has(code) && weight >= KNOWN_TOWN ? NAMED_BONUS : 0);
    if (score > top) [best, top] = [code, score];
  }
  // (and a small town abroad gives way to the country the article is clearly about: Whitehall, in a
  // story about Britain, is not the town in Pennsylvania)
  if (best && top < KNOWN_TOWN && context.clear && best !== context.clear && !context.named.has(best)) return context.clear;
  // (nor does a region abroad win over a known town of a country the article names and the region's does not: Canterbury, in a story
  // that names Britain, is not the region of New Zealand)
  if (best && regionOverTown(candidates, best) && !context.named.has(best)) {
    const town = (c: string | null) => !!c && c !== best && candidates.some(([k, w]) => k === c && w >= KNOWN_TOWN);
    if (town(context.clear)) return context.clear;
    const named = candidates.filter(([c, w]) => c !== best && w >= KNOWN_TOWN && context.named.has(c)).sort((a, b) => b[1] - a[1]);
    if (named.length) return named[0][0];
  }
  return best;
}

/** A people's word at token k, no country's name, not before a place's noun ("the Polish training centre in Spala"). */
function peopleNotPlace(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  if (!lex.demonym.has(t[k].lower) || lex.country.has(t[k].lower)) return false;
  for (let j = k + 1; j <= k + 3 && t[j]?.sentence === t[k].sentence && t[j].kind === "word" && !t[j].cap; j++) if (SETTLEMENT_NOUNS.has(t[j].lower) || BUILDING_HEADS.has(t[j].lower)) return false;
  return true;
}

/** The one country the sentences of a place's mentions name, by a country's name or another place's, if only one. */
function countryInSentence(doc: Doc, e: Entity, context: Context): string | null {
  const t = doc.tokens;
  let one: string | null = null;
  for (const m of e.mentions) {
    const s = doc.sentences[t[m.first].sentence];
    for (let k = s.first; k < s.last; k++) {
      const owner = context.owners.get(k);
      // (a people's word says who, not where, bar one before a place's noun: "the British team won silver in Heringsdorf", not "the Swiss resort of Davos")
      if (!owner || owner === e || (owner.type === "country" && peopleNotPlace(doc, k))) continue;
      const code = owner.type === "country" ? owner.code : owner.type === "place" ? placeCountry(doc, owner, context, 1) : null;
      if (!code || code === one) continue;
      if (one) return null;
      one = code;
    }
  }
  return one;
}

/** A county named so no list knows is Britain's wherever the article is: "Gleneagles in Perthshire" (the lists know "New Hampshire"). */
const BRITISH_COUNTY = /^[a-z]{3,}shire$/;
const englishTown = (name: string) => /^[a-z]{5,}$/.test(name) && ENGLISH_PLACE_ENDING.test(name);

/** An event's noun after a place's name, or after one lower-case word of its kind: "festival", "music festival". */
export function eventAfter(t: readonly Token[], last: number): boolean {
  const lower = (k: number) => !!t[k] && t[k].kind === "word" && !t[k].cap;
  return (lower(last) && EVENT_NOUNS_AFTER_PLACE.has(t[last].lower)) || (lower(last) && lower(last + 1) && EVENT_NOUNS_AFTER_PLACE.has(t[last + 1].lower));
}

/** A town the lists know, not a region: "Luton", not "Essex". */
export const isTown = (doc: Doc, w: string) => (doc.vocab.lexicon.city.has(w) || doc.vocab.gazetteer.country(w) !== "" || doc.vocab.lexicon.regionCountry.has(w)) && !doc.vocab.lexicon.region.has(w) && !/shire$/.test(w);

/**
 * A name the tagger read as a place that no list of places knows, with no word of a place around it
 * (a preposition of place before it, a settlement's noun after it or in its apposition, a place's
 * possessive before it), in an article about the arts: most are a band's, a work's or a company's
 * there ("Coldplay and Gorillaz", "won best short film for Wasp", "duo Ant and Dec"). (Not in other
 * news, where such a name is most often a place the lists miss: "ST LOUIS" over a report, "Tavildara".)
 */
export function unplacedName(doc: Doc, first: number, last: number): boolean {
  if (!aboutTheArts(doc) || placeByWords(doc, first, last)) return false;
  const t = doc.tokens;
  const before = t[first - 1];
  if (before && before.sentence === t[first].sentence) {
    if (!before.cap && PLACE_PREPOSITIONS.has(before.lower)) return false;
    // (a place's possessive before it: "London's Paddington Green")
    if (POSSESSIVE.test(before.norm) && t[first - 2] && listsPlace(doc, t[first - 2].lower)) return false;
  }
  // (a settlement's noun after it, or in an apposition, or a building's noun: "Kibera slum", "Arima, a town in Trinidad", "the Shore Club hotel")
  for (let k = last; k < last + 4 && k < t.length && t[k].sentence === t[first].sentence; k++) {
    if (SETTLEMENT_NOUNS.has(t[k].lower) || REGION_HEADS.has(t[k].lower) || (k === last && builtAfter(t, k))) return false;
    if (k > last && t[k].cap) break;
  }
  return true;
}

/** Whether a list or a word of [first, last) says it is a place: a town, a nation, a venue, a landmark, a sea, a compass region, "… Bay", "… Park". */
export function placeByWords(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const lex = doc.vocab.lexicon;
  for (let k = first; k < last; k++) {
    const w = t[k].lower;
    if (listsPlace(doc, w) || isKnownPlace(lex, w) || COMPASS.has(w) || CONTINENTS.has(w) || WORLD_PARTS.has(w) || PLACE_HEADS.has(w) || REGION_HEADS.has(w) || SETTLEMENT_NOUNS.has(w)) return true;
  }
  const name = t.slice(first, last).map((x) => x.lower).join(" ");
  if (listsPlace(doc, name) || UK_NATIONS.has(name) || VENUES.has(name) || VENUES.has(`the ${name}`) || LANDMARKS.has(name) || WATER_HEADS.has(t[last - 1].lower) || SITE_HEADS.has(t[last - 1].lower) || SEAS_ALONE.has(name)) return true;
  return last - first > 1 && LANDMARK_HEADS.has(t[last - 1].lower);
}

/** Where an adjective made of a place of one to three words ends, from `first` and before `end` ("US-based", "San Francisco-based" of "San Francisco-based Balco"); `first` if none. */
export function placeAdjectiveEnd(doc: Doc, first: number, end: number): number {
  const t = doc.tokens;
  for (let k = first; k < Math.min(first + 3, end); k++) {
    const made = MADE_OF_PLACE.exec(t[k].text)?.[1];
    if (!made) continue;
    const place = [...t.slice(first, k).map((w) => w.text), made].join(" ").toLowerCase();
    // (a big town the lists of towns know too, where the adjective says where something is: "Houston-based Continental", "a Bombay-based body")
    return isKnownPlace(doc.vocab.lexicon, place) || UK_NATIONS.has(place) || (knownTown(doc, place) && /-(?:based|born|headquartered)$/.test(t[k].text)) ? k + 1 : first;
  }
  return first;
}
