// What kind of figure a number is (the contract's categories): a death toll, troops, a poll result,
// money, a year, an age … read from its shape and unit, the noun it counts, the verbs and cue words
// of its clause, and what its sentence and article speak of. See README, "How the category is read".

import type { Sentence } from "../../text/document";
import type { FigureCategory } from "../../types";
import {
  ARREST_CUES, ARREST_NOUNS, BODY_ADJECTIVES, CONDITIONS, COUNT_MODIFIERS, DEATH_CUES, DEATH_NOUNS, DEPLOYED, DISPLACED_CUES, DISPLACED_NOUNS, FATE_CUES, INJURY_CUES,
  INJURY_NOUNS, LEAD_CUES, LIFE_EVENTS, NOT_PEOPLE, NOUNS_TOO, OPINION_VERBS, PARTICIPLE_ADJECTIVES, PARTICIPLE_FILLERS, PEOPLE_NOUNS,
  PERSON_NOUNS, POLL_GROUPS, PROTESTER_NOUNS, PROTEST_CUES, RATINGS, REPORTING, TRANSITIVE_CUES, TROOP_CUES, TROOP_NOUNS,
} from "../../words/counted";
import { AUXILIARIES, CONJUNCTIONS, LY_NOUNS, PREPOSITIONS, SUBORDINATORS } from "../../words/grammar";
import { CHANGES, CURRENCY_WORDS, TENS, UNITS } from "../../words/numbers";
import { MONTHS, TIME_UNITS, WEEKDAYS } from "../../words/time";
import { docCues, isMonthName, PEOPLE_EVENTS, sentenceCues, type Ctx, type Found } from "./context";
import type { NumberExpr } from "./numbers";
import type { SubjectSpan } from "./subject";

/** -ly words that are nouns, not adverbs: they can head a subject ("two rallies", "three families"). */
const CUE_SETS: Array<[Set<string>, FigureCategory]> = [
  [DEATH_CUES, "deaths"],
  [INJURY_CUES, "injuries"],
  [ARREST_CUES, "arrests"],
  [TROOP_CUES, "troops"],
  [PROTEST_CUES, "protesters"],
  [DISPLACED_CUES, "displaced"],
  [FATE_CUES, "count"],
];

/** What the stage has read of a number when it picks the category. */
export interface Reading {
  n: NumberExpr;
  /** Token where the figure's text starts (its qualifier included). */
  first: number;
  sentence: Sentence;
  /** The sentence's index. */
  s: number;
  /** The noun phrase after the number, and its head word (lower case) and whether that is capitalised. */
  subj: SubjectSpan | null;
  head: string | null;
  headCapital: boolean;
  /** The subject as written (from after the number, before it, or an antecedent), and its first word. */
  subject: string | null;
  firstSubjectWord: string | null;
  /** The earlier figure an elided number refers back to. */
  antecedent: Found | null;
  /** "including 320", "among them eight": a part of the figure before. */
  partitive: boolean;
  /** The figures found before it in the document. */
  before: Found[];
}

/**
 * The category: from the number's own shape and unit, the noun it counts, the verb after or before
 * it (telling the agent from the victim), a figure it is part of, the nearest cue word in its clause,
 * and what the sentence and the article speak of.
 */
