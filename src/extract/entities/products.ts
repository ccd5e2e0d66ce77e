// Products named by their name or their maker's: software, consoles and devices the lists know
// ("Windows XP", "PlayStation 2", "iPod"), and a model after its maker ("Ford Mustang", "Nintendo
// 64"). Read by ./kinds.ts before firms, bands and shows, so that "Sony PSP" is no firm; the forms
// of one product are folded by productForms, read by ./link.ts.

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import { POSSESSIVE } from "../../text/phrases";
import { G_ORG } from "../../tagger/gazetteer";
import { LEGAL_FORMS, ORG_HEADS, isTitleWord } from "../../words/names";
import { MADE_OF_PLACE } from "../../words/places";
import { CAR_FIRM_WORDS, CAR_MAKERS, MAKER_DIVISIONS, PRODUCT_MAKERS, PRODUCT_NAMES, PRODUCT_PHRASES, PRODUCT_VERSIONS } from "../../words/other";
import { UK_NATIONS } from "../../words/places";
import { nameOf, type Found } from "./found";
import type { Entity } from "../../text/layers";
import { listedPair } from "./lists";
import { acrossCountries, listsPlace } from "./places";

/** The first words of products' names, asked before any name is built. */
const PRODUCT_FIRST = new Set([...PRODUCT_NAMES, ...[...PRODUCT_PHRASES].map((p) => p.split(" ")[0]), ...CAR_MAKERS, ...PRODUCT_MAKERS]);
/**
 * A model after its maker's name: a car's, "Ford Mustang", "Pontiac G6"; a device's or a program's
 * named by a common word or a code, "Microsoft Word", "Nokia N90". Not the firm's own name ("Ford
 * Motor", "Toyota Europe", "Sony Pictures", "Microsoft Corp") nor two firms ("Sony Ericsson").
 */
function makerModel(doc: Doc, f: Found): boolean {
  const t = doc.tokens;
  const car = CAR_MAKERS.has(t[f.first].lower);
  if (f.last - f.first < 2 || f.last - f.first > (car ? 3 : 2) || (!car && !PRODUCT_MAKERS.has(t[f.first].lower))) return false;
  for (let k = f.first + 1; k < f.last; k++) {
    const w = t[k].lower;
    if (ORG_HEADS.has(w) || LEGAL_FORMS.has(w) || CAR_FIRM_WORDS.has(w) || doc.vocab.lexicon.country.has(w) || UK_NATIONS.has(w) || acrossCountries(w) || POSSESSIVE.test(t[k].norm)) return false;
    if (!car && (MAKER_DIVISIONS.has(w) || PRODUCT_MAKERS.has(w) || isTitleWord(w, true) || listsPlace(doc, w) || !(doc.vocab.lexicon.common.has(w) || /\d/.test(w)))) return false;
  }
  return true;
}

/**
 * A maker's own name, its other words a firm's, a division's or a place's: "Ford Motor", "Toyota
 * Europe", "Sony Pictures" (a firm, also where the tagger read it as some other name).
 */
function makerFirm(doc: Doc, f: Found): boolean {
  const t = doc.tokens;
  if (f.last - f.first < 2 || f.last - f.first > 3 || !(CAR_MAKERS.has(t[f.first].lower) || PRODUCT_MAKERS.has(t[f.first].lower))) return false;
  for (let k = f.first + 1; k < f.last; k++) {
    const w = t[k].lower;
    if (!t[k].cap || !(ORG_HEADS.has(w) || LEGAL_FORMS.has(w) || CAR_FIRM_WORDS.has(w) || MAKER_DIVISIONS.has(w) || doc.vocab.lexicon.country.has(w) || UK_NATIONS.has(w) || acrossCountries(w))) return false;
  }
  return true;
}

const isProduct = (s: string) => PRODUCT_NAMES.has(s) || PRODUCT_PHRASES.has(s);

