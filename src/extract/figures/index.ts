// Figure stage: every number that counts something, with its qualifier ("at least"), the noun
// phrase it counts ("police officers"; also before it, "troops numbering 2,000", or carried over
// when elided, "the 50 that Mr. Obama sent") and a category read from the words around it.
//
// Conventions (see README, "Figures"): a range is one figure, value = low end, range = [low, high];
// money is in base units ("8 cents" = 0.08 USD, "151p" = 1.51 GBP); calendar years and decades are
// figures of category `year`; days of the month, clock times, ordinals, numbers inside names,
// list markers and phone numbers are not figures. A figure's text runs from its qualifier to the
// end of its subject; when the number is quoted on its own (“dozens” more fatalities), the text
// takes both quote marks so it never holds half a quotation.

import { CONTENT_KINDS, flat, type Doc, type Sentence } from "../../text/document";
import type { Figure, FigureCategory } from "../../types";
import { lowerTokens, readNumbers, type Lower, type NumberExpr } from "./numbers";
import { ARREST_CUES, ARREST_NOUNS, BODY_ADJECTIVES, COLLECTIVES, CONDITIONS, COUNT_MODIFIERS, DEATH_CUES, DEATH_NOUNS, DEPLOYED, ECONOMY_CUES, FATE_CUES, INDEX_CUES, INJURY_CUES, INJURY_NOUNS, LEAD_CUES, LIFE_EVENTS, NOT_PEOPLE, NOUNS_TOO, NUMBERING, OPINION_VERBS, OVER_A_LENGTH, PARTICIPLE_ADJECTIVES, PARTICIPLE_FILLERS, PEOPLE_NOUNS, PERSON_NOUNS, PLURALS, PLURAL_MODIFIERS, POINT_NOUNS, POLL_CUES, POLL_GROUPS, PROTESTER_NOUNS, PROTEST_CUES, RATINGS, REPORTING, SUBJECT_STOPS, TRANSITIVE_CUES, TROOP_CUES, TROOP_NOUNS } from "../../words/counted";
import { CONJUNCTIONS, LY_ADJECTIVES, LY_NOUNS, OBJECT_PRONOUNS, PREPOSITIONS, SUBORDINATORS, VERB_OPENERS } from "../../words/grammar";
import { APPROXIMATE, CURRENCY_WORDS, LABELS, QUALIFIERS, SCALE_WORDS, STREET, TENS, UNITS } from "../../words/numbers";
import { CLOCK, MONTHS, TIME_UNITS, WEEKDAYS } from "../../words/time";

/** Categories that say what happened to people; they outrank a bare count. */
const PEOPLE_EVENTS = new Set<FigureCategory>(["deaths", "injuries", "arrests", "troops", "protesters"]);
/** -ly words that are nouns, not adverbs: they can head a subject ("two rallies", "three families"). */
const CUE_SETS: Array<[Set<string>, FigureCategory]> = [
  [DEATH_CUES, "deaths"],
  [INJURY_CUES, "injuries"],
  [ARREST_CUES, "arrests"],
  [TROOP_CUES, "troops"],
  [PROTEST_CUES, "protesters"],
  [FATE_CUES, "count"],
];

interface Ctx {
  doc: Doc;
  lw: Lower;
  fw: Set<string>;
  common: Set<string>;
  verbs: Set<string>;
  /** Words the article uses as verbs, computed when first asked. */
  articleVerbs: Set<string> | null;
  /** Plural names of peoples ("Iraqis") and demonyms, from the lexicon. */
  peoples: Set<string>;
  demonyms: Map<string, unknown>;
  /** Whether the article is about a poll / a protest at all: computed when first asked. */
  cues: { pollDoc: boolean; protestDoc: boolean } | null;
  sentenceCues: Map<Sentence, SentenceCues>;
  /** Each sentence's text, flattened once. */
  sentenceText: Map<number, string>;
}

interface Found {
  figure: Figure;
  /** Token index where the figure's text starts. */
  first: number;
  category: FigureCategory;
  subject: string | null;
  /** Sentence index and the subject's head word, for elided subjects later on. */
  s: number;
  head: string | null;
  plain: boolean;
}

/** Adds the figures layer. */
export function readFigures(doc: Doc): void {
  const lex = doc.vocab.lexicon;
  let ctx: Ctx | null = null;
  const out: Found[] = [];
  for (const p of doc.paragraphs) {
    if (!CONTENT_KINDS.has(p.kind) || p.kind === "title") continue;
    const firstInParagraph = out.length;
    for (let s = p.firstSentence; s < p.lastSentence; s++) {
      const sentence = doc.sentences[s];
      const found = readNumbers(doc, sentence.first, sentence.last);
      if (!found.length) continue;
      ctx ??= { doc, lw: lowerTokens(doc), fw: lex.functionWords, common: lex.common, verbs: lex.verbs, peoples: lex.peoples, demonyms: lex.demonym, articleVerbs: null, cues: null, sentenceCues: new Map(), sentenceText: new Map() };
      for (const n of found) {
        if (notAFigure(ctx, n, sentence, p.first)) continue;
        const f = figure(ctx, n, sentence, s, out, firstInParagraph);
        if (f) out.push(f);
      }
    }
  }
  doc.figures = out.map((f) => ({ figure: f.figure, first: f.first }));
}

/** Whether the article is about a poll or a protest at all (one pass, set lookups, once per article). */
function docCues(ctx: Ctx): { pollDoc: boolean; protestDoc: boolean } {
  if (ctx.cues) return ctx.cues;
  const { doc, lw } = ctx;
  let poll = 0;
  let protest = 0;
  for (const p of doc.paragraphs) {
    if (p.kind !== "body" && p.kind !== "title") continue;
    for (let i = p.first; i < p.last; i++) {
      const w = lw(i);
      if (POLL_CUES.has(w) && !(w === "polled" && lw(i + 1) === "by")) poll++;
      if (PROTESTER_NOUNS.has(w) || PROTEST_CUES.has(w)) protest++;
    }
  }
  ctx.cues = { pollDoc: poll >= 2, protestDoc: protest >= 2 };
  return ctx.cues;
}

