// Short forms of the entities named so far, found as a mention is linked: a surname, an
// organisation's first word or first words, a body's name without its qualifier, a site's, a
// river's or a law's head word. Indexed as the list grows, so linking stays linear. Read by ./link.ts.

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Entity, NameSpan } from "../../text/layers";
import { BANK_HEADS, CHAMBERS, CORPORATE_TAIL, FIRM_AFTER, FIRM_KIND_BEFORE_TAIL, LEGAL_FORMS, NAME_QUALIFIERS, ORG_HEADS, PART_OF_BODY, SHORT_FORM_HEADS } from "../../words/names";
import { COMPASS, CONTINENTS, FEATURE_PREFIXES, SITE_HEADS } from "../../words/places";
import { EVENT_CLOSERS, EVENT_SHORT_HEADS, MAKER_DIVISIONS, OTHER_HEADS } from "../../words/other";
import { BROADCASTER_NAME, MEDIA_NAME_WORDS } from "../../words/reporting";
import { acrossCountries, listsPlace } from "./places";
import { isFirstName } from "./around";
import { CLUB_NAMES, SPORT_NOUNS } from "../../words/sport";

/** A name without its leading "the" ("The Bank said" is the Bank's). */
export const strip = (name: string) => name.replace(/^the\s+/i, "");
/** Spellings of one name match whatever their case, spaces and hyphens ("TimeWarner", "Time Warner"). */
export const keyOf = (name: string) => strip(name).toLowerCase().replace(/[\s-]+/g, "");
const lastWord = (name: string) => name.slice(name.lastIndexOf(" ") + 1).toLowerCase();

/**
 * Finds a one-word mention's entity: the surname of a person, or the first word of an
 * organisation. Entities are indexed by those words as the list grows (it only grows while names
 * are linked), so a text with thousands of names is not quadratic. `named`: an entity's mentions linked so far.
 */
