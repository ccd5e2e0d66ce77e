// Country names the tagger passed over, found by the gazetteer (also in an adjective: "US-based",
// and a city's: "Edinburgh-based"),
// and a currency's capitals that name no country ("US$ 300 million").

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import { isCapital, nameOf, type Found } from "./found";
import { MADE_OF_BACKER } from "../../words/places";
import { listsPlace, placeAdjectiveEnd } from "./places";
import { G_ORG, G_PERSON } from "../../tagger/gazetteer";
import { PARTY_FORMS } from "../../words/parties";
import { ORG_HEADS } from "../../words/names";

/** A word with a capital after a small letter: "McAllen", "KwaZulu-Natal". */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * Country names the tagger passed over ("the U.S.S.R." is rare in its 1996 news) are countries:
 * capitalised words outside any name found that spell a country as the gazetteer knows it.
 */
export function fillCountries(doc: Doc, lex: Lexicon, found: Found[], readable: Uint8Array): void {
  countriesWithAnd(doc, lex, found);
  const taken = new Uint8Array(doc.tokens.length);
  for (const f of found) taken.fill(1, f.first, f.last);
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !readable[i] || !isCapital(tokens[i])) continue;
    // (and an adjective made of a country's or a city's name: "US-based Alistair Cragg", "Edinburgh-based developer"; recognize.ts reads it)
    // (or a word joining two countries: "German-US talks"; recognize.ts reads it)
    if (joinedCountries(lex, tokens[i].text)) {
      found.push({ first: i, last: i + 1, floor: i, type: "LOC", key: tokens[i].lower, partOfPerson: false });
      continue;
    }
    // (of one to three words the tagger passed over: "New York-based", not "York" alone; not from a
    // sentence's "The": "The Netherlands-based company" names the Netherlands from its own word)
    let run = i;
    while (run < Math.min(tokens.length, i + 3) && !taken[run] && isCapital(tokens[run]) && tokens[run].sentence === tokens[i].sentence) run++;
    const madeEnd = lex.functionWords.has(tokens[i].lower) ? i : placeAdjectiveEnd(doc, i, run);
    if (madeEnd > i) {
      found.push({ first: i, last: madeEnd, floor: i, type: "LOC", key: nameOf(doc, i, madeEnd).toLowerCase(), partOfPerson: false });
      i = madeEnd - 1;
      continue;
    }
    // (or of a backer's name, a body's: "the Sony-backed format", "a Labour-led council"; recognize.ts reads it)
    if (backer(lex, tokens[i].text)) {
      found.push({ first: i, last: i + 1, floor: i, type: "ORG", key: tokens[i].lower, partOfPerson: false });
      continue;
    }
    // (and a place whose one word has a capital inside, which the tagger reads poorly and no common word has: "McAllen", "KwaZulu-Natal";
    // only one the lists know as a place and as no person or body; typed.ts keeps it a place)
    if (INNER_CAPITAL.test(tokens[i].text) && listsPlace(doc, tokens[i].lower) && !(doc.vocab.gazetteer.classes(tokens[i].lower) & (G_PERSON | G_ORG))) {
      found.push({ first: i, last: i + 1, floor: i, type: "LOC", key: tokens[i].lower, partOfPerson: false });
      continue;
    }
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length || (n > 1 && !readable[i + n - 1]) || anyTaken(taken, i, i + n)) continue;
      const c = lex.country.get(nameOf(doc, i, i + n).toLowerCase());
      if (!c) continue;
      if (n === 1 && currencyPrefix(tokens, i)) continue;
      found.push({ first: i, last: i + n, floor: i, type: "LOC", key: c.name.toLowerCase(), partOfPerson: false });
      taken.fill(1, i, i + n);
      i += n - 1;
      break;
    }
  }
}

/** A country named with "and", over the names the tagger cut it into: "Saint Kitts and Nevis", "Bosnia and Herzegovina". */
function countriesWithAnd(doc: Doc, lex: Lexicon, found: Found[]): void {
  const t = doc.tokens;
  let joined = false;
  for (let i = 0; i < t.length; i++) {
    if (t[i].lower !== "and" || !isCapital(t[i - 1]) || !isCapital(t[i + 1])) continue;
    for (let a = Math.max(0, i - 2); a < i; a++) {
      for (let b = i + 2; b <= Math.min(t.length, i + 4); b++) {
        const c = t[a].sentence === t[b - 1].sentence ? lex.country.get(nameOf(doc, a, b).toLowerCase()) : undefined;
        if (!c || !isCapital(t[a]) || !isCapital(t[b - 1])) continue;
        // (the names found inside give way; one running on past it keeps its place)
        if (found.some((f) => f.first < b && f.last > a && (f.first < a || f.last > b))) continue;
        for (let k = found.length - 1; k >= 0; k--) if (found[k].first < b && found[k].last > a) found.splice(k, 1);
        found.push({ first: a, last: b, floor: doc.sentences[t[a].sentence].first, type: "LOC", key: c.name.toLowerCase(), partOfPerson: false });
        joined = true;
        a = i;
        break;
      }
    }
  }
  if (joined) found.sort((x, y) => x.first - y.first);
}

/**
 * A word joining two countries with a hyphen names both: "US-German firm", "China-UK", "Iraqi-German".
 * Each country with its characters' range in the word; null unless both halves name a country
 * ("Anglo-Dutch", "African-American" name one or none).
 */
export function joinedCountries(lex: Lexicon, word: string): { from: number; to: number; code: string; demonym: boolean }[] | null {
  if (!word.includes("-")) return null;
  const halves = word.split("-");
  if (halves.length !== 2) return null;
  const out = [];
  let from = 0;
  for (const h of halves) {
    const w = h.toLowerCase();
    const c = lex.country.get(w) ?? lex.demonym.get(w);
    if (!c || !/^\p{Lu}/u.test(h)) return null;
    out.push({ from, to: from + h.length, code: c.code, demonym: !lex.country.has(w) });
    from += h.length + 1;
  }
  return out[0].code === out[1].code ? null : out;
}

/** Whether any token of [from, to) is taken (a loop: a subarray per capitalised word was garbage). */
function anyTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken[k]) return true;
  return false;
}

/** Token i is the capitals of a currency, written onto its "$": "US$", "HK$", "A$". */
export function currencyPrefix(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.norm === "$" && !next.space && /^\p{Lu}{1,3}$/u.test(tokens[i].norm);
}

/** An adjective made of a backer's name that no common word or first name is: "Sony-backed", "Labour-led" (not "Government-backed", "State-owned"). */
export function backer(lex: Lexicon, word: string): boolean {
  const w = MADE_OF_BACKER.exec(word)?.[1].toLowerCase();
  return !!w && (!!PARTY_FORMS.get(w) || (!lex.common.has(w) && !ORG_HEADS.has(w) && !lex.firstName.has(w) && !lex.country.has(w) && !lex.demonym.has(w)));
}
