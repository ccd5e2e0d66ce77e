// What a figure counts: the noun phrase after the number ("3,000 Russian paratroopers", "46
// percent of likely voters", “dozens” more fatalities), before it ("troops numbering 2,000", "a force
// of 2,000"), or carried over from an earlier figure when the text leaves it out ("… 250 more troops
// … the 50 that Mr. Obama sent").

import type { Sentence } from "../../text/document";
import { COLLECTIVES, COUNT_MODIFIERS, NOUNS_TOO, NUMBERING, PARTICIPLE_ADJECTIVES, PEOPLE_NOUNS, PERSON_NOUNS, PLURALS, PLURAL_MODIFIERS, POINT_NOUNS, SUBJECT_STOPS, TROOP_NOUNS } from "../../words/counted";
import { CONJUNCTIONS, LY_ADJECTIVES, LY_NOUNS, OBJECT_PRONOUNS, VERB_OPENERS } from "../../words/grammar";
import { SCALE_WORDS, TENS, UNITS } from "../../words/numbers";
import { TIME_UNITS } from "../../words/time";
import { cueNear } from "./category";
import type { Ctx, Found } from "./context";
import type { NumberExpr } from "./numbers";

export interface SubjectSpan {
  first: number;
  last: number;
  /** Index of an opening quote mark the figure's text must include. */
  openQuote?: number;
}

/** The noun phrase right after the number: "3,000 Russian paratroopers", “dozens” more fatalities, "46 percent of likely voters". */
const TIME_ADVERBS = new Set(["last", "next", "this", "every", "each", "per", "a", "that"]);

export function subjectAfter(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence): SubjectSpan | null {
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
  // "added 189,000 last year", "200 a day": a time adverbial, not what is counted
  if (k + 1 < limit && TIME_ADVERBS.has(lw(k)) && TIME_UNITS.has(lw(k + 1))) return null;
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
    // but "pirated DVDs", "four brave Americans" (a people's plural)
    if (k > from && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}/u.test(tokens[k - 1].text) && lw(k - 1) !== "and" && !/^\p{Lu}{2,}s$/u.test(t.text) && !peoplesPlural(ctx, w)) break;
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

/** "Americans", "Britons", "Iraqis": the plural of a people's name. */
function peoplesPlural(ctx: Ctx, w: string): boolean {
  return /s$/.test(w) && (ctx.peoples.has(w) || ctx.demonyms.has(w.slice(0, -1)));
}

/** Whether an amount carries a scale: "38m", "2.9bn", "1.5 billion". */
export function scaled(ctx: Ctx, n: NumberExpr): boolean {
  const t = ctx.doc.tokens[n.core];
  return n.last - n.core === 2 ? ctx.lw(n.core + 1) in SCALE_WORDS : n.last - n.core === 1 && t.kind === "number" && /\d(?:m|bn|b|tn|k)$/i.test(t.norm);
}

/** Whether a lower-case word has a plural's -s: "voters", "DVDs"; not "previous", "crisis", "bus", "class". */
export const plural = (w: string) => /[^su'i]s$/.test(w) || /ies$/.test(w);

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
export function subjectBefore(ctx: Ctx, first: number, sentence: Sentence): { first: number; last: number } | null {
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
export function partitiveBefore(ctx: Ctx, first: number, sentence: Sentence): boolean {
  const { lw } = ctx;
  const a = lw(first - 1);
  const b = lw(first - 2);
  if (first - 1 < sentence.first) return false;
  if (a === "including" || a === "included" || a === "include" || a === "includes") return true; // "the victims included six Germans"
  if ((a === "them" || a === "whom") && first - 2 >= sentence.first && (b === "among" || b === "of")) return true;
  return false;
}

/** The figure an elided number refers back to: "… troops …, as well as the 50 that Mr. Obama sent". */
export function findAntecedent(ctx: Ctx, n: NumberExpr, first: number, s: number, before: Found[], paragraphStart: number, guided: boolean): Found | null {
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
  // "nearly 300 of them", "half of those"
  // (not "one of them": one is a figure only as a casualty or the like, never by reference)
  if (b === "of" && OBJECT_PRONOUNS.has(ctx.lw(n.last + 1)) && n.value !== 1) return true;
  if (a === "another" || a === "including" || a === "included" || a === "include" || a === "includes" || a === "them" || a === "whom" || b === "more" || b === "others") return true;
  return (a === "the" || a === "those" || a === "these") && (b === "that" || b === "who" || b === "whom" || b === "which" || b === "already");
}