export function categorize(ctx: Ctx, r: Reading): FigureCategory {
  const { n, first, sentence, s, subj, head, headCapital, subject, firstSubjectWord, antecedent, partitive, before } = r;
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
    if (DISPLACED_NOUNS.has(head)) return "displaced";
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
  // "we lost 3,000 people on 9/11", "the four brave Americans that we lost": people lost are the dead
  if (head && subj && LOST_PEOPLE.test(head) || (head && subj && /^\p{Lu}/u.test(ctx.doc.tokens[subj.last - 1].text) && /s$/.test(head) && (ctx.peoples.has(head) || ctx.demonyms.has(head.slice(0, -1))))) {
    const rel = /^(?:that|who|whom)$/.test(lw(subj!.last)) && /^(?:we|they|i|you|he|she|it)$/.test(lw(subj!.last + 1)) && LOST.test(lw(subj!.last + 2));
    if (rel || (LOST.test(lw(first - 1)) && first - 1 >= sentence.first)) return "deaths";
  }
  const after = verbAfter(ctx, subj ? subj.last : n.last, sentence);
  if (fits(after)) return after;
  // what was done to them: "killed 22", "detained about a dozen others", "death toll rose to 22"
  const object = cueNear(ctx, n, first, sentence, 4, "object");
  if (fits(object)) return object;
  if (partitive && antecedent && PEOPLE_EVENTS.has(antecedent.category)) return antecedent.category;
  if (head) {
    // "two task forces", "the labour force": no troops
    if (TROOP_NOUNS.has(head) && !((head === "force" || head === "forces") && subj && NOT_TROOP_FORCES.has(lw(subj.last - 2)))) return "troops";
    if (PROTESTER_NOUNS.has(head)) return "protesters";
    if (head === "votes" || head === "ballots" || ((head === "voters" || head === "respondents") && pollContext(ctx, n, first, sentence, s, before, head, subj ? subj.last : n.last))) return "poll";
  }
  // an index level: "to 29,927.29", "jumped 3.1 points to 27.99"
  if (!subject && n.value !== null && !n.words && (n.value >= 100 || !Number.isInteger(n.value) || /^(?:to|at)$/.test(lw(first - 1))) && sentenceCues(ctx, sentence).index) return "other";
  if (!subject && n.value !== null && !n.words && !n.yearLike && n.value >= 100 && /^(?:to|at|toward|towards)$/.test(lw(first - 1))) {
    // "down 2.1% at 1,011.15": a level after a change, in a markets sentence; "will rise toward
    // 13,000" in a story about a stock index
    // (sales, circulation "up 20% to 260,000" are counts: the sentence must speak of an index or an exchange)
    if (/^(?:%|percent|cent|points)$/.test(lw(first - 2)) && sentenceCues(ctx, sentence).index) return "other";
    if (docCues(ctx).indexDoc && CHANGES.has(lw(first - 2))) return "other";
  }
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

const NOT_TROOP_FORCES = new Set(["task", "labour", "labor", "work", "market", "driving", "economic", "political", "g"]);

/** Whether a head noun names people: listed, a group's name in capitals ("Britons", "Kurds"), or by its ending ("workers", "tourists"). */
export function personNoun(ctx: Ctx, head: string, capital: boolean): boolean {
  if (capital || isPeople(ctx, head)) return true;
  // a singular head is looked up as its plural: "one man", "one anti-hunt protester"
  return !/s$/.test(head) && isPeople(ctx, SINGULARS[head] ?? head + "s");
}

export function isPeople(ctx: Ctx, head: string): boolean {
  if (PERSON_NOUNS.has(head) || PEOPLE_NOUNS.has(head) || TROOP_NOUNS.has(head) || PROTESTER_NOUNS.has(head) || POLL_GROUPS.has(head)) return true;
  if (DEATH_NOUNS.has(head) || INJURY_NOUNS.has(head) || ARREST_NOUNS.has(head) || DISPLACED_NOUNS.has(head)) return true;
  if (ctx.peoples.has(head) || ctx.demonyms.has(head)) return true;
  if (NOT_PEOPLE.has(head)) return false;
  return /(?:ers|ors|ists|ians|ees|men|ants|ents)$/.test(head) && !/ments$/.test(head);
}

const SINGULARS: Record<string, string> = Object.assign(Object.create(null), { man: "men", woman: "women", child: "children", person: "people", policeman: "policemen", policewoman: "policewomen", gunman: "gunmen" });

/** Whether a number with no noun of its own has a verb of its own: it is the subject of one ("11,000 have been forced") or the object of a verb that is not a cue ("abducted dozens more"). */
export function ownVerb(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence): boolean {
  const { lw } = ctx;
  let k = n.last;
  if (k < sentence.last && (lw(k) === "more" || lw(k) === "others")) k++;
  if (k < sentence.last && ctx.doc.tokens[k].kind === "word") {
    const w = lw(k);
    if (AUXILIARIES.has(w) || (ctx.verbs.has(w) && !NOUNS_TOO.has(w))) return true;
  }
  const b = first - 1;
  if (b < sentence.first || ctx.doc.tokens[b].kind !== "word") return false;
  const w = lw(b);
  return ctx.verbs.has(w) && !cueOf(ctx, b) && !/^(?:include|includes|included|including)$/.test(w);
}

/** "Karim Shah, 34, a porter", "aged 45", "in his 60s". */
export function ageAround(ctx: Ctx, n: NumberExpr, sentence: Sentence): boolean {
  const { lw, doc } = ctx;
  const { tokens } = doc;
  if (n.value === null || n.unit) return false;
  const a = lw(n.first - 1);
  if (n.shape === "decade") return n.first - 1 >= sentence.first && /^(?:his|her|their|my|your)$/.test(a);
  if (n.shape !== "count" || !Number.isInteger(n.value) || n.value < 1 || n.value > 119) return false;
  // "aged 45", "aged between 16 and 64", "the youngest was 18"
  if (a === "aged" || a === "age" || a === "ages") return true;
  if ((a === "was" || a === "is") && /^(?:youngest|oldest|eldest)$/.test(lw(n.first - 2))) return true;
  // "turns 40", "will be 33 next month": a birthday
  if (!n.range && !n.words && /^(?:turns|turned|turning|turn)$/.test(a) && !ctx.doc.tokens[n.last]?.kind.startsWith("w")) return true;
  if (!n.range && !n.words && a === "be" && /^(?:next|this|on|in)$/.test(lw(n.last)) && /^(?:month|year|week|birthday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(lw(n.last + 1))) return true;
  // "died at the age of 87", "has died in Germany at 50", "retired at 65": a life event at a bare number
  if (a === "of" && lw(n.first - 2) === "age" && lw(n.first - 3) === "the" && n.first - 3 >= sentence.first) return !n.range || n.approximate; // "after the age of 10 or 11"
  if (a === "at" && !n.range && lifeEventBefore(ctx, n.first - 1, sentence)) {
    const next = n.last < sentence.last ? tokens[n.last] : null;
    if (!next || next.kind !== "word" || ctx.fw.has(lw(n.last)) || SUBORDINATORS.has(lw(n.last))) return true;
  }
  if (n.range || n.words) return false;
  if (a === "," && n.first - 2 >= sentence.first) {
    const name = tokens[n.first - 2];
    const closing = n.last >= sentence.last || /^[,)-]$/.test(tokens[n.last].norm) || (tokens[n.last].norm === "." && n.last + 1 >= sentence.last);
    if (!closing || name.kind !== "word") return false;
    // "The prince, 20, apologised", "a mother, 34,": a person noun after a determiner, in apposition
    const w = lw(n.first - 2);
    if (/^\p{Ll}/u.test(name.text) && !/s$/.test(w) && /^(?:the|a|an|his|her|their|its|our)$/.test(lw(n.first - 3)) && tokens[n.last]?.norm === "," && personNoun(ctx, w, false)) return true;
    return /^\p{Lu}/u.test(name.text) && !WEEKDAYS.has(w) && !MONTHS.has(w);
  }
  return false;
}

/** A verb of a life event ("died", "retired", "married", "passed away") before `at` in its clause, within a few words. */
export function lifeEventBefore(ctx: Ctx, at: number, sentence: Sentence): boolean {
  const { lw, doc } = ctx;
  for (let j = at - 1; j >= sentence.first && j >= at - 6; j--) {
    const w = lw(j);
    if (LIFE_EVENTS.has(w) || (w === "away" && lw(j - 1) === "passed")) return true;
    if (doc.tokens[j].kind !== "word" || w === "and" || w === "but" || SUBORDINATORS.has(w)) return false;
  }
  return false;
}

export function cueOf(ctx: Ctx, i: number): FigureCategory | null {
  const t = ctx.doc.tokens[i];
  if (!t || t.kind !== "word") return null;
  const w = ctx.lw(i);
  // "in critical condition", not "suffering from the condition"; dead bodies, not public bodies
  if (w === "condition") return CONDITIONS.has(ctx.lw(i - 1)) ? "injuries" : null;
  if ((w === "bodies" || w === "body") && !deadBodies(ctx, i)) return null;
  // "forced from their homes", "fled their homes": displaced
  if (w === "homes" && /^(?:their|his|her)$/.test(ctx.lw(i - 1)) && /^(?:from|fled|flee|fleeing|flees|lost|left|abandoned)$/.test(ctx.lw(i - 2))) return "displaced";
  // "lost their lives", "lost his life"
  if ((w === "lives" || w === "life") && /^(?:their|his|her|its)$/.test(ctx.lw(i - 1)) && /^(?:lost|lose|loses|losing)$/.test(ctx.lw(i - 2))) return "deaths";
  for (const [set, c] of CUE_SETS) if (set.has(w)) return c;
  return null;
}

/** The verb after the counted noun: passive or intransitive ("were killed", "died", "wounded when"). */
export function verbAfter(ctx: Ctx, from: number, sentence: Sentence): FigureCategory | null {
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
export function cueNear(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence, reach: number, mode: "object" | "verbs" | "near" | "nouns"): FigureCategory | null {
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
export function clauseBefore(ctx: Ctx, j: number, first: number, sentence: Sentence): boolean {
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
export function clauseAfter(ctx: Ctx, j: number, sentence: Sentence): boolean {
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
export function deadBodies(ctx: Ctx, j: number): boolean {
  const w = ctx.lw(j);
  if (w !== "bodies" && w !== "body") return true;
  const t = ctx.doc.tokens[j - 1];
  const p = ctx.lw(j - 1);
  if (!t || BODY_ADJECTIVES.has(p)) return true;
  // "22 bodies were found", "the bodies of three men": a number or a determiner needs the dead
  // nearby; "the two bodies generating private income" are institutions
  if (t.kind === "number" || p in UNITS || p in TENS || ctx.fw.has(p) || COUNT_MODIFIERS.has(p)) return deathNear(ctx, j);
  return t.kind !== "word";
}

const FOUND_DEAD = new Set(["found", "recovered", "discovered", "pulled", "retrieved", "identified", "buried", "exhumed", "washed", "morgue", "mortuary", "dumped", "lay", "lying", "strewn", "dug", "shot", "killed", "dead", "died", "victims", "graves", "grave", "rubble", "wreckage"]);
function deathNear(ctx: Ctx, j: number): boolean {
  for (let k = j - 8; k <= j + 8; k++) {
    if (k === j) continue;
    const w = ctx.lw(k);
    if (FOUND_DEAD.has(w) || (DEATH_CUES.has(w) && w !== "bodies" && w !== "body") || INJURY_CUES.has(w)) return true;
  }
  return false;
}

/** Whether a percentage or points figure is a poll result: a share of voters, a lead, a margin. */
export function pollContext(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence, s: number, before: Found[], head: string | null, after: number): boolean {
  const { lw, doc } = ctx;
  const { poll, economy } = sentenceCues(ctx, sentence);
  if (poll) return true;
  // "a 5-point lead", "leads Becker by 5 points", "won by 6 points"
  if (head && LEAD_CUES.has(head)) return true;
  if (n.unitKind === "points") {
    for (let j = first - 1; j >= sentence.first && j >= first - 6; j--) if (LEAD_CUES.has(lw(j))) return !economy;
  }
  if (economy) return false;
  // a head-to-head result: "leads Trump 46 percent to 41 percent", "favored Clinton, 72 percent to 8 percent"
  if (n.unitKind === "percent" && headToHead(ctx, n, first, sentence)) return true;
  if (!docCues(ctx).pollDoc) return false;
  // in a poll story, a share a named person gets: "Trump received 37 percent", "Clinton and Sanders have 5 percent"
  if (n.unitKind === "percent" && personInClause(ctx, n, first, sentence)) return true;
  // in a poll story: "Forty-one percent of independents say …", "71% think …", or right after a poll result
  if (head && (POLL_GROUPS.has(head) || PERSON_NOUNS.has(head))) return true;
  let j = after;
  while (j < sentence.last && (/ly$/.test(lw(j)) || lw(j) === "now" || lw(j) === "still" || lw(j) === "also")) j++;
  if (j < sentence.last && OPINION_VERBS.has(lw(j))) return true;
  const prev = before[before.length - 1];
  return !!prev && prev.s >= s - 1 && prev.category === "poll" && doc.sentences[prev.s].paragraph === sentence.paragraph;
}

export function deployedBefore(ctx: Ctx, first: number, sentence: Sentence): boolean {
  for (let j = first - 1; j >= sentence.first && j >= first - 3; j--) {
    const w = ctx.lw(j);
    if (DEPLOYED.has(w)) return true;
    if (!/^(?:some|about|around|nearly|almost|up|to|more|than|over|another|an|additional|extra|at|least)$/.test(w)) return false;
  }
  return false;
}

/** "46 percent to 41 percent" after a verb of leading or preferring in its sentence ("leads", "favored", "backed"), or a poll's pair. */
function headToHead(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence): boolean {
  const { lw, doc } = ctx;
  const pairAfter = lw(n.last) === "to" && doc.tokens[n.last + 1]?.kind === "number" && n.last + 1 < sentence.last;
  const pairBefore = lw(first - 1) === "to" && (lw(first - 2) === "%" || lw(first - 2) === "percent" || lw(first - 2) === "cent");
  if (!pairAfter && !pairBefore) return false;
  for (let j = first - 1; j >= sentence.first && j >= first - 10; j--) if (LEAD_CUES.has(lw(j)) || OPINION_VERBS.has(lw(j)) || PREFER.has(lw(j))) return true;
  return false;
}
const PREFER = new Set(["favored", "favoured", "preferred", "prefer", "prefers", "leads", "led", "trails", "trailed", "against", "versus", "vs"]);

const LOST = /^(?:lost|lose|loses|losing)$/;
/** People whose loss is a death ("lost 250 Americans", "lost two soldiers"), not workers, players or seats. */
const LOST_PEOPLE = /^(?:people|persons|men|women|children|kids|lives|civilians|soldiers|troops|sons|daughters|husbands|wives|marines|servicemen|servicemembers|citizens|americans)$/;
const SHARE_WORDS = new Set(["support", "apiece", "each", "respectively", "backing", "approval", "favorability", "favourability"]);

/** Whether a named person gets the share: "Trump received 37 percent", "Ben Carson trails them at 13 percent", "Pataki at 20 percent". */
function personInClause(ctx: Ctx, n: NumberExpr, first: number, sentence: Sentence): boolean {
  const { doc, lw } = ctx;
  // a share, not a rate of something: "a 2 percent annual management fee" is none
  const next = doc.tokens[n.last];
  if (n.last < sentence.last && next.kind === "word" && !ctx.fw.has(lw(n.last)) && !ctx.verbs.has(lw(n.last)) && !SHARE_WORDS.has(lw(n.last))) return false;
  // the name within four words before, nothing between that opens another clause ("points to the
  // fact that 40%"), and not a possessive ("Alzheimer's deaths increased 71%")
  for (let j = first - 1; j >= sentence.first && j >= first - 5; j--) {
    if (doc.mentionAt[j]?.entity.type === "person") return doc.mentionAt[j + 1]?.entity !== doc.mentionAt[j]!.entity && !/^['’]s$/.test(lw(j + 1));
    if (doc.tokens[j].kind !== "word" || SUBORDINATORS.has(lw(j)) || lw(j) === "that") return false;
  }
  // "46 percent for Clinton"
  return lw(n.last) === "for" && doc.mentionAt[n.last + 1]?.entity.type === "person";
}