// ---- what is not a figure -----------------------------------------------------------------

function notAFigure(ctx: Ctx, n: NumberExpr, sentence: Sentence, paragraphFirst: number): boolean {
  const { doc, lw } = ctx;
  const { tokens } = doc;
  const t = tokens[n.core];
  const prev = n.first > sentence.first ? tokens[n.first - 1] : undefined;
  const next = n.last < sentence.last ? tokens[n.last] : undefined;
  const plainDigits = !n.words && n.shape === "count" && !n.unit;
  const small = n.value !== null && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31;
  // clock times: "10:30" is skipped by the reader; "8 a.m.", "9 p.m.", "7 o'clock"
  if (next && CLOCK.has(lw(n.last))) return true;
  // "until three or four in the morning", "at 11 at night"
  if (n.value !== null && Number.isInteger(n.value) && n.value >= 1 && n.value <= 12 && !n.unit && n.shape === "count") {
    let k = n.last;
    if (lw(k) === "or" && (ctx.doc.tokens[k + 1]?.kind === "number" || lw(k + 1) in UNITS)) k += 2;
    if ((lw(k) === "in" && lw(k + 1) === "the" && /^(?:morning|afternoon|evening)$/.test(lw(k + 2))) || (lw(k) === "at" && lw(k + 1) === "night")) return true;
  }
  // days of the month: "March 5", "5 March", "Oct. 12-15", "Nov. 5"
  if (plainDigits && small && (!n.range || n.range[1] <= 31)) {
    const before = prev ? lw(n.first - 1).replace(/\.$/, "") : "";
    if (prev && MONTHS.has(before) && /^\p{Lu}/u.test(prev.text)) return true;
    if (next && MONTHS.has(lw(n.last).replace(/\.$/, "")) && /^\p{Lu}/u.test(next.text)) return true;
    if (prev && WEEKDAYS.has(before) && next && MONTHS.has(lw(n.last))) return true;
  }
  // emergency numbers: "a 911 call", "dialled 999"
  if (plainDigits && (n.value === 911 || n.value === 999 || n.value === 112) && (/^(?:call|calls|caller|dispatcher|operator|operators)$/.test(lw(n.last)) || /^(?:dial|dialled|dialed|called|call|ring|rang)$/.test(lw(n.first - 1)))) return true;
  // ratios: "one in five", "3 in 10" (both numbers): not amounts
  if (lw(n.first - 1) === "in" && n.first - 2 >= sentence.first && (tokens[n.first - 2].kind === "number" || lw(n.first - 2) in UNITS)) return true;
  if (lw(n.last) === "in" && n.last + 1 < sentence.last && (tokens[n.last + 1].kind === "number" || lw(n.last + 1) in UNITS || lw(n.last + 1) in TENS) && !n.unit && n.shape === "count") return true;
  // "#1", "&#191;": ranks and character codes
  if (prev && prev.norm === "#" && !t.space) return true;
  // a number word in capitals inside a sentence is part of a name: "Radio Five Live", "the Guildford Four"
  if (n.words && prev && n.first > sentence.first && prev.kind !== "quote" && !/^[:(]$/.test(prev.norm) && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}+$/u.test(t.text)) return true;
  // slashed dates and codes: "5/3/2020", "24/7", "9/11"
  if ((next && next.norm === "/" && !next.space) || (prev && prev.norm === "/" && !t.space)) return true;
  // list markers: "1." or "2)" opening a paragraph, "(3)" inside one
  if (plainDigits && n.first === paragraphFirst && next && (next.norm === "." || next.norm === ")") && n.value !== null && n.value < 100) return true;
  if (plainDigits && prev?.norm === "(" && next?.norm === ")" && n.value !== null && n.value < 10) return true;
  // labels: "Page 2", "Article 5", "No. 10", "Flight 370"
  if (plainDigits && prev && prev.kind === "word" && LABELS.has(lw(n.first - 1))) return true;
  // numbers inside names: "FTSE 100", "Fox 5", "S&P 500", "Nikkei 225", "Rustaveli Avenue 8"
  if (plainDigits && !n.range && prev && prev.kind === "word" && /^\p{Lu}/u.test(prev.text)) {
    const w = lw(n.first - 1);
    const word = MONTHS.has(w.replace(/\.$/, "")) || WEEKDAYS.has(w) || ctx.fw.has(w) || ctx.verbs.has(w);
    // at the start of a sentence a capital says nothing: "Some 300", "Nearly 40", but "Blinx 2 is out"
    const start = n.first - 1 === sentence.first;
    if (!word && (!start || !(ctx.common.has(w) || /ly$/.test(w)))) return true;
  }
  // addresses: "10 Downing Street"
  if (plainDigits && next && /^\p{Lu}/u.test(next.text) && n.last + 1 < sentence.last && STREET.has(lw(n.last + 1))) return true;
  // phone numbers: "0300 555 0142", "1-877-767-6446", "(202) 555-0143"
  if (!n.words && phoneAround(doc.text, t.start, t.end)) return true;
  return false;
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

// ---- one figure ---------------------------------------------------------------------------

function figure(ctx: Ctx, n: NumberExpr, sentence: Sentence, s: number, before: Found[], paragraphStart: number): Found | null {
  const { doc, lw } = ctx;
  const { tokens } = doc;
  // the qualifier just before: "at least", "more than", "some"
  let first = n.first;
  let qualifier: string | null = null;
  // "about a 40% chance", "nearly a 5-point lead": an article may stand between
  const skip = !n.words && (lw(first - 1) === "a" || lw(first - 1) === "an") ? 1 : 0;
  for (const q of QUALIFIERS) {
    const a = first - skip - q.length;
    if (a >= sentence.first && q.every((w, k) => lw(a + k) === w)) {
      qualifier = q.join(" ");
      first = a;
      break;
    }
  }

  const subj = NUMBERING.has(lw(first - 1)) ? null : subjectAfter(ctx, n, first, sentence);
  let start = tokens[first].start;
  if (subj?.openQuote !== undefined) start = tokens[subj.openQuote].start;
  let subject = subj ? flat(doc, { start: tokens[subj.first].start, end: tokens[subj.last - 1].end }) : null;
  let head = subj ? lw(subj.last - 1) : null;
  let headCapital = subj ? /^\p{Lu}/u.test(tokens[subj.last - 1].text) : false;
  let firstSubjectWord = subj ? lw(subj.first) : null;
  const end = subj ? tokens[subj.last - 1].end : tokens[n.last - 1].end;

  // the subject before the number: "troops numbering 2,000", "a force of 2,000"
  const plain = (n.shape === "count" || n.shape === "vague") && !n.unit && !n.yearLike;
  let antecedent: Found | null = null;
  if (!subj && plain) {
    const b = subjectBefore(ctx, first, sentence);
    if (b) {
      subject = flat(doc, { start: tokens[b.first].start, end: tokens[b.last - 1].end });
      head = lw(b.last - 1);
      headCapital = b.last - 1 > sentence.first && /^\p{Lu}/u.test(tokens[b.last - 1].text);
      firstSubjectWord = lw(b.first);
    }
  }
  const partitive = plain && partitiveBefore(ctx, first, sentence);
  if (plain && (!subject || partitive || OBJECT_PRONOUNS.has(lw(n.last + 1) ?? "") && lw(n.last) === "of")) {
    antecedent = findAntecedent(ctx, n, first, s, before, paragraphStart, !partitive);
    if (!subject && antecedent?.subject) {
      subject = antecedent.subject;
      head = antecedent.head;
    }
  }

  let category = categorize(ctx, n, first, sentence, s, subj, head, headCapital, subject, firstSubjectWord, antecedent, partitive, before);
  // "77m euros, up from 38m": a bare scaled amount right after money in its sentence is money in that currency
  let unit = n.unit;
  if (category === "count" && !n.unit && !subject && n.value !== null && scaled(ctx, n)) {
    // the currency of the amount itself, not of its conversions in brackets: "77m euros (£53m; $100m)"
    for (let j = before.length - 1; j >= 0 && j >= before.length - 4 && before[j].s === s && before[j].category === "money"; j--) {
      const open = ctx.doc.tokens[before[j].first - 1]?.norm;
      if (j > 0 && j > before.length - 4 && before[j - 1].s === s && before[j - 1].category === "money" && (open === "(" || open === ";" || open === ",")) continue;
      category = "money";
      unit = before[j].figure.unit;
      break;
    }
  }
  // "one" counts only when it is a casualty or the like: "one of the", "no one" are not figures
  if (n.words && n.value === 1 && !n.unit && !PEOPLE_EVENTS.has(category)) return null;
  // "invest $3.2 billion over two years": "over" before a span of time means "during", not "more
  // than", unless the words before make it a length ("for over 40 years", "waited over six years")
  if (qualifier === "over" && category === "duration" && !OVER_A_LENGTH.has(lw(first - 1)) && !/ly$/.test(lw(first - 1))) {
    qualifier = null;
    first = n.first;
    if (subj?.openQuote === undefined) start = tokens[first].start;
  }

  let text = ctx.sentenceText.get(s);
  if (text === undefined) {
    text = flat(doc, sentence);
    ctx.sentenceText.set(s, text);
  }
  return {
    first,
    figure: {
      text: doc.text.slice(start, end),
      start,
      end,
      value: n.value,
      range: n.range,
      approximate: n.approximate || (qualifier !== null && APPROXIMATE.has(qualifier)),
      qualifier,
      unit,
      subject,
      category,
      sentence: text,
    },
    category,
    subject,
    s,
    head,
    plain,
  };
}

interface SubjectSpan {
  first: number;
  last: number;
  /** Index of an opening quote mark the figure's text must include. */
  openQuote?: number;
}

/** The noun phrase right after the number: "3,000 Russian paratroopers", “dozens” more fatalities, "46 percent of likely voters". */
function subjectAfter(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence): SubjectSpan | null {
  const { doc, lw } = ctx;
  const { tokens } = doc;
  if (n.shape === "decade" || (n.yearLike && !n.range)) return null;
  const limit = sentence.last;
  let k = n.last;
  let openQuote: number | undefined;
  // cross a closing mark only when the number alone is quoted: “dozens” more fatalities, "Scores of" young people
  const crossQuote = (): boolean => {
    if (!(k < limit && tokens[k].kind === "quote")) return true;
    const o = first - 1;
    if (openQuote !== undefined || !(o >= sentence.first && tokens[o].kind === "quote" && !tokens[first].space && !tokens[k].space)) return false;
    openQuote = o;
    k++;
    return true;
  };
  if (!crossQuote()) return null;
  const percentish = n.unitKind === "percent" || n.unitKind === "points";
  if (lw(k) === "of" && k < limit) {
    // "46 percent of likely voters", "dozens of bodies", "14 of the wounded"
    k++;
    if (!crossQuote()) return null;
    if (k < limit && /^(?:the|these|those|its|their|his|her|our|all)$/.test(lw(k))) k++;
    if (k < limit && OBJECT_PRONOUNS.has(lw(k))) return null;
  } else if (percentish || n.unitKind === "currency") {
    // a percentage or an amount of money counts a noun directly only in a few set phrases
    if (!(k < limit && tokens[k].kind === "word" && POINT_NOUNS.has(lw(k)))) return null;
    return { first: k, last: k + 1, openQuote };
  }
  if (k < limit && COUNT_MODIFIERS.has(lw(k))) k++;
  const from = k;
  let sawHead = false;
  let pluralHead = false;
  const before = lw(first - 1);
  const object = first - 1 >= sentence.first && before !== "the" && before !== "," && !CONJUNCTIONS.has(before) && tokens[first - 1].kind === "word";
  while (k < limit && k < from + 4) {
    const t = tokens[k];
    const w = lw(k);
    if (t.kind !== "word") break;
    if (w === "and" && k > from && /^\p{Lu}/u.test(tokens[k - 1].text) && k + 1 < limit && /^\p{Lu}/u.test(tokens[k + 1].text)) {
      k++; // "Russian and Belarusian soldiers"
      continue;
    }
    if (ctx.fw.has(w) || SUBJECT_STOPS.has(w)) break;
    // the lexicon's "verbs" hold many plural nouns' forms ("parties", "suspects", "firms"); a plural
    // right after a number or an adjective is the noun counted
    const nounNext = k + 1 < limit && tokens[k + 1].kind === "word" && !ctx.fw.has(lw(k + 1)) && !SUBJECT_STOPS.has(lw(k + 1));
    // a word straight after the number and before a plural is its modifier: "35,000 test cars", "1,000 pirated DVDs"
    // (only where the number is an object, "uncovered 1,000 pirated DVDs", not a subject: "the two held talks")
    const pluralNext = (k === from ? object : !sawHead) && nounNext && plural(lw(k + 1)) && !(ctx.verbs.has(lw(k + 1)) && !NOUNS_TOO.has(lw(k + 1)) && !/[^s]s$/.test(lw(k + 1)));
    if (ctx.verbs.has(w) && !NOUNS_TOO.has(w) && !/[^s]s$/.test(w) && !(k === from && /ing$/.test(w) && nounNext) && !pluralNext) break; // "20 trading days", "three credit rating agencies"
    // "25 nation EU": a lower-case phrase does not run on into a name
    if (k > from && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}/u.test(tokens[k - 1].text) && lw(k - 1) !== "and" && !/^\p{Lu}{2,}s$/u.test(t.text)) break; // but "pirated DVDs"
    if (/ly$/.test(w) && !LY_NOUNS.has(w) && (sawHead || !nounNext || !LY_ADJECTIVES.has(w))) break;
    // "three men suspected of", "troops rotating", "2,000 used tear gas"; but "20 trading days", "registered voters"
    if (/(?:ed|ing)$/.test(w) && (sawHead || (/ed$/.test(w) ? !PARTICIPLE_ADJECTIVES.has(w) && !pluralNext : !nounNext && !PARTICIPLE_ADJECTIVES.has(w)))) break;
    if (w === "'s" || w === "s") break;
    // a verb after a plural head: "58% of Americans disapprove", "22 people overnight", "40 families
    // lost"; a plural noun may follow ("police officers", "arms deals"), and so may a noun for people ("sales staff")
    if (pluralHead && !plural(w) && !PERSON_NOUNS.has(w) && !PEOPLE_NOUNS.has(w) && !/^\p{Lu}/u.test(t.text)) break;
    // a word the article uses as a verb elsewhere ("they disapprove") ends the subject after its first word
    if (k > from && !NOUNS_TOO.has(w) && !PERSON_NOUNS.has(w) && !PEOPLE_NOUNS.has(w) && !TROOP_NOUNS.has(w) && articleVerbs(ctx).has(w)) break;
    sawHead = /[^s]s$/.test(w) || NOUNS_TOO.has(w) || PERSON_NOUNS.has(w);
    // a name is plural only as a people's: "Americans disapprove", "Britons own"; not "two Texas bank accounts"
    pluralHead = /^\p{Lu}/u.test(t.text) ? /^\p{Lu}{2,}s$/u.test(t.text) || /(?:ans|ons|ers|ists|ites)$/.test(w) || (ctx.peoples.has(w) && /s$/.test(w)) : (plural(w) && !PLURAL_MODIFIERS.has(w)) || PLURALS.has(w);
    k++;
  }
  while (k > from && lw(k - 1) === "and") k--;
  if (k === from) return null;
  return { first: from, last: k, openQuote };
}

