// Finds the paragraphs of a text as people wrote it, not as it was wrapped: hard-wrapped lines are
// joined, and the parts around the article (a "From X:" header, a quoted headline, a photo caption,
// a reposter's comment, blog boilerplate) are told apart from the body. Offsets stay in the original.

import type { Span } from "../types";

export type ParagraphKind = "header" | "title" | "caption" | "body" | "comment" | "boilerplate";

export interface Block extends Span {
  kind: ParagraphKind;
}

export interface Layout {
  blocks: Block[];
  /** Raw publication name from a header line ("From MT:" → "MT"), if any. */
  publication: string | null;
}

interface Line extends Span {
  text: string; // trimmed
}

const TERMINAL = /(?:[.!?:]|\.\.\.|…)["”’'»)\]]*$|''$/;
const OPENERS: Record<string, string> = { "“": "”", '"': '"', "(": ")", "[": "]", "«": "»" };
const HEADER = /^(?:(?:from|via|reposted from|originally published (?:at|in|by))\s+(.{1,60}?)\s*:|source:\s*(.{1,60}?))$/i;
// Blog and site furniture: from such a line on, the rest is page chrome, not article.
const BOILERPLATE =
  /^(?:no comments?:?|\d+ comments?:?|post a comment|note: only a member of this blog may post a comment\.?|newer post|older post|subscribe to:.*|posted by .*|labels?:.*|share this( article)?:?|leave a (reply|comment)|related (articles|posts|stories):?|read more:?|advertisement|all rights reserved.*|copyright ©.*|© \d{4}.*)$/i;
/** What BOILERPLATE's lines start with: a paragraph that starts otherwise (most) is not collapsed to be tested. */
const BOILERPLATE_START = /^[nposlrac\d©]/i;

// whitespace at line edges, zero-width spaces and word joiners included (a line of them is blank)
const BLANK = /[\s\u200B\u2060]/;

// A reposter's or editor's aside after the article: set off by a marker ("^ … ^", "*** … ***",
// ">> …") or introduced as one ("My comment:", "Editor's note:").
const COMMENT_OPEN = /^(?:\^|\*{3}|~{2,}|>>|(?:my )?comments?:|my take:|(?:editor|blogger|reposter)['’]s note:)/i;
const MARKER_END = /(?:\^|\*{3}|~{2,})$/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  const add = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && BLANK.test(text[a])) a++;
    while (b > a && BLANK.test(text[b - 1])) b--;
    lines.push({ start: a, end: b, text: text.slice(a, b) });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    add(start, m.index);
    start = m.index + m[0].length;
  }
  add(start, text.length);
  return lines;
}

/** The wrap width of hard-wrapped text, or 0 when lines are not wrapped. */
function wrapWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 4) return 0;
  const w = lengths[Math.floor(lengths.length * 0.9)];
  if (w > 140 || w < 30 || lengths[lengths.length - 1] > w * 1.25) return 0;
  // wrapped text: many lines sit close to the width (the rest end paragraphs or are headings)
  const near = lengths.filter((n) => n >= w * 0.7).length;
  return near >= lengths.length * 0.35 ? w : 0;
}

export function layout(text: string): Layout {
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  const paras: Span[] = [];
  let cur: Span | null = null;
  let opener: string | null = null;
  let curLine = 0; // the line the current paragraph starts on
  const close = () => {
    if (cur) paras.push(cur);
    cur = null;
    opener = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.text) {
      close();
      continue;
    }
    // a paragraph that opened with a quote mark or bracket runs on until a line closes it
    const unclosed = cur !== null && opener !== null && i - curLine < 4;
    const runsOn = width ? !breakBefore(lines, i, width) : i > 0 && continuesLine(lines[i - 1], line, i === 1);
    if (cur && (runsOn || unclosed)) {
      cur.end = line.end;
    } else {
      close();
      cur = { start: line.start, end: line.end };
      curLine = i;
      opener = OPENERS[line.text[0]] ? line.text[0] : null;
    }
    // a paragraph that opened with a quote or bracket ends where the line closes it
    if (opener && line.text.endsWith(OPENERS[opener]) && (cur as Span).end === line.end) {
      const body = text.slice((cur as Span).start + 1, line.end - 1);
      if (!body.includes(OPENERS[opener])) close();
    }
  }
  close();
  return classify(text, paras);
}

