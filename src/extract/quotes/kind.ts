// What a quotation is: a full statement set off by itself ("direct") or a quoted phrase inside the
// writer's own sentence ("partial"); and the quoted phrases that are no one's words: titles of works,
// nicknames, labels ("so-called"), and a transcript's label inside the marks ("WALLACE: …").

import type { Doc } from "../../text/document";
import type { QuoteSpan } from "../../text/marks";
import { isCueAt } from "../../text/phrases";
import type { Token } from "../../text/tokenize";
import { LABEL_AS, LABEL_MARKERS, LABEL_NOUNS, TITLE_AFTER, TITLE_BEFORE, TITLE_SMALL_WORDS, isPhraseOnly } from "../../words/reporting";
import { WORK_NOUNS, WORK_VERBS } from "../../words/other";

/** A quoted phrase inside the writer's own sentence, rather than a statement set off by itself. */
export function isPartial(doc: Doc, q: QuoteSpan): boolean {
    const { tokens } = doc;
  const sentence = doc.sentences[doc.tokens[q.openTok].sentence];
  // the writer's last word before the opening mark, in the same sentence
  let k = q.openTok - 1;
  while (k >= sentence.first && (tokens[k].norm === "(" || tokens[k].norm === "-")) k--;
  if (k < sentence.first) return false;
  // a quote right after another one ("…” “…”) is a statement of its own
  if (tokens[k].kind === "quote") return !/[.!?,]$/.test(tokens[k - 1]?.norm ?? ".") && k - 1 >= sentence.first;
  const before = tokens[k].norm;
  if (before === ":") return false;
  // “…,” he said, “…” / Trump said Tuesday, “…” / Clinton said on the other hand, “…”
  if (before === "," && cueNear(doc, k - 1, sentence.first)) return false;
  if (isCueAt(doc, k) && !isPhraseOnly(tokens[k].norm) && endsStatement(doc, q)) return false;
  return true;
}

/** A reporting verb at most five words before token i, the words between not a clause of their own. */
function cueNear(doc: Doc, i: number, from: number): boolean {
  for (let v = i; v >= from && v > i - 6; v--) {
    if (isCueAt(doc, v)) return true;
    if (doc.tokens[v].kind === "quote" || doc.tokens[v].norm === ",") return false;
  }
  return false;
}

/** The quote ends like a sentence or a clause handed back to the writer ("…,” he said). */
function endsStatement(doc: Doc, q: QuoteSpan): boolean {
  let e = q.last - 1;
  while (e > q.first && doc.tokens[e].kind === "quote") e--;
  const last = doc.tokens[e].norm;
  return /^[.!?,…]$/.test(last) || last === "..." || q.closeTok < 0;
}


/** A nickname set inside a name: Robert C. “Bobby” Scott. */
export function isNickname(doc: Doc, q: QuoteSpan): boolean {
  const { tokens } = doc;
  const prev = tokens[q.openTok - 1];
  const next = q.closeTok >= 0 ? tokens[q.closeTok + 1] : undefined;
  const cap = (t: Token | undefined) => !!t && t.kind === "word" && /^\p{Lu}/u.test(t.text) && !/^(?:The|A|An)$/.test(t.text);
  return q.last - q.first <= 3 && cap(prev) && cap(next) && !/[.!?,]$/.test(tokens[q.last - 1].norm);
}

/** A title of a work or a nickname: a short quoted phrase in title case. */
export function isNameLike(doc: Doc, q: QuoteSpan): boolean {
  const { tokens } = doc;
  if (q.last - q.first > 10) return false;
  if (isNickname(doc, q)) return true;
  let words = 0;
  for (let k = q.first; k < q.last; k++) {
    const t = tokens[k];
    if (t.kind === "punct" || t.kind === "quote") continue;
    if (t.kind === "word" && /^\p{Ll}/u.test(t.text) && t.text.length > 3 && !TITLE_SMALL_WORDS.has(t.lower)) return false;
    words++;
  }
  return words > 0 && /^[\p{Lu}\p{N}]/u.test(tokens[q.first].text);
}

/** A quoted phrase set off as a label: the so-called “…”, dubbed (a) “…”, known as (the) “…”, the term “…”. */
export function isLabelled(doc: Doc, q: QuoteSpan): boolean {
  const { tokens } = doc;
  const w = (k: number) => tokens[k]?.norm.toLowerCase() ?? "";
  let k = q.openTok - 1;
  if (/^(?:a|an|the)$/.test(w(k)) && !LABEL_NOUNS.has(w(k + 2))) k--; // "dubbed a “…”", "known as the “…”"
  if (LABEL_MARKERS.has(w(k))) return true;
  if (w(k) === "as" && LABEL_AS.has(w(k - 1)) && (w(k - 1) !== "described" || /^(?:is|was|are|were|be|been|being)$/.test(w(k - 2)))) return true;
  return LABEL_NOUNS.has(w(k)) && /^(?:the|a|an|this|that)$/.test(w(k - 1));
}

/** A title of a work or show: a title-case phrase after a possessive or a word like "book" or "on". */
export function isWorkTitle(doc: Doc, q: QuoteSpan): boolean {
  // (after a comma, the word before it: "in his new book, “Doomed to Succeed,”")
  const prev = doc.tokens[q.openTok - 1]?.norm === "," ? doc.tokens[q.openTok - 2] : doc.tokens[q.openTok - 1];
  // or a word for a work, its star or host right after it: "“Broad City” star", "“Daily Show” host", "“Make America Great Again” hats"
  const next = q.closeTok >= 0 ? doc.tokens[q.closeTok + 1] : undefined;
  const named = (prev && TITLE_BEFORE.has(prev.norm.toLowerCase())) || (next !== undefined && next.kind === "word" && !next.cap && (WORK_NOUNS.has(next.lower) || WORK_VERBS.has(next.lower) || TITLE_AFTER.has(next.lower)));
  return named && isNameLike(doc, q);
}
