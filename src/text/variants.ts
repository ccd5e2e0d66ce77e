// Spellings of one name in another transliteration ("Tokayev" / "Tokaev", "Zelensky" /
// "Zelenskyy", "Nazarbayev" / "Nazarbaev"): names whose words sound the same (natural's Double
// Metaphone) and are spelt nearly the same (its Jaro–Winkler similarity). Names are indexed by the
// sound of their last word, so finding a name's variant compares it with the few names of that
// sound only, never with every name. natural's two modules are required alone, by path: the
// package's index loads all of natural (and writes to stdout).

import { FAMILIAR_NAMES } from "../words/names";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const DoubleMetaphone = require("natural/lib/natural/phonetics/double_metaphone") as new () => { process(token: string): [string, string] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jaroWinkler = require("natural/lib/natural/distance/jaro-winkler_distance") as (a: string, b: string) => number;

const metaphone = new DoubleMetaphone();
/** How alike two spellings of one word must be (Jaro–Winkler): "tokayev"/"tokaev" 0.97, "smith"/"schmidt" 0.70. */
const SIMILAR = 0.93;
/** Names compared per sound at most: a bound on the work, whatever the input. */
const PER_SOUND = 16;
/** Sounds an index keeps worked out: a bound on its memory. */
const MAX_SOUNDS = 50_000;

/** An initial ("W." of George W. Bush): no word to compare. */
const INITIAL = /^\p{L}\.?$/u;
/** A person's name as words, lower-cased, initials dropped ("George W. Bush" → george, bush). */
export const nameWords = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !INITIAL.test(w));

const NOT_LETTER = /[^\p{L}]/gu;
/** The sound of a word (Double Metaphone, primary code). */
const soundOf = (word: string): string => metaphone.process(word.replace(NOT_LETTER, ""))[0];

/** How alike a given name's two spellings must be before one surname: "viktor"/"victor" 0.91. */
const SIMILAR_GIVEN = 0.88;

/** Two spellings of one word: the same, or alike in letters and in sound. */
function sameWord(a: string, b: string, similar = SIMILAR): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2 || a[0] !== b[0]) return false;
  return jaroWinkler(a, b) >= similar && soundOf(a) === soundOf(b);
}

/** A given name and its feminine form, two people's: "paul" and "paula", "daniel" and "danielle". */
const FEMININE_ENDING = /^(?:a|e|le|ine|ette|na)$/;
const gendered = (a: string, b: string): boolean => (a.length < b.length ? b.startsWith(a) && FEMININE_ENDING.test(b.slice(a.length)) : a.startsWith(b) && FEMININE_ENDING.test(a.slice(b.length)));

/** One given name in its familiar and its formal form: "danny" and "daniel", "freddie" and "frederick". */
const familiar = (a: string, b: string): boolean => !!FAMILIAR_NAMES.get(a)?.includes(b) || !!FAMILIAR_NAMES.get(b)?.includes(a);

/**
 * Whether `a` is `b` in another spelling: word by word the same or alike ("Kassym-Jomart Tokaev"
 * and "Kassym-Jomart Tokayev"), a given name in its familiar form before the same surname ("Danny
 * Williams", "Daniel Williams"), or a lone surname alike to the other's last word ("Tokaev").
 * Identical names are no variants (they are one name already).
 */
function isVariant(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length || x.join(" ") === y.join(" ")) return false;
  // (two names of several words that open with other letters are two people, initials too: "H Tuilagi", "A Tuiliagi")
  if (/\s/.test(a.trim()) && /\s/.test(b.trim()) && a.trim()[0].toLowerCase() !== b.trim()[0].toLowerCase()) return false;
  if (x.length !== y.length) return (x.length === 1 || y.length === 1) && x[x.length - 1] !== y[y.length - 1] && sameWord(x[x.length - 1], y[y.length - 1]);
  const surname = x.length - 1;
  // (a given name may be spelt further apart before the very same surname: "Viktor Makarov", "Victor Makarov")
  const given = surname > 0 && x[surname] === y[surname] ? SIMILAR_GIVEN : SIMILAR;
  return x.every((w, i) => (i < surname ? !gendered(w, y[i]) && sameWord(w, y[i], given) : sameWord(w, y[i])) || (i === 0 && surname > 0 && x[surname] === y[surname] && familiar(w, y[i])));
}

/** Names by the sound of their last word, to find a new name's variant among those seen before. */
export class VariantIndex<T> {
  private readonly bySound = new Map<string, Array<{ name: string; value: T }>>();
  /** Sounds of last words worked out before (names recur across a corpus); emptied when full. */
  private readonly sounds = new Map<string, string>();

  /** The value of a name seen before that `name` is a variant of; else `name` is indexed with `value`, and undefined. */
  findOrAdd(name: string, value: T): T | undefined {
    const last = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
    if (!last || INITIAL.test(last)) return undefined;
    let sound = this.sounds.get(last);
    if (sound === undefined) {
      if (this.sounds.size >= MAX_SOUNDS) this.sounds.clear();
      this.sounds.set(last, (sound = soundOf(last)));
    }
    let list = this.bySound.get(sound);
    if (!list) this.bySound.set(sound, (list = []));
    for (const seen of list) if (isVariant(name, seen.name)) return seen.value;
    if (list.length < PER_SOUND) list.push({ name, value });
    return undefined;
  }
}
