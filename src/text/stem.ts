// Porter stems from natural (its stemmer module only: the package index loads ~0.8 s of
// everything and prints to stdout), memoised because news repeats its words.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const porter: { stem(word: string): string } = require("natural/lib/natural/stemmers/porter_stemmer");

const memo = new Map<string, string>();

export function stem(word: string): string {
  const w = word.toLowerCase();
  let s = memo.get(w);
  if (s === undefined) {
    s = porter.stem(w);
    if (memo.size > 50_000) memo.clear();
    memo.set(w, s);
  }
  return s;
}

/** A set of stems from words in any inflection, to match text words by stem. */
export function stemSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(stem));
}