/** Whether an amount carries a scale: "38m", "2.9bn", "1.5 billion". */
function scaled(ctx: Ctx, n: NumberExpr): boolean {
  const t = ctx.doc.tokens[n.core];
  return n.last - n.core === 2 ? ctx.lw(n.core + 1) in SCALE_WORDS : n.last - n.core === 1 && t.kind === "number" && /\d(?:m|bn|b|tn|k)$/i.test(t.norm);
}

/** Whether a lower-case word has a plural's -s: "voters", "DVDs"; not "previous", "crisis", "bus", "class". */
const plural = (w: string) => /[^su'i]s$/.test(w) || /ies$/.test(w);

/** Words the article uses as verbs at least once (after "they", "will", "can't" …): one pass, when first asked. */
function articleVerbs(ctx: Ctx): Set<string> {
  if (ctx.articleVerbs) return ctx.articleVerbs;
  const set = new Set<string>();
  const { tokens } = ctx.doc;
  for (let i = 1; i < tokens.length; i++) {
    const p = tokens[i - 1];
    if (tokens[i].kind === "word" && p.kind === "word" && p.norm.length <= 8 && VERB_OPENERS.has(ctx.lw(i - 1))) set.add(ctx.lw(i));
  }
  ctx.articleVerbs = set;
  return set;
}

/** "troops numbering roughly 4,500", "a force of 2,000": the noun phrase before the number. */
function subjectBefore(ctx: Ctx, first: number, sentence: Sentence): { first: number; last: number } | null {
  const { lw, doc } = ctx;
  const link = first - 1;
  if (link <= sentence.first) return null;
  const w = lw(link);
  if (!NUMBERING.has(w) && !(w === "of" && COLLECTIVES.has(lw(link - 1)))) return null;
  const last = link;
  let k = link - 1;
  while (k >= sentence.first && k > last - 4) {
    const x = lw(k);
    if (doc.tokens[k].kind !== "word" || ctx.fw.has(x) || SUBJECT_STOPS.has(x) || x in UNITS || x in TENS) break;
    if (ctx.verbs.has(x) && !NOUNS_TOO.has(x) && !/[^s]s$/.test(x)) break; // "will join troops numbering …"
    k--;
  }
  return k + 1 < last ? { first: k + 1, last } : null;
}

/** "including 320 in the capital", "among them eight police officers", "of whom 14": a part of the figure before. */
function partitiveBefore(ctx: Ctx, first: number, sentence: Sentence): boolean {
  const { lw } = ctx;
  const a = lw(first - 1);
  const b = lw(first - 2);
  if (first - 1 < sentence.first) return false;
  if (a === "including" || a === "included" || a === "include" || a === "includes") return true; // "the victims included six Germans"
  if ((a === "them" || a === "whom") && first - 2 >= sentence.first && (b === "among" || b === "of")) return true;
  return false;
}

/** The figure an elided number refers back to: "… troops …, as well as the 50 that Mr. Obama sent". */
function findAntecedent(ctx: Ctx, n: NumberExpr, first: number, s: number, before: Found[], paragraphStart: number, guided: boolean): Found | null {
  // prefer an antecedent whose category the words here point to ("sent" → troops); a part
  // ("among them eight") belongs to the figure right before it
  const cue = guided ? cueNear(ctx, n, first, ctx.doc.sentences[s], 6, "near") : null;
  let nearest: Found | null = null;
  // a bounded look back: a table of thousands of numbers in one "sentence" stays linear
  for (let j = before.length - 1; j >= paragraphStart && j >= 0 && j >= before.length - 12; j--) {
    const f = before[j];
    // a figure in the sentence before only when the number points back: "the 50 that …", "another 300"
    if (f.s < s - 1 || (f.s < s && !pointsBack(ctx, n, first))) break;
    if (!f.plain || (!f.subject && guided) || f.category === "duration" || f.category === "year" || f.category === "age") continue;
    if (cue && f.category === cue) return f;
    if (!nearest) nearest = f;
    if (!cue) break;
  }
  return nearest;
}

function pointsBack(ctx: Ctx, n: NumberExpr, first: number): boolean {
  const a = ctx.lw(first - 1);
  const b = ctx.lw(n.last);
  if (a === "another" || a === "including" || a === "included" || a === "include" || a === "includes" || a === "them" || a === "whom" || b === "more" || b === "others") return true;
  return (a === "the" || a === "those" || a === "these") && (b === "that" || b === "who" || b === "whom" || b === "which" || b === "already");
}

// ---- category -----------------------------------------------------------------------------

function categorize(
  ctx: Ctx,
  n: NumberExpr,
  first: number,
  sentence: Sentence,
  s: number,
  subj: SubjectSpan | null,
  head: string | null,
  headCapital: boolean,
  subject: string | null,
  firstSubjectWord: string | null,
  antecedent: Found | null,
  partitive: boolean,
  before: Found[],
): FigureCategory {
  const { lw } = ctx;
  if (n.shape === "age" || ageAround(ctx, n, sentence)) return "age";
  if (n.shape === "decade") return "year";
  if (n.shape === "duration") return "duration";
  if (n.unitKind === "currency") return "money";
  if (n.unitKind === "measure") return "other";
  // an exchange rate: "154 per dollar", "1.0850 against the dollar"
  // ("43.3 per US dollar")
  if (!n.unit && n.value !== null && /^(?:per|a|against|to)$/.test(lw(n.last)) && (CURRENCY_WORDS[lw(n.last + 1)] || (/^(?:the|us|u\.s\.)$/.test(lw(n.last + 1)) && CURRENCY_WORDS[lw(n.last + 2)]))) return "money";
  if (n.unitKind === "percent" || n.unitKind === "points") {
    if (pollContext(ctx, n, first, sentence, s, before, head, subj ? subj.last : n.last)) return "poll";
    if (n.unitKind === "percent") return "percentage";
    return n.pointsOf ? "percentage" : "other";
  }
  if (n.yearLike && !(head && (PERSON_NOUNS.has(head) || TROOP_NOUNS.has(head)))) return "year";
  // "three months", "a 30 year dictatorship", "20 trading days"
  // "18 to 24 year olds": ages
  if (subj && firstSubjectWord && TIME_UNITS.has(firstSubjectWord) && /^olds?$/.test(lw(subj.first + 1))) return "age";
  if (firstSubjectWord && (TIME_UNITS.has(firstSubjectWord) || (subj && head && TIME_UNITS.has(head)))) return "duration";
  // the noun counted says it: "22 deaths", "dozens of bodies", "14 of the wounded"
  if (head && subj) {
    if (DEATH_NOUNS.has(head) && deadBodies(ctx, subj.last - 1)) return "deaths";
    if (INJURY_NOUNS.has(head)) return "injuries";
    if (ARREST_NOUNS.has(head)) return "arrests";
  }
  // what happened to them: "were killed", "died", "wounded when", "were taken to hospital". A verb
  // of what befell people makes people of a bare number ("killed 22"), but never of a thing counted
  // ("hurt by one-off factors", "1,000 pirated DVDs"); "sent" and "deployed" make troops only of
  // people seen: a person or troop noun, or an antecedent that counts people ("when 2.3 billion
  // were sent" is a count)
  const personHead = head !== null && personNoun(ctx, head, headCapital);
  let peopleSeen: boolean | null = null;
  const fits = (c: FigureCategory | null): c is FigureCategory => {
    if (!c) return false;
    if (!PEOPLE_EVENTS.has(c)) return true;
    if (head) return personHead;
    if (c !== "troops") return true;
    peopleSeen ??=
      (!!antecedent && (PEOPLE_EVENTS.has(antecedent.category) || (antecedent.head !== null && personNoun(ctx, antecedent.head, false)))) ||
      cueNear(ctx, n, first, sentence, 7, "nouns") === "troops" ||
      deployedBefore(ctx, first, sentence);
    return peopleSeen;
  };
  const after = verbAfter(ctx, subj ? subj.last : n.last, sentence);
  if (fits(after)) return after;
  // what was done to them: "killed 22", "detained about a dozen others", "death toll rose to 22"
  const object = cueNear(ctx, n, first, sentence, 4, "object");
  if (fits(object)) return object;
  if (partitive && antecedent && PEOPLE_EVENTS.has(antecedent.category)) return antecedent.category;
  if (head) {
    if (TROOP_NOUNS.has(head)) return "troops";
    if (PROTESTER_NOUNS.has(head)) return "protesters";
    if (head === "votes" || head === "ballots" || ((head === "voters" || head === "respondents") && pollContext(ctx, n, first, sentence, s, before, head, subj ? subj.last : n.last))) return "poll";
  }
  // an index level: "to 29,927.29", "jumped 3.1 points to 27.99"
  if (!subject && n.value !== null && !n.words && (n.value >= 100 || !Number.isInteger(n.value) || /^(?:to|at)$/.test(lw(first - 1))) && sentenceCues(ctx, sentence).index) return "other";
  // an elided subject takes its antecedent's category ("killed 200 on Friday and 300 on Saturday"),
  // unless the number has a verb of its own ("40 people died and more than 11,000 have been forced
  // from their homes", "killed 12 and abducted dozens more")
  if (antecedent && !subj && !ownVerb(ctx, n, first, sentence)) return antecedent.category;
  // a bare score in a poll: "his net rating fell to -38", "an approval rating of 41"
  if (!subject) for (let j = first - 1; j >= sentence.first && j >= first - 5; j--) if (RATINGS.has(lw(j))) return "poll";
  // no noun of its own, or a generic one ("people"): the nearest cue in its clause; a troop or
  // crowd noun nearby speaks only for a bare number ("double its contingent to 1,800"), not for
  // people of another kind ("the shooting of four Iraqi civilians" by soldiers)
  if (!subj || (head && PERSON_NOUNS.has(head))) {
    const near = cueNear(ctx, n, first, sentence, 7, head ? "verbs" : "near");
    if (fits(near)) return near;
  }
  return "count";
}

/** Whether a head noun names people: listed, a group's name in capitals ("Britons", "Kurds"), or by its ending ("workers", "tourists"). */
function personNoun(ctx: Ctx, head: string, capital: boolean): boolean {
  if (capital || isPeople(ctx, head)) return true;
  // a singular head is looked up as its plural: "one man", "one anti-hunt protester"
  return !/s$/.test(head) && isPeople(ctx, SINGULARS[head] ?? head + "s");
}

function isPeople(ctx: Ctx, head: string): boolean {
  if (PERSON_NOUNS.has(head) || PEOPLE_NOUNS.has(head) || TROOP_NOUNS.has(head) || PROTESTER_NOUNS.has(head) || POLL_GROUPS.has(head)) return true;
  if (DEATH_NOUNS.has(head) || INJURY_NOUNS.has(head) || ARREST_NOUNS.has(head)) return true;
  if (ctx.peoples.has(head) || ctx.demonyms.has(head)) return true;
  if (NOT_PEOPLE.has(head)) return false;
  return /(?:ers|ors|ists|ians|ees|men|ants|ents)$/.test(head) && !/ments$/.test(head);
}

const SINGULARS: Record<string, string> = Object.assign(Object.create(null), { man: "men", woman: "women", child: "children", person: "people", policeman: "policemen", policewoman: "policewomen", gunman: "gunmen" });

/** Whether a number with no noun of its own has a verb of its own: it is the subject of one ("11,000 have been forced") or the object of a verb that is not a cue ("abducted dozens more"). */
function ownVerb(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence): boolean {
  const { lw } = ctx;
  let k = n.last;
  if (k < sentence.last && (lw(k) === "more" || lw(k) === "others")) k++;
  if (k < sentence.last && ctx.doc.tokens[k].kind === "word") {
    const w = lw(k);
    if (/^(?:has|have|had|was|were|is|are|will|would|could|may|might|must|should|can)$/.test(w) || (ctx.verbs.has(w) && !NOUNS_TOO.has(w))) return true;
  }
  const b = first - 1;
  if (b < sentence.first || ctx.doc.tokens[b].kind !== "word") return false;
  const w = lw(b);
  return ctx.verbs.has(w) && !cueOf(ctx, b) && !/^(?:include|includes|included|including)$/.test(w);
}

/** "Karim Shah, 34, a porter", "aged 45", "in his 60s". */
function ageAround(ctx: Ctx, n: NumberExpr, sentence: Sentence): boolean {
  const { lw, doc } = ctx;
  const { tokens } = doc;
  if (n.value === null || n.unit) return false;
  const a = lw(n.first - 1);
  if (n.shape === "decade") return n.first - 1 >= sentence.first && /^(?:his|her|their|my|your)$/.test(a);
  if (n.shape !== "count" || !Number.isInteger(n.value) || n.value < 1 || n.value > 119) return false;
  // "aged 45", "aged between 16 and 64", "the youngest was 18"
  if (a === "aged" || a === "age" || a === "ages") return true;
  if ((a === "was" || a === "is") && /^(?:youngest|oldest|eldest)$/.test(lw(n.first - 2))) return true;
  // "died at the age of 87", "has died in Germany at 50", "retired at 65": a life event at a bare number
  if (a === "of" && lw(n.first - 2) === "age" && lw(n.first - 3) === "the" && n.first - 3 >= sentence.first) return !n.range;
  if (a === "at" && !n.range && lifeEventBefore(ctx, n.first - 1, sentence)) {
    const next = n.last < sentence.last ? tokens[n.last] : null;
    if (!next || next.kind !== "word" || ctx.fw.has(lw(n.last)) || SUBORDINATORS.has(lw(n.last))) return true;
  }
  if (n.range || n.words) return false;
  if (a === "," && n.first - 2 >= sentence.first) {
    const name = tokens[n.first - 2];
    const closing = n.last >= sentence.last || /^[,)-]$/.test(tokens[n.last].norm) || (tokens[n.last].norm === "." && n.last + 1 >= sentence.last);
    return closing && name.kind === "word" && /^\p{Lu}/u.test(name.text) && !WEEKDAYS.has(lw(n.first - 2)) && !MONTHS.has(lw(n.first - 2));
  }
  return false;
}

