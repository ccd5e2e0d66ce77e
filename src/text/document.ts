// The one document object every extractor reads: the original text, its tokens, paragraphs and
// sentences, all as spans over the original. Built once; extractors never re-parse strings.

import type { Span } from "../types";
import { layout, type ParagraphKind } from "./layout";
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
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** For each token, the index of its sentence. */
  sentenceOf: Int32Array;
  /** Raw publication name from a header line, if any. */
  publication: string | null;
}

export function createDoc(text: string): Doc {
  const tokens = tokenize(text);
  const { blocks, publication } = layout(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
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
    for (const r of splitSentences(tokens, first, t)) {
      for (let k = r.first; k < r.last; k++) sentenceOf[k] = sentences.length;
      sentences.push({ ...r, start: tokens[r.first].start, end: tokens[r.last - 1].end, paragraph: paragraphs.length });
    }
    p.lastSentence = sentences.length;
    paragraphs.push(p);
  }
  return { text, tokens, paragraphs, sentences, sentenceOf, publication };
}

/** The text of a span with runs of whitespace (line breaks from wrapping) made single spaces. */
export function flat(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end).replace(/\s+/g, " ");
}

/** Paragraph kinds whose text is analysed for entities, quotes and figures. */
export const CONTENT_KINDS: ReadonlySet<ParagraphKind> = new Set(["title", "caption", "body", "comment"]);
