// Reads number expressions from tokens: digits ("3,000", "4.5m", "10-15", "151p"), words
// ("twelve", "Forty-one", "a dozen", "two dozen", "one hundred and twenty", "half a million"),
// scales ("$1.2 billion", "1.3 trillion yen"), percentages and points, currencies, units of
// measure, ranges ("10 to 15", "between 10 and 15") and vague amounts ("dozens", "tens of
// thousands", "scores of"). Token-based and linear: each token is looked at a bounded number of
// times. What is not an amount (ordinals, clock times, "7-Eleven", "3D") is skipped here; what
// needs the sentence around it (dates, names, phone numbers) is left to the figure stage.

import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import { CHANGES, CURRENCY_CODES, CURRENCY_NATIONS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, FRACTIONS, MEASURES, ORDINAL_WORDS, RACES, SCALES_AFTER_WORDS, SCALE_SUFFIXES, SCALE_WORDS, SCORE_NOUNS, SCORE_VERBS, SUBUNITS, TENS, UNITS, VAGUE } from "../../words/numbers";
import { TIME_UNITS } from "../../words/time";

export type Shape =
  | "count" // a plain amount
  | "vague" // "dozens", "tens of thousands": value null
  | "age" // "81-year-old"
  | "decade" // "1990s"
  | "duration"; // "a 30-day", "three-month": the number glued to a time unit

export interface NumberExpr {
  /** Token range [first, last) of the whole expression: currency, scale, unit and range included. */
  first: number;
  last: number;
  /** Token range of the number itself (for "between 10 and 15", the "10"). */
  core: number;
  value: number | null;
  range: [number, number] | null;
  approximate: boolean;
  /** "%", "points", a currency code ("USD"), a measure ("km") or null. */
  unit: string | null;
  /** What kind of unit `unit` is. */
  unitKind: "percent" | "points" | "currency" | "measure" | null;
  /** For points: "percentage" or "basis" when written so ("3.1 percentage points"). */
  pointsOf: string | null;
  shape: Shape;
  /** Written in words ("twelve", "a dozen"), not digits. */
  words: boolean;
  /** Plain digits that can be a calendar year (four digits, 1800-2100, no comma). */
  yearLike: boolean;
}

const DIGITS = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(.*)$/;
const NUMERIC = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;

