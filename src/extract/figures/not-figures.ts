// What is not a figure though it is written as a number: each rule named, with a one-line
// description and an example, tried in order on every number the reader found (numbers.ts). What
// the reader itself never takes for an amount (ordinals, "10:30", "7-Eleven", "3D") is not here.

import type { Sentence } from "../../text/document";
import { LABELS, STREET, TENS, UNITS } from "../../words/numbers";
import { CLOCK, MONTHS, WEEKDAYS } from "../../words/time";
import type { Ctx } from "./context";
import type { NumberExpr } from "./numbers";

/** A number with what the rules read around it. */
interface Seen {
  n: NumberExpr;
  sentence: Sentence;
  /** First token of the number's paragraph. */
  paragraphFirst: number;
  /** Plain digits: no words, no unit, a count. */
  plainDigits: boolean;
}

interface NotAFigure {
  name: string;
  description: string;
  example: string;
  test(ctx: Ctx, s: Seen): boolean;
}

const token = (ctx: Ctx, i: number, sentence: Sentence) => (i >= sentence.first && i < sentence.last ? ctx.doc.tokens[i] : undefined);

export const NOT_FIGURES: readonly NotAFigure[] = [
  {
    name: "inside-a-name",
    description: "A number inside a name the entity stage found is part of the name.",
    example: "The Group of 20 met in Osaka.",
    test: (ctx, { n }) => ctx.doc.mentionAt[n.core] !== undefined,
  },
  {
    name: "clock-time",
    description: "A time of day.",
    example: "The polls close at 8 p.m.; talks went on until three or four in the morning.",
    test(ctx, { n, sentence }) {
      const { lw } = ctx;
      if (token(ctx, n.last, sentence) && CLOCK.has(lw(n.last))) return true;
      if (n.value === null || !Number.isInteger(n.value) || n.value < 1 || n.value > 12 || n.unit || n.shape !== "count") return false;
      let k = n.last;
      if (lw(k) === "or" && (ctx.doc.tokens[k + 1]?.kind === "number" || lw(k + 1) in UNITS)) k += 2;
      return (lw(k) === "in" && lw(k + 1) === "the" && /^(?:morning|afternoon|evening)$/.test(lw(k + 2))) || (lw(k) === "at" && lw(k + 1) === "night");
    },
  },
  {
    name: "day-of-month",
    description: "A day of the month beside a month's name.",
    example: "The vote is on March 5; the trial ran Oct. 12-15.",
    test(ctx, { n, sentence, plainDigits }) {
      const small = n.value !== null && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31;
      if (!plainDigits || !small || (n.range && n.range[1] > 31)) return false;
      const prev = token(ctx, n.first - 1, sentence);
      const next = token(ctx, n.last, sentence);
      const before = prev ? ctx.lw(n.first - 1).replace(/\.$/, "") : "";
      if (prev && MONTHS.has(before) && prev.cap) return true;
      if (next && MONTHS.has(ctx.lw(n.last).replace(/\.$/, "")) && next.cap) return true;
      return !!prev && WEEKDAYS.has(before) && !!next && MONTHS.has(ctx.lw(n.last));
    },
  },
  {
    name: "emergency-number",
    description: "An emergency telephone number.",
    example: "A neighbour made a 911 call.",
    test: (ctx, { n, plainDigits }) =>
      plainDigits &&
      (n.value === 911 || n.value === 999 || n.value === 112) &&
      (/^(?:call|calls|caller|dispatcher|operator|operators)$/.test(ctx.lw(n.last)) || /^(?:dial|dialled|dialed|called|call|ring|rang)$/.test(ctx.lw(n.first - 1))),
  },
  {
    name: "ratio",
    description: "Either number of a ratio.",
    example: "One in five voters is undecided; 3 in 10 agree.",
    test(ctx, { n, sentence }) {
      const { lw } = ctx;
      const { tokens } = ctx.doc;
      // (not an amount before "in": "$112m in 2015", "42% in 2004")
      const amount = (i: number) => /\D/.test(tokens[i].norm.replace(/[,.]/g, "")) || tokens[i - 1]?.kind === "symbol" || /^(?:%|percent|million|billion|trillion|bn|m)$/.test(lw(i + 1));
      // (nor a number word inside a name: "Uranium One in three transactions")
      const inName = (i: number) => ctx.doc.mentionAt[i] !== undefined || (tokens[i].cap && i > sentence.first && tokens[i - 1].kind === "word");
      if (lw(n.first - 1) === "in" && n.first - 2 >= sentence.first && ((tokens[n.first - 2].kind === "number" && !amount(n.first - 2)) || (lw(n.first - 2) in UNITS && !inName(n.first - 2)))) return true;
      return lw(n.last) === "in" && n.last + 1 < sentence.last && (tokens[n.last + 1].kind === "number" || lw(n.last + 1) in UNITS || lw(n.last + 1) in TENS) && !n.unit && n.shape === "count";
    },
  },
  {
    name: "rank-or-code",
    description: "A rank or character code after #.",
    example: "The song went to #1.",
    test: (ctx, { n, sentence }) => token(ctx, n.first - 1, sentence)?.norm === "#" && !ctx.doc.tokens[n.core].space,
  },
  {
    name: "number-word-in-a-name",
    description: "A number word capitalised inside a sentence is part of a name.",
    example: "He hosted a show on Radio Five Live; the Guildford Four were freed.",
    test(ctx, { n, sentence }) {
      const prev = token(ctx, n.first - 1, sentence);
      const t = ctx.doc.tokens[n.core];
      return n.words && !!prev && prev.kind !== "quote" && !/^[:(]$/.test(prev.norm) && t.cap && !/^\p{Lu}+$/u.test(t.text);
    },
  },
  {
    name: "slashed",
    description: "A slashed date or code.",
    example: "Open 24/7 since 5/3/2020.",
    test(ctx, { n, sentence }) {
      const prev = token(ctx, n.first - 1, sentence);
      const next = token(ctx, n.last, sentence);
      const t = ctx.doc.tokens[n.core];
      return (!!next && next.norm === "/" && !next.space) || (!!prev && prev.norm === "/" && !t.space);
    },
  },
  {
    name: "list-marker",
    description: "A list marker opening a paragraph or in brackets.",
    example: "1. Raise taxes. (2) Cut spending.",
    test(ctx, { n, sentence, paragraphFirst, plainDigits }) {
      if (!plainDigits || n.value === null) return false;
      const prev = token(ctx, n.first - 1, sentence);
      const next = token(ctx, n.last, sentence);
      if (n.first === paragraphFirst && next && (next.norm === "." || next.norm === ")") && n.value < 100) return true;
      return prev?.norm === "(" && next?.norm === ")" && n.value < 10;
    },
  },
  {
    name: "label",
    description: "A number after a word that makes it a label.",
    example: "See page 2 of Article 5; Flight 370 vanished.",
    test(ctx, { n, sentence, plainDigits }) {
      const prev = token(ctx, n.first - 1, sentence);
      return plainDigits && !!prev && prev.kind === "word" && LABELS.has(ctx.lw(n.first - 1));
    },
  },
  {
    name: "after-a-capitalised-word",
    description: "Digits after a capitalised word other than a month, a weekday or a common word opening the sentence belong to a name.",
    example: "The FTSE 100 and the S&P 500 rose; Fox 5 reported it.",
    test(ctx, { n, sentence, plainDigits }) {
      const prev = token(ctx, n.first - 1, sentence);
      if (!plainDigits || n.range || !prev || prev.kind !== "word" || !prev.cap) return false;
      const lex = ctx.doc.vocab.lexicon;
      const w = ctx.lw(n.first - 1);
      const word = MONTHS.has(w.replace(/\.$/, "")) || WEEKDAYS.has(w) || lex.functionWords.has(w) || lex.verbs.has(w);
      // at the start of a sentence a capital says nothing: "Some 300", "Nearly 40", but "Blinx 2 is out"
      const start = n.first - 1 === sentence.first;
      return !word && (!start || !(lex.common.has(w) || /ly$/.test(w)));
    },
  },
  {
    name: "street-address",
    description: "A house number before a street's name.",
    example: "He lives at 10 Downing Street.",
    test(ctx, { n, sentence, plainDigits }) {
      const next = token(ctx, n.last, sentence);
      return plainDigits && !!next && next.cap && n.last + 1 < sentence.last && STREET.has(ctx.lw(n.last + 1));
    },
  },
  {
    name: "phone-number",
    description: "Digits in groups that read as a telephone number.",
    example: "Call 0300 555 0142 or 1-877-767-6446.",
    test: (ctx, { n }) => !n.words && phoneAround(ctx.doc.text, ctx.doc.tokens[n.core].start, ctx.doc.tokens[n.core].end),
  },
];

/** The first rule saying the number is no figure, or null. */
export function notAFigure(ctx: Ctx, n: NumberExpr, sentence: Sentence, paragraphFirst: number): string | null {
  const seen: Seen = { n, sentence, paragraphFirst, plainDigits: !n.words && n.shape === "count" && !n.unit };
  for (const rule of NOT_FIGURES) if (rule.test(ctx, seen)) return rule.name;
  return null;
}

/** Whether the digits at [start, end) sit in a run that reads as a phone number (9+ digits in groups). */
function phoneAround(text: string, start: number, end: number): boolean {
  const part = (c: string) => (c >= "0" && c <= "9") || c === "-" || c === "(" || c === ")" || c === "+" || c === "." || c === " ";
  let a = start;
  while (a > 0 && part(text[a - 1]) && start - a < 20) a--;
  let b = end;
  while (b < text.length && part(text[b]) && b - end < 20) b++;
  let digits = 0;
  let groups = 0;
  let inGroup = false;
  for (let k = a; k < b; k++) {
    const d = text[k] >= "0" && text[k] <= "9";
    if (d) digits++;
    if (d && !inGroup) groups++;
    inGroup = d;
  }
  return digits >= 9 && groups >= 2;
}
