// Reading one number where it starts: digits ("3,000", "4.5m", "10-15", "151p", "81-year-old"),
// words ("twelve", "Forty-one", "a dozen", "one hundred and twenty", "half a million") and vague
// amounts ("dozens", "tens of thousands", "scores of"). What is no amount (ordinals, clock times,
// scores, "7-Eleven", "3D") reads as nothing. numbers.ts puts scales, units and ranges around them.

import type { Token } from "../../text/tokenize";
import { FRACTIONS, MEASURES, ORDINAL_WORDS, RACES, SCALES_AFTER_WORDS, SCALE_SUFFIXES, SCORE_NOUNS, SCORE_VERBS, TENS, UNITS, VAGUE } from "../../words/numbers";
import { TIME_UNITS } from "../../words/time";
import type { NumberExpr, Shape } from "./numbers";

export const DIGITS = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(.*)$/;

export const NUMERIC = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;

export interface Core {
  end: number;
  value: number | null;
  range: [number, number] | null;
  shape: Shape;
  words: boolean;
  unit: string | null;
  unitKind: NumberExpr["unitKind"];
  pointsOf: string | null;
  /** Letters glued in capitals ("3M"): an amount only after a currency sign. */
  capitalSuffix: boolean;
  yearLike: boolean;
  scaled: boolean;
}

/** A token's folded form in lower case by index; "" outside the text. */
export type Lower = (i: number) => string;

export const low = (L: Lower, i: number, last: number): string => (i >= 0 && i < last ? L(i) : "");

/** Words that can start a number in words ("forty-one", "a dozen", "half a million", "several hundred"), in any case. */
export const STARTERS = new Set(
  [...Object.keys(UNITS), ...Object.keys(TENS), "a", "an", "half", "several", "many", ...VAGUE].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
);

export function numeric(s: string): number | null {
  return NUMERIC.test(s) ? Number(s.replace(/,/g, "")) : null;
}

/** Value of a number word ("twelve", "forty", "forty-one"), else null. */
export function wordValue(w: string): number | null {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const h = w.indexOf("-");
  if (h > 0) {
    const a = w.slice(0, h);
    const b = w.slice(h + 1);
    if (a in TENS && b in UNITS && UNITS[b] > 0 && UNITS[b] < 10) return TENS[a] + UNITS[b];
  }
  return null;
}

/** Splits "forty-one-year-old" into 41 and "year-old"; "five-point" into 5 and "point". */
function wordWithSuffix(w: string): { value: number; suffix: string } | null {
  const parts = w.split("-");
  if (parts.length < 2) return null;
  const two = parts.length > 2 ? wordValue(`${parts[0]}-${parts[1]}`) : null;
  if (two !== null) return { value: two, suffix: parts.slice(2).join("-") };
  const one = wordValue(parts[0]);
  return one !== null ? { value: one, suffix: parts.slice(1).join("-") } : null;
}

/** Applies what a hyphenated suffix says ("-year-old", "-point", "-day", "-mile") to a core. */
/** Applies f to a core's value and both ends of its range: a scale word, a currency's subunit. */
export function mapValues(c: Core, f: (x: number) => number): void {
  if (c.value !== null) c.value = f(c.value);
  if (c.range) c.range = [f(c.range[0]), f(c.range[1])];
}

function applySuffix(c: Core, suffix: string, original: string): Core | null {
  const s = suffix.toLowerCase();
  if (/^\p{Lu}/u.test(original)) return null; // "7-Eleven": a name
  if (/^(?:year|years|month|months|week|weeks|day|days)-old(?:s)?$/.test(s)) return { ...c, shape: "age" };
  if (s === "point" || s === "points" || s === "pt" || s === "pts") return { ...c, unit: "points", unitKind: "points" };
  if (s === "percent" || s === "per-cent") return { ...c, unit: "%", unitKind: "percent" };
  if (s === "percentage-point") return { ...c, unit: "points", unitKind: "points", pointsOf: "percentage" };
  if (TIME_UNITS.has(s)) return { ...c, shape: "duration" };
  if (s in MEASURES) return { ...c, unit: MEASURES[s], unitKind: "measure" };
  // "two-thirds", "twenty-first", "3-4th": fractions and ordinals, not amounts
  if (FRACTIONS.has(s) || ORDINAL_WORDS.has(s.split("-")[0]) || /^\d/.test(s)) return null;
  if (/ly$/.test(s) || s === "time" || s === "times") return null; // "three-monthly", "three-time": how often, not how many
  // "15-member", "2,000-strong": a number glued to the word it counts
  return /^[a-z]+(?:-[a-z]+)*$/.test(s) ? c : null;
}

