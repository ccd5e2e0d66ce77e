// A party's forms inside and beside other names: the party a person's title names ("Tory leader
// Michael Howard"), a party's label opening a name ("Lib Dem MP Lembit Opik"), and a party's noun the
// tagger passed over ("The Tories and the Lib Dems"). The forms themselves are in ../../words/parties.ts.

import type { Doc } from "../../text/document";
import type { Lexicon } from "../../text/lexicon";
import { EX_NAME, PARTY_FORMS, PARTY_ROLES_AFTER, PARTY_SHORT_NAMES, US_PARTY_WORDS } from "../../words/parties";
import { aboutUsPolitics } from "./topic";
import { ORG_HEADS } from "../../words/names";
import { nameOf, type Found } from "./found";

/** The party a person's title names: "Tory leader Michael Howard", "Lib Dem home affairs spokesman Mark Oaten". */
export function partyInTitle(doc: Doc, taken: Uint8Array, first: number, floor: number): { first: number; last: number; party: string } | null {
  const t = doc.tokens;
  for (let k = first - 1; k >= floor && k >= first - 6; k--) {
    if (taken[k] || !t[k].cap) continue;
    for (const n of [2, 1]) {
      const a = k - n + 1;
      if (a < floor || taken[a] || !t[a].cap) continue;
      const party = PARTY_FORMS.get(nameOf(doc, a, k + 1).toLowerCase());
      if (party) {
        taken.fill(1, a, k + 1);
        return { first: a, last: k + 1, party };
      }
    }
  }
  return null;
}

/** How many words of a name a party's form opens it with, the name being more than the party: "Lib Dem MP Lembit Opik" → 2. */
export function partyOpening(doc: Doc, first: number, last: number): number {
  if (PARTY_FORMS.has(nameOf(doc, first, last).toLowerCase())) return 0;
  // (a body of the party named by two words or more keeps it: "Conservative National Women's Committee")
  const t = doc.tokens;
  for (const n of [2, 1]) if (last - first > n && PARTY_FORMS.has(nameOf(doc, first, first + n).toLowerCase())) return last - first > n + 1 && t[last - 1].cap && ORG_HEADS.has(t[last - 1].lower) ? 0 : n;
  // (and a US party's word before a person's full name: "Democrat Zephyr Teachout")
  if (usPartyBeforePerson(doc, first, last)) return 1;
  return 0;
}

/** A US party's word opening two or three capitalised words that end in no body's head: "Democrat Zephyr Teachout" (a member is a noun of the US's news only). */
export function usPartyBeforePerson(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  if (last - first < 3 || last - first > 4 || !US_PARTY_WORDS.has(t[first].lower) || ORG_HEADS.has(t[last - 1].lower)) return false;
  for (let k = first + 1; k < last; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(t[k].text)) return false;
  return t[first].lower === "democrat" || aboutUsPolitics(doc);
}

/** A party's forms that name it alone as a noun: its plurals, names of several words and short names ("Tories", "Lib Dems", "Plaid"), not an adjective ("Tory"). */
const PARTY_NOUNS: ReadonlySet<string> = new Set([...PARTY_FORMS.keys()].filter((f) => f.includes(" ") || f.endsWith("s") || PARTY_SHORT_NAMES.has(f)));
/** The first words of every form, asked before any name is built. */
const PARTY_FORM_STARTS: ReadonlySet<string> = new Set([...PARTY_FORMS.keys()].map((f) => f.split(" ")[0]));

/** Which tokens the names found so far hold. */
function takenBy(found: readonly Found[], n: number): Uint8Array {
  const taken = new Uint8Array(n);
  for (const f of found) taken.fill(1, f.first, f.last);
  return taken;
}

/**
 * A party's name the tagger passed over ("The Tories and the Lib Dems" in a short text) is the party:
 * capitalised, and inside a sentence if its form is also a common word ("Greens", "Republicans").
 */
export function fillParties(doc: Doc, lex: Lexicon, found: Found[], readable: Uint8Array): void {
  const { tokens } = doc;
  let taken: Uint8Array | undefined;
  let people: Set<number> | undefined;
  let us: boolean | undefined;
  // (an adjective too before a person's name, opening the sentence or not: "Conservative Michael Howard and …")
  const beforePerson = (k: number) => (people ??= new Set(found.filter((f) => f.type === "PER" && f.last - f.first > 1).map((f) => f.first))).has(k);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // a party after "ex-" in one word, which typed.ts reads as the party: "Ex-Labour minister Frank Field"
    if (t.kind === "word" && readable[i] && PARTY_FORMS.has(EX_NAME.exec(t.text)?.[1].toLowerCase() ?? "")) {
      if (!found.some((f) => f.first <= i && f.last > i)) found.push({ first: i, last: i + 1, floor: doc.sentences[t.sentence].first, type: "ORG", key: t.lower, partOfPerson: false });
      continue;
    }
    // a US party's adjective or member's noun in US political news, before a word in small letters or a person: "the Republican nominee", "Democrat Hillary Clinton"
    if (t.cap && t.kind === "word" && readable[i] && US_PARTY_WORDS.has(t.lower) && (us ??= aboutUsPolitics(doc))) {
      const next = tokens[i + 1];
      if (next?.sentence === t.sentence && ((next.kind === "word" && !next.cap) || beforePerson(i + 1))) {
        taken ??= takenBy(found, tokens.length);
        if (!taken[i]) {
          found.push({ first: i, last: i + 1, floor: doc.sentences[t.sentence].first, type: "ORG", key: t.lower, partOfPerson: false });
          taken[i] = 1;
        }
        continue;
      }
    }
    if (!t.cap || !PARTY_FORM_STARTS.has(t.lower) || t.kind !== "word" || !readable[i]) continue;
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length || tokens[i + n - 1].sentence !== t.sentence) continue;
      const key = n === 1 ? t.lower : nameOf(doc, i, i + n).toLowerCase();
      // (an adjective too before a party's role: "Tony Banks, Labour MP for West Ham")
      const role = PARTY_FORMS.has(key) && PARTY_ROLES_AFTER.has(tokens[i + n]?.lower ?? "") && tokens[i + n].sentence === t.sentence;
      const label = PARTY_FORMS.has(key) && beforePerson(i + n);
      if (!(PARTY_NOUNS.has(key) || role || label) || !tokens[i + n - 1].cap || (t.sentenceStart && lex.common.has(key) && !label)) continue;
      taken ??= takenBy(found, tokens.length);
      if (taken.subarray(i, i + n).includes(1)) break;
      found.push({ first: i, last: i + n, floor: doc.sentences[t.sentence].first, type: "ORG", key, partOfPerson: false });
      taken.fill(1, i, i + n);
      i += n - 1;
      break;
    }
  }
}