export function shortForms(lex: Lexicon, list: Entity[], plainPlace: (s: NameSpan) => boolean, branchIn: (name: string) => boolean, named: (e: Entity) => number): (s: NameSpan) => Entity | undefined {
  const bySurname = new Map<string, Entity[]>();
  const byFirstWord = new Map<string, Entity[]>();
  const byLastWord = new Map<string, Entity[]>();
  const byName = new Map<string, Entity[]>();
  const byInstitution = new Map<string, Entity[]>();
  const bySite = new Map<string, Entity[]>();
  const byFeature = new Map<string, Entity[]>();
  const byLaw = new Map<string, Entity[]>();
  const byEvent = new Map<string, Entity[]>();
  const byEventOpening = new Map<string, Entity[]>();
  const push = (m: Map<string, Entity[]>, k: string, e: Entity) => {
    const a = m.get(k);
    if (a) a.push(e);
    else m.set(k, [e]);
  };
  /** The one of `found` named most so far, none on a tie. */
  const mostNamed = (found: Entity[]): Entity | undefined => {
    if (found.length === 1) return found[0];
    const most = Math.max(...found.map(named));
    const top = found.filter((e) => named(e) === most);
    return top.length === 1 ? top[0] : undefined;
  };
  let indexed = 0;
  return (s) => {
    for (; indexed < list.length; indexed++) {
      const e = list[indexed];
      const lower = e.name.toLowerCase();
      push(byName, lower, e);
      if (!e.name.includes(" ")) continue;
      if (e.type === "person") push(bySurname, lower.split(" ").pop() as string, e);
      if (e.type === "place" && SITE_HEADS.has(lower.split(" ").pop() as string)) push(bySite, lower.split(" ").pop() as string, e);
      if (e.type === "place" && FEATURE_PREFIXES.has(lower.split(" ")[0])) push(byFeature, lower.slice(lower.indexOf(" ") + 1), e);
      const last = lower.slice(lower.lastIndexOf(" ") + 1);
      if (e.type === "other" && OTHER_HEADS.get(last) === "law") push(byLaw, last, e);
      // (an Olympics is "the Games" too)
      if (e.type === "other" && e.kind === "event" && EVENT_SHORT_HEADS.has(last)) push(byEvent, last === "olympics" ? "games" : last, e);
      if (e.type === "other" && (e.kind === "event" || e.kind === "award")) push(byEventOpening, lower.slice(0, lower.indexOf(" ")), e);
      if (e.type === "organization") {
        const words = lower.split(" ");
        // (not a firm's branch in a place: "Nintendo" is not "Nintendo Europe")
        // (nor a chamber, whose committee is another body: "the Commons chamber" is not the "Commons public accounts committee")
        // (nor a paper named by its town, whose town alone is the town or its club: "Liverpool" is not the "Liverpool Echo")
        const townPaper = MEDIA_NAME_WORDS.has(words[words.length - 1]) && (lex.city.has(words[0]) || lex.region.has(words[0]));
        // (nor a broadcaster, whose channel is another: "Sky" is not "Sky One" nor "Sky News")
        if (!branchIn(e.name) && !CHAMBERS.has(words[0]) && !townPaper && !BROADCASTER_NAME.test(words[0])) push(byFirstWord, words[0], e);
        // (two words, the first naming nothing else: "Nottingham Forest", "Real Madrid", not "BBC Liverpool", "South Yorkshire", "University of Surrey")
        // (or peoples' words joined before it: "Lions" after the "British and Irish Lions")
        if ((words.length === 2 && !COMPASS.has(words[0])) || (words.length > 2 && words.slice(0, -1).every((w) => w === "and" || lex.demonym.has(w)))) push(byLastWord, words[words.length - 1], e);
        if (SHORT_FORM_HEADS.has(words[words.length - 1])) push(byInstitution, words[words.length - 1], e);
        // (and a head written first, before "of": "the Bank" after "Reserve Bank of Australia")
        const of = words.indexOf("of");
        if (of > 0 && ORG_HEADS.has(words[of - 1])) push(byInstitution, words[of - 1], e);
      }
    }
    // (a sentence's "The" is no part of the short form: "The Bank said" after "Bank of England")
    const w = strip(s.name).toLowerCase();
    const people = bySurname.get(w) ?? [];
    if (people.length === 1) return people[0];
    // (an acronym is not a short form by its first word: "AOL" is not "AOL Europe")
    // (but it is of a firm's full name: "UFJ" of "UFJ Holdings"; and an acronym no list knows is
    // the body whose name it opens: "HACAN" of "HACAN Clearskies")
    // (not of a body within it or a meeting on it: "IAAF Council", "IPTV World Forum")
    const acronym = /^[\p{Lu}\d.&]+$/u.test(s.name);
    const known = lex.organization.has(w) || lex.country.has(w) || lex.city.has(w) || lex.region.has(w);
    let orgs = (byFirstWord.get(w) ?? []).filter((e) => !acronym || corporateBase(e.name.split(" "))?.length === 1 || (!known && !PART_OF_BODY.has(lastWord(e.name))));
    // (of several, the one it names with the words for its kind of firm alone: "Stuff" of "Stuff Magazine", not of "Stuff Essentials"; not "Sky" of "Sky News")
    if (orgs.length > 1) {
      const headed = orgs.filter((e) => e.name.toLowerCase().split(" ").slice(1).every((x) => FIRM_AFTER.has(x) || LEGAL_FORMS.has(x)));
      if (headed.length === 1) orgs = headed;
      // (else, for a word read as a person's name that no person bears, the one the article names first, as news introduces a firm: "Sun said" after "Sun Microsystems has launched Sun Grid")
      else if (s.type === "person" && people.length === 0) orgs = [orgs.reduce((a, b) => (firstMention(b) < firstMention(a) ? b : a))];
    }
    // a lone word read as a person's name that no person in the article bears, or as a place no list
    // knows or written before a person's name, but that starts an organisation's name, is that organisation: "Carnegie’s Baunov" after
    // "Carnegie Moscow Center", "Halden’s Vale" after "Halden Peace Institute"
    if (orgs.length === 1 && (s.type === "organization" || (s.type === "person" && people.length === 0) || (s.type === "place" && !plainPlace(s)))) return orgs[0];
    // a club by the last word of its name: "Forest" after
    // "Nottingham Forest", "Villa" after "Aston Villa" (not a head word many names end in: "United", "Party")
    const ends = ORG_HEADS.has(w) || /^[\p{Lu}\d.&]+$/u.test(s.name) ? [] : (byLastWord.get(w) ?? []).filter((e) => !byName.has(e.name.toLowerCase().split(" ")[0]));
    // (and one read as a person's name that no person bears, after a club the lists know: "Villa")
    const club = ends.length === 1 && s.type === "person" && people.length === 0 && CLUB_NAMES.has(ends[0].name.toLowerCase());
    if (ends.length === 1 && !orgs.length && (s.type === "organization" || club) && !(byName.get(w) ?? []).some((e) => e.type === s.type && e !== ends[0])) return ends[0];
    const same = (byName.get(w) ?? []).filter((e) => e.type === s.type);
    if (same.length === 1) return same[0];
    // a site by its head word alone, where one site of the article bears it: "the Dome" after "the Millennium Dome" (read as a place or a body)
    const sites = (s.type === "place" || s.type === "organization") && !same.length ? (bySite.get(w) ?? []) : [];
    if (sites.length === 1) return sites[0];
    // a natural feature by its name without the prefix, no city's or country's: "the Thames" after "the River Thames", not "Geneva" after "Lake Geneva"
    const features = s.type === "place" && !same.length && !lex.city.has(w) && !lex.country.has(w) ? (byFeature.get(w) ?? []) : [];
    if (features.length === 1) return features[0];
    // a law by its head word alone, where one law of the article bears it, whatever the tagger read: "the Act" after the Sarbanes-Oxley Act
    // (not an event's: "Paula's Olympics" may be another than the article's Beijing Olympics; nor a first name, "Bill")
    const laws = s.type !== "place" && !same.length && !lex.firstName.has(w) ? (byLaw.get(w) ?? []) : [];
    if (laws.length === 1) return laws[0];
    // an event by its head word alone, the one the article names most of those that bear it: "the Games" after the Athens Olympics, "the Cup"
    const events = s.type !== "place" && !same.length ? (byEvent.get(w) ?? []) : [];
    if (events.length) return mostNamed(events);
    // an event or an award by its first word alone, where one of the article's opens with it: "Eurovision" after the Eurovision Song Contest, "V" after the V Festival
    const opened = s.type === "other" && (s.kind === "event" || s.kind === "award") && !same.length ? (byEventOpening.get(w) ?? []) : [];
    if (opened.length === 1) return opened[0];
    // an institution by its head word alone, where one body of the article bears it: "the Commons" after "House of Commons"
    const bodies = s.type === "organization" && !same.length ? (byInstitution.get(w) ?? []) : [];
    // (of several, the one named most so far: "the Bank" after the Reserve Bank of Australia, named twice, and a Commonwealth Bank analyst)
    return bodies.length ? mostNamed(bodies) : undefined;
  };
}