/** A verb of a life event ("died", "retired", "married", "passed away") before `at` in its clause, within a few words. */
function lifeEventBefore(ctx: Ctx, at: number, sentence: Sentence): boolean {
  const { lw, doc } = ctx;
  for (let j = at - 1; j >= sentence.first && j >= at - 6; j--) {
    const w = lw(j);
    if (LIFE_EVENTS.has(w) || (w === "away" && lw(j - 1) === "passed")) return true;
    if (doc.tokens[j].kind !== "word" || w === "and" || w === "but" || SUBORDINATORS.has(w)) return false;
  }
  return false;
}

function cueOf(ctx: Ctx, i: number): FigureCategory | null {
  const t = ctx.doc.tokens[i];
  if (!t || t.kind !== "word") return null;
  const w = ctx.lw(i);
  // "in critical condition", not "suffering from the condition"; dead bodies, not public bodies
  if (w === "condition") return CONDITIONS.has(ctx.lw(i - 1)) ? "injuries" : null;
  if ((w === "bodies" || w === "body") && !deadBodies(ctx, i)) return null;
  for (const [set, c] of CUE_SETS) if (set.has(w)) return c;
  return null;
}

/** The verb after the counted noun: passive or intransitive ("were killed", "died", "wounded when"). */
function verbAfter(ctx: Ctx, from: number, sentence: Sentence): FigureCategory | null {
  const { lw, doc } = ctx;
  let k = from;
  let aux = false;
  while (k < sentence.last && (PARTICIPLE_FILLERS.has(lw(k)) || lw(k) === "not" || /ly$/.test(lw(k)) && !LY_NOUNS.has(lw(k)))) {
    aux = aux || PARTICIPLE_FILLERS.has(lw(k));
    k++;
  }
  for (let j = k; j < sentence.last && j < k + 4; j++) {
    const t = doc.tokens[j];
    if (t.kind !== "word" && t.kind !== "quote") return null;
    if (SUBORDINATORS.has(lw(j)) || lw(j) === "and" || lw(j) === "or") return null;
    const c = cueOf(ctx, j);
    if (!c) continue;
    if (j === k && !aux && TRANSITIVE_CUES.has(lw(j))) {
      // "gunmen killed 22": the counted are the agents, unless nothing follows ("59 wounded when …")
      const nx = doc.tokens[j + 1];
      if (nx && j + 1 < sentence.last && (nx.kind === "number" || (nx.kind === "word" && !SUBORDINATORS.has(lw(j + 1)) && !/^(?:in|on|at|by|during|near|across|outside|inside|since|overnight|so)$/.test(lw(j + 1))))) {
        return null;
      }
    }
    return c;
  }
  return null;
}