/** Capitalised, or a product's small "i" before a capital: "iPod", "iTunes". */
const written = (t: Token) => t.kind === "word" && (t.cap || (t.text.charCodeAt(0) === 105 && /^i\p{Lu}/u.test(t.text)));
/** A product's name opened by its maker's, a firm the lists know: "Sony PSP", "Nintendo DS", "Microsoft Windows". */
export function makerOpens(doc: Doc, lex: Lexicon, first: number, last: number): boolean {
  const w = doc.tokens[first];
  return last - first > 1 && w.cap && !PRODUCT_NAMES.has(w.lower) && (PRODUCT_MAKERS.has(w.lower) || CAR_MAKERS.has(w.lower) || lex.organization.has(w.lower) || (doc.vocab.gazetteer.classes(w.lower) & G_ORG) !== 0);
}

/** A version or model after a product's name: "XP", "2", "1.0", "mini". */
function isVersion(t: Token | undefined, prev: Token): boolean {
  return !!t && t.space && t.sentence === prev.sentence && ((t.kind === "number" && /^(?:\d{1,4}|\d\.\d{1,2})$/.test(t.text)) || (t.kind === "word" && PRODUCT_VERSIONS.has(t.lower) && (t.cap || /^(?:mini|nano|shuffle)$/.test(t.lower))));
}

/** A model's code, capitals and digits: "E200", "YH-999", "DB9", "A380-800"; not an age group's ("U21"), a format's ("MP3") nor a summit's ("G8"). */
const MODEL_CODE = /^[A-Z][A-Za-z]{0,3}-?\d[\dA-Za-z-]*$/;
const NO_MODEL = /^(?:U\d\d|MP[34]|G\d{1,2})$/;
const isModelCode = (t: Token | undefined) => !!t && t.kind === "word" && MODEL_CODE.test(t.text) && !NO_MODEL.test(t.text);
/** A model's number after a maker the lists know, not a year: "Nokia 6600", "Boeing 747s". */
const isModelNumber = (t: Token | undefined) => !!t && t.kind === "number" && /^\d{3,4}s?$/.test(t.text) && !/^(?:19|20)\d\d/.test(t.text);
/** A device's series number: "XDA II", "MDA III" (after a name in capitals). */
const SERIES_NUMERAL = /^(?:II|III|IV)$/;

