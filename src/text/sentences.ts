// Splits a paragraph's tokens into sentences. Abbreviations keep their dot in the tokenizer, so a
// dot token is a sentence end unless the next word runs on in lower case.

import { STARTERS, US_STATES, type Token } from "./tokenize";

export interface TokenRange {
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
}

const ENDERS = new Set([".", "!", "?", "…", "..."]);
const CLOSERS = new Set(['"', "'", "''", ")", "]", "»", "’", "”"]);
// Abbreviations that often close a sentence, a firm's legal form or a US state: "… of First Union Corp. The bank said".
const CLOSING_ABBREVIATIONS = new Set(["Corp", "Inc", "Ltd", "Co", "Bros", "Plc", ...US_STATES]);

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind === "quote" || t.text === "(" || t.text === "[") return true;
  if (t.kind === "number") return true;
  return /^\p{Lu}/u.test(t.text);
}

export function splitSentences(tokens: Token[], first: number, last: number): TokenRange[] {
  const out: TokenRange[] = [];
  let start = first;
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    let end = -1;
    if (ENDERS.has(t.norm)) {
      let j = i + 1;
      // closing quotes and brackets glued to the end mark belong to this sentence
      while (j < last && CLOSERS.has(tokens[j].norm) && !tokens[j].space) j++;
      if (j >= last || (tokens[j].space && startsSentence(tokens[j]))) end = j;
    } else if (t.kind === "word" && t.text.length > 2 && t.text.endsWith(".") && (/^(?:\p{L}\.)+$/u.test(t.text) || CLOSING_ABBREVIATIONS.has(t.text.slice(0, -1)))) {
      // "U.S.S.R." or "First Union Corp." closing a sentence: the next word is a sentence starter
      const next = tokens[i + 1];
      if (i + 1 < last && next && next.space && STARTERS.has(next.text.toLowerCase()) && /^\p{Lu}/u.test(next.text)) end = i + 1;
    }
    if (end > 0) {
      out.push({ first: start, last: end });
      start = end;
      i = end - 1;
    }
  }
  if (start < last) out.push({ first: start, last });
  return out;
}