/** A number in digits at token i, or null (ordinals, times, codes, "5G"). */
export function digitCore(tokens: Token[], i: number): Core | null {
  const t = tokens[i];
  const raw = t.norm;
  const m = DIGITS.exec(raw);
  if (!m) return null;
  const head = m[1];
  const rest = m[2];
  const a = Number(head.replace(/,/g, ""));
  const base: Core = {
    end: i + 1, value: a, range: null, shape: "count", words: false, unit: null, unitKind: null, pointsOf: null,
    capitalSuffix: false, yearLike: false, scaled: false,
  };
  // "007", "0300 555 0142": codes and phone numbers, not amounts
  if (/^0\d/.test(head)) return null;
  if (rest === "") {
    base.yearLike = /^\d{4}$/.test(head) && a >= 1800 && a <= 2100;
    return base;
  }
  const r = rest.toLowerCase();
  if (r[0] === "-") {
    const after = rest.slice(1);
    const b = numeric(after);
    if (b !== null) {
      // "10-15" is a range; "3-1", "won 6-2 3-6 6-3" and "a 1-3 defeat" are scores, "555-0142" part of a phone number
      if (b > a && !/^0\d/.test(after) && !score(tokens, i)) return { ...base, range: [a, b], yearLike: /^\d{4}$/.test(head) && a >= 1800 && a <= 2100 };
      return null;
    }
    // "20-30bn rupiah": the scale of the second end is the first's too
    const sc = /^(\d[\d,]*(?:\.\d+)?)(bn|m|mn|tn|k)$/i.exec(after);
    const hi = sc ? numeric(sc[1]) : null;
    if (sc && hi !== null && hi > a && !athletics(tokens, i)) {
      const scale = SCALE_SUFFIXES[sc[2].toLowerCase()];
      return { ...base, value: a * scale, range: [a * scale, hi * scale], scaled: true };
    }
    if (/^\d/.test(after)) return null; // "1-877-767-6446"
    return applySuffix(base, after, after);
  }
  if (/^(?:st|nd|rd|th)$/.test(r)) return null; // ordinal
  if (/^(?:am|pm|a\.m|p\.m|h|hrs|gmt|bst|et|est|pt)$/.test(r)) return null; // clock time
  if (r === "m" && athletics(tokens, i)) return { ...base, unit: "m", unitKind: "measure" }; // "the 800m", "a 10.6km race"
  if (r in SCALE_SUFFIXES) return { ...base, value: a * SCALE_SUFFIXES[r], scaled: true, capitalSuffix: rest !== r };
  if (r in SCALES_AFTER_WORDS && rest === r) return { ...base, value: a * SCALES_AFTER_WORDS[r], scaled: true }; // "$33million"
  if (r === "pc" || r === "pct") return { ...base, unit: "%", unitKind: "percent" };
  if (r === "p") return { ...base, value: a / 100, unit: "GBP", unitKind: "currency" };
  if (r === "s" && (/^\d{4}$/.test(head) || /^\d0$/.test(head))) return { ...base, shape: "decade" };
  if (r === "bps" || r === "bp") return { ...base, unit: "points", unitKind: "points", pointsOf: "basis" };
  if (r in MEASURES) return { ...base, unit: MEASURES[r], unitKind: "measure" };
  return null; // "5G", "3D", "4x4"
}

const SCORE = /^\d{1,3}[-/]\d{1,3}$/;