export function products(doc: Doc, lex: Lexicon, found: Found[], readable: Uint8Array): void {
  const t = doc.tokens;
  // (most articles name no product: nothing to read)
  let any = false;
  for (let i = 0; i < t.length && !any; i++) any = ((t[i].cap || t[i].text.charCodeAt(0) === 105) && (PRODUCT_FIRST.has(t[i].lower) || pluralEnding(t[i].lower) > 0 || madeOfProduct(lex, t[i])) && written(t[i])) || (i > 0 && isModelCode(t[i]));
  if (!any) return;
  const covered = new Int32Array(t.length).fill(-1);
  found.forEach((f, k) => covered.fill(k, f.first, f.last));
  const gone = new Set<Found>();
  const added: Found[] = [];
  // (covered: the index of the name found there, -2 where a model is read below)
  byModel(doc, lex, found, covered, gone, added);
  // a model's code of three digits or more read alone, where the article names a maker, is a model: "the A380 superjumbo"
  // beside Airbus (not "K2", a firm; nor a road, "the A303", where no maker is named)
  if (t.some((w) => w.cap && (PRODUCT_MAKERS.has(w.lower) || CAR_MAKERS.has(w.lower)))) {
    for (const f of found) if (!f.kind && !gone.has(f) && f.type !== "PER" && f.last - f.first === 1 && isModelCode(t[f.first]) && /\d{3}/.test(t[f.first].text) && !lex.organization.has(f.key)) f.kind = "product";
  }
  const extend = (f: Found) => {
    while (isVersion(t[f.last], t[f.last - 1])) {
      if (covered[f.last] === -2) break;
      const g = covered[f.last] >= 0 ? found[covered[f.last]] : undefined;
      // (a name of its own after the version stays apart: "Windows 2000 Server" is read as far as it goes)
      if (g && g !== f && (g.first !== f.last || g.last !== f.last + 1)) break;
      if (g && g !== f) gone.add(g);
      f.last++;
    }
    f.kind = "product";
    f.key = nameOf(doc, f.first, f.last).toLowerCase();
  };
  for (const f of found) {
    // (a part of a "person" the tagger made of a product's name is the product: "Windows" of "Windows Messenger")
    if (f.kind || !PRODUCT_FIRST.has(t[f.first].lower) || gone.has(f)) continue;
    const words = f.key.split(" ");
    // "Windows XP" read whole, or its name alone
    let n = words.length;
    while (n > 1 && (PRODUCT_VERSIONS.has(words[n - 1]) || /^(?:\d{1,4}|\d\.\d{1,2})$/.test(words[n - 1]))) n--;
    // (after its maker's name too: "Microsoft Xbox", "Sony Walkman"; or a maker's name the model's number makes a product: "Nintendo 64")
    const numbered = n === words.length && t[f.last]?.kind === "number" && t[f.last].space && isProduct(`${f.key} ${t[f.last].lower}`);
    // (or read whole with its number: "Commodore 64")
    if (!isProduct(words.slice(0, n).join(" ")) && !isProduct(f.key) && !(n > 1 && PRODUCT_MAKERS.has(words[0]) && isProduct(words.slice(1, n).join(" "))) && !numbered && !makerModel(doc, f)) {
      if (f.type === "MISC" && makerFirm(doc, f)) f.type = "ORG";
      continue;
    }
    extend(f);
  }
  // the parts of a product's name the tagger read as a person's are no person ("Apple Mac": the firm, the product)
  const words = new Set<string>();
  for (const f of found) if (f.kind === "product") for (const w of f.key.split(" ")) words.add(w);
  for (const f of found) {
    if (!f.partOfPerson || f.kind || !words.has(f.key)) continue;
    f.partOfPerson = false;
    f.type = "ORG";
  }
  // a product's name without its maker's is the product: "the DS" after "Nintendo DS"
  const models = new Map<string, string>();
  for (const f of found) if (f.kind === "product" && f.last - f.first === 2 && PRODUCT_MAKERS.has(t[f.first].lower) && t[f.last - 1].upper) models.set(t[f.last - 1].lower, nameOf(doc, f.first, f.last));
  if (models.size) {
    for (const f of found) {
      const name = f.kind || f.partOfPerson ? undefined : models.get(f.key);
      if (!name) continue;
      f.kind = "product";
      f.canonical = name;
    }
  }
  // a version alone coordinated with a product is the product's: "Windows 2000 and XP"
  for (let i = 1; i < found.length; i++) {
    const f = found[i];
    const g = found[i - 1];
    if (f.kind || f.last - f.first !== 1 || g.kind !== "product" || !PRODUCT_VERSIONS.has(f.key) || !t[f.first].upper || !listedPair(t, g, f)) continue;
    f.kind = "product";
    // (named as the product it is a version of: "Windows XP")
    if (g.last - g.first > 1 && isVersion(t[g.last - 1], t[g.last - 2])) f.canonical = `${nameOf(doc, g.first, g.last - 1)} ${t[f.first].norm}`;
  }
  // names the tagger passed over: "the iPod", "Windows" inside a sentence, "a Linux-based system" (typed.ts cuts the adjective's ending)
  for (let i = 0; i < t.length; i++) {
    if (covered[i] === -1 && readable[i] && madeOfProduct(lex, t[i])) {
      added.push({ first: i, last: i + 1, floor: doc.sentences[t[i].sentence].first, type: "MISC", key: t[i].lower, partOfPerson: false });
      continue;
    }
    if (!(t[i].cap || t[i].text.charCodeAt(0) === 105) || !PRODUCT_FIRST.has(t[i].lower) || covered[i] !== -1 || !readable[i] || !written(t[i]) || t[i].sentenceStart) continue;
    for (let n = 3; n >= 1; n--) {
      const last = i + n;
      if (last > t.length || (n > 1 && (covered[last - 1] !== -1 || !written(t[last - 1]) || t[last - 1].sentence !== t[i].sentence))) continue;
      const key = nameOf(doc, i, last).toLowerCase();
      if (!isProduct(key)) continue;
      const f: Found = { first: i, last, floor: doc.sentences[t[i].sentence].first, type: "MISC", key, partOfPerson: false };
      extend(f);
      added.push(f);
      i = f.last - 1;
      break;
    }
  }
  plurals(doc, found, covered, added);
  if (!gone.size && !added.length) return;
  const kept = found.filter((f) => !gone.has(f)).concat(added).sort((a, b) => a.first - b.first);
  found.length = 0;
  for (const f of kept) found.push(f);
}