/** Where an entity is first named in the text. */
const firstMention = (e: Entity) => Math.min(...e.mentions.map((m) => m.start));

/**
 * The one body or place whose name is this one after a qualifier: "National Cyber Security
 * Division" for "Cyber Security Division", "Royal Opera House" for "Opera House", a body's named
 * for a person after the first name, "Bill Gates Foundation" for "Gates Foundation", a broadcaster's
 * station after the broadcaster, "BBC Radio 1" for "Radio 1", a site's after its town, "London Heathrow" for "Heathrow" (not a bank's,
 * which may be another: "Bank of Scotland", "Royal Bank of Scotland"). Indexed as the list grows.
 */
export function qualifiedOf(doc: Doc, list: Entity[]): (s: NameSpan) => Entity | undefined {
  const byRest = new Map<string, Entity[]>();
  let indexed = 0;
  return (s) => {
    for (; indexed < list.length; indexed++) {
      const e = list[indexed];
      if (e.type !== "organization" && e.type !== "place") continue;
      const words = strip(e.name).toLowerCase().split(/\s+/);
      // (or a body's named after its owner the lists know: "BBC Radio 1" for "Radio 1", "BBC World Service" for "World Service")
      const owned = e.type === "organization" && doc.vocab.lexicon.organization.has(words[0]);
      // (or a body's named after the place it serves, in words of two or more: "Santa Barbara County Superior Court" for "the Superior Court")
      const index = (rest: string) => (byRest.get(rest) ?? byRest.set(rest, []).get(rest))?.push(e);
      // (not a bank's, which may be another: "Bank of Scotland", "Royal Bank of Scotland")
      if (words.includes("bank")) continue;
      if (e.type === "organization") {
        const place = [3, 2, 1].find((n) => words.length - n >= 2 && listsPlace(doc, words.slice(0, n).join(" ").replace(/ county$/, "")) && !ORG_HEADS.has(words[n]));
        if (place) index(keyOf(words.slice(place).join(" ")));
      }
      // (a site's after the town it serves, where the rest names no place the lists know: "London Heathrow" for "Heathrow", not "Paris Texas")
      else if (words.length === 2 && listsPlace(doc, words[0]) && !listsPlace(doc, words[1]) && !doc.vocab.lexicon.country.has(words[1])) index(keyOf(words[1]));
      if (words.length < 3 || !(NAME_QUALIFIERS.has(words[0]) || owned || (e.type === "organization" && isFirstName(doc, words[0])))) continue;
      index(keyOf(words.slice(1).join(" ")));
    }
    const hits = (byRest.get(keyOf(strip(s.name))) ?? []).filter((e) => e.type === s.type);
    return hits.length === 1 ? hits[0] : undefined;
  };
}