/**
 * The nearest cue word around the number within `reach` tokens in its clause: not across another
 * number, punctuation that ends a clause, a conjunction or a comma that opens another clause.
 * `object`: only a verb just before the number, whose object it is ("killed 22"); `verbs`: cue
 * words on either side; `near`: cue words, or troop and crowd nouns; `nouns`: troop and crowd nouns only.
 */
function cueNear(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence, reach: number, mode: "object" | "verbs" | "near" | "nouns"): FigureCategory | null {
  const { lw, doc } = ctx;
  const { tokens } = doc;
  const stop = (j: number) => tokens[j].kind === "number" || /^[;:]$/.test(tokens[j].norm);
  const troopOrCrowd = (j: number): FigureCategory | null => {
    const w = lw(j);
    if (REPORTING.has(lw(j + 1))) return null; // "police said": the source, not what is counted
    if (TROOP_NOUNS.has(w) && w !== "force") return "troops"; // not "labour force", "task force"
    if (PROTESTER_NOUNS.has(w) || ((w === "crowd" || w === "crowds") && docCues(ctx).protestDoc)) return "protesters";
    return null;
  };
  const objectOnly = mode === "object";
  const cue = (j: number): FigureCategory | null => {
    const c = mode === "nouns" ? null : cueOf(ctx, j);
    return c ?? (mode === "near" || mode === "nouns" ? troopOrCrowd(j) : null);
  };
  let best: FigureCategory | null = null;
  let bestDistance = Infinity;
  let preposition = false;
  for (let j = first - 1, d = 1; j >= sentence.first && d <= reach; j--, d++) {
    if (stop(j)) break;
    if (objectOnly && (tokens[j].norm === "," || SUBORDINATORS.has(lw(j)))) break;
    if (clauseBefore(ctx, j, first, sentence)) break;
    const c = cue(j);
    // across a preposition a noun still speaks ("the death toll rose to 22"), a verb does not: "sent
    // to two newspapers", "killed by three gunmen"
    if (objectOnly && c && preposition && verbLike(ctx, j)) break;
    // (a partitive "of" keeps the number the verb's object: "send a company of 120 Gurkhas")
    if (objectOnly && ctx.fw.has(lw(j)) && PREPOSITIONS.has(lw(j)) && lw(j) !== "of") preposition = true;
    if (c && !isMonthName(ctx, j)) {
      best = c;
      bestDistance = d;
      break;
    }
  }
  if (objectOnly) return best;
  for (let j = n.last, d = 1; j < sentence.last && d < Math.min(bestDistance, reach + 1); j++, d++) {
    if (stop(j) || clauseAfter(ctx, j, sentence)) break;
    const c = cue(j);
    if (c && !isMonthName(ctx, j)) return c;
  }
  return best;
}