/** A product's name the lists know that no firm of theirs bears, as an adjective is made of: "Linux" of "Linux-based" (read by typed.ts too). */
export const productOfAdjective = (lex: Lexicon, w: string): boolean => PRODUCT_NAMES.has(w) && !lex.organization.has(w);

/** An adjective made of a product's name the lists know: "Linux-based", "Windows-based". */
function madeOfProduct(lex: Lexicon, w: Token): boolean {
  const made = w.cap ? MADE_OF_PLACE.exec(w.text) : null;
  return !!made && productOfAdjective(lex, made[1].toLowerCase());
}

/** The letters a product's plural adds to its name ("iPods" 1, "Xboxes" 2), 0 if the word is no such plural ("Windows" is a name of its own). */
function pluralEnding(w: string): number {
  if (!/[^s]s$/.test(w) || isProduct(w)) return 0;
  return PRODUCT_NAMES.has(w.slice(0, -1)) ? 1 : /[sxz]es$/.test(w) && PRODUCT_NAMES.has(w.slice(0, -2)) ? 2 : 0;
}

/** A product's name in the plural is the product: "sold 4.5 million iPods", "its next generation of Walkmans", "Xboxes made before 2003" (not "Windows", a name of its own). */
function plurals(doc: Doc, found: Found[], covered: Int32Array, added: Found[]): void {
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    const ending = w.kind === "word" && (w.cap || /^i\p{Lu}/u.test(w.text)) ? pluralEnding(w.lower) : 0;
    if (!ending) continue;
    let f = covered[i] >= 0 ? found[covered[i]] : undefined;
    // (after its maker's name, read with it, the maker is a firm of its own: "10 million of which were Apple iPods")
    if (f && !f.kind && f.first === i - 1 && f.last === i + 1 && PRODUCT_MAKERS.has(t[i - 1].lower)) {
      [f.last, f.type, f.key] = [i, "ORG", t[i - 1].lower];
      f = undefined;
    }
    if (f && (f.kind || f.first !== i || f.last !== i + 1)) continue;
    const product = f ?? { first: i, last: i + 1, floor: doc.sentences[w.sentence].first, type: "MISC", key: w.lower, partOfPerson: false };
    // (its "i" written small, as the maker writes it, where a headline or a sentence's start made it a capital: "IPods" is the iPod)
    const one = w.norm.slice(0, -ending);
    [product.kind, product.canonical] = ["product", /^I\p{Lu}/u.test(one) ? `i${one.slice(1)}` : one];
    if (!f) added.push(product);
  }
}

/**
 * A model named by its maker and its code: "Nokia 6600", "Orange E200", "SonyEricsson P900",
 * "Yepp YH-999", "XDA II"; then the code alone, "the E200", is the same product. The maker is a
 * firm of the article too (`maker`). Two products the tagger read as one name are two: "a Linux or
 * Mac version".
 */
