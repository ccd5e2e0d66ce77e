// Folds name mentions into one entity per real-world referent: surnames into full names
// ("Kortunov" → Andrei Kortunov), acronyms into their expansion ("CSTO", "MT"), demonyms and
// aliases into countries, a short form into the organisation it starts ("Carnegie"). Also reads
// descriptions from titles and appositions.

import type { Doc } from "../../text/document";
import type { Entity, EntityMention, EntityType, NameSpan } from "../../text/layers";
import { APPOSITION_START, BODIES_BY_OTHER_ACRONYMS, FEMALE_TITLES, HONORIFIC, HONORIFICS, INITIALS_SKIP, MALE_TITLES, ROLE, WEB_ADDRESS } from "../../words/names";
import { COMPASS, LANDMARK_HEADS, NUMBER_TEN, UK_NATIONS } from "../../words/places";
import { AWARD_NAMES, HONOURS, MAKER_DIVISIONS, PHONE_MAKERS, PRODUCT_MAKERS, PRODUCT_NAMES } from "../../words/other";
import { makerFirst, productForms, withoutMaker } from "./products";
import { VariantIndex } from "../../text/variants";
import { personParts, petForms, Starts } from "./parts";
import { MEDIA_NAME_WORDS, PAPERS_BY_ONE_WORD } from "../../words/reporting";
import { aboutUsPolitics } from "./topic";
import { POSSESSIVE } from "../../text/phrases";
import { clubNames, isClubForm, isClubName } from "./clubs";
import { renamedBodies } from "./renamed";
import { acrossCountries, countryContext, isKnownPlace, knownTown, listsPlace, placeCountry, regionsNamedAsCountries, type Context } from "./places";
import { clippedOf, firstWordsOf, keyOf, longerEventOf, qualifiedOf, shortForms, strip } from "./shortforms";
import { royalName } from "./typed";
import { LAW_SHORT_NAME } from "./events";
import { isFirstName, isSurname } from "./around";


const initials = (name: string) =>
  strip(name)
    .split(/[\s-]+/)
    .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();

/** Initials written with the small words' letters in lower case, as British bodies are: "BoE" for the Bank of England, "DfES" for the Department for Education and Skills. */
const mixedInitials = (name: string) =>
  strip(name)
    .split(/[\s-]+/)
    .filter((w) => w && w !== "and" && w !== "&")
    .map((w) => (INITIALS_SKIP.has(w.toLowerCase()) ? w[0].toLowerCase() : w[0].toUpperCase()))
    .join("");
