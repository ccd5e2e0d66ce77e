// Finds quoted stretches of text from their marks: curly and straight double quotes, '' and ``
// used as marks, and a quote left open at the end of its paragraph (it ends there).

import type { Doc, Paragraph } from "../../text/document";
import type { Span } from "../../types";

export interface QuoteSpan extends Span {
  /** Offsets of the marks themselves; close is null for a quote left open. */
  open: Span;
  close: Span | null;
  /** Token range of the quoted words. */
  first: number;
  last: number;
  paragraph: number;
}

type Role = "open" | "close" | "either";

function role(doc: Doc, i: number): Role | null {
  const t = doc.tokens[i];
  if (t.kind !== "quote") return null;
  switch (t.text) {
    case "“":
    case "„":
    case "«":
    case "``":
      return "open";
    case "”":
    case "»":
      return "close";
    case '"':
    case "''":
      return "either";
    default:
      return null; // single marks are apostrophes far more often than quotes
  }
}

export function findQuotes(doc: Doc, paragraphs: Iterable<number>): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const { tokens } = doc;
  for (const pi of paragraphs) {
    const p: Paragraph = doc.paragraphs[pi];
    let openAt = -1;
    // closeAt: the closing mark's token; null for a quote left open, which runs to `until`
    const finish = (closeAt: number | null, until = p.last) => {
      const first = openAt + 1;
      const last = closeAt ?? until;
      if (last > first) {
        const start = tokens[first].start;
        const end = tokens[last - 1].end;
        out.push({
          start,
          end,
          open: { start: tokens[openAt].start, end: tokens[openAt].end },
          close: closeAt === null ? null : { start: tokens[closeAt].start, end: tokens[closeAt].end },
          first,
          last,
          paragraph: pi,
        });
      }
      openAt = -1;
    };
    for (let i = p.first; i < p.last; i++) {
      const r = role(doc, i);
      if (!r) continue;
      const t = tokens[i];
      const next = tokens[i + 1];
      // a straight mark opens when it stands before a word and after a space (or at the start)
      const opensHere = r === "open" || (r === "either" && (t.space || i === p.first) && !!next && !next.space);
      if (openAt < 0) {
        if (opensHere) openAt = i;
        continue;
      }
      if (r === "open") {
        // a new opening mark while one is open: the earlier quote was left open and ends with
        // the last sentence before the new mark
        let until = i;
        while (until > openAt + 1 && doc.sentenceOf[until - 1] === doc.sentenceOf[i] && doc.sentences[doc.sentenceOf[i]].first > openAt) until--;
        finish(null, until);
        openAt = i;
        continue;
      }
      finish(i);
    }
    if (openAt >= 0) finish(null);
  }
  return out;
}
