// Finds quoted stretches of text from their marks: curly and straight double quotes, '' and ``
// used as marks, marks of the other style nested inside a quote, and a quote left open at the end of
// its paragraph (it ends there; the next paragraph may reopen it) or at a mark that reopens it after
// a sentence's stop. Single marks are apostrophes far
// more often than quotes, so ‘single’ quotes are only ever nested inside double ones and never end them.
// One pass over the tokens of each paragraph: linear in the text, whatever the marks.

import type { Doc, Paragraph } from "./document";
import type { Span } from "../types";

export interface QuoteSpan extends Span {
  /** Offsets of the marks themselves; close is null for a quote left open. */
  open: Span;
  close: Span | null;
  /** Token range of the quoted words, and the tokens of the marks (close = -1 when left open). */
  first: number;
  last: number;
  openTok: number;
  closeTok: number;
  paragraph: number;
}

type Role = "open" | "close" | "either";
type Style = "curly" | "straight" | "twin" | "tick" | "guillemet";

function role(text: string): Role | null {
  switch (text) {
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
      return null;
  }
}

function styleOf(text: string): Style {
  if (text === '"') return "straight";
  if (text === "''") return "twin";
  if (text === "``") return "tick";
  if (text === "«" || text === "»") return "guillemet";
  return "curly";
}

export function findQuotes(doc: Doc, paragraphs: Iterable<number>): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const { tokens } = doc;
  const blocks = excerptParagraphs(doc);
  for (const pi of paragraphs) {
    const p: Paragraph = doc.paragraphs[pi];
    const from = blocks.has(pi) ? p.first + 1 : p.first;
    let openAt = -1;
    let style: Style = "curly";
    let nested = false; // a quote of the other style is open inside this one
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
          openTok: openAt,
          closeTok: closeAt ?? -1,
          paragraph: pi,
        });
      }
      openAt = -1;
      nested = false;
    };
    for (let i = from; i < p.last; i++) {
      const t = tokens[i];
      if (t.kind !== "quote") continue;
      const r = role(t.text);
      if (!r) continue;
      const next = i + 1 < p.last ? tokens[i + 1] : undefined;
      const prev = i > from ? tokens[i - 1] : undefined;
      // a mark stands before a word and after a space, the start, a bracket or a dash: it opens
      const before = i === from || t.space || (!!prev && /^[([{—–-]$/.test(prev.norm));
      const looksOpen = before && !!next && !next.space && next.kind !== "quote" && !/^[,.;:!?)]$/.test(next.norm);
      if (openAt < 0) {
        // “…” and «…» open; a straight mark or a ” opens where it stands before a word
        if (r === "open" || looksOpen) {
          openAt = i;
          style = styleOf(t.text);
        }
        continue;
      }
      const s = styleOf(t.text);
      if (style === "curly" || style === "guillemet" || style === "tick") {
        if (r === "open" && s === style) {
          // a new opening mark while one is open: the earlier quote was left open and ends with
          // the last sentence before the new mark
          let until = i;
          while (until > openAt + 1 && tokens[until - 1].sentence === tokens[i].sentence && doc.sentences[tokens[i].sentence].first > openAt) until--;
          finish(null, until);
          openAt = i;
          style = s;
          continue;
        }
        if (s === "straight" || (s === "twin" && style !== "tick")) {
          // straight marks inside a curly quote: a nested pair, or (sloppy) the closer
          if (nested) nested = false;
          else if (looksOpen) nested = true;
          else finish(i);
          continue;
        }
        if (r === "open") continue; // « inside “…”, or “ inside «…»: nested
        finish(i);
        continue;
      }
      // a quote opened with straight marks (" or '')
      if (s === style) {
        // after a sentence's stop, glued to the next word: the quote goes on in a new sentence that
        // reopens it (the BBC's style: "… again. "I am in no doubt …"), the first left open
        if (looksOpen && s === "straight" && prev && /^(?:[.!?…]|\.\.\.)$/.test(prev.norm) && i - openAt > 2) {
          finish(null, i);
          openAt = i;
          style = s;
          continue;
        }
        finish(i);
        continue;
      }
      if (r === "open") {
        nested = true; // “inner” inside "…"
        continue;
      }
      if (r === "close") {
        if (nested) nested = false;
        else finish(i); // "…” (sloppy mixed marks)
        continue;
      }
      // the other straight style inside: " inside ''…'' or '' inside "…"
      if (nested) nested = false;
      else if (looksOpen) nested = true;
      else finish(i);
    }
    if (openAt >= 0) finish(null);
  }
  return out;
}

/**
 * Paragraphs opened by a straight mark that is a reposter's sign for an excerpt, not a quote mark, in a
 * text that quotes with curly marks: a run of paragraphs each opened with " and never closed
 * ("McCrummen reports:" then the excerpt), or transcript lines ("WALLACE: …"). A run that ends by
 * closing the mark is a quote carried over several paragraphs, and stays one.
 */
function excerptParagraphs(doc: Doc): Set<number> {
  const { tokens, paragraphs } = doc;
  const out = new Set<number>();
  if (!doc.text.includes("“") && !doc.text.includes("”")) return out;
  const opens = (p: Paragraph) => tokens[p.first]?.text === '"';
  const closes = (p: Paragraph) => {
    for (let i = p.first + 1; i < p.last; i++) if (tokens[i].text === '"') return true;
    return false;
  };
  const labelled = (p: Paragraph) => p.first + 2 < p.last && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[p.first + 1].text) && tokens[p.first + 2].norm === ":";
  for (let i = 0; i < paragraphs.length; ) {
    if (!opens(paragraphs[i]) || closes(paragraphs[i])) {
      i++;
      continue;
    }
    // a run of paragraphs opened with " and left open, up to one that closes or does not open
    let j = i;
    let label = false;
    for (; j < paragraphs.length && opens(paragraphs[j]) && !closes(paragraphs[j]); j++) if (labelled(paragraphs[j])) label = true;
    const closed = j < paragraphs.length && opens(paragraphs[j]);
    if (closed && labelled(paragraphs[j])) label = true;
    if (!closed || label) for (let k = i; k < (closed ? j + 1 : j); k++) if (!closes(paragraphs[k]) || labelled(paragraphs[k])) out.add(k);
    i = closed ? j + 1 : j;
  }
  return out;
}
