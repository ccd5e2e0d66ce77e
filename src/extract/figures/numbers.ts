// Reads number expressions from tokens: digits ("3,000", "4.5m", "10-15"), words ("twelve",
// "forty-one", "a dozen", "half a million"), scales, currencies, percentages and points, and vague
// amounts ("dozens", "tens of thousands").

import type { Doc } from "../../text/document";

export interface NumberExpr {
  /** Token range [first, last) of the whole expression, currency and unit included. */
  first: number;
  last: number;
  value: number | null;
  range: [number, number] | null;
  approximate: boolean;
  unit: string | null;
  /** How the number was written, for the category rules. */
  shape: "digits" | "words" | "vague" | "year" | "age" | "decade";
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12, trn: 1e12,
};
const VAGUE = new Set(["dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"]);
const CURRENCY_SYMBOLS: Record<string, string> = { $: "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₹": "INR" };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP", sterling: "GBP",
  yen: "JPY", yuan: "CNY", renminbi: "CNY", rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB",
  rupee: "INR", rupees: "INR", francs: "CHF", franc: "CHF", tenge: "KZT", hryvnia: "UAH",
};

/** Value of a number word or hyphenated number word ("forty-one"), else null. */
function wordValue(w: string): number | null {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && m[1] in TENS && m[2] in UNITS && UNITS[m[2]] < 10) return TENS[m[1]] + UNITS[m[2]];
  return null;
}

function digitValue(s: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/,/g, ""));
}

export function readNumbers(doc: Doc, first: number, last: number): NumberExpr[] {
  const { tokens } = doc;
  const out: NumberExpr[] = [];
  // i can be first - 1 ("between" before a range): -1 at the text's start
  const low = (i: number) => (i >= 0 && i < last ? tokens[i].norm.toLowerCase() : "");
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    let start = i;
    let end = i + 1;
    let value: number | null = null;
    let range: [number, number] | null = null;
    let approximate = false;
    let unit: string | null = null;
    let shape: NumberExpr["shape"] = "digits";
    const w = t.norm.toLowerCase();

    if (t.kind === "number") {
      let m: RegExpExecArray | null;
      if ((m = /^(\d+)-year-old$/.exec(w)) || (m = /^(\d+)-years?-old$/.exec(w))) {
        value = Number(m[1]);
        shape = "age";
      } else if ((m = /^(\d{4})s$/.exec(w)) || (m = /^(\d0)s$/.exec(w))) {
        value = Number(m[1]);
        shape = "decade";
      } else if ((m = /^([\d.,]+)-(?:point|points|pt)$/.exec(w))) {
        value = digitValue(m[1]);
        unit = "points";
      } else if ((m = /^([\d.,]+)-([\d.,]+)$/.exec(w))) {
        const a = digitValue(m[1]);
        const b = digitValue(m[2]);
        if (a !== null && b !== null && b > a) {
          value = a;
          range = [a, b];
        }
      } else if ((m = /^([\d.,]+)(bn|m|mn|k|tn|trn|b)$/.exec(w))) {
        const v = digitValue(m[1]);
        if (v !== null) value = v * SCALES[m[2]];
      } else if ((m = /^([\d.,]+)-([a-z]+)$/.exec(w))) {
        // "5-year", "3-month": the number, the rest is its unit word
        value = digitValue(m[1]);
      } else {
        value = digitValue(w);
        if (value !== null && /^\d{4}$/.test(w) && value >= 1800 && value <= 2100) shape = "year";
      }
      if (value === null) continue;
    } else if (t.kind === "word") {
      const v = wordValue(w);
      if (v !== null) {
        value = v;
        shape = "words";
        // "forty one", "twenty-five"
      } else if ((w === "a" || w === "an") && low(i + 1) === "dozen") {
        value = 12;
        end = i + 2;
        shape = "words";
      } else if (w === "dozen" && i > first && wordValue(low(i - 1)) !== null) {
        continue; // read with the number before it
      } else if (w === "half" && (low(i + 1) === "a" || low(i + 1) === "an") && low(i + 2) in SCALES) {
        value = 0.5 * SCALES[low(i + 2)];
        end = i + 3;
        shape = "words";
      } else if (VAGUE.has(w)) {
        // "tens of thousands", "hundreds of", "dozens"
        approximate = true;
        shape = "vague";
        if (low(i + 1) === "of" && VAGUE.has(low(i + 2))) end = i + 3;
      } else continue;
      if (shape === "words" && end === i + 1 && low(i + 1) === "dozen") {
        value = (value ?? 0) * 12;
        end = i + 2;
      }
    } else continue;

    // scale words after the number: "1.2 billion", "half a million" is done
    if (value !== null && shape !== "year" && low(end) in SCALES && low(end).length > 2) {
      value *= SCALES[low(end)];
      end++;
    }
    // "10 to 15", "between 10 and 15"
    if (value !== null && (low(end) === "to" || (low(end) === "and" && low(start - 1) === "between") || low(end) === "-")) {
      const nx = tokens[end + 1];
      const b = nx && nx.kind === "number" ? digitValue(nx.norm) : nx ? wordValue(nx.norm.toLowerCase()) : null;
      if (b !== null && b > value) {
        range = [value, b];
        end += 2;
        if (low(start - 1) === "between") start--;
      }
    }
    // currency before or after, percent and points after
    const sym = start > first ? CURRENCY_SYMBOLS[tokens[start - 1].norm] : undefined;
    if (sym) {
      unit = sym;
      start--;
    } else if (start > first + 1 && /^(?:US|A|C|HK|NZ)$/.test(tokens[start - 2].norm) && tokens[start - 1].norm === "$") {
      unit = "USD";
      start -= 2;
    }
    if (low(end) === "%" || low(end) === "percent" || low(end) === "pct") {
      unit = "%";
      end++;
    } else if (low(end) === "per" && low(end + 1) === "cent") {
      unit = "%";
      end += 2;
    } else if (low(end) === "points" || low(end) === "point" || low(end) === "percentage") {
      if (low(end) === "percentage" && low(end + 1).startsWith("point")) end++;
      unit = "points";
      end++;
    } else if (low(end) in CURRENCY_WORDS) {
      unit = CURRENCY_WORDS[low(end)];
      end++;
    }
    if (unit && unit !== "%" && unit !== "points" && value !== null && low(end) in SCALES) {
      value *= SCALES[low(end)];
      end++;
    }
    if (unit === "%" || unit === "points") shape = shape === "year" ? "digits" : shape;
    out.push({ first: start, last: end, value, range, approximate, unit, shape });
    i = end - 1;
  }
  return out;
}