const verbLike = (ctx: Ctx, j: number) => {
  const w = ctx.lw(j);
  return ctx.doc.tokens[j].kind === "word" && !NOUNS_TOO.has(w) && (ctx.verbs.has(w) || (/(?:ed)$/.test(w) && !PARTICIPLE_ADJECTIVES.has(w)));
};

/**
 * Looking back from a number that starts at `first`, whether token j ends the number's clause: a
 * conjunction ("died and more than 11,000", "killed 12 and abducted dozens"), unless it joins two
 * verbs that share the number ("arrested and charged 12"), or a comma when the number's own
 * stretch holds a verb that is not a report ("…, police arrested 12"; not "…, police said 12").
 */
function clauseBefore(ctx: Ctx, j: number, first: number, sentence: Sentence): boolean {
  const w = ctx.lw(j);
  if (CONJUNCTIONS.has(w)) {
    if (j - 1 < sentence.first || !cueOf(ctx, j - 1) || j + 1 >= first) return true;
    for (let k = j + 1; k < first; k++) if (!verbLike(ctx, k)) return true;
    return false;
  }
  if (w !== ",") return false;
  for (let k = j + 1; k < first; k++) if (verbLike(ctx, k) && !REPORTING.has(ctx.lw(k))) return true;
  return false;
}

