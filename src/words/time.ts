// Words for dates and times: months, weekdays, times of day, units of time.

import { words } from "./sets";

/** Months, full and abbreviated (without the dot: callers strip it). */
export const MONTHS = words("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec");
export const WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday");
/** Words that name times, not people: "said Tuesday", "Sunday’s broadcast". */
export const TIME_WORDS = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...words("today yesterday tonight tomorrow morning afternoon evening night week weekend month year earlier later last this next recently"),
]);
/** Words for a span of time: "three months", "a 30-year dictatorship". */
export const TIME_UNITS = words("second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years decade decades century centuries");
export const CLOCK = new Set("a.m. p.m. a.m p.m am pm o'clock gmt bst cet edt est pdt pst utc".split(" "));

/** A month or weekday name as written: in full, or abbreviated with its dot ("Jan" alone is a first name). */
export function isDateWord(word: string): boolean {
  const w = word.toLowerCase();
  const bare = w.replace(/\.$/, "");
  return WEEKDAYS.has(bare) || (MONTHS.has(bare) && (bare.length > 4 || w.endsWith(".") || bare === "may" || bare === "june" || bare === "july"));
}
