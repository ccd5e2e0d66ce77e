// An article's date and authors read from its text, where the text says them reliably: a byline
// ("By Jane Smith and Tom Lee", "By Jane Smith, Reuters") or a date ("7 January 2022",
// "Published: Friday, January 7, 2022 10:32 GMT") standing on a line of its own near the top.
// A dateline without a year ("MOSCOW, Jan 7 (Reuters) -") gives no date: the year would be a guess.
// Also the one reading of dates that page metadata and records share (isoDate). Pure: no I/O, no models.

import { MONTHS } from "../words/time";

export interface Byline {
  /** ISO 8601 date ("2022-01-07"), or null. */
  date: string | null;
  authors: string[];
}

/** How far into the text a byline or date line is looked for. */
const HEAD_CHARS = 1200;
/** Longest line taken for a byline or a date line. */
const MAX_LINE = 90;

const MONTH_NUMBER: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
});
const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?";
const MONTH = `(?:${[...MONTHS].sort((a, b) => b.length - a.length).join("|")})\\.?`;
const TIME = "(?:\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5}|\\s*[+-]\\d{2}:?\\d{2})?)?";
const LEAD = "(?:(?:published|updated|posted|last updated|first published|date)\\s*:?\\s*(?:on\\s+)?)?";

/** "7 January 2022", "January 7, 2022", "Jan. 7 2022", "2022-01-07", with a weekday, a time, a "Published:" before it. */
const DATE_LINE = new RegExp(
  `^\\s*${LEAD}(?:${WEEKDAY},?\\s+)?(?:` +
    `(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})` +
    `|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})` +
    `|(\\d{4})-(\\d{2})-(\\d{2})` +
    `)(?:\\s*[,·|•–—-]?${TIME})?\\s*$`,
  "i",
);

const NAME_WORD = "\\p{Lu}[\\p{L}’'.-]*";
const NAME = `${NAME_WORD}(?:\\s+(?:(?:de|van|von|der|den|da|di|del|la|le|bin|al|ibn)\\s+)*${NAME_WORD}){1,3}`;
const BYLINE = new RegExp(`^\\s*(?:By|BY|by)\\s+(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*)(?:\\s*[,|·•–—-]\\s*(.*?))?\\s*$`, "u");
const NAME_ONLY = new RegExp(`^${NAME}$`, "u");

/** A written or machine date as ISO 8601 ("2022-01-07"); null when it is not a whole, valid date. */
export function isoDate(s: string): string | null {
  const t = s.trim();
  // machine forms first: 2022-01-07, 2022-01-07T10:00:00+03:00, 20220107
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return valid(+m[1], +m[2], +m[3]);
  // "Fri, 07 Jan 2022 10:00:00 GMT" (RFC 2822) and the written forms of a date line
  m = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+\d{2}:\d{2}/i.exec(t);
  if (m) return valid(+m[3], MONTH_NUMBER[m[2].toLowerCase()] ?? 0, +m[1]);
  return writtenDate(t);
}

function writtenDate(line: string): string | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const month = (w: string) => MONTH_NUMBER[w.toLowerCase().replace(/\.$/, "")] ?? 0;
  if (m[1]) return valid(+m[3], month(m[2]), +m[1]);
  if (m[4]) return valid(+m[6], month(m[4]), +m[5]);
  return valid(+m[7], +m[8], +m[9]);
}

function valid(y: number, mo: number, d: number): string | null {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Words that make a byline's part a publication or a role, not a person ("BBC News", "Staff Writer"). */
const NOT_PERSON = new Set("news press agency service times post herald journal staff correspondent reporter editor writer desk team online".split(" "));

/**
 * The people a byline's or a metadata field's text names: "Jane Smith and Tom Lee" → both,
 * "Jane Smith, BBC News" → Jane Smith; null if a part is no name at all.
 */
export function splitAuthors(s: string): string[] | null {
  const parts = s
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length || !parts.every((p) => NAME_ONLY.test(p))) return null;
  const people = parts.filter((p) => !p.split(/\s+/).some((w) => NOT_PERSON.has(w.toLowerCase()) || (w.length > 1 && w === w.toUpperCase() && p !== p.toUpperCase())));
  return people.length ? people : null;
}

/** The byline and the date a text's first lines give, each only where it stands alone on its line. */
export function findByline(text: string): Byline {
  const out: Byline = { date: null, authors: [] };
  const head = text.slice(0, HEAD_CHARS);
  for (const raw of head.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line || line.length > MAX_LINE) continue;
    if (!out.authors.length) {
      const b = BYLINE.exec(line);
      const names = b ? splitAuthors(b[1]) : null;
      if (b && names && !names.some(hasDateWord)) {
        out.authors = names;
        // "By Jane Smith | 7 January 2022": a date after the names
        if (!out.date && b[2]) out.date = writtenDate(b[2]);
        continue;
      }
    }
    if (!out.date) out.date = writtenDate(line);
    if (out.date && out.authors.length) break;
  }
  return out;
}

function hasDateWord(name: string): boolean {
  return name.split(/\s+/).some((w) => MONTHS.has(w.toLowerCase().replace(/\.$/, "")) || new RegExp(`^${WEEKDAY}$`, "i").test(w));
}
