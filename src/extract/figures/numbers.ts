// Reads number expressions from tokens: digits ("3,000", "4.5m", "10-15", "151p"), words
// ("twelve", "Forty-one", "a dozen", "two dozen", "one hundred and twenty", "half a million"),
// scales ("$1.2 billion", "1.3 trillion yen"), percentages and points, currencies, units of
// measure, ranges ("10 to 15", "between 10 and 15") and vague amounts ("dozens", "tens of
// thousands", "scores of"). Token-based and linear: each token is looked at a bounded number of
// times. What is not an amount (ordinals, clock times, "7-Eleven", "3D") is skipped here; what
// needs the sentence around it (dates, names, phone numbers) is left to the figure stage.

import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import { COUNTRY_CURRENCIES, CURRENCY_FIRST_WORDS, CURRENCY_NAMES, CURRENCY_NAME_WORDS, SHARED_CURRENCY_NAMES } from "../../words/currencies";
import { CHANGES, CURRENCY_CODES, CURRENCY_NATIONS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, MEASURES, SCALE_WORDS, SUBUNITS } from "../../words/numbers";
import { DIGITS, digitCore, low, mapValues, numeric, STARTERS, vagueCore, wordCore, type Core, type Lower } from "./cores";

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
















/** Reads every number expression in tokens [first, last), in order, without overlaps. */
export function readNumbers(doc: Doc, first: number, last: number): NumberExpr[] {
  const { tokens } = doc;
  const L: Lower = (i) => tokens[i]?.lower ?? "";
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
    let named: { code: string; words: number } | null = null;
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
      } else if ((named = currencyNamed(doc, lw, end, c.scaled))) {
        // "86.7bn Swiss francs", "22.3bn rand", "1bn CFA francs", "5bn rupees" (in a Sri Lankan story)
        unit = named.code;
        unitKind = "currency";
        end += named.words;
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
    let orRange = false;
    if (value !== null && !range && c.shape !== "vague" && c.shape !== "age") {
      const between = lw(start - 1) === "between";
      const link = lw(end);
      // "seven or eight investigations", "5 or 6 percent": a range, approximate
      const or = link === "or" && !c.yearLike && (tokens[end + 1]?.kind === "number" || !!wordCore(tokens, L, end + 1, last));
      if ((link === "to" || link === "-" || (link === "and" && between) || or) && (between || or || !changeBefore(tokens, start, first))) {
        let k = end + 1;
        const sym = tokens[k]?.kind === "symbol" && tokens[k].norm in CURRENCY_SYMBOLS ? CURRENCY_SYMBOLS[tokens[k].norm] : null;
        if (sym && (!unit || unit === sym)) k++;
        const b = k < last ? (tokens[k].kind === "number" ? digitCore(tokens, k) : wordCore(tokens, L, k, last)) : null;
        if (b && b.value !== null && !b.range && b.shape === c.shape && !b.capitalSuffix && (b.unit === null || unit === null || b.unit === unit)) {
          let hi = b.value;
          let lo = value;
          let bEnd = b.end;
          let scale = 1;
          if (!b.scaled && lw(bEnd) in SCALE_WORDS) {
            // "1.2 to 1.5 billion"; "$45 million and $50 million" (the first end has its own)
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
              if (or) orRange = true;
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
    // "100,000 or so net cafes": approximate, and what follows is still the subject
    const orSo = c.shape !== "vague" && lw(end) === "or" && lw(end + 1) === "so" && tokens[end + 1]?.kind === "word";
    if (orSo) end += 2;
    out.push({
      first: start, last: end, core, value, range, approximate: c.shape === "vague" || orSo || orRange, unit, unitKind, pointsOf,
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

/**
 * The currency named at token i: the longest ISO 4217 name there ("swiss francs", "yen"), a name
 * news gives one default ("francs" = CHF), or, for a name several currencies share ("rupees",
 * "CFA francs"), the currency of the country the article names most that uses one of that name.
 * Everyday words ("real", "pound", "won") are a currency only with a qualifier; "rand" only in lower case.
 */
function currencyNamed(doc: Doc, lw: (i: number) => string, i: number, scaled: boolean): { code: string; words: number } | null {
  const u = lw(i);
  // most words after a number open no currency name: pass over them at once
  if (!CURRENCY_FIRST_WORDS.has(u) && !(u in CURRENCY_WORDS) && !(u in EVERYDAY_CURRENCIES) && sharedHead(u) === null && !doc.tokens[i]?.cap) return null;
  if (lw(i + 1) in SUBUNITS && lw(i + 1) !== "p") return null; // "55 euro cents": read as a subunit
  let words = 0;
  let code: string | null = null;
  let key = "";
  for (let k = 0; k < CURRENCY_NAME_WORDS; k++) {
    const w = lw(i + k);
    if (!w || doc.tokens[i + k].kind !== "word") break;
    key = k ? `${key} ${w}` : w;
    if (key in CURRENCY_NAMES) {
      words = k + 1;
      code = CURRENCY_NAMES[key];
    }
  }
  if (!code && u in CURRENCY_WORDS && !(u === "real" || u === "pound") && !(u === "rand" && doc.tokens[i].text !== "rand")) {
    words = 1;
    code = CURRENCY_WORDS[u];
  }
  // after a scale nothing else is meant: "100 trillion won", "5bn real"
  if (!code && scaled && u in EVERYDAY_CURRENCIES) {
    words = 1;
    code = EVERYDAY_CURRENCIES[u];
  }
  // a shared name, bare or with a qualifier the table does not tell apart ("CFA francs"): the article's country
  let head = -1;
  for (let k = 0; k < CURRENCY_NAME_WORDS && head < 0; k++) if (sharedHead(lw(i + k)) !== null && (k === 0 || /^\p{Lu}/u.test(doc.tokens[i].text))) head = k;
  // (a name the table tells apart by its qualifier, "Colombian pesos", stands)
  if (head >= 0 && (!code || words === 1)) {
    const shared = SHARED_CURRENCY_NAMES[sharedHead(lw(i + head))!];
    const local = articleCurrency(doc, shared);
    if (local && !(local === "USD" || local === "GBP")) return { code: local, words: head + 1 };
  }
  return code ? { code, words } : null;
}

/** Currency names that are everyday words first, read as money only after a scale. */
const EVERYDAY_CURRENCIES: Record<string, string> = Object.assign(Object.create(null), { won: "KRW", real: "BRL", reais: "BRL", pound: "GBP", rand: "ZAR" });

/** "francs" → "franc" when several currencies are called so; dollars and pounds keep the news default. */
function sharedHead(w: string): string | null {
  const h = w.endsWith("s") ? w.slice(0, -1) : w;
  return h !== "dollar" && h !== "pound" && h in SHARED_CURRENCY_NAMES ? h : w in SHARED_CURRENCY_NAMES && w !== "dollar" && w !== "pound" ? w : null;
}

const ARTICLE_COUNTRIES = new WeakMap<Doc, string[]>();
/** Of the currencies given, the one of the country the article names most (by mentions), or null. */
function articleCurrency(doc: Doc, codes: string[]): string | null {
  let countries = ARTICLE_COUNTRIES.get(doc);
  if (!countries) {
    countries = doc.entities
      .filter((e) => e.type === "country" && e.code)
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .map((e) => e.code!);
    ARTICLE_COUNTRIES.set(doc, countries);
  }
  for (const c of countries) for (const code of COUNTRY_CURRENCIES[c] ?? []) if (codes.includes(code)) return code;
  return null;
}
