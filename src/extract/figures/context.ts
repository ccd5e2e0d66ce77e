// What the figure stage keeps while it reads one document: the words it asks about, what the
// article and each sentence speak of (a poll, a protest, the economy), and the figures found so far.

import type { Doc, Sentence } from "../../text/document";
import type { Figure, FigureCategory } from "../../types";
import { ECONOMY_CUES, INDEX_CUES, JOB_CUES, POLL_CUES, PROTEST_CUES, PROTESTER_NOUNS } from "../../words/counted";
import { MONTHS } from "../../words/time";

/** Categories that say what happened to people; they outrank a bare count. */
export const PEOPLE_EVENTS = new Set<FigureCategory>(["deaths", "injuries", "arrests", "troops", "protesters", "displaced"]);

export interface Ctx {
  doc: Doc;
  /** A token's lower case by index, "" outside the text. */
  lw: (i: number) => string;
  /** The lexicon's function words, common words and verb forms. */
  fw: Set<string>;
  common: Set<string>;
  verbs: Set<string>;
  /** Words the article uses as verbs, computed when first asked. */
  articleVerbs: Set<string> | null;
  /** Plural names of peoples ("Iraqis") and demonyms, from the lexicon. */
  peoples: Set<string>;
  demonyms: Map<string, unknown>;
  /** Whether the article is about a poll / a protest at all: computed when first asked. */
  cues: { pollDoc: boolean; protestDoc: boolean; indexDoc: boolean; jobsDoc: boolean } | null;
  sentenceCues: Map<Sentence, SentenceCues>;
  /** Each sentence's text, flattened once. */
  sentenceText: Map<number, string>;
}

export interface Found {
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

/** Whether the article is about a poll or a protest at all (one pass, set lookups, once per article). */
export function docCues(ctx: Ctx): { pollDoc: boolean; protestDoc: boolean; indexDoc: boolean; jobsDoc: boolean } {
  if (ctx.cues) return ctx.cues;
  const { doc, lw } = ctx;
  let poll = 0;
  let protest = 0;
  let index = 0;
  let jobs = 0;
  for (const p of doc.paragraphs) {
    if (p.kind !== "body" && p.kind !== "title") continue;
    for (let i = p.first; i < p.last; i++) {
      const w = lw(i);
      if (POLL_CUES.has(w) && !(w === "polled" && lw(i + 1) === "by")) poll++;
      if (PROTESTER_NOUNS.has(w) || PROTEST_CUES.has(w)) protest++;
      if (INDEX_CUES.has(w)) index++;
      if (JOB_CUES.has(w)) jobs++;
    }
  }
  ctx.cues = { pollDoc: poll >= 2, protestDoc: protest >= 2, indexDoc: index >= 2, jobsDoc: jobs >= 2 };
  return ctx.cues;
}

interface SentenceCues {
  poll: boolean;
  economy: boolean;
  index: boolean;
}

/** What a sentence speaks of (a poll, the economy, a stock index): one pass per sentence, kept. */
export function sentenceCues(ctx: Ctx, sentence: Sentence): SentenceCues {
  let c = ctx.sentenceCues.get(sentence);
  if (c) return c;
  c = { poll: false, economy: false, index: false };
  for (let j = sentence.first; j < sentence.last; j++) {
    const w = ctx.lw(j);
    if (POLL_CUES.has(w) && !(w === "polled" && ctx.lw(j + 1) === "by")) c.poll = true;
    else if (ECONOMY_CUES.has(w)) c.economy = true;
    if (INDEX_CUES.has(w) || (w === "exchange" && ctx.lw(j - 1) === "stock")) c.index = true;
  }
  ctx.sentenceCues.set(sentence, c);
  return c;
}

export function isMonthName(ctx: Ctx, j: number): boolean {
  return MONTHS.has(ctx.lw(j)) && ctx.doc.tokens[j].cap;
}

export function createContext(doc: Doc): Ctx {
  const lex = doc.vocab.lexicon;
  const { tokens } = doc;
  const lw = (i: number) => tokens[i]?.lower ?? "";
  return { doc, lw, fw: lex.functionWords, common: lex.common, verbs: lex.verbs, peoples: lex.peoples, demonyms: lex.demonym, articleVerbs: null, cues: null, sentenceCues: new Map(), sentenceText: new Map() };
}