/**
 * In text that is not hard-wrapped, a line still runs on into the next when the sentence plainly
 * goes on: no closing punctuation, and the next line starts in lower case or finishes a name split
 * by the line break ("…said Prime Minister Boris\nJohnson"). The first line, a likely headline,
 * never runs on.
 */
function continuesLine(prev: Line, line: Line, prevIsFirst: boolean): boolean {
  if (prevIsFirst || !prev.text || TERMINAL.test(prev.text) || BOILERPLATE.test(prev.text)) return false;
  if (/^\p{Ll}/u.test(line.text)) return true;
  return prev.text.length >= 50 && /\p{Lu}[\p{L}'’-]*$/u.test(prev.text) && /^\p{Lu}\p{Ll}/u.test(line.text);
}

function breakBefore(lines: Line[], i: number, width: number): boolean {
  const prev = lines[i - 1];
  const line = lines[i];
  if (!prev || !prev.text) return true;
  if (BOILERPLATE.test(line.text) || BOILERPLATE.test(prev.text)) return true;
  if (COMMENT_OPEN.test(line.text) || MARKER_END.test(prev.text)) return true;
  if (!TERMINAL.test(prev.text)) return false;
  if (prev.text.length < width * 0.75) return true;
  // a short first line ahead of full-width lines opens a paragraph (text pasted from a web page)
  const next = lines[i + 1];
  return line.text.length < width * 0.6 && !!next && next.text.length >= width * 0.75;
}

function classify(text: string, paras: Span[]): Layout {
  const blocks: Block[] = paras.map((p) => ({ ...p, kind: "body" as ParagraphKind }));
  let publication: string | null = null;
  // header lines and a headline at the top
  let i = 0;
  for (; i < blocks.length && i < 4; i++) {
    const t = text.slice(blocks[i].start, blocks[i].end).replace(/\s+/g, " ");
    const h = HEADER.exec(t);
    if (h && t.length < 70) {
      blocks[i].kind = "header";
      publication ??= (h[1] ?? h[2]).trim();
      continue;
    }
    break;
  }
  if (i < blocks.length && blocks.length > 1) {
    const t = text.slice(blocks[i].start, blocks[i].end).replace(/\s+/g, " ");
    const quoted = /^[“"«][^“”"«»]*[”"»]$/.test(t) && t.length < 200;
    const headline = t.length < 160 && !/[.!?,;:]["”’]?$/.test(t) && !/\n\s*\n/.test(t);
    if (quoted || headline) blocks[i++].kind = "title";
  }
  // a caption in brackets right under the headline
  for (; i < blocks.length; i++) {
    const t = text.slice(blocks[i].start, blocks[i].end);
    if (/^\(.*\)$/s.test(t) && t.length < 300) blocks[i].kind = "caption";
    else break;
  }
  // furniture at the end: boilerplate, then a reposter's comment just before it
  let inBoiler = false;
  let inComment = false;
  for (let j = i; j < blocks.length; j++) {
    const t = text.slice(blocks[j].start, blocks[j].end).trim();
    if (inBoiler || (BOILERPLATE_START.test(t) && BOILERPLATE.test(t.replace(/\s+/g, " ")))) {
      inBoiler = true;
      blocks[j].kind = "boilerplate";
      continue;
    }
    const open = COMMENT_OPEN.exec(t);
    if (open) inComment = true;
    if (inComment) blocks[j].kind = "comment";
    // a marker that closes what it opened ("^ … ^", "*** … ***") ends the comment there
    if (inComment && MARKER_END.test(t) && !(open && t === open[0])) inComment = false;
  }
  return { blocks, publication };
}