/**
 * The one firm whose name a name of several words opens, one word short: "Krispy Kreme" of "Krispy
 * Kreme Doughnuts". Indexed as the list grows, as shortForms is.
 */
export function firstWordsOf(doc: Doc, list: Entity[]): (s: NameSpan) => Entity | undefined {
  const lex = doc.vocab.lexicon;
  const byOpening = new Map<string, Entity[]>();
  // (the words that follow each run of opening words: "Virgin Radio" goes on as "Virgin Radio Groove" and "Virgin Radio Classic Rock", and is neither; "China Aviation" only as "China Aviation Oil")
  const opens = new Map<string, Set<string>>();
  const byClipped = new Map<string, Entity[]>();
  let indexed = 0;
  return (s) => {
    for (; indexed < list.length; indexed++) {
      const e = list[indexed];
      if (e.type !== "organization") continue;
      // (one word more, of letters, that names no body, division, place or branch: not "BBC Radio 1",
      // "General Motors Europe", "MG Rover China", "Foo Fighters and Keane")
      const words = e.name.split(" ");
      for (let n = 2; n < words.length && n <= 4; n++) {
        const k = words.slice(0, n).join(" ").toLowerCase();
        (opens.get(k) ?? opens.set(k, new Set()).get(k))?.add(words[n].toLowerCase());
      }
      const last = words[words.length - 1].toLowerCase();
      const index = (k: string) => (byOpening.get(k) ?? byOpening.set(k, []).get(k))?.push(e);
      // (or its name before "of" and the country it is of: "Reserve Bank" of "Reserve Bank of Australia")
      const of = words.indexOf("of");
      // (or a continent: "United Bank" of "United Bank of Africa")
      if (of >= 2 && (lex.country.has(words.slice(of + 1).join(" ").toLowerCase()) || CONTINENTS.has(words.slice(of + 1).join(" ").toLowerCase()))) index(words.slice(0, of).join(" ").toLowerCase());
      // (or its name without a bank's head word, where two words are left: "Standard Trust" of "Standard Trust Bank")
      if (words.length === 3 && BANK_HEADS.has(last) && words.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) index(words.slice(0, 2).join(" ").toLowerCase());
      // (or its name without the words for a firm: "UFJ" of "UFJ Holdings", "Mitsubishi Tokyo" of "Mitsubishi Tokyo Financial Group")
      const base = corporateBase(words);
      if (base) index(base.join(" ").toLowerCase());
      // (or its name with its last word cut short, as news writes a firm's trade: "GW Pharma" of "GW Pharmaceuticals")
      if (words.length >= 2 && last.length > CLIPPED) {
        const k = clipKey(words.slice(0, -1), last);
        (byClipped.get(k) ?? byClipped.set(k, []).get(k))?.push(e);
      }
      if (words.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]) || ORG_HEADS.has(last) || MAKER_DIVISIONS.has(last) || listsPlace(doc, last) || acrossCountries(last) || words.some((w) => /^(?:and|&|of)$/i.test(w))) continue;
      index(words.slice(0, -1).join(" ").toLowerCase());
    }
    // (not a name known on its own: "Evening Standard", "BBC Sport" before a title the tagger cut short)
    const name = strip(s.name).toLowerCase();
    if (lex.organization.has(name) || BROADCASTER_NAME.test(name)) return undefined;
    const found = byOpening.get(name) ?? [];
    if (found.length === 1 && (opens.get(name)?.size ?? 0) < 2) return found[0];
    // (a clipped word is no word of its own: not "BBC News" of "BBC Newsnight")
    const words = name.split(" ");
    const cut = words[words.length - 1];
    if (words.length < 2 || cut.length < CLIPPED || lex.common.has(cut) || MEDIA_NAME_WORDS.has(cut) || ORG_HEADS.has(cut)) return undefined;
    const clipped = (byClipped.get(clipKey(words.slice(0, -1), cut)) ?? []).filter((e) => {
      const full = e.name.toLowerCase().split(" ");
      return full.length === words.length && full[full.length - 1].startsWith(cut) && full[full.length - 1] !== cut;
    });
    return clipped.length === 1 ? clipped[0] : undefined;
  };
}