/**
 * Whether the "N-M" at token i (M > N) is a score, not a range: one of a run of scores ("3-6 7-6
 * (8-6) 7-5"), after a verb of a result within a few words ("beat Enqvist 3-6") with no noun
 * counted after it, or before a noun of a result ("a 1-3 defeat").
 */
function score(tokens: Token[], i: number): boolean {
  const isScore = (t: Token | undefined) => !!t && t.kind === "number" && SCORE.test(t.norm);
  const skip = (t: Token | undefined) => !!t && (t.norm === "(" || t.norm === ")" || t.norm === ",");
  let p = i - 1;
  if (skip(tokens[p])) p--;
  let q = i + 1;
  if (skip(tokens[q])) q++;
  // "6-7 (6/8) 6-2": a tiebreak may be written with a slash, in tokens of its own
  const slashed = tokens[q]?.kind === "number" && tokens[q + 1]?.norm === "/" && tokens[q + 2]?.kind === "number";
  if (isScore(tokens[p]) || isScore(tokens[q]) || slashed) return true;
  const next = tokens[i + 1];
  if (next && (next.norm === "%" || next.kind === "symbol")) return false; // "won 8-9%"
  const nextWord = next && next.kind === "word" ? next.norm.toLowerCase() : "";
  if (SCORE_NOUNS.has(nextWord)) return true;
  // "Chelsea won 10-15 seats" counts seats: a noun after the number makes it a range again
  if (nextWord && /^\p{Ll}/u.test(next.norm) && !/^(?:in|on|at|after|before|to|for|with|and|but|while|as|over|against|down|up|when|from|the|a|an|his|her|their|its)$/.test(nextWord)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k];
    if (t.kind !== "word") break;
    if (SCORE_VERBS.has(t.norm.toLowerCase())) return true;
  }
  return false;
}

/** "the 800m", "the 100m final", "a 400m runner": metres in sport, not millions. */
function athletics(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && (prev.kind === "symbol" || /^(?:US|A|C|HK|NZ|S)$/.test(prev.norm))) return false; // "$800m"
  if (next && next.kind === "word" && RACES.has(next.norm.toLowerCase())) return true;
  return !!prev && prev.norm.toLowerCase() === "the" && (!next || next.kind !== "word" || /^(?:and|or|in|at|on|for|with|to|of|but|as|was|is)$/i.test(next.norm));
}

/**
 * A number in words at token i: "twelve", "Forty-one", "one hundred and twenty", "two million",
 * "a dozen", "two dozen", "half a million", "five-point". Null when token i does not start one.
 */
