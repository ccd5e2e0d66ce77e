// Closed word lists more than one stage reads: the names of months and weekdays, and the titles
// that tell a person's gender. (The tagger's own gazetteer classes live with its features, frozen
// with the trained model.)

/** A set of the space-separated words of `s`. */
export const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Months, full and abbreviated (without the dot: callers strip it). */
export const MONTHS = words("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec");
export const WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday");

/** Titles and role nouns that say a man or a woman ("Mrs", "spokeswoman"), lower case, with and without a dot. */
export const MALE_TITLES = words("mr mr. sir lord king prince father brother spokesman chairman congressman businessman");
export const FEMALE_TITLES = words("mrs mrs. ms ms. miss madam lady dame queen princess sister spokeswoman chairwoman congresswoman businesswoman");

/** A month or weekday name as written: in full, or abbreviated with its dot ("Jan" alone is a first name). */
export function isDateWord(word: string): boolean {
  const w = word.toLowerCase();
  const bare = w.replace(/\.$/, "");
  return WEEKDAYS.has(bare) || (MONTHS.has(bare) && (bare.length > 4 || w.endsWith(".") || bare === "may" || bare === "june" || bare === "july"));
}
