// Spellings of one name in another transliteration ("Tokayev" / "Tokaev", "Zelensky" /
// "Zelenskyy", "Nazarbayev" / "Nazarbaev"): names whose words sound the same (natural's Double
// Metaphone) and are spelt nearly the same (its Jaro–Winkler similarity). Names are indexed by the
// sound of their last word, so finding a name's variant compares it with the few names of that
// sound only, never with every name. natural's two modules are required alone, by path: the
// package's index loads all of natural (and writes to stdout).

// eslint-disable-next-line @typescript-eslint/no-require-imports
const DoubleMetaphone = require("natural/lib/natural/phonetics/double_metaphone") as new () => { process(token: string): [string, string] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jaroWinkler = require("natural/lib/natural/distance/jaro-winkler_distance") as (a: string, b: string) => number;

const metaphone = new DoubleMetaphone();
/** How alike two spellings of one word must be (Jaro–Winkler): "tokayev"/"tokaev" 0.97, "smith"/"schmidt" 0.70. */
const SIMILAR = 0.93;
/** Names compared per sound at most: a bound on the work, whatever the input. */
const PER_SOUND = 16;

const wordsOf = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s]+/)
    .filter((w) => w && !/^\p{L}\.?$/u.test(w));

/** The sound of a word (Double Metaphone, primary code). */
export const soundOf = (word: string): string => metaphone.process(word.replace(/[^\p{L}]/gu, ""))[0];

/** Two spellings of one word: the same, or alike in sound and in letters. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2 || a[0] !== b[0]) return false;
  return jaroWinkler(a, b) >= SIMILAR && soundOf(a) === soundOf(b);
}

/**
 * Whether `a` is `b` in another spelling: word by word the same or alike ("Kassym-Jomart Tokaev"
 * and "Kassym-Jomart Tokayev"), or a lone surname alike to the other's last word ("Tokaev").
 * Identical names are no variants (they are one name already).
 */
export function isVariant(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (!x.length || !y.length || x.join(" ") === y.join(" ")) return false;
  if (x.length !== y.length) return (x.length === 1 || y.length === 1) && x[x.length - 1] !== y[y.length - 1] && sameWord(x[x.length - 1], y[y.length - 1]);
  return x.every((w, i) => sameWord(w, y[i]));
}

/** Names by the sound of their last word, to find a new name's variant among those seen before. */
export class VariantIndex<T> {
  private readonly bySound = new Map<string, Array<{ name: string; value: T }>>();

  /** The value of a name seen before that `name` is a variant of, or undefined. */
  find(name: string): T | undefined {
    const words = wordsOf(name);
    if (!words.length) return undefined;
    for (const seen of this.bySound.get(soundOf(words[words.length - 1])) ?? []) if (isVariant(name, seen.name)) return seen.value;
    return undefined;
  }

  add(name: string, value: T): void {
    const words = wordsOf(name);
    if (!words.length) return;
    const sound = soundOf(words[words.length - 1]);
    const list = this.bySound.get(sound) ?? this.bySound.set(sound, []).get(sound)!;
    if (list.length < PER_SOUND) list.push({ name, value });
  }
}
