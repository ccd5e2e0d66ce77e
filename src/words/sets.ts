// Helpers to define word classes: a set of words, and a word table without a prototype.

/** A set of the space-separated words of `s`. */
export const words = (s: string) => new Set(s.trim().split(/\s+/));

/** A word table without a prototype, so `table[word]` and `word in table` never find "constructor". */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