/** Looking on from a number, whether token j opens another clause: a conjunction, or a comma before a new subject and its verb ("300 gathered, police arrested …"; not ", police said,"). */
function clauseAfter(ctx: Ctx, j: number, sentence: Sentence): boolean {
  const w = ctx.lw(j);
  if (CONJUNCTIONS.has(w)) return true;
  if (w !== "," || j + 2 >= sentence.last || verbLike(ctx, j + 1) || PARTICIPLE_FILLERS.has(ctx.lw(j + 1))) return false;
  for (let k = j + 2; k < sentence.last && k <= j + 3; k++) {
    if (ctx.doc.tokens[k].kind !== "word") return false;
    if (verbLike(ctx, k)) return !REPORTING.has(ctx.lw(k));
  }
  return false;
}

/** "dozens of bodies", "22 bodies", "the charred bodies": a count of the dead, not "public bodies" or "appointed bodies". */
function deadBodies(ctx: Ctx, j: number): boolean {
  const w = ctx.lw(j);
  if (w !== "bodies" && w !== "body") return true;
  const t = ctx.doc.tokens[j - 1];
  const p = ctx.lw(j - 1);
  return !t || t.kind !== "word" || ctx.fw.has(p) || COUNT_MODIFIERS.has(p) || BODY_ADJECTIVES.has(p) || p in UNITS || p in TENS;
}