export function wordCore(tokens: Token[], L: Lower, i: number, last: number): Core | null {
  const w = low(L, i, last);
  const base: Core = {
    end: i + 1, value: null, range: null, shape: "count", words: true, unit: null, unitKind: null, pointsOf: null,
    capitalSuffix: false, yearLike: false, scaled: false,
  };
  let total = 0;
  let current: number;
  let j: number;
  if ((w === "a" || w === "one" || w === "three") && /^quarters?$/.test(low(L, i + 1, last)) && low(L, i + 2, last) === "of" && low(L, i + 3, last) === "a") {
    // "a quarter of a million", "three quarters of a billion"
    const n = low(L, i + 4, last);
    if (!(n in SCALES_AFTER_WORDS)) return null;
    return { ...base, value: (w === "three" ? 0.75 : 0.25) * SCALES_AFTER_WORDS[n], end: i + 5 };
  }
  if (w === "a" || w === "an") {
    const n = low(L, i + 1, last);
    if (n === "dozen") return { ...base, value: 12, end: i + 2 };
    if (n === "hundred" || n in SCALES_AFTER_WORDS) {
      current = n === "hundred" ? 100 : 0;
      total = n === "hundred" ? 0 : SCALES_AFTER_WORDS[n];
      j = i + 2;
    } else return null;
  } else if (w === "half" && (low(L, i + 1, last) === "a" || low(L, i + 1, last) === "an")) {
    const n = low(L, i + 2, last);
    if (n === "dozen") return { ...base, value: 6, end: i + 3 };
    if (n in SCALES_AFTER_WORDS) return { ...base, value: 0.5 * SCALES_AFTER_WORDS[n], end: i + 3 };
    return null;
  } else {
    const v = wordValue(w);
    if (v === null) {
      const ws = wordWithSuffix(w);
      if (!ws) return null;
      return applySuffix({ ...base, value: ws.value }, ws.suffix, tokens[i].norm.slice(tokens[i].norm.length - ws.suffix.length));
    }
    current = v;
    j = i + 1;
  }
  // "forty one", "one hundred and twenty", "two million", "three hundred thousand", "two dozen"
  let prevScale = w === "a" || w === "an";
  let prevTens = w in TENS;
  for (; j < last; j++) {
    const x = low(L, j, last);
    if (x === "dozen" && current > 0 && current < 100) {
      current *= 12;
      prevScale = true;
      prevTens = false;
    } else if (x === "hundred" && current < 100) {
      current = (current || 1) * 100;
      prevScale = true;
      prevTens = false;
    } else if (x in SCALES_AFTER_WORDS && (current > 0 || total === 0)) {
      total += (current || 1) * SCALES_AFTER_WORDS[x];
      current = 0;
      prevScale = true;
      prevTens = false;
    } else if (x === "and" && prevScale && wordValue(low(L, j + 1, last)) !== null) {
      continue;
    } else {
      const v = wordValue(x);
      if (v !== null && (prevScale || (prevTens && v < 10 && v > 0))) {
        current += v;
        prevTens = x in TENS;
        prevScale = false;
      } else break;
    }
  }
  // "two and a half million", "one and a half years"
  if (low(L, j, last) === "and" && low(L, j + 1, last) === "a" && low(L, j + 2, last) === "half" && total === 0 && current > 0 && current < 100) {
    current += 0.5;
    j += 3;
    const x = low(L, j, last);
    if (x in SCALES_AFTER_WORDS) {
      total = current * SCALES_AFTER_WORDS[x];
      current = 0;
      j++;
    }
  }
  return { ...base, value: total + current, end: j };
}

/** "dozens", "hundreds of", "tens of thousands", "scores of", "several hundred", "a few thousand". */
export function vagueCore(tokens: Token[], L: Lower, i: number, last: number): Core | null {
  const w = low(L, i, last);
  const base: Core = {
    end: i + 1, value: null, range: null, shape: "vague", words: true, unit: null, unitKind: null, pointsOf: null,
    capitalSuffix: false, yearLike: false, scaled: false,
  };
  let k = i + 1;
  // "several hundred", "a few thousand", "many thousands"
  if (w === "several" || w === "many" || (w === "a" && low(L, i + 1, last) === "few")) {
    k = w === "a" ? i + 2 : i + 1;
    const s = low(L, k, last);
    if (s === "dozen" || s === "hundred" || s in SCALES_AFTER_WORDS || (w === "many" && (s === "thousands" || s === "millions"))) {
      return { ...base, end: k + 1 };
    }
    return null;
  }
  if (!VAGUE.has(w)) return null;
  // the "of" may stand after a closing quote mark: "Scores of" young people, “dozens” of
  const of = (at: number) => (low(L, at, last) === "of" ? at : tokens[at]?.kind === "quote" && low(L, at + 1, last) === "of" ? at + 1 : -1);
  const o = of(k);
  // "scores of people", "Scores were hurt"; not "test scores", "the scores were level"
  if (w === "scores" && o < 0 && !(/^(?:were|have|had|more|died|killed|injured|wounded|arrested|fled)$/.test(low(L, k, last)) && !/^(?:the|their|his|her|its|our|test|exam|credit|high|low|average|final)$/.test(low(L, i - 1, last)))) return null;
  if (w === "tens" && !(o >= 0 && /^(?:thousands|millions|billions)$/.test(low(L, o + 1, last)))) return null;
  if (o >= 0 && VAGUE.has(low(L, o + 1, last)) && low(L, o + 1, last) !== "scores") k = o + 2; // "tens of thousands"
  return { ...base, end: k };
}
