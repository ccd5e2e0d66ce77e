// The one document object every stage reads and adds to, as spaCy's Doc: the original text, its
// tokens with their attributes, paragraphs and sentences, all as spans over the original; then the
// layers the stages add in order (see analyze.ts): quotation marks (found here), names, entities
// and their mentions, reporting cues, attributions, figures. Stages never re-parse strings and never
// rebuild another stage's index: what they need is a layer or a token attribute.

import type { Span } from "../types";
import type { Vocab } from "../vocab";
import { layout, type ParagraphKind } from "./layout";
import type { Attribution, Entity, EntityMention, FigureSpan, NameSpan, Sourced } from "./layers";
import { findQuotes, type QuoteSpan } from "./marks";
import { splitSentences, type TokenRange } from "./sentences";
import { tokenize, type Token } from "./tokenize";

export interface Paragraph extends Span, TokenRange {
  kind: ParagraphKind;
  /** Sentence indexes [firstSentence, lastSentence). */
  firstSentence: number;
  lastSentence: number;
}

export interface Sentence extends Span, TokenRange {
  paragraph: number;
}

export interface Doc {
  readonly text: string;
  /** The lexicon and the tagger the stages read. */
  readonly vocab: Vocab;
  readonly tokens: Token[];
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[];
  /** Raw publication name from a header line, if any. */
  readonly publication: string | null;
  /** Layer: quotations, from their marks, in the paragraphs that are read (tokens' inQuote says who is inside one). */
  readonly quotes: QuoteSpan[];
  /** Layer (cues): 1 for each token that is a reporting verb ("said", "put" in "put it"), outside quotes. */
  cues: Uint8Array;
  /** Layer (names): typed name spans, in the order the entity stage found them. */
  names: NameSpan[];
  /** Layer (entities): one entry per real-world entity, and every mention with its entity in text order. */
  entities: Entity[];
  mentions: EntityMention[];
  /** For each token, the mention covering it (from `mentions`), or undefined. */
  mentionAt: Array<EntityMention | undefined>;
  /** Layer (sources): one per quotation that is someone's words, in order: its kind and where the attribution rules find its source. */
  sources: Sourced[];
  /** Layer (attributions): one per quotation of the sources layer: its speaker, resolved. */
  attributions: Attribution[];
  /** Layer (figures): numbers that count something, in text order. */
  figures: FigureSpan[];
}

export function createDoc(text: string, vocab: Vocab): Doc {
  const tokens = tokenize(text);
  const { blocks, publication } = layout(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let t = 0;
  for (const b of blocks) {
    while (t < tokens.length && tokens[t].start < b.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t].start < b.end) t++;
    if (t === first) continue;
    const p: Paragraph = {
      start: b.start,
      end: b.end,
      kind: b.kind,
      first,
      last: t,
      firstSentence: sentences.length,
      lastSentence: sentences.length,
    };
    tokens[first].paragraphStart = true;
    for (const r of splitSentences(tokens, first, t)) {
      for (let k = r.first; k < r.last; k++) {
        tokens[k].sentence = sentences.length;
        tokens[k].paragraph = paragraphs.length;
      }
      tokens[r.first].sentenceStart = true;
      // (fields named: spreading r cost a fifth of createDoc)
      sentences.push({ first: r.first, last: r.last, start: tokens[r.first].start, end: tokens[r.last - 1].end, paragraph: paragraphs.length });
    }
    p.lastSentence = sentences.length;
    paragraphs.push(p);
  }
  const doc: Doc = {
    text,
    vocab,
    tokens,
    paragraphs,
    sentences,
    publication,
    quotes: [],
    cues: new Uint8Array(0),
    names: [],
    entities: [],
    mentions: [],
    mentionAt: [],
    sources: [],
    attributions: [],
    figures: [],
  };
  // quotations in the paragraphs that are read, the headline aside
  const read = paragraphs.map((p, i) => (CONTENT_KINDS.has(p.kind) && p.kind !== "title" ? i : -1)).filter((i) => i >= 0);
  for (const q of findQuotes(doc, read)) {
    doc.quotes.push(q);
    const end = q.closeTok >= 0 ? q.closeTok + 1 : q.last;
    for (let k = q.openTok; k < end; k++) tokens[k].inQuote = true;
  }
  return doc;
}

/** The text of a span with runs of whitespace (line breaks from wrapping) made single spaces. */
export function flat(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end).replace(/\s+/g, " ");
}

/** The sentence token i stands in. */
export function sentenceAt(doc: Doc, i: number): Sentence {
  return doc.sentences[doc.tokens[i].sentence];
}

/** Paragraph kinds whose text is analysed for entities, quotes and figures. */
export const CONTENT_KINDS: ReadonlySet<ParagraphKind> = new Set(["title", "caption", "body", "comment"]);