function byModel(doc: Doc, lex: Lexicon, found: Found[], covered: Int32Array, gone: Set<Found>, added: Found[]): void {
  const t = doc.tokens;
  const codes = new Map<string, string>();
  const product = (first: number, last: number, maker: number): Found => {
    const f: Found = { first, last, floor: doc.sentences[t[first].sentence].first, type: "MISC", key: nameOf(doc, first, last).toLowerCase(), partOfPerson: false, kind: "product", maker };
    covered.fill(-2, first, last);
    codes.set(t[last - 1].lower, nameOf(doc, first, last));
    added.push(f);
    return f;
  };
  // (no country, people or person the lists know makes a model: "Iceland U21", "Andre 3000"; nor a band: "The B-52s")
  const maker = (g: Found) =>
    !g.kind && !g.partOfPerson && !lex.country.has(g.key) && !lex.peoples.has(g.key) && !(g.type === "PER" && lex.firstName.has(t[g.first].lower)) && !lex.functionWords.has(t[g.first].lower);
  // where the maker's name ends: the firm's name, "Aston Martin" of "Aston Martin DB9", "Motorola" of "Motorola Razr V3";
  // none where the name is a product's line, "Windows XP2", "Sony's Vaio W1", or the tagger had not read it as a firm's or a place's
  const makerEnd = (first: number, last: number, type?: string): number => {
    const w = t[first].lower;
    if (isProduct(w)) return first;
    const known = PRODUCT_MAKERS.has(w) || CAR_MAKERS.has(w);
    if (known && last - first > 1 && !CAR_FIRM_WORDS.has(t[first + 1].lower)) return first + 1;
    if (known || lex.organization.has(w) || (doc.vocab.gazetteer.classes(w) & G_ORG) !== 0) return last;
    // (or a word the lists know as a place, as the tagger reads it alone: "Orange" of "Orange E200" read whole)
    const place = type === undefined && last - first === 1 && listsPlace(doc, w);
    return (type === "ORG" || type === "LOC" || place) && !POSSESSIVE.test(t[first - 1]?.norm ?? "") ? last : first;
  };
  for (const f of found) {
    if (f.kind || gone.has(f)) continue;
    const end = t[f.last - 1];
    // read whole by the tagger: "Yepp YH-999", "XDA II"
    if (f.last - f.first > 1 && maker(f) && (isModelCode(end) || (SERIES_NUMERAL.test(end.text) && t[f.last - 2].upper && f.last - f.first === 2))) {
      gone.add(f);
      // (a series' numeral follows the product's own name: "XDA" is no maker)
      product(f.first, f.last, isModelCode(end) ? makerEnd(f.first, f.last - 1) : f.first);
      continue;
    }
    // the code right after the maker's name: "Nokia 6600", "Orange E200"
    const code = t[f.last];
    // (the code may be a name of its own to the tagger: "Aston Martin" "DB9")
    const g = covered[f.last] >= 0 ? found[covered[f.last]] : undefined;
    if (!code || !code.space || code.sentence !== end.sentence || covered[f.last] === -2 || (g && (g.kind || g.first !== f.last || g.last !== f.last + 1)) || !maker(f)) continue;
    const known = f.last - f.first === 1 && (PRODUCT_MAKERS.has(f.key) || CAR_MAKERS.has(f.key));
    if (!isModelCode(code) && !(known && isModelNumber(code))) continue;
    gone.add(f);
    if (g) gone.add(g);
    product(f.first, f.last + 1, makerEnd(f.first, f.last, f.type));
  }
  // a maker the tagger passed over, inside a sentence: "the Yepp YH-999"
  for (let i = 1; i < t.length; i++) {
    const m = t[i - 1];
    const g = covered[i] >= 0 ? found[covered[i]] : undefined;
    if (covered[i] === -2 || (g && (g.kind || g.first !== i || g.last !== i + 1)) || covered[i - 1] !== -1 || !isModelCode(t[i]) || !t[i].space) continue;
    if (m.kind !== "word" || !m.cap || m.sentenceStart || t[i].sentence !== m.sentence || lex.functionWords.has(m.lower) || lex.country.has(m.lower) || lex.peoples.has(m.lower)) continue;
    if (g) gone.add(g);
    product(i - 1, i + 1, makerEnd(i - 1, i));
  }
  // two products read as one name: "Linux or Mac"
  for (const f of found) {
    if (f.kind || gone.has(f) || f.last - f.first !== 3 || !/^(?:or|and)$/.test(t[f.first + 1].lower)) continue;
    if (!isProduct(t[f.first].lower) || !isProduct(t[f.first + 2].lower)) continue;
    gone.add(f);
    for (const k of [f.first, f.first + 2]) added.push({ first: k, last: k + 1, floor: f.floor, type: "MISC", key: t[k].lower, partOfPerson: false, kind: "product" });
  }
  if (!codes.size) return;
  // the code alone is the model: "the E200"
  for (const f of found) {
    const name = f.kind || gone.has(f) || f.last - f.first !== 1 ? undefined : codes.get(f.key);
    if (!name) continue;
    f.kind = "product";
    f.canonical = name;
  }
  for (let i = 0; i < t.length; i++) {
    const name = covered[i] === -1 && t[i].kind === "word" ? codes.get(t[i].lower) : undefined;
    if (!name || t[i].text.toLowerCase() === t[i].text) continue;
    added.push({ first: i, last: i + 1, floor: doc.sentences[t[i].sentence].first, type: "MISC", key: t[i].lower, partOfPerson: false, kind: "product", canonical: name });
    covered[i] = -2;
  }
}

