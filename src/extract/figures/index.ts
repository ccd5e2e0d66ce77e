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
import { JOB_VERBS, NUMBERING, OVER_A_LENGTH } from "../../words/counted";
import { OBJECT_PRONOUNS } from "../../words/grammar";
import { APPROXIMATE, QUALIFIERS } from "../../words/numbers";
import { categorize } from "./category";
import { createContext, docCues, PEOPLE_EVENTS, type Ctx, type Found } from "./context";
import { notAFigure } from "./not-figures";
import { readNumbers, type NumberExpr } from "./numbers";
import { findAntecedent, partitiveBefore, scaled, subjectAfter, subjectBefore } from "./subject";

/** Adds the figures layer. */
export function readFigures(doc: Doc): void {
  let ctx: Ctx | null = null;
  const out: Found[] = [];
  for (const p of doc.paragraphs) {
    if (!CONTENT_KINDS.has(p.kind) || p.kind === "title") continue;
    const firstInParagraph = out.length;
    for (let s = p.firstSentence; s < p.lastSentence; s++) {
      const sentence = doc.sentences[s];
      const found = readNumbers(doc, sentence.first, sentence.last);
      if (!found.length) continue;
      ctx ??= createContext(doc);
      for (const n of found) {
        if (notAFigure(ctx, n, sentence, p.first)) continue;
        const f = figure(ctx, n, sentence, s, out, firstInParagraph);
        if (f) out.push(f);
      }
    }
  }
  doc.figures = out.map((f) => ({ figure: f.figure, first: f.first }));
}


// ---- what is not a figure -----------------------------------------------------------------



/** In a jobs report, whether a verb of hiring or cutting, or payrolls, stand just before the number in its clause. */
function jobsCounted(ctx: Ctx, first: number, sentence: Sentence): boolean {
  if (!docCues(ctx).jobsDoc) return false;
  for (let j = first - 1; j >= sentence.first && j >= first - 5; j--) {
    const t = ctx.doc.tokens[j];
    if (t.kind !== "word") return false;
    const w = ctx.lw(j);
    if (JOB_VERBS.has(w) || w === "payrolls") return true;
  }
  return false;
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

  // in a jobs report, a bare count that is hired or cut is jobs: "the economy added 155,000"
  if (!subject && plain && n.value !== null && !scaled(ctx, n) && !n.yearLike && jobsCounted(ctx, first, sentence)) {
    subject = "jobs";
    head = "jobs";
  }
  let category = categorize(ctx, { n, first, sentence, s, subj, head, headCapital, subject, firstSubjectWord, antecedent, partitive, before });
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
  // (and a lone "one" is never a deployment: "One is a Jamaican who joined British troops")
  if (n.words && n.value === 1 && !n.unit && !n.range && (!PEOPLE_EVENTS.has(category) || (category === "troops" && !subj))) return null;
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










// ---- category -----------------------------------------------------------------------------




