interface Core {
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
const low = (L: Lower, i: number, last: number): string => (i >= 0 && i < last ? L(i) : "");

/** Tokens in lower case, by index ("" outside the text): the tokens' own attribute. */
export function lowerTokens(doc: Doc): Lower {
  const { tokens } = doc;
  return (i: number) => tokens[i]?.lower ?? "";
}

/** Words that can start a number in words ("forty-one", "a dozen", "half a million", "several hundred"), in any case. */
const STARTERS = new Set(
  [...Object.keys(UNITS), ...Object.keys(TENS), "a", "an", "half", "several", "many", ...VAGUE].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
);

function numeric(s: string): number | null {
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
function mapValues(c: Core, f: (x: number) => number): void {
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
function digitCore(tokens: Token[], i: number): Core | null {
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
    if (/^\d/.test(after)) return null; // "1-877-767-6446"
    return applySuffix(base, after, after);
  }
  if (/^(?:st|nd|rd|th)$/.test(r)) return null; // ordinal
  if (/^(?:am|pm|a\.m|p\.m|h|hrs|gmt|bst|et|est|pt)$/.test(r)) return null; // clock time
  if (r === "m" && athletics(tokens, i)) return { ...base, unit: "m", unitKind: "measure" }; // "the 800m", "a 10.6km race"
  if (r in SCALE_SUFFIXES) return { ...base, value: a * SCALE_SUFFIXES[r], scaled: true, capitalSuffix: rest !== r };
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
function wordCore(tokens: Token[], L: Lower, i: number, last: number): Core | null {
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
function vagueCore(tokens: Token[], L: Lower, i: number, last: number): Core | null {
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

/** Reads every number expression in tokens [first, last), in order, without overlaps. */
export function readNumbers(doc: Doc, first: number, last: number): NumberExpr[] {
  const { tokens } = doc;
  const L = lowerTokens(doc);
  const out: NumberExpr[] = [];
  const lw = (i: number) => (i >= first ? low(L, i, last) : "");
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    let c: Core | null = null;
    if (t.kind === "number") {
      if (t.norm.includes(":")) continue; // 10:30, 3:1
      c = digitCore(tokens, i);
    } else if (t.kind === "word") {
      const w = t.norm;
      const h = w.indexOf("-");
      if (!STARTERS.has(h > 0 ? w.slice(0, h) : w)) continue;
      c = wordCore(tokens, L, i, last) ?? vagueCore(tokens, L, i, last);
    }
    if (!c) continue;
    const core = i;
    let start = i;
    let end = c.end;

    // scale words after digits: "1.2 billion", "4.5 million", "3 bn"
    if (!c.words && c.shape === "count" && !c.scaled && !c.unit && lw(end) in SCALE_WORDS) {
      const scale = SCALE_WORDS[lw(end)];
      mapValues(c, (x) => x * scale);
      c.scaled = true;
      end++;
    }

    // currency before: "$", "US$", "£", "USD", "Rs"
    let unit = c.unit;
    let unitKind = c.unitKind;
    let pointsOf = c.pointsOf;
    const prev = tokens[start - 1];
    if (start > first && prev.kind === "symbol" && prev.norm in CURRENCY_SYMBOLS && !unit && c.shape !== "decade") {
      unit = CURRENCY_SYMBOLS[prev.norm];
      unitKind = "currency";
      start--;
      const p2 = tokens[start - 1];
      if (prev.norm === "$" && start > first && p2.kind === "word" && !prev.space && p2.norm.toLowerCase() in DOLLAR_PREFIXES) {
        unit = DOLLAR_PREFIXES[p2.norm.toLowerCase()];
        start--;
      }
    } else if (start > first && prev.kind === "word" && prev.norm.toLowerCase() in CURRENCY_CODES && /^[A-Z]/.test(prev.norm) && !unit) {
      unit = CURRENCY_CODES[prev.norm.toLowerCase()];
      unitKind = "currency";
      start--;
    }
    if (c.capitalSuffix && unitKind !== "currency") continue; // "3M", "the 747B"
    // a sign: "a net rating of -38", "minus 38", "−0.5%" (not "plus or minus 3", not "10 - 15")
    let negative = false;
    const sign = tokens[start - 1];
    if (start > first && c.value !== null && c.shape === "count") {
      if ((sign.norm === "-" || sign.norm === "\u2212") && !tokens[start].space && (start - 1 === first || sign.space) && tokens[start - 2]?.kind !== "number") {
        negative = true;
        start--;
      } else if (sign.norm.toLowerCase() === "minus" && lw(start - 2) !== "or") {
        negative = true;
        start--;
      }
    }

    // units after: %, percent, per cent, points, currency names, cents and pence, measures
    if (!unit && c.shape !== "age" && c.shape !== "duration" && c.shape !== "decade") {
      const u = lw(end);
      if (u === "%" || u === "percent" || u === "pct" || u === "pc") {
        unit = "%";
        unitKind = "percent";
        end++;
      } else if (u === "per" && lw(end + 1) === "cent") {
        unit = "%";
        unitKind = "percent";
        end += 2;
      } else if ((u === "percentage" || u === "basis") && /^points?$/.test(lw(end + 1))) {
        unit = "points";
        unitKind = "points";
        pointsOf = u;
        end += 2;
      } else if (u === "points" || u === "point" || u === "pts" || u === "bps") {
        unit = "points";
        unitKind = "points";
        if (u === "bps") pointsOf = "basis";
        end++;
      } else if (u in CURRENCY_WORDS && !(u === "real" || u === "rand" || u === "pound") && !(lw(end + 1) in SUBUNITS && lw(end + 1) !== "p")) {
        unit = CURRENCY_WORDS[u];
        unitKind = "currency";
        end++;
      } else if (u in CURRENCY_NATIONS && (lw(end + 1) in CURRENCY_WORDS || lw(end + 1) in SUBUNITS)) {
        // "US dollars", "Canadian dollars", "65 Canadian cents", "55 euro cents"
        const sub = lw(end + 1) in SUBUNITS;
        unit = CURRENCY_NATIONS[u];
        unitKind = "currency";
        if (sub) mapValues(c, (x) => x / 100);
        end += 2;
      } else if (u in SUBUNITS && u !== "p" && c.value !== null) {
        unit = SUBUNITS[u];
        unitKind = "currency";
        mapValues(c, (x) => x / 100);
        end++;
      } else if (u in MEASURES && c.shape === "count" && !(u === "square" && !(lw(end + 1) in MEASURES))) {
        unit = u === "square" || u === "sq" ? `sq ${MEASURES[lw(end + 1)] ?? ""}`.trim() : MEASURES[u];
        unitKind = "measure";
        end += u === "square" || u === "sq" ? 2 : 1;
      } else if (c.shape === "vague" && u === "of" && lw(end + 1) in CURRENCY_WORDS) {
        unit = CURRENCY_WORDS[lw(end + 1)]; // "millions of dollars"
        unitKind = "currency";
        end += 2;
      }
      // "1.3 trillion yen" is done; "€300 million" needs its scale after the unit
    }
    if (unitKind === "currency" && c.value !== null && !c.scaled && lw(end) in SCALE_WORDS) {
      const scale = SCALE_WORDS[lw(end)];
      mapValues(c, (x) => x * scale);
      c.scaled = true;
      end++;
    }

    // ranges: "10 to 15", "between 10 and 15 percent", "$10 to $15", "1.2 to 1.5 billion"
    let range = c.range;
    let value = c.value;
    if (value !== null && !range && c.shape !== "vague" && c.shape !== "age") {
      const between = lw(start - 1) === "between";
      const link = lw(end);
      if ((link === "to" || link === "-" || (link === "and" && between)) && (between || !changeBefore(tokens, start, first))) {
        let k = end + 1;
        const sym = tokens[k]?.kind === "symbol" && tokens[k].norm in CURRENCY_SYMBOLS ? CURRENCY_SYMBOLS[tokens[k].norm] : null;
        if (sym && (!unit || unit === sym)) k++;
        const b = k < last ? (tokens[k].kind === "number" ? digitCore(tokens, k) : wordCore(tokens, L, k, last)) : null;
        if (b && b.value !== null && !b.range && b.shape === c.shape && !b.capitalSuffix && (b.unit === null || unit === null || b.unit === unit)) {
          let hi = b.value;
          let lo = value;
          let bEnd = b.end;
          let scale = 1;
          if (!b.scaled && lw(bEnd) in SCALE_WORDS && !c.scaled) {
            scale = SCALE_WORDS[lw(bEnd)];
            bEnd++;
          } else if (b.scaled && !c.scaled && !c.words) {
            // "1.2 to 1.5bn": the scale of the second end is the first's too
            scale = b.value / (numeric(DIGITS.exec(tokens[k].norm)?.[1] ?? "") ?? b.value);
          }
          let bUnit = b.unit;
          let bKind = b.unitKind;
          const u = lw(bEnd);
          if (!bUnit && (u === "%" || u === "percent" || u === "pct")) {
            bUnit = "%";
            bKind = "percent";
            bEnd++;
          } else if (!bUnit && u === "per" && lw(bEnd + 1) === "cent") {
            bUnit = "%";
            bKind = "percent";
            bEnd += 2;
          } else if (!bUnit && (u === "points" || u === "point")) {
            bUnit = "points";
            bKind = "points";
            bEnd++;
          } else if (!bUnit && !unit && u in CURRENCY_WORDS) {
            bUnit = CURRENCY_WORDS[u];
            bKind = "currency";
            bEnd++;
          }
          if (!unit && sym) {
            // "10 to $15" is not a range we read
          } else {
            lo = scale !== 1 && !c.scaled ? lo * scale : lo;
            hi = scale !== 1 && !b.scaled ? hi * scale : hi;
            if (hi > lo && hi <= Math.max(lo, 1) * 50) {
              range = [lo, hi];
              value = lo;
              if (!unit && bUnit) {
                unit = bUnit;
                unitKind = bKind;
              }
              end = bEnd;
              if (between) start--;
              c.yearLike = c.yearLike && b.yearLike;
            }
          }
        }
      }
    }
    // a range in one token ("10-15") still gets its unit: "10-15 percent" is read above

    if (negative && value !== null) {
      value = -value;
      range = null;
    }
    out.push({
      first: start, last: end, core, value, range, approximate: c.shape === "vague", unit, unitKind, pointsOf,
      shape: c.shape, words: c.words, yearLike: c.yearLike && !unit && !c.scaled && (!range || range[0] >= 1800),
    });
    i = end - 1;
  }
  return out;
}


/** "rose $3.20 to $87.45", "from 3.5% to 3.9%": a change between two figures, not a range. */
function changeBefore(tokens: Token[], start: number, first: number): boolean {
  for (let k = start - 1; k >= Math.max(first, start - 3); k--) {
    const w = tokens[k].norm.toLowerCase();
    if (CHANGES.has(w)) return true;
    if (tokens[k].kind !== "word") return false;
  }
  return false;
}