/** A product's name opens with its maker's: "Sony PSP", "Microsoft Xbox". */
export const makerFirst = (name: string): boolean => {
  const maker = /^(\S+)\s/.exec(name)?.[1];
  return !!maker && PRODUCT_MAKERS.has(maker.toLowerCase());
};
/** A product's name without its maker's, where it opens with one: "PSP" of "Sony PSP". */
export const withoutMaker = (name: string): string => (makerFirst(name) ? name.replace(/^\S+\s+/, "") : name);

/** A product name's capitals and its number, as its initials are written: "PlayStation 2" → "PS2", "PlayStation Portable" → "PSP". */
function productInitials(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => (/^\d+$/.test(w) ? w : (w.match(/\p{Lu}/gu) ?? []).join("")))
    .join("");
}

/**
 * One product under the forms an article writes it in: with its maker's name before it and
 * without ("Sony PSP", "PSP"), and by its initials ("PSP", "PlayStation Portable"). Returns each
 * entity that is another's form, with the entity it folds into; ./link.ts names the product by its
 * fullest form, without the maker's name where the lists know the product ("PlayStation 2").
 */
export function productForms(products: readonly Entity[]): Map<Entity, Entity> {
  const moved = new Map<Entity, Entity>();
  const byName = new Map(products.map((e) => [e.name.toLowerCase(), e]));
  const target = (e: Entity): Entity => moved.get(e) ?? e;
  for (const e of products) {
    if (!makerFirst(e.name)) continue;
    const plain = byName.get(withoutMaker(e.name).toLowerCase());
    if (plain && plain !== e) moved.set(e, plain);
  }
  const byInitials = new Map<string, Entity>();
  // (initials are of the name without its maker's: "PS2" of "Sony PlayStation 2")
  for (const e of products) if (!moved.has(e) && /\s/.test(e.name)) byInitials.set(productInitials(withoutMaker(e.name)), e);
  for (const e of products) {
    const full = /^\p{Lu}{2,4}\d?$/u.test(e.name) ? byInitials.get(e.name) : undefined;
    if (full && full !== e && !moved.has(e)) moved.set(e, target(full));
  }
  for (const [e, to] of moved) moved.set(e, target(to));
  return moved;
}
