// A quote (or any span's text) on one line, for people and jq: hard wraps joined, runs of spaces made
// one, soft hyphens dropped, and a word hyphenated across a line end made whole again
// ("inter-\nvention" → "intervention") unless the hyphen is a compound's own ("post-\nSoviet",
// "87-year-\nold", "well-\nknown"). The exact text stays in the result beside it.

import type { Lexicon } from "./lexicon";

/** Is this lower-case word an ordinary English word? */
export type WordTest = (word: string) => boolean;

/** The lexicon's test: its common, function and verb lists. */
export const knownWords = (lex: Lexicon): WordTest => (w) => lex.common.has(w) || lex.functionWords.has(w) || lex.verbs.has(w);

/** `text` on one line; `isWord` decides between hyphenation and a compound's hyphen at a line end. */
export function flatten(text: string, isWord: WordTest): string {
  const joined = text.replace(/\u00ad/g, "").replace(/([\p{L}\p{N}]+)-[ \t]*\r?\n\s*(?=[\p{L}\p{N}])(\p{L}*)/gu, (_all, left: string, after: string, at: number, whole: string) => {
    // hyphenation splits a lower-case word; a compound's hyphen stays: a fragment already
    // hyphenated or holding digits or capitals, a capital or digit after it, or two words
    const hyphenated = /^\p{Ll}+$/u.test(left) && /^\p{Ll}/u.test(after) && !/[-\p{L}\p{N}]/u.test(whole[at - 1] ?? "") && !(isWord(left) && isWord(after));
    return hyphenated ? left + after : `${left}-${after}`;
  });
  return joined.replace(/\s+/g, " ").trim();
}
