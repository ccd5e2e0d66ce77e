// Reading a person's name: whether capitalised words name a person (or only look like a name: a
// word capitalised because it opens the sentence, a title, a place, a people, an organisation), and
// the name a run of capitalised words holds once titles, openers and letters are taken off. Read by
// the speaker rules and by the entity stage's pass over speakers' names.

import type { Doc } from "./document";
import type { Lexicon } from "./lexicon";
import type { Token } from "./tokenize";
import { phraseAfter, POSSESSIVE } from "./phrases";
import { DETERMINERS } from "../words/grammar";
import { NAME_PARTICLES, ORG_HEADS, POSTNOMINALS, isTitleWord } from "../words/names";
import { isBetween, isCueWord } from "../words/reporting";
import { TIME_WORDS } from "../words/time";

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
export function isWord(l: Lexicon, w: string): boolean {
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

/** A name as written in the words [first, end): its span without openers, the name words without titles. */
export interface WrittenName {
  /** First token of the name with its titles ("Lord Falconer"), after words that only open the sentence. */
  a: number;
  /** First and last token of the name itself. */
  na: number;
  h: number;
  words: string[];
  /** A personal title stood before it, or it is a transcript label. */
  titled: boolean;
}

/**
 * The capitalised run ending at the phrase's head, read as a name: without sentence openers ("The",
 * "But", "Among", "Said", "Originally"), letters after it ("QC", "MP"), titles and role words
 * before it ("Former Labour MP Lord Janner" → Janner).
 */
export function writtenName(doc: Doc, first: number, end: number, label = false): WrittenName | null {
  const { tokens } = doc;
  let head = end - 1;
  while (head > first && (tokens[head].norm === ")" || tokens[head].kind !== "word")) head--;
  if (!tokens[head].cap) return null;
  let a = head;
  while (a - 1 >= first && (tokens[a - 1].cap || (tokens[a - 1].norm === "-" && !tokens[a - 1].space)) && !POSSESSIVE.test(tokens[a - 1].norm)) a--;
  let h = head;
  while (h > a && POSTNOMINALS.has(tokens[h].norm.toLowerCase())) h--;
  while (a <= h && (isOpener(doc.vocab.lexicon, tokens[a].norm) || DETERMINERS.has(tokens[a].norm.toLowerCase()))) a++;
  if (a > h) return null;
  // the name starts after the last title or role word in the run
  let na = a;
  for (let k = a; k < h; k++) if (isTitleWord(tokens[k].lower, tokens[k].cap) || POSTNOMINALS.has(tokens[k].lower)) na = k + 1;
  const titled = label || na > a;
  const words = tokens.slice(na, h + 1).map((t) => (label ? readable(t.norm) : t.norm));
  return { a, na, h, words, titled };
}

/**
 * A phrase with a person or organisation at its head, or a person's name the entity stage missed;
 * not a place ("Va.", "Oklahoma") nor a title ("Argentina’s President", "Director of Public
 * Prosecutions"), which describe the name next to them.
 */
export function namesSomeone(doc: Doc, first: number, last: number): boolean {
  last = ownerBeforePreposition(doc, first, last);
  const m = doc.mentionAt[last - 1];
  if (m) return m.entity.type === "person" || m.entity.type === "organization";
  const name = writtenName(doc, first, last);
  if (!name) return false;
  // "Guy Mansfield QC": a listed name before the letters
  const mh = doc.mentionAt[name.h];
  if (mh) return mh.entity.type === "person" || mh.entity.type === "organization";
  return isPersonName(doc.vocab.lexicon, name.words, name.titled);
}

/**
 * "Ambassador Stefan Johannesson of Iceland", "Lloyds of London", "Peter Saunders of the CMF": a name
 * before "of", "from", "at" or "in" speaks, not what follows it, when that is a place or the name is
 * a person's. "The chairman of the Bar Council" keeps its organisation. Returns the phrase's new end.
 */
export function ownerBeforePreposition(doc: Doc, first: number, last: number): number {
  const { tokens } = doc;
  for (let k = first + 1; k < last - 1; k++) {
    const w = tokens[k].norm.toLowerCase();
    if (w !== "of" && w !== "from" && w !== "at" && w !== "in") continue;
    if (!tokens[k - 1].cap) return last;
    const pre = doc.mentionAt[k - 1];
    if (pre && pre.entity.type === "person") return k;
    const post = doc.mentionAt[last - 1];
    if (post ? post.entity.type === "country" || post.entity.type === "place" : isPlaceWord(doc.vocab.lexicon, tokens[last - 1].norm)) return k;
    const n = writtenName(doc, first, k);
    return n && !pre && isPersonName(doc.vocab.lexicon, n.words, n.titled) ? k : last;
  }
  return last;
}

/**
 * "said the Kazakhs’ envoy, Erlan Idrissov", "according to the firm’s chief, Ann Lee": a phrase that
 * names no one gives way to the name set off after it by a comma.
 */
export function nameInApposition(doc: Doc, p: [number, number], limit: number): [number, number] {
  const { tokens } = doc;
  if (p[1] >= limit || tokens[p[1]].norm !== "," || namesSomeone(doc, p[0], p[1])) return p;
  const q = phraseAfter(doc, p[1] + 1, limit);
  if (!q) return p;
  const end = tokens[q[1]];
  if (q[1] < limit && end && end.kind !== "quote" && !/^[,.;:)!?]$/.test(end.norm)) return p;
  return namesSomeone(doc, q[0], q[1]) ? q : p;
}

/** The tokens of a phrase without a leading determiner or title, the part that names someone. */
export function namePart(doc: Doc, first: number, last: number): [number, number] {
  const { tokens } = doc;
  let a = first;
  while (a < last - 1 && (DETERMINERS.has(tokens[a].lower) || isTitleWord(tokens[a].lower, tokens[a].cap))) a++;
  return [a, last];
}

/** "WALLACE: …" opening a paragraph or a quotation: a transcript label in capitals, then the words it speaks. */
export function transcriptLabel(doc: Doc, q: { first: number; last: number }): { first: number; last: number; textFirst: number } | null {
  const { tokens } = doc;
  let k = q.first;
  while (k < q.last && k < q.first + 3 && tokens[k].kind === "word" && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[k].text)) k++;
  if (k === q.first || tokens[k]?.norm !== ":" || k + 1 >= q.last) return null;
  return { first: q.first, last: k, textFirst: k + 1 };
}