interface SentenceCues {
  poll: boolean;
  economy: boolean;
  index: boolean;
}

/** What a sentence speaks of (a poll, the economy, a stock index): one pass per sentence, kept. */
function sentenceCues(ctx: Ctx, sentence: Sentence): SentenceCues {
  let c = ctx.sentenceCues.get(sentence);
  if (c) return c;
  c = { poll: false, economy: false, index: false };
  for (let j = sentence.first; j < sentence.last; j++) {
    const w = ctx.lw(j);
    if (POLL_CUES.has(w) && !(w === "polled" && ctx.lw(j + 1) === "by")) c.poll = true;
    else if (ECONOMY_CUES.has(w)) c.economy = true;
    if (INDEX_CUES.has(w)) c.index = true;
  }
  ctx.sentenceCues.set(sentence, c);
  return c;
}

function isMonthName(ctx: Ctx, j: number): boolean {
  return MONTHS.has(ctx.lw(j)) && /^\p{Lu}/u.test(ctx.doc.tokens[j].text);
}

/** Whether a percentage or points figure is a poll result: a share of voters, a lead, a margin. */
function pollContext(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence, s: number, before: Found[], head: string | null, after: number): boolean {
  const { lw, doc } = ctx;
  const { poll, economy } = sentenceCues(ctx, sentence);
  if (poll) return true;
  // "a 5-point lead", "leads Becker by 5 points", "won by 6 points"
  if (head && LEAD_CUES.has(head)) return true;
  if (n.unitKind === "points") {
    for (let j = first - 1; j >= sentence.first && j >= first - 6; j--) if (LEAD_CUES.has(lw(j))) return !economy;
  }
  if (economy || !docCues(ctx).pollDoc) return false;
  // in a poll story: "Forty-one percent of independents say …", "71% think …", or right after a poll result
  if (head && (POLL_GROUPS.has(head) || PERSON_NOUNS.has(head))) return true;
  let j = after;
  while (j < sentence.last && (/ly$/.test(lw(j)) || lw(j) === "now" || lw(j) === "still" || lw(j) === "also")) j++;
  if (j < sentence.last && OPINION_VERBS.has(lw(j))) return true;
  const prev = before[before.length - 1];
  return !!prev && prev.s >= s - 1 && prev.category === "poll" && doc.sentences[prev.s].paragraph === sentence.paragraph;
}


function deployedBefore(ctx: Ctx, first: number, sentence: Sentence): boolean {
  for (let j = first - 1; j >= sentence.first && j >= first - 3; j--) {
    const w = ctx.lw(j);
    if (DEPLOYED.has(w)) return true;
    if (!/^(?:some|about|around|nearly|almost|up|to|more|than|over|another|an|additional|extra|at|least)$/.test(w)) return false;
  }
  return false;
}