/** The fewest letters a word cut short keeps: "Pharma", "Telecom". */
const CLIPPED = 4;
const clipKey = (opening: readonly string[], last: string) => `${opening.join(" ").toLowerCase()} ${last.slice(0, CLIPPED).toLowerCase()}`;

/**
 * A firm's name without its last words for a firm ("Holdings", "Financial Group", "Industry Corp"), or null where
 * none or nothing else is left, or what is left names a paper the group owns ("Telegraph Group").
 */
function corporateBase(words: readonly string[]): readonly string[] | null {
  let n = words.length;
  while (n > 1 && CORPORATE_TAIL.has(words[n - 1].toLowerCase())) n--;
  if (n < words.length && n > 1 && FIRM_KIND_BEFORE_TAIL.has(words[n - 1].toLowerCase())) n--;
  return n < words.length && !MEDIA_NAME_WORDS.has(words[n - 1].toLowerCase()) ? words.slice(0, n) : null;
}


/**
 * The one body a word is made of the openings of the words of its name, two letters or more each:
 * "Amex" of American Express, "FedEx" of Federal Express (not a word the lists know: "Pace").
 * Indexed as the list grows, by the name's first two letters.
 */
export function clippedOf(doc: Doc, list: Entity[]): (s: NameSpan) => Entity | undefined {
  const lex = doc.vocab.lexicon;
  const byOpening = new Map<string, Entity[]>();
  let indexed = 0;
  return (s) => {
    for (; indexed < list.length; indexed++) {
      const e = list[indexed];
      if (e.type !== "organization" || !/\s/.test(e.name)) continue;
      const k = e.name.slice(0, 2).toLowerCase();
      (byOpening.get(k) ?? byOpening.set(k, []).get(k))?.push(e);
    }
    const w = strip(s.name).toLowerCase();
    if (s.last - s.first !== 1 || w.length < 4 || !/^\p{L}+$/u.test(w) || lex.common.has(w) || lex.organization.has(w) || listsPlace(doc, w)) return undefined;
    // (of a name of a few words: the search tries each opening's length in turn; and among a few bodies
    // opening alike, so a list of thousands of names stays linear)
    const bodies = byOpening.get(w.slice(0, 2)) ?? [];
    if (bodies.length > MAX_CLIPPED_CANDIDATES) return undefined;
    const hits = bodies.filter((e) => e.name.split(/\s+/).length <= 4 && madeOfOpenings(w, e.name.toLowerCase().split(/\s+/)));
    return hits.length === 1 ? hits[0] : undefined;
  };
}

