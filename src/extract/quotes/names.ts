// What a capitalised run of words the entity stage did not mark can be: a person's name, or
// something that only looks like one (a word capitalised because it opens the sentence, a title,
// a place, a people, an organisation's name). Shared by the speaker rules (speakers.ts) and the
// step that puts every speaker in the entity lists (listed.ts).

import type { Lexicon } from "../../text/lexicon";
import type { Token } from "../../text/tokenize";
import { NAME_PARTICLES, ORG_HEADS, POSTNOMINALS, isTitleWord } from "../../words/names";
import { isBetween, isCueWord } from "../../words/reporting";
import { TIME_WORDS } from "../../words/time";




/** A country, a demonym or people ("Kazakhs", "Swiss"), a city or a region. */
export function isPlaceWord(l: Lexicon, word: string): boolean {
  const w = word.toLowerCase();
  return l.country.has(w) || l.demonym.has(w) || l.peoples.has(w) || l.city.has(w) || l.region.has(w);
}

/** A word for a person by nationality: "the Dutchman", "the New Zealander", "the American". */
export function isPeopleWord(l: Lexicon, word: string): boolean {
  const w = word.toLowerCase();
  if (isPlaceWord(l, w)) return l.demonym.has(w) || l.peoples.has(w);
  return /(?:man|woman|men|women|er|ers)$/.test(w) && (isPlaceWord(l, w.replace(/(?:man|woman|men|women)$/, "")) || isPlaceWord(l, w.replace(/ers?$/, "")));
}

/**
 * A capitalised word that says nothing about a name where it stands: a function word ("The",
 * "But", "Among", "I"), a reporting verb ("Said the report"), an adverb ("Originally", "Later").
 */
export function isOpener(l: Lexicon, word: string): boolean {
  const w = word.toLowerCase();
  if (l.functionWords.has(w) || isCueWord(w)) return true;
  // an adverb is an ordinary word and -ly ("Originally", "Shortly", "Happily"); "Kelly" and "Connolly" are not
  if (w.length > 4 && w.endsWith("ly")) {
    const stem = w.slice(0, -2);
    return isWord(l, stem) || isWord(l, w.slice(0, -3) + "y") || isWord(l, stem + "e") || /(?:al|ous|ive|ent|ant|ic|ful|less|ate|ible|able|ary|ar|ed|ing)$/.test(stem);
  }
  return isBetween(w);
}

/** An English word in lower case (a noun, a verb), as opposed to a name. */
function isWord(l: Lexicon, w: string): boolean {
  return l.common.has(w) || l.verbs.has(w) || l.functionWords.has(w);
}

/**
 * The words (as written, titles and openers already taken off) name a person: two to five
 * capitalised words with no place, people, title, time or organisation word among them, and a known
 * first or last name or no ordinary English word; a single word only when it is a known surname that
 * is not also an ordinary word. `titled`: the text says the words name a person (a personal title
 * before them, "Mr Kelly"; a transcript label; a description after them, ", a local farmer"), which
 * makes one word, or ordinary words ("Gill Champion"), enough.
 */
export function isPersonName(l: Lexicon, words: readonly string[], titled: boolean): boolean {
  if (!words.length || words.length > 5) return false;
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const w = lower[i];
    const inner = i > 0 && i < words.length - 1;
    if (inner && NAME_PARTICLES.has(w)) continue;
    if (!/^\p{Lu}/u.test(words[i])) return false;
    if (l.functionWords.has(w) || TIME_WORDS.has(w) || isTitleWord(w, true) || ORG_HEADS.has(w) || POSTNOMINALS.has(w) || isCueWord(w)) return false;
    if (isPeopleWord(l, w)) return false;
  }
  const first = lower[0];
  const last = lower[lower.length - 1];
  if (words.length === 1) {
    if (isPlaceWord(l, first)) return false;
    if (titled) return true;
    return l.lastName.has(first) && !isWord(l, first);
  }
  const known = l.firstName.has(first) || l.lastName.has(last);
  // a run of places ("West Virginia", "Hong Kong") is no name; "George Washington" is
  if (!known && lower.some((w) => isPlaceWord(l, w))) return false;
  // words that are also ordinary words ("Gill Champion") make a name where the text says it is one
  return known || titled || !lower.some((w) => isWord(l, w));
}

/** "WALLACE" → "Wallace", "MCCAIN" → "Mccain": a name written in capitals, as a reader writes it. */
export function readable(word: string): string {
  if (!/\p{Ll}/u.test(word) && /\p{Lu}{2}/u.test(word) && word.length > 3) {
    return word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  return word;
}

/**
 * What follows a name at token k describes a person: ", chief US economist for …", ", a local
 * farmer", ", president and chief executive of …" — a comma and a lower-case noun phrase.
 */
export function describedAt(l: Lexicon, tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== ",") return false;
  const t = tokens[k + 1];
  if (!t || t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) return false;
  const w = t.norm;
  if (w === "a" || w === "an" || w === "the") return true;
  return !l.functionWords.has(w) && !isCueWord(w) && !isBetween(w) && !/(?:ed|ing)$/.test(w);
}
