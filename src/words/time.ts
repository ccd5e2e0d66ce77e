// Words for dates and times: months, weekdays, times of day, units of time.

import { words } from "./sets";

/** Months, full and abbreviated (without the dot: callers strip it). */
export const MONTHS = words("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec");
export const WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday");
/** Weekdays cut short, as a fixture's day in brackets: "Worcester v Sale (Fri)" ("Sun" is a paper outside them). */
export const WEEKDAYS_SHORT = words("mon tue tues wed thu thur thurs fri sat sun");
/** The parts of a day, which after a weekday name a programme or a paper: "Saturday Night Takeaway", "Sunday Morning". */
export const DAY_PARTS = words("night morning evening afternoon");
/** Words that name times, not people: "said Tuesday", "Sunday’s broadcast". */
export const TIME_WORDS = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...words("today yesterday tonight tomorrow morning afternoon evening night week weekend month year earlier later last this next recently"),
]);
/** Words for a span of time: "three months", "a 30-year dictatorship". */
export const TIME_UNITS = words("second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years decade decades century centuries");
export const CLOCK = new Set("a.m. p.m. a.m p.m am pm o'clock gmt bst cet edt est pdt pst utc".split(" "));

/**
 * Holidays and festivals: times of year, not places or names ("over Christmas", "Ramadan began").
 * Lower case, one or two words, read with a possessive dropped ("Valentine's Day" → "valentine day").
 */
export const HOLIDAYS = words(
  "christmas xmas easter ramadan thanksgiving hanukkah hanukah chanukah diwali eid passover hogmanay halloween lent advent " +
  "pentecost whitsun michaelmas epiphany",
);
/** Seasons, capitalised in some styles ("a Spring poll"): times of year, no names. */
export const SEASONS = words("spring summer autumn winter");
/** Holidays of two words or more, their words joined by hyphens and a possessive dropped: "Christmas Day", "New Year's Eve", "Good Friday". */
export const HOLIDAY_NAMES = words(
  "christmas-day christmas-eve boxing-day new-year new-years new-year-day new-year-eve easter-sunday easter-monday good-friday " +
    "valentine-day bonfire-night guy-fawkes-night st-patrick-day st-andrew-day st-david-day st-george-day remembrance-sunday " +
    "remembrance-day mother-day father-day chinese-new-year lunar-new-year memorial-day labor-day labour-day yom-kippur rosh-hashanah",
);

/** The first words of holidays' and seasons' names, to ask isHoliday only of names that may be one. */
export const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set([...HOLIDAYS, ...SEASONS, ...[...HOLIDAY_NAMES].map((n) => n.split("-")[0])]);

/** Whether a capitalised name of one to four words is a holiday's or a season's: "Christmas", "New Year's Eve", "Spring". */
export function isHoliday(name: string): boolean {
  const key = name.toLowerCase().replace(/['’]s\b/g, "").replace(/\s+/g, "-");
  return HOLIDAYS.has(key) || HOLIDAY_NAMES.has(key) || SEASONS.has(key);
}

/** A month or weekday name as written: in full, or abbreviated with its dot ("Jan" alone is a first name). */
export function isDateWord(word: string): boolean {
  const w = word.toLowerCase();
  const bare = w.replace(/\.$/, "");
  return WEEKDAYS.has(bare) || (MONTHS.has(bare) && (bare.length > 4 || w.endsWith(".") || bare === "may" || bare === "june" || bare === "july"));
}

/** A quarter of a (financial) year by its letter and number, a span of time and no name: "Q4's record profits". */
export const isQuarter = (word: string): boolean => /^Q[1-4]$/.test(word);

/** A weekday's plural, alone no name ("on Sundays"), though a name's last word ("Happy Mondays"). */
export const isWeekdays = (word: string): boolean => /days$/i.test(word) && WEEKDAYS.has(word.toLowerCase().slice(0, -1));