/** The most bodies opening with the same two letters a clipped word is tried against. */
const MAX_CLIPPED_CANDIDATES = 32;

/** `w` is the openings, two letters or more, of each of `words` in turn. */
function madeOfOpenings(w: string, words: readonly string[]): boolean {
  if (!words.length) return w === "";
  const [head, ...rest] = words;
  for (let n = Math.min(head.length, w.length); n >= 2; n--) if (head.startsWith(w.slice(0, n)) && madeOfOpenings(w.slice(n), rest)) return true;
  return false;
}

/**
 * Finds the one longer event an event's name of two words or more stands for: its name's ending,
 * after a sponsor's or a sport's word ("Six Nations" of the "RBS Six Nations", "World Cup" of the
 * "Rugby World Cup"), or its opening before a closing word ("Six Nations" of the "Six Nations
 * Championship"). Not where two events end so, nor after a sport's word ("the football World Cup"). Events are
 * indexed by those short names as the list grows.
 */
export function longerEventOf(doc: Doc, list: Entity[]): (s: NameSpan) => Entity | undefined {
  const byShort = new Map<string, Set<Entity>>();
  let indexed = 0;
  return (s) => {
    for (; indexed < list.length; indexed++) {
      const e = list[indexed];
      if (e.type !== "other" || e.kind !== "event") continue;
      const written = e.name.split(" ");
      const words = e.name.toLowerCase().split(" ");
      const index = (k: string) => (byShort.get(k) ?? byShort.set(k, new Set()).get(k))?.add(e);
      // (after words of a name only, not a list's: "Five or Six Nations")
      for (let n = 1; n <= words.length - 2 && /^[\p{Lu}\d]/u.test(written[n - 1]); n++) index(words.slice(n).join(" "));
      if (words.length > 2 && EVENT_CLOSERS.has(words[words.length - 1])) index(words.slice(0, -1).join(" "));
    }
    const found = s.type === "other" && s.kind === "event" && s.last - s.first > 1 ? byShort.get(s.name.toLowerCase()) : undefined;
    // (nor where a sport's word in small letters says which: "the football World Cup" beside the "Rugby World Cup")
    const before = doc.tokens[s.first - 1];
    if (!found || (before && !before.cap && SPORT_NOUNS.has(before.lower))) return undefined;
    // (one event under its name and its year's is still one: "Rugby World Cup", "2003 Rugby World Cup")
    const shortest = [...found].reduce((a, b) => (b.name.length < a.name.length ? b : a));
    const tail = ` ${shortest.name.toLowerCase()}`;
    return [...found].every((e) => e === shortest || e.name.toLowerCase().endsWith(tail)) ? shortest : undefined;
  };
}