/** An acronym of capitals whose letters are all among the initials, in whatever order: a name's in its own language, "CEPT" for the "European Conference of Postal and Telecommunications Administrations". */
function lettersAmongInitials(acronym: string, initials: string): boolean {
  if (acronym.length < 3 || acronym.length > initials.length) return false;
  const left = [...initials];
  for (const c of acronym) {
    const i = left.indexOf(c);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}
/** The acronym right before a full name in brackets, "(The" optional, where it spells the name's initials: "Balco (The Bay Area Laboratory Cooperative)". */
function acronymBefore(doc: Doc, first: number): string | undefined {
  const t = doc.tokens;
  let k = first - 1;
  if (/^the$/i.test(t[k]?.text ?? "")) k--;
  const acr = t[k - 1]?.text ?? "";
  if (t[k]?.norm !== "(" || !/^\p{Lu}[\p{Lu}\p{Ll}\d]{1,9}$/u.test(acr)) return undefined;
  let end = first;
  while (t[end] && t[end].norm !== ")" && end - first < 12) end++;
  const name = t.slice(first, end).map((w) => w.text).join(" ");
  const letters = initials(name);
  // (a word spelling two initials only is more likely named and glossed: "Sberbank (Savings Bank)")
  return /^\p{Lu}+$/u.test(acr) ? (letters.startsWith(acr) || lettersAmongInitials(acr, letters) ? acr : undefined) : letters.length > 2 && spellsInitials(acr, letters) ? acr : undefined;
}

/** `word` opens with the first of `initials` and holds the rest in order: "Ampas" (AMPAS), "Cochilco" (CCC), "Ofcom" (OC). */
function spellsInitials(word: string, initials: string): boolean {
  const w = word.toUpperCase();
  if (initials.length < 2 || w[0] !== initials[0]) return false;
  let k = 1;
  for (let i = 1; i < w.length && k < initials.length; i++) if (w[i] === initials[k]) k++;
  return k === initials.length;
}
/** A name with a small word among its words, whose initials may be written so. */
const INITIALS_SMALL = /\s(?:of|for|the)\s/i;
/** An acronym of that kind: capitals with a small letter among them ("BoE", "DfES", "MoD"). */
const MIXED_ACRONYM = /^(?=.*\p{Ll})\p{Lu}[\p{Lu}\p{Ll}]{1,6}\p{Lu}$|^\p{Lu}\p{Ll}\p{Lu}{1,5}$/u;

/** A work's own "A"/"An" (spaces are gone from keys): "alittleprincess" is "littleprincess". */
const WORK_ARTICLE = /^an?(?=\p{L})/u;
/** An award's key by its singular ("Oscars" is the Oscar), and the Academy Award's the Oscar's, under either name. */
const awardKey = (key: string) => {
  const one = key.endsWith("s") ? key.slice(0, -1) : key;
  return one === "academyaward" ? "oscar" : one;
};
/** The same without its "Prize" or "Award", by which mentions of one award are linked: "the Booker Prize", "Booker winner"; "the Golden Globe awards", "the Golden Globes". */
const awardLink = (key: string) => awardKey(key).replace(/(?<=\p{L}{3})(?:prize|award)$/u, "");
/** The rest of a body's name of three words or more opened by a country's initials ("Federal Reserve" of "US Federal Reserve"), or null. */
function countryOpened(name: string): string | null {
  const m = /^(US|UK|EU) (\S+ \S+.*)$/.exec(name);
  return m ? m[2] : null;
}

export function link(doc: Doc, spans: NameSpan[]): { list: Entity[]; mentions: EntityMention[] } {
  const lex = doc.vocab.lexicon;
  const list: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const assigned = new Map<NameSpan, Entity>();

  const make = (type: EntityType, name: string, s: NameSpan): Entity => {
    const e: Entity = { id: list.length, type, name, aliases: [], mentions: [], description: null, acronym: null, code: s.code ?? null, country: null, region: null, kind: s.kind ?? null, gender: null };
    list.push(e);
    return e;
  };
  // where each entity's mentions start, kept sorted (mentions are linked longest first, not in text order)
  const startsOf = new Map<Entity, Starts>();
  const add = (e: Entity, s: NameSpan) => {
    assigned.set(s, e);
    (startsOf.get(e) ?? startsOf.set(e, new Starts()).get(e)!).add(s.start);
  };
  // (a place's name before a person's, "Halden’s Vale", may be an institution's short form; a UK nation is a place the lists know)
  const plainPlace = (s: NameSpan) => (listsPlace(doc, s.name.toLowerCase()) || UK_NATIONS.has(s.name.toLowerCase())) && !(POSSESSIVE.test(doc.tokens[s.last]?.norm ?? "") && doc.tokens[s.last + 1]?.cap);
  // a firm's branch named by a country or a part of the world, not a town: "Nintendo Europe",
  // "BBC Scotland", "Microsoft UK" (but "Real Madrid" is one club)
  const branchIn = (name: string) => {
    const words = name.split(/\s+/);
    const rest = words.slice(1).join(" ").toLowerCase();
    const region = (w: string) => lex.country.has(w) || UK_NATIONS.has(w) || acrossCountries(w);
    // (or a maker's division, maybe a region's: "Microsoft Research", "Sony Pictures Entertainment", "Sony Computer Entertainment America")
    const division = rest.split(" ");
    if (division.length > 1 && region(division[division.length - 1])) division.pop();
    return words.length > 1 && (region(rest) || (PRODUCT_MAKERS.has(words[0].toLowerCase()) && division.every((w) => MAKER_DIVISIONS.has(w))));
  };
  const findShortForm = shortForms(lex, list, plainPlace, branchIn, (e) => startsOf.get(e)?.size ?? 0);
  const findFirstWords = firstWordsOf(doc, list);

  // 1. countries by code
  for (const s of spans) {
    if (s.type !== "country" || !s.code) continue;
    const key = `country:${s.code}`;
    let e = byKey.get(key);
    if (!e) {
      const info = lex.countryByCode.get(s.code);
      e = make("country", info?.name ?? s.name, s);
      byKey.set(key, e);
    }
    add(e, s);
  }

  // 2. multi-word names first, so short forms can fold into them
  const order = spans
    .filter((s) => s.type !== "country")
    .sort((a, b) => b.last - b.first - (a.last - a.first) || a.start - b.start);
  const findPerson = personParts(doc, list, startsOf);
  const findPetForm = petForms(list, (w) => isSurname(doc, w), (s) => !!doc.tokens[s.last]?.cap && doc.tokens[s.last].kind === "word" && doc.tokens[s.last].sentence === doc.tokens[s.first].sentence);
  const findQualified = qualifiedOf(doc, list);
  const findCutTitle = cutTitles(doc, list);
  const findLongerEvent = longerEventOf(doc, list);
  const findClipped = clippedOf(doc, list);
  // ("Number 10" is Downing Street where the article names the street too)
  const downing = spans.some((s) => s.type === "place" && keyOf(s.name) === "downingstreet");
  for (const s of order) {
    // a party by its one name whatever the form; an award by its singular ("Oscars" is the Oscar)
    // (a title with or without its article, or its question mark, is one work: "A Little Princess", "Shall We Dance?")
    let name = keyOf(s.canonical ?? s.name);
    if (s.kind === "award") name = awardLink(name);
    // (an Olympics is its Games: "Athens Olympics", "Athens Games", "Olympic Games")
    if (s.kind === "event") name = name.replace(/(?:olympic)?games$/, "olympics");
    if (s.kind === "work") name = name.replace(WORK_ARTICLE, "").replace(/\?$/, "");
    if (downing && s.type === "place" && NUMBER_TEN.has(s.name.toLowerCase())) name = "downingstreet";
    // (a street's "St" is its "Street": "Downing St", "Downing Street")
    if (s.type === "place" && /\sSt\.?$/.test(s.name)) name = name.replace(/st\.?$/, "street");
    // (a body's name of several words with a word's plural for its singular is one body: "Disaster Emergency Committee", "Disasters Emergency Committee")
    // (and with "of" or "for" between its words: "Institute of Fiscal Studies", "Institute for Fiscal Studies"; with "and" or "&" or
    // without: "Marks and Spencer", "Marks & Spencer", "Economic Social Research Council" beside "Economic and Social Research Council")
    if (s.type === "organization" && !s.canonical && /\s/.test(strip(s.name)))
      name = keyOf(strip(s.name).split(/\s+/).filter((w) => w !== "and" && w !== "&").map((w) => w.replace(/(?<=\p{L}{3})s$/u, "").replace(/^(?:of|for)$/, "of")).join(" "));
    const key = `${s.type}:${name}`;
    let e = byKey.get(key);
    // (a royal's given name is no part of another's full name: "Prince Charles" is not Charles Kennedy)
    if (!e && s.type === "person" && !royalName(doc, s.first, s.last)) e = findPerson(s) ?? findPetForm(s);
    // (one word, or an organisation's one word after a sentence's "The": "The Bank said"; not a paper's, "The Guardian")
    const theWord = s.type === "organization" && s.last - s.first === 2 && doc.tokens[s.first].lower === "the" && !MEDIA_NAME_WORDS.has(doc.tokens[s.first + 1].lower);
    // (a party's form is no short form of another: "Liberal" is the Liberal Party, not the Liberal Democrats)
    // (a word with its own "'s" is one word: "Foster's" of "Foster's Group")
    const owned = s.last - s.first === 2 && POSSESSIVE.test(doc.tokens[s.last - 1].norm) && !doc.tokens[s.last - 1].space;
    if (!e && (s.last - s.first === 1 || theWord || owned) && !(s.type === "organization" && s.canonical)) e = findShortForm(s);
    // (a work's name that opens a body's is the body's short form: "New Line had been trying to make a sequel" after "New Line Cinema")
    else if (!e && (s.type === "organization" || (s.type === "other" && s.kind === "work"))) e = findFirstWords(s);
    if (!e && (s.type === "organization" || s.type === "place")) e = findQualified(s);
    // (a word made of the openings of a body's words is the body: "Amex" of American Express)
    if (!e && s.type === "organization") e = findClipped(s);
    if (!e && s.kind === "work") e = findCutTitle(s);
    if (!e && s.kind === "event") e = findLongerEvent(s);
    if (!e) {
      e = make(s.type, strip(s.name), s);
      byKey.set(key, e);
    }
    add(e, s);
  }
  // a name spelt two ways that fold to one key ("Kilroy-Silk", "Kilroy Silk") is named by the spelling most of its mentions use, the first of a tie
  const spellings = new Map<Entity, Map<string, { n: number; at: number }>>();
  const respelt = new Set<Entity>();
  for (const [s, e] of assigned) {
    const name = strip(s.canonical ?? s.name);
    if (e.type === "country" || keyOf(name) !== keyOf(e.name)) continue;
    if (name !== e.name) respelt.add(e);
    const m = spellings.get(e) ?? spellings.set(e, new Map()).get(e)!;
    const had = m.get(name);
    m.set(name, { n: (had?.n ?? 0) + 1, at: Math.min(had?.at ?? Infinity, s.start) });
  }
  for (const e of respelt) e.name = [...spellings.get(e)!].sort((a, b) => b[1].n - a[1].n || a[1].at - b[1].at)[0][0];
  // a royal known by a given name alone is named with the title: "Prince Harry" (not "Prince Saud" for Saud Al-Faisal)
  for (const [s, e] of assigned) {
    if (e.type !== "person" || (e.name.includes(" ") && !/^\S+ [IVX]+$/.test(e.name))) continue;
    const royal = royalName(doc, s.first, s.last);
    if (royal) e.name = royal;
  }
  // a firm by its name and its web address is one: "PowerPage", "PowerPage.org" (not "George W Bush", "georgewbush.com")
  const sites = new Map<string, Entity>();
  for (const e of list) if (e.type === "organization" && WEB_ADDRESS.test(e.name)) sites.set(e.name.slice(0, e.name.indexOf(".")).toLowerCase(), e);
  if (sites.size) for (const [s, e] of assigned) if (e.type === "organization" && !e.name.includes(" ") && sites.has(e.name.toLowerCase())) assigned.set(s, sites.get(e.name.toLowerCase()) as Entity);
  // a firm's one-word name cut short is the firm: "Yugansk" for "Yuganskneftegas" (sorted, each name's
  // lengthenings follow it at once)
  const oneWord = [...new Set(assigned.values())].filter((e) => e.type === "organization" && /^\p{Lu}\p{Ll}{4,}$/u.test(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const cut = new Map<Entity, Entity>();
  oneWord.forEach((e, i) => {
    const longer = oneWord[i + 1];
    if (longer && longer.name.startsWith(e.name) && longer.name.length >= e.name.length + 3 && !lex.common.has(e.name.toLowerCase()) && !lex.organization.has(e.name.toLowerCase()) && !listsPlace(doc, e.name.toLowerCase())) cut.set(e, longer);
  });
  moveMentions(assigned, cut);
  // a word no list of places knows, read as a place, that opens the name of one body or place of the article is that one:
  // "The Republic met the Swiss" after the "Republic of Ireland", "Stradey" after "Stradey Park" (not "London" of "London Bridge")
  // (as a mention writes it, a country's too: "Republic of Ireland" is Ireland's)
  const openers = new Map<string, Set<Entity>>();
  for (const [s, e] of assigned) {
    if ((e.type !== "organization" && e.type !== "place" && e.type !== "country") || !s.name.includes(" ")) continue;
    const first = s.name.slice(0, s.name.indexOf(" ")).toLowerCase();
    (openers.get(first) ?? openers.set(first, new Set()).get(first))?.add(e);
  }
  const opened = new Map<Entity, Entity>();
  for (const e of new Set(assigned.values())) {
    const one = e.name.toLowerCase();
    const longer = e.type === "place" && !one.includes(" ") ? openers.get(one) : undefined;
    // (or a common word only the gazetteer's long list of small towns knows: "Republic" is a town in Portugal)
    if (longer?.size === 1 && !UK_NATIONS.has(one) && (!listsPlace(doc, one) || (lex.common.has(one) && !isKnownPlace(lex, one) && !lex.regionCountry.has(one) && !lex.placeCountries.has(one)))) opened.set(e, [...longer][0]);
  }
  moveMentions(assigned, opened);
  // a paper's or a body's last word alone is the one body of the article its name ends with: "the Post" after the "Washington Post",
  // "the Times" after "The New York Times", "the Department" after the "State Department"
  const enders = new Map<string, Set<Entity>>();
  for (const e of new Set(assigned.values())) {
    if (e.type !== "organization" || !e.name.includes(" ")) continue;
    const last = e.name.slice(e.name.lastIndexOf(" ") + 1).toLowerCase();
    if (MEDIA_NAME_WORDS.has(last) || last === "department") (enders.get(last) ?? enders.set(last, new Set()).get(last))?.add(e);
  }
  // (not a British paper's one word, a paper of its own outside US news: "The Times" beside the "Financial Times")
  const ended = new Map<Entity, Entity>();
  if (enders.size) for (const e of new Set(assigned.values())) {
    const one = e.name.toLowerCase();
    const longer = e.type === "organization" && (!PAPERS_BY_ONE_WORD.has(one) || aboutUsPolitics(doc)) ? enders.get(one) : undefined;
    if (longer?.size === 1) ended.set(e, [...longer][0]);
  }
  moveMentions(assigned, ended);
  // 3. acronyms written after a full name in brackets: "Collective Security Treaty Organization (CSTO)", "Electronic Entertainment Expo (E3)"
  for (const [s, e] of assigned) {
    if ((e.type !== "organization" && e.type !== "other") || s.last - s.first === 1) continue;
    const t = doc.tokens;
    const acr = t[s.last + 1]?.norm ?? "";
    const letters = initials(e.name);
    const bracketed = t[s.last]?.norm === "(" && t[s.last + 2]?.norm === ")";
    if (bracketed && /^\p{Lu}[\p{Lu}\d.&]{1,9}$/u.test(acr) && (acr[0] === letters[0] || letters.endsWith(acr.replace(/\./g, "")) || lettersAmongInitials(acr, letters))) {
      e.acronym = acr;
    }
    // an acronym written as a word ("Ampas", BBC style) folds when it spells the initials, in order
    // from the first, over the syllables it takes ("Cochilco" for the Chilean Copper Commission; not a place, "(Chile)")
    else if (bracketed && /^\p{Lu}\p{Ll}{2,9}$/u.test(acr) && spellsInitials(acr, letters) && !listsPlace(doc, acr.toLowerCase()) && !lex.country.has(acr.toLowerCase())) {
      e.acronym = acr;
    }
    // (or the full name given in brackets after the acronym: "Balco (The Bay Area Laboratory Cooperative)")
    else if (e.type === "organization" && t[s.last]?.norm === ")") {
      e.acronym = acronymBefore(doc, s.first) ?? e.acronym;
    }
    // a law's short name in brackets, however written: "the Controlling the Assault of Non-Solicited Pornography and Marketing Act (Can-Spam)"
    else if (e.type === "other" && e.kind === "law" && t[s.last]?.norm === "(" && t[s.last + 2]?.norm === ")" && LAW_SHORT_NAME.test(acr)) {
      e.acronym = acr;
    }
  }
  // an acronym entity standing alone folds into the organisation it abbreviates (initials worked
  // out once and spans moved in one pass: per acronym, both were quadratic on long texts)
  const multiWord = list.filter((o) => o.type === "organization" && o.name.includes(" "));
  const byInitials = new Map<string, number[]>();
  const byAcronym = new Map<string, number[]>();
  const byMixed = new Map<string, number[]>();
  const index = (m: Map<string, number[]>, k: string, i: number) => (m.get(k) ?? m.set(k, []).get(k))?.push(i);
  multiWord.forEach((o, i) => {
    index(byInitials, initials(o.name), i);
    // (a government body's initials without its country's, which open its name: "SEC" for the "US Securities and Exchange Commission")
    const rest = countryOpened(o.name);
    if (rest) index(byInitials, initials(rest), i);
    // (or with the country's whole initials: "UKA" for "UK Athletics", "USADA" for the "US Anti-Doping Agency")
    const country = /^(US|UK|EU) (\S.*)$/.exec(o.name);
    if (country) index(byInitials, country[1] + initials(country[2]), i);
    if (o.acronym) index(byAcronym, o.acronym, i);
    if (INITIALS_SMALL.test(o.name)) index(byMixed, mixedInitials(o.name), i);
  });
  const folded = new Map<Entity, Entity>();
  for (const e of list) {
    const written = byAcronym.has(e.name); // a title-case acronym given in brackets ("Ampas")
    // (or one spelling an organisation's initials, whatever the tagger read it as: "Acpo" for the Association of Chief Police Officers)
    const spelt = /^\p{Lu}\p{Ll}{2,7}$/u.test(e.name) && e.type !== "country" && e.type !== "other" && byInitials.has(e.name.toUpperCase()) && !lex.firstName.has(e.name.toLowerCase()) && !lex.common.has(e.name.toLowerCase());
    const mixed = e.type === "organization" && MIXED_ACRONYM.test(e.name) && byMixed.has(e.name);
    if (!spelt && !mixed && (e.type !== "organization" || (!/^[\p{Lu}.&]{2,8}$/u.test(e.name) && !written))) continue;
    // ("B&B" for Bradford & Bingley: the "&" is no initial)
    let plain = spelt ? e.name.toUpperCase() : e.name.replace(/[.&]/g, "");
    // (and with the country's whole initials: "USADA" for the "US Anti-Doping Agency")
    if (!byInitials.has(plain) && plain.length > 4 && lex.country.has(plain.slice(0, 2).toLowerCase()) && byInitials.has(plain.slice(2))) plain = plain.slice(2);
    // the first organisation (in list order) with this acronym or these initials
    const at = (byAcronym.get(e.name) ?? []).reduce((a, b) => Math.min(a, b), (mixed ? byMixed.get(e.name) : byInitials.get(plain))?.[0] ?? Infinity);
    const target = Number.isFinite(at) ? multiWord[at] : undefined;
    if (!target) continue;
    if (!target.acronym) index(byAcronym, e.name, at);
    target.acronym ??= e.name;
    folded.set(e, target);
    e.mentions = [];
  }
  // (and one of the acronyms a body is known by that are no initials of the name the article gives it: "ISIS", "ISIL" beside "Islamic State")
  for (const e of list) {
    const full = e.type === "organization" && !folded.has(e) ? BODIES_BY_OTHER_ACRONYMS.get(e.name.toLowerCase()) : undefined;
    const target = full ? list.find((o) => o.type === "organization" && o.name.toLowerCase() === full) : undefined;
    if (!target) continue;
    folded.set(e, target);
    e.mentions = [];
  }
  // (and one given in brackets after a work's, an event's or a law's name, whatever the tagger read it as: "the Consumer Electronics Show (CES)")
  const otherAcronyms = new Map(list.filter((o) => o.type === "other" && o.acronym).map((o) => [o.acronym as string, o]));
  if (otherAcronyms.size) for (const e of list) {
    // (a law's short name with its head: "the Can-Spam Act")
    const head = e.type === "other" && e.kind === "law" ? / (\S+)$/.exec(e.name) : null;
    const short = head ? otherAcronyms.get(e.name.slice(0, -head[0].length)) : undefined;
    const target = e.type !== "person" && e.type !== "country" && !folded.has(e) ? (otherAcronyms.get(e.name) ?? (short?.name.endsWith(head?.[0] ?? "") ? short : undefined)) : undefined;
    if (!target || target === e) continue;
    folded.set(e, target);
    e.mentions = [];
  }
  // (the same acronym read as a person or a place elsewhere is the body too: "Cochilco vice president Patricio Cartagena")
  const byFolded = new Map([...folded].filter(([e, target]) => target.acronym === e.name).map(([e, target]) => [e.name, target]));
  if (byFolded.size) for (const e of list) if ((e.type === "person" || e.type === "place") && byFolded.has(e.name) && !lex.firstName.has(e.name.toLowerCase())) folded.set(e, byFolded.get(e.name) as Entity);
  moveMentions(assigned, folded);
  // one product under the forms it is written in: "Sony PSP", "PSP", "PlayStation Portable" (./products.ts)
  const productMoves = productForms([...new Set(assigned.values())].filter((e) => e.type === "other" && e.kind === "product"));
  moveMentions(assigned, productMoves);
  const clubs = clubNames(doc, assigned);
  moveMentions(assigned, clubs);
  // a body under its old name and its new is one, named by the new: "MCI, which was formerly known as Worldcom" (./renamed.ts)
  const renamed = renamedBodies(doc, assigned);
  moveMentions(assigned, renamed);
  if (renamed.size) {
    const current = new Set(renamed.values());
    for (const [s, e] of assigned) if (current.has(e)) s.canonical ??= e.name;
  }

  // one person, place or body in two spellings ("Tokayev", "Tokaev"; "Falluja", "Fallujah"; "Villareal", "Villarreal") is one: indexed by sound (../../text/variants.ts)
  const spelt = { person: new VariantIndex<Entity>(), place: new VariantIndex<Entity>(), organization: new VariantIndex<Entity>() };
  const variants = new Map<Entity, Entity>();
  const named = new Set<Entity>();
  // (a body's only where each word is spelt in letters, small ones among them: "Villareal", "Villarreal"; not "BBC", "BBC1")
  const spelledOut = (name: string) => name.split(/\s+/).every((w) => /\p{Ll}/u.test(w) && !/\d/.test(w));
  for (const e of assigned.values()) if (e.type === "person" || e.type === "place" || (e.type === "organization" && spelledOut(e.name))) named.add(e);
  for (const e of named) {
    const same = spelt[e.type as "person" | "place" | "organization"].findOrAdd(e.name, e);
    // (a place's whole name, word for word, and no plural or people's name of it: "Americas", "Kashmiris")
    if (same && (e.type === "person" || samePlaceSpelling(e.name, same.name))) variants.set(e, same);
  }
  moveMentions(assigned, variants);
  // a full name and the same with a middle name are one person, named by the fuller, where one person has them: "Hillary Clinton",
  // "Hillary Rodham Clinton" (not "George Bush" beside George W. and George H. W. Bush)
  const byEnds = new Map<string, Entity[]>();
  const people = [...new Set(assigned.values())].filter((e) => e.type === "person");
  for (const e of people) {
    const w = e.name.toLowerCase().split(/\s+/);
    const ends = `${w[0]} ${w[w.length - 1]}`;
    if (w.length >= 3) (byEnds.get(ends) ?? byEnds.set(ends, []).get(ends))?.push(e);
  }
  const middled = new Map<Entity, Entity>();
  if (byEnds.size) for (const e of people) {
    const longer = byEnds.get(e.name.toLowerCase());
    if (longer?.length === 1 && longer[0] !== e) middled.set(e, longer[0]);
  }
  moveMentions(assigned, middled);

  // a person is never also a place or an organisation: a name linked as both goes with the type
  // most of its mentions have, a tie against the person ("Westminster"). (An organisation named
  // after its place, a team after its city, stays apart from the place.)
  const byName = new Map<string, Entity[]>();
  const linked = new Set(assigned.values());
  for (const e of list) {
    // (a work's title is its own: ./other.ts read it so in every mention)
    if (e.type === "country" || e.type === "other" || !linked.has(e)) continue;
    const k = keyOf(e.name);
    byName.set(k, [...(byName.get(k) ?? []), e]);
  }
  const sizes = new Map<Entity, number>();
  for (const e of assigned.values()) sizes.set(e, (sizes.get(e) ?? 0) + 1);
  const size = (e: Entity) => sizes.get(e) ?? 0;
  const sure = new Set([...assigned].filter(([s]) => s.sure).map(([, e]) => e));
  const moved = new Map<Entity, Entity>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const person = same.find((e) => e.type === "person");
    if (person) {
      const others = same.filter((e) => e !== person);
      const best = others.reduce((a, b) => (size(b) > size(a) ? b : a));
      // (an even count goes to the person where the name is a given name and a surname no list knows as a body's: "Victoria Wood")
      const given = size(person) === size(best) && fullNameOf(doc, person.name);
      const keep = size(person) > size(best) || sure.has(person) || given ? person : best;
      for (const e of same) if (e !== keep) moved.set(e, keep);
      continue;
    }
    // an organisation and a place of one name ("Rosneft", "GDP") are one, the type most mentions
    // have — unless the name is a real place, or the count is even: a team is named after its city
    if (listsPlace(doc, same[0].name.toLowerCase())) continue;
    // (a club's name is no place's, whatever the count: "settled at Manchester United")
    const club = isClubName(same[0].name) ? same.find((e) => e.type === "organization") : undefined;
    let keep = club ?? same.reduce((a, b) => (size(b) > size(a) ? b : a));
    // (an even count keeps a town and its team apart; a name of several words is one thing, by its head word: "Seibu Railways", "Hylands Park")
    if (!club && same.some((e) => e !== keep && size(e) === size(keep))) {
      if (!same[0].name.includes(" ")) continue;
      const head = same[0].name.slice(same[0].name.lastIndexOf(" ") + 1).toLowerCase();
      keep = same.find((e) => e.type === (LANDMARK_HEADS.has(head) ? "place" : "organization")) ?? keep;
    }
    for (const e of same) if (e !== keep) moved.set(e, keep);
  }
  // a body named with its country's initials and without is one: "US Federal Reserve", "Federal Reserve"
  for (const e of list) {
    const rest = e.type === "organization" ? countryOpened(e.name) : null;
    const plain = rest ? byKey.get(`organization:${keyOf(rest)}`) : undefined;
    if (plain && plain !== e && !moved.has(plain)) moved.set(e, plain);
  }
  // an award or an event is never a person: "Oscar" read as a person somewhere is the award
  // (an award by its singular: "the Oscars")
  const honours = new Map(list.filter((e) => e.type === "other" && (e.kind === "award" || e.kind === "event") && linked.has(e)).map((e) => [e.kind === "award" ? awardKey(keyOf(e.name)) : keyOf(e.name), e]));
  if (honours.size) for (const e of list) if (e.type === "person" && linked.has(e) && honours.has(keyOf(e.name))) moved.set(e, honours.get(keyOf(e.name)) as Entity);
  // and a work's title read as a place elsewhere is the work, unless the place is a known town: "Brookside actress Keaveney dies" beside "appeared in Brookside, My Family and …"
  const works = new Map(list.filter((e) => e.type === "other" && e.kind === "work" && linked.has(e)).map((e) => [keyOf(e.name), e]));
  if (works.size) for (const e of list) if (e.type === "place" && linked.has(e) && works.has(keyOf(e.name)) && !knownTown(doc, e.name.toLowerCase()) && !UK_NATIONS.has(e.name.toLowerCase())) moved.set(e, works.get(keyOf(e.name)) as Entity);
  // an event or an award opened by another of its country's people's words is the same: "Aussie Open" and "Australian Open" (the name written more, else the longer)
  const byCountry = new Map<string, Entity>();
  for (const e of list) {
    if (e.type !== "other" || (e.kind !== "event" && e.kind !== "award") || !linked.has(e) || moved.has(e)) continue;
    const [opening, ...rest] = e.name.split(" ");
    const c = rest.length ? lex.demonym.get(opening.toLowerCase()) : undefined;
    if (!c) continue;
    const key = `${c.code} ${keyOf(rest.join(" "))}`;
    const had = byCountry.get(key);
    if (!had) byCountry.set(key, e);
    else {
      const [keep, drop] = size(e) > size(had) || (size(e) === size(had) && e.name.length > had.name.length) ? [e, had] : [had, e];
      moved.set(drop, keep);
      byCountry.set(key, keep);
    }
  }
  moveMentions(assigned, moved);

  // mentions, aliases, names
  const mentions: EntityMention[] = [];
  for (const [s, e] of assigned) mentions.push({ span: s, entity: e });
  mentions.sort((a, b) => a.span.start - b.span.start);
  for (const e of list) e.mentions = [];
  for (const m of mentions) m.entity.mentions.push(m.span);
  const kept = list.filter((e) => e.mentions.length > 0);
  const context = countryContext(doc, kept);
  regionsNamedAsCountries(doc, kept, context);
  // where people's names start: an apposition holding one names that person, not a role ("DiCaprio, director Martin Scorsese")
  const personAt = new Uint8Array(doc.tokens.length);
  for (const s of spans) if (s.type === "person") personAt[s.first] = 1;
  for (const e of kept) {
    if (e.type !== "country") {
      // the fullest name the article uses
      // (as running text writes it: "Almaty", not the dateline's "ALMATY")
      const cased = (n: string) => /\p{Ll}/u.test(n) || !/\p{L}{2}/u.test(n);
      // (a club by its plain name, not its nickname or "… Football Club")
      const plain = e.type === "organization" ? e.mentions.find((m) => !isClubForm(strip(m.name))) : undefined;
      if (plain && isClubForm(e.name)) e.name = strip(plain.name);
      for (const m of e.mentions) {
        const n = strip(m.name);
        if (plain && isClubForm(n)) continue;
        // (a product by its name without its maker's, where the article writes it so: "PSP", not "Sony PSP")
        if (e.kind === "product" && makerFirst(n) && !makerFirst(e.name)) continue;
        if ((cased(n) && !cased(e.name)) || (cased(n) === cased(e.name) && n.length > e.name.length)) e.name = n;
      }
      // a person or place only ever written in capitals (a dateline's "PARIS") is named in title case
      // (not a place no list knows, which is its initials: "a concert at the SECC")
      if ((e.type === "person" || (e.type === "place" && listsPlace(doc, e.name.toLowerCase()))) && !cased(e.name) && e.name.replace(/[^\p{L}]/gu, "").length > 3) {
        e.name = e.name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
      }
      // (not a product's initials where the article writes its full name: "PlayStation Portable", not "PSP")
      const canonical = e.mentions.find((m) => m.canonical)?.canonical;
      if (canonical && !(e.kind === "product" && /^\p{Lu}{2,4}\d?$/u.test(canonical) && /\s/.test(e.name) && !makerFirst(e.name))) e.name = canonical;
      // (and a product the lists know by name goes without its maker's: "PlayStation 2", not "Sony PlayStation 2"; "Nintendo DS" keeps it)
      // (a phone keeps it: "Motorola Razr V3")
      const [maker, model] = e.name.toLowerCase().split(/\s+/);
      if (e.kind === "product" && makerFirst(e.name) && PRODUCT_NAMES.has(model) && !PHONE_MAKERS.has(maker)) e.name = withoutMaker(e.name);
      // an award by its singular: "Oscars" is the Oscar
      if (e.kind === "award" && (AWARD_NAMES.has(e.name.toLowerCase()) || HONOURS.has(e.name.toLowerCase())) && /s$/.test(e.name)) e.name = e.name.slice(0, -1);
      // (and the Academy Award by the name the news gives it most)
      if (e.kind === "award" && /^academy awards?$/i.test(e.name)) e.name = "Oscar";
    }
    const seen = new Set<string>([e.name]);
    for (const m of e.mentions) {
      const n = strip(m.name);
      if (!seen.has(n)) {
        seen.add(n);
        e.aliases.push(n);
      }
    }
    describe(doc, e, context, personAt);
  }
  // two entities of one type that came to one name (a party's forms keyed apart: "Vote Tory", "Tories") are one
  const byFinalName = new Map<string, Entity>();
  const merged = new Map<Entity, Entity>();
  for (const e of kept) {
    const k = `${e.type}:${e.name}`;
    const first = byFinalName.get(k);
    if (!first) {
      byFinalName.set(k, e);
      continue;
    }
    first.mentions = [...first.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    for (const a of e.aliases) if (a !== first.name && !first.aliases.includes(a)) first.aliases.push(a);
    e.mentions = [];
    merged.set(e, first);
  }
  if (merged.size) for (const m of mentions) m.entity = merged.get(m.entity) ?? m.entity;
  return { list: kept.filter((e) => e.mentions.length > 0), mentions: mentions.filter((m) => m.entity.mentions.length > 0) };
}

/**
 * A title the tagger cut before a word in small letters is the work the article names whole
 * elsewhere, where the text runs on as that title: "Do They Know it's Christmas?" after "Do They
 * Know It's Christmas". The mention is extended to the whole title. Works are indexed by their
 * first word as the list grows.
 */
function cutTitles(doc: Doc, list: Entity[]): (s: NameSpan) => Entity | undefined {
  const byFirst = new Map<string, Entity[]>();
  let indexed = 0;
  return (s) => {
    for (; indexed < list.length; indexed++) {
      const e = list[indexed];
      if (e.kind !== "work" || !/\s/.test(e.name)) continue;
      const first = e.name.split(/\s+/)[0].toLowerCase();
      (byFirst.get(first) ?? byFirst.set(first, []).get(first))?.push(e);
    }
    const lower = s.name.toLowerCase();
    for (const e of byFirst.get(lower.split(/\s+/)[0]) ?? []) {
      const whole = e.name.toLowerCase();
      if (!whole.startsWith(`${lower} `) || doc.text.slice(s.start, s.start + whole.length).toLowerCase() !== whole) continue;
      let last = s.last;
      while (last < doc.tokens.length && doc.tokens[last].end <= s.start + whole.length) last++;
      if (doc.tokens[last - 1].end !== s.start + whole.length) continue;
      Object.assign(s, { last, end: doc.tokens[last - 1].end, name: doc.text.slice(s.start, doc.tokens[last - 1].end) });
      return e;
    }
    return undefined;
  };
}

/** Moves every mention of an entity in `moves` to the entity it is moved to. */
function moveMentions(assigned: Map<NameSpan, Entity>, moves: ReadonlyMap<Entity, Entity>): void {
  if (moves.size) for (const [s, owner] of assigned) if (moves.has(owner)) assigned.set(s, moves.get(owner) as Entity);
}

/** Description from a title before the name or an apposition after it; gender from cues. */
function describe(doc: Doc, e: Entity, context: Context, personAt: Uint8Array): void {
  const lex = doc.vocab.lexicon;
  if (e.type === "person") {
    const first = e.name.split(/[\s-]/)[0].toLowerCase();
    const g = lex.firstName.get(first);
    if (g === "m" || g === "f") e.gender = g;
  }
  if (e.type === "place") {
    e.region = UK_NATIONS.get(e.name.toLowerCase()) ?? null;
    e.country = e.region ? "GB" : placeCountry(doc, e, context);
  }
  for (const m of e.mentions) {
    if (e.type === "person" && m.title) {
      // "Mr", "Mrs" tell the gender, not a role
      // (an honorific that ends the title is the name's, not the role's: "Tory Treasurer Lord" → "Tory Treasurer")
      const title = m.title.replace(/\s+\S+$/, (w) => (HONORIFIC.test(w.trim()) ? "" : w));
      if (!HONORIFICS.test(title) && !HONORIFIC.test(title)) e.description ??= title;
      const said = m.title.toLowerCase().split(/[\s-]+/);
      if (!e.gender && said.some((w) => FEMALE_TITLES.has(w))) e.gender = "f";
      if (!e.gender && said.some((w) => MALE_TITLES.has(w))) e.gender = "m";
    }
    if (e.type !== "person" && e.type !== "organization") continue;
    const app = apposition(doc, m, personAt);
    // a person's apposition names a role ("a Russian foreign policy analyst", not "a sharp contrast")
    if (app && (e.type !== "person" || ROLE.test(app))) {
      // an apposition says more than a bare title
      if (!e.description || e.description === m.title) e.description = app;
      break;
    }
  }
}


function apposition(doc: Doc, m: NameSpan, personAt: Uint8Array): string | null {
  const t = doc.tokens;
  if (t[m.last]?.norm !== "," || !t[m.last + 1]) return null;
  const w = t[m.last + 1];
  const possessor = /^\p{Lu}/u.test(w.text) && /^['’]s$/i.test(t[m.last + 2]?.norm ?? "");
  if ((!APPOSITION_START.test(w.norm) && !possessor) || w.norm.toLowerCase() === "who") return null;
  const sentEnd = doc.sentences[doc.tokens[m.last]?.sentence ?? -1]?.last ?? t.length;
  let depth = 0;
  let k = m.last + 1;
  for (; k < sentEnd; k++) {
    const n = t[k].norm;
    if (n === "(" || n === "[") depth++;
    else if (n === ")" || n === "]") depth--;
    else if (depth <= 0 && (n === "," || n === "." || n === ";" || n === ":" || t[k].kind === "quote" || n === "-" || /^(?:who|which|whose|that)$/i.test(n))) break;
    // another person named in it: a list of people, each its own ("with DiCaprio, director Martin Scorsese, Mr Mann")
    if (personAt[k] && depth <= 0 && !possessor) return null;
  }
  if (k - (m.last + 1) < 2 || k - (m.last + 1) > 25) return null;
  return doc.text.slice(t[m.last + 1].start, t[k - 1].end).replace(/\s+/g, " ");
}

/** Two spellings of one place: as many words, none the other's plural ("Falluja" / "Fallujah", not "America" / "Americas"). */
function samePlaceSpelling(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  const plural = (w: string, of: string) => w.startsWith(of) && /^(?:s|is|ns)$/.test(w.slice(of.length));
  return x.length === y.length && x.every((w, i) => !plural(w, y[i]) && !plural(y[i], w));
}

/**
 * Two or three capitalised words, the first a given name or the last a surname after a word of no
 * other kind the lists know ("Huw Stephens"), that no list knows as a body's: "Victoria Wood", not
 * "John Lewis" nor a seat, "Brent South".
 */
function fullNameOf(doc: Doc, name: string): boolean {
  const lex = doc.vocab.lexicon;
  const words = name.split(" ");
  const [first, last] = [words[0].toLowerCase(), words[words.length - 1].toLowerCase()];
  const given = isFirstName(doc, first) || (lex.lastName.has(last) && !lex.common.has(first) && !lex.functionWords.has(first) && !listsPlace(doc, first) && !lex.demonym.has(first) && !lex.organization.has(first));
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && given && !COMPASS.has(last) && !lex.organization.has(name.toLowerCase());
}
