// Quote stage: quoted spans (marks.ts), told apart as full statements or quoted phrases, and
// attributed to a speaker (speakers.ts). A statement looks first after its closing mark ("…,” said X /
// “…,” X, a …, said / “…” ― X), then before its opening mark in its sentence (X said: “…” / according
// to X), then at the sentence's close (", X said."), then for a label (X: “…”, WALLACE: …); a quoted
// phrase takes the verb that governs its sentence. Unattributed statements continue the speaker of the
// writer's sentence or the quote just before them. Titles, nicknames and unattributed title-case
// phrases are left out. Every scan is bounded (a sentence, a few dozen tokens, a few dozen speakers),
// so the stage is linear in the text.

import type { Entity } from "../../text/layers";
import type { Doc } from "../../text/document";
import type { Token } from "../../text/tokenize";
import type { Quote } from "../../types";
import type { QuoteSpan } from "../../text/marks";
import {
  agrees,
  cueFlags,
  cueText,
  isCueAt,
  mainSubject,
  nameInApposition,
  phraseAfter,
  plausible,
  speakerOf,
  subjectOfCue,
  timePhraseStart,
  type Ctx,
  type Speaker,
} from "./speakers";
import { PREPOSITIONS, SUBORDINATORS } from "../../words/grammar";
import { LABEL_AS, LABEL_MARKERS, LABEL_NOUNS, TITLE_BEFORE, VOICE_ROLES, isBetween, isCueWord, isPhraseOnly } from "../../words/reporting";

export function attributeQuotes(doc: Doc): void {
  const spans = doc.quotes;
  const ctx = context(doc);
  const found: Array<{ span: QuoteSpan; speaker: Speaker | null; kind: Quote["kind"] }> = [];
  const known = new Set<Speaker>();
  for (const raw of spans) {
    // a transcript line inside the marks: "WALLACE: Let’s start …"
    const label = transcriptLabel(ctx, raw);
    const q = label ? { ...raw, first: label.textFirst, start: doc.tokens[label.textFirst].start } : raw;
    const kind: Quote["kind"] = label ? "direct" : isPartial(ctx, q) ? "partial" : "direct";
    // “Meet the Press”, CNN’s “State of the Union”, Robert C. “Bobby” Scott: names, not statements
    if (kind === "partial" && (isWorkTitle(ctx, q) || isNickname(ctx, q))) continue;
    // the so-called “peace plan”, dubbed “Jerry’s Guide”, known as the “Buffett rule”: a label, no one's words
    if (kind === "partial" && isLabelled(ctx, q)) {
      found.push({ span: q, speaker: null, kind });
      continue;
    }
    let speaker: Speaker | null = null;
    if (label) speaker = speakerOf(ctx, label.first, label.last, null, label.first, true);
    else if (kind === "direct") speaker = after(ctx, q) ?? before(ctx, q) ?? tail(ctx, q) ?? colonLabel(ctx, q);
    else {
      // a quoted phrase belongs to its own sentence: its verb before it first, then one after it, never
      // one in the next sentence (“…called the plan “a disaster.” His spokesman said the senator …”)
      const end = doc.sentences[doc.tokens[q.closeTok >= 0 ? q.closeTok : q.last - 1].sentence].last;
      speaker = before(ctx, q, true) ?? after(ctx, q, false, end) ?? tail(ctx, q, end);
    }
    // inside a transcript paragraph ("PENCE: … “Shark Tank.” …") the label speaks
    if (!speaker) {
      const l = paragraphLabel(ctx, q.paragraph);
      if (l) speaker = speakerOf(ctx, l.first, l.last, null, l.first, true);
    }
    // an unattributed statement right after an attributed quote in the same paragraph, or a quote
    // reopened in the next paragraph after one left open, continues the same speaker; one right
    // after a sentence of the writer's that names a speaker ("X called him a master. “He …”") is theirs
    if (!speaker && kind === "direct") speaker = previousSentence(ctx, q);
    const previous = found[found.length - 1];
    if (!speaker && kind === "direct" && previous?.speaker) {
      const sameParagraph = previous.span.paragraph === q.paragraph;
      const continued = previous.span.closeTok < 0 && q.paragraph === previous.span.paragraph + 1 && q.openTok === doc.paragraphs[q.paragraph].first;
      if (sameParagraph || continued) speaker = previous.speaker;
    }
    // failing those, “…” X added: “…” — the verb before the next quote's colon
    if (!speaker && kind === "direct") speaker = after(ctx, q, true);
    if (!speaker && kind === "partial" && isNameLike(ctx, q)) continue; // a title or nickname, not a statement
    if (speaker && !known.has(speaker)) {
      known.add(speaker);
      ctx.speakers.push(speaker);
    }
    found.push({ span: q, speaker, kind });
  }
  // a quote carried over paragraphs (each left open, the next reopened) is one statement: the
  // attribution at its end ("… ,” she said.) covers the paragraphs before it too
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i];
    const b = found[i + 1];
    if (a.speaker || !b.speaker || a.kind !== "direct" || a.span.closeTok >= 0) continue;
    if (b.span.paragraph === a.span.paragraph + 1 && b.span.openTok === doc.paragraphs[b.span.paragraph].first) a.speaker = b.speaker;
  }
  doc.attributions = found.map(({ span: quote, speaker, kind }) => ({ quote, speaker, kind, rule: null }));
}

function context(doc: Doc): Ctx {
  const byWord = new Map<string, Entity[]>();
  const add = (word: string, e: Entity) => {
    const list = byWord.get(word);
    if (!list) byWord.set(word, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of doc.entities) {
    if (e.type !== "person" && e.type !== "organization") continue;
    for (const n of [e.name, ...e.aliases, ...(e.acronym ? [e.acronym] : [])]) {
      const words = n.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
      if (words?.length) add(words[words.length - 1].replace(/['’]s$/, ""), e);
    }
  }
  const inQuote = Uint8Array.from(doc.tokens, (t) => (t.inQuote ? 1 : 0));
  return { doc, mentionOf: doc.mentionAt, inQuote, ...cueFlags(doc), byWord, speakers: [], genderMemo: new Map() };
}

/** The sentence of token i, as a token range inside its paragraph. */
function sentenceAt(doc: Doc, i: number) {
  return doc.sentences[doc.tokens[i].sentence];
}

/** A quoted phrase inside the writer's own sentence, rather than a statement set off by itself. */
function isPartial(ctx: Ctx, q: QuoteSpan): boolean {
  const { doc } = ctx;
  const { tokens } = doc;
  const sentence = sentenceAt(doc, q.openTok);
  // the writer's last word before the opening mark, in the same sentence
  let k = q.openTok - 1;
  while (k >= sentence.first && (tokens[k].norm === "(" || tokens[k].norm === "-")) k--;
  if (k < sentence.first) return false;
  // a quote right after another one ("…” “…”) is a statement of its own
  if (tokens[k].kind === "quote") return !/[.!?,]$/.test(tokens[k - 1]?.norm ?? ".") && k - 1 >= sentence.first;
  const before = tokens[k].norm;
  if (before === ":") return false;
  // “…,” he said, “…” / Trump said Tuesday, “…” / Clinton said on the other hand, “…”
  if (before === "," && cueNear(ctx, k - 1, sentence.first)) return false;
  if (isCueAt(ctx, k) && !isPhraseOnly(tokens[k].norm) && endsStatement(ctx, q)) return false;
  return true;
}

/** A reporting verb at most five words before token i, the words between not a clause of their own. */
function cueNear(ctx: Ctx, i: number, from: number): boolean {
  for (let v = i; v >= from && v > i - 6; v--) {
    if (isCueAt(ctx, v)) return true;
    if (ctx.doc.tokens[v].kind === "quote" || ctx.doc.tokens[v].norm === ",") return false;
  }
  return false;
}

/** The quote ends like a sentence or a clause handed back to the writer ("…,” he said). */
function endsStatement(ctx: Ctx, q: QuoteSpan): boolean {
  let e = q.last - 1;
  while (e > q.first && ctx.doc.tokens[e].kind === "quote") e--;
  const last = ctx.doc.tokens[e].norm;
  return /^[.!?,…]$/.test(last) || last === "..." || q.closeTok < 0;
}

/** “…,” said X / “…,” X said / “…,” X, a …, wrote / “…” according to X: the words after the closing mark. */
function after(ctx: Ctx, q: QuoteSpan, colon = false, stop = Infinity): Speaker | null {
  if (q.closeTok < 0) return null;
  const { doc } = ctx;
  const { tokens } = doc;
  const limit = Math.min(doc.paragraphs[q.paragraph].last, stop);
  let c = q.closeTok + 1;
  const dash = c < limit && /^(?:-|--)$/.test(tokens[c].norm);
  if (c < limit && (dash || tokens[c].norm === ",")) c++;
  if (c >= limit || tokens[c].kind === "quote") return null;
  if (dash) {
    // “…” ― Sonya Herridge: a name signing the quote
    const p = phraseAfter(ctx, c, limit);
    const end = p ? tokens[p[1]] : undefined;
    if (p && /^\p{Lu}/u.test(tokens[p[1] - 1].text) && (!end || p[1] >= limit || end.kind === "quote" || /^[.,;(]$/.test(end.norm)))
      return speakerOf(ctx, p[0], p[1], null, c);
  }
  if (isCueAt(ctx, c)) {
    // inverted: said X / said the official
    const p = phraseAfter(ctx, c + 1, limit);
    if (p && plausible(ctx, p[0], p[1])) return speakerOf(ctx, ...nameInApposition(ctx, p, limit), cueText(ctx, c), c);
    return null;
  }
  if (tokens[c].norm.toLowerCase() === "according" && tokens[c + 1]?.norm.toLowerCase() === "to") {
    const p = phraseAfter(ctx, c + 2, limit);
    if (p) return speakerOf(ctx, ...nameInApposition(ctx, p, limit), "according to", c);
    return null;
  }
  // “dozens” more fatalities reported: words that carry on the writer's sentence, no attribution
  let e = q.last - 1;
  while (e > q.first && tokens[e].kind === "quote") e--; // ‘…,’” — an inner quote closing with it
  if (!/[,.!?…:;-]$/.test(tokens[e].norm) && tokens[q.closeTok + 1]?.norm !== "," && !dash) return null;
  // X … said: a reporting verb in the clause after the quote, with the speaker phrase leading to it
  // (the first verb may sit inside an apposition: ", one of the states suing, said")
  let v = nextCue(ctx, c, limit);
  let p: [number, number] | null = null;
  for (; v >= 0; v = nextCue(ctx, v + 1, limit)) {
    p = phraseAfter(ctx, c, v, true);
    if (p && leadsTo(ctx, p[1], v) && agrees(ctx, p, v) && plausible(ctx, p[0], p[1])) break;
  }
  if (!p || v < 0) return null;
  // after a quote that ended its sentence, "X said" must end the next one too: “…” She says it …
  const next = v + (cueText(ctx, v).includes(" ") ? 2 : 1);
  if (/^[.…]$|^\.\.\.$/.test(tokens[e].norm) && !endsAfterCue(ctx, next, limit)) return null;
  // “…” X said: “…” — the verb introduces the quote after its colon; the one before is X's only when
  // nothing else attributes it (the caller asks again with `colon`)
  if (tokens[next]?.norm === ":" && !colon) return null;
  return speakerOf(ctx, p[0], p[1], cueText(ctx, v), v);
}

/** The next reporting verb from token j before the sentence ends (within 30 tokens), or -1. */
function nextCue(ctx: Ctx, j: number, limit: number): number {
  const { tokens } = ctx.doc;
  for (let end = Math.min(limit, j + 30); j < end; j++) {
    if (tokens[j].kind === "quote" || endsSentence(ctx, j)) return -1;
    if (isCueAt(ctx, j)) return j;
  }
  return -1;
}

/**
 * Token j ends a sentence: a stop the document's sentence splitter took as one, or a semicolon.
 * "R-Ky." and "(D-Wis.)" do not end one; a quote's own stop does not end the writer's sentence.
 */
function endsSentence(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const n = tokens[j].norm;
  if (n === ";") return true;
  if (n !== "." && n !== "!" && n !== "?" && n !== "..." && n !== "…") return false;
  return j + 1 >= tokens.length || tokens[j + 1].sentence !== tokens[j].sentence;
}

/** Only a time, a place or a manner follows the verb to the end of the sentence: "said Tuesday.", "told reporters in Ohio." */
function endsAfterCue(ctx: Ctx, k: number, limit: number): boolean {
  const { tokens } = ctx.doc;
  for (let n = 0; k < limit && n < 12; k++, n++) {
    const w = tokens[k].norm;
    if (/^[.!?;]$/.test(w) || tokens[k].kind === "quote") return true;
    if (w === "," ) return true;
    if (/^(?:that|he|she|it|they|we|i|you|this|there|the|his|her|their)$/i.test(w) && n === 0) return false;
    if (/^(?:that|is|was|are|were|will|would|has|had|have)$/i.test(w)) return false;
  }
  return k >= limit;
}

/**
 * “…” is held accountable, Warren said. — the attribution closing the sentence the quote stands in:
 * after its last comma, "X said" or "said X".
 */
function tail(ctx: Ctx, q: QuoteSpan, stop = Infinity): Speaker | null {
  const { doc } = ctx;
  const { tokens } = doc;
  const limit = Math.min(doc.paragraphs[q.paragraph].last, q.last + 60, stop);
  let comma = -1;
  let depth = 0;
  if (q.closeTok < 0) return null;
  let j = q.closeTok + 1;
  for (; j < limit; j++) {
    const n = tokens[j].norm;
    if (ctx.inQuote[j]) continue;
    if (n === "(") depth++;
    else if (n === ")") depth--;
    else if (depth <= 0 && endsSentence(ctx, j)) break;
    else if (n === "," && depth <= 0) comma = j;
  }
  if (comma < 0 || comma + 1 >= j) return null;
  const c = comma + 1;
  if (isCueAt(ctx, c)) {
    const p = phraseAfter(ctx, c + 1, j);
    return p && plausible(ctx, p[0], p[1]) ? speakerOf(ctx, ...nameInApposition(ctx, p, j), cueText(ctx, c), c) : null;
  }
  if (tokens[c].norm.toLowerCase() === "according" && tokens[c + 1]?.norm.toLowerCase() === "to") {
    const p = phraseAfter(ctx, c + 2, j);
    return p && plausible(ctx, p[0], p[1]) ? speakerOf(ctx, ...nameInApposition(ctx, p, j), "according to", c) : null;
  }
  for (let v = c + 1; v < j && v < c + 12; v++) {
    if (!isCueAt(ctx, v)) continue;
    const p = phraseAfter(ctx, c, v, true);
    if (p && plausible(ctx, p[0], p[1]) && leadsTo(ctx, p[1], v) && agrees(ctx, p, v)) return speakerOf(ctx, p[0], p[1], cueText(ctx, v), v);
    return null;
  }
  return null;
}


/**
 * Only modifiers of the speaker stand between token k and the verb at v: a bracketed tag "(D-Wis.)",
 * phrases like "in the Clinton ad", appositions between commas, adverbs ("later", "also").
 */
function leadsTo(ctx: Ctx, k: number, v: number): boolean {
  const { tokens } = ctx.doc;
  for (let guard = 0; k < v && guard < 4; guard++) {
    if (tokens[k].norm === "(") {
      while (k < v && tokens[k].norm !== ")") k++;
      k++;
    } else if (PREPOSITIONS.has(tokens[k].norm.toLowerCase())) {
      const p = phraseAfter(ctx, k + 1, v);
      if (!p) return false;
      k = p[1];
    } else break;
  }
  if (tokens[k]?.norm === ",") {
    // one apposition or several: the verb follows the last comma
    let j = v - 1;
    while (j > k && isBetween(tokens[j].norm)) j--;
    if (tokens[j]?.norm !== "," || j === k) return false;
    k = j + 1;
  }
  while (k < v && isBetween(tokens[k].norm)) k++;
  return k === v;
}

/**
 * X said: “…” / X said on Tuesday, “…” / a quoted phrase in X's sentence: a reporting verb before
 * the opening mark in the same sentence, outside quotes, and its subject. A statement takes the
 * nearest verb; a quoted phrase the one that governs its sentence ("Clinton says she … what she calls
 * a “war …”" is Clinton's), leaving aside an opening clause ("After Trump said …, Clinton called it “…”").
 */
function before(ctx: Ctx, q: QuoteSpan, outermost = false): Speaker | null {
  const { doc } = ctx;
  const { tokens } = doc;
  const sentence = sentenceAt(doc, q.openTok);
  const from = Math.max(sentence.first, doc.paragraphs[q.paragraph].first, q.openTok - 60);
  const intro = outermost ? introEnd(ctx, from, q.openTok) : -1;
  let found: Speaker | null = null;
  for (let v = q.openTok - 1; v >= from; v--) {
    if (ctx.inQuote[v]) continue;
    if (v < intro && found) break;
    const n = tokens[v].norm.toLowerCase();
    let s: Speaker | null = null;
    if (n === "according" && tokens[v + 1]?.norm.toLowerCase() === "to") {
      const p = phraseAfter(ctx, v + 2, q.openTok);
      if (p && plausible(ctx, p[0], p[1])) s = speakerOf(ctx, ...nameInApposition(ctx, p, q.openTok), "according to", v);
    } else if (isCueAt(ctx, v)) {
      // a relative clause's verb does not govern the sentence: "X, the leader, who spoke on Monday, said …"
      if (found && outermost && relativeVerb(ctx, v, from)) continue;
      const p = subjectOfCue(ctx, v, from);
      if (p) s = speakerOf(ctx, p[0], p[1], cueText(ctx, v), v);
    }
    if (!s) continue;
    if (!outermost) return s;
    found = s;
  }
  return found;
}

/** The verb at v has a relative pronoun for subject, "who" or "which" after a comma (adverbs between). */
function relativeVerb(ctx: Ctx, v: number, from: number): boolean {
  const { tokens } = ctx.doc;
  let k = v - 1;
  for (;;) {
    const t = k > from ? timePhraseStart(ctx, k, from) : -1;
    if (t >= 0) k = t - 1;
    else if (k > from && isBetween(tokens[k].norm)) k--;
    else break;
  }
  return k > from && /^(?:who|which)$/i.test(tokens[k].norm) && tokens[k - 1].norm === ",";
}


/** The comma that closes an opening subordinate clause ("After Trump said X, …"), or -1. */
function introEnd(ctx: Ctx, from: number, limit: number): number {
  const { tokens } = ctx.doc;
  if (!SUBORDINATORS.has(tokens[from]?.lower ?? "")) return -1;
  for (let k = from + 1; k < limit && k < from + 30; k++) if (tokens[k].norm === "," && !ctx.inQuote[k]) return k;
  return -1;
}

/** The writer's sentence just before a quote that opens its own, if it names a speaker through a reporting verb. */
function previousSentence(ctx: Ctx, q: QuoteSpan): Speaker | null {
  const { doc } = ctx;
  const si = doc.tokens[q.openTok].sentence;
  const here = doc.sentences[si];
  if (here.first !== q.openTok || si === 0) return null;
  const prev = doc.sentences[si - 1];
  // the same paragraph, or one that ends with a colon: "Caddell continued:" ⏎ "…"
  if (prev.paragraph !== here.paragraph && doc.tokens[prev.last - 1].norm !== ":") return null;
  if (doc.tokens[prev.last - 1].norm === ":" && prev.last - prev.first <= 8) {
    const l = colonSpeaker(ctx, prev.first, prev.last - 1);
    if (l) return l;
  }
  for (let v = prev.last - 1; v >= prev.first && v >= prev.last - 80; v--) {
    if (ctx.inQuote[v]) return null; // a quote there has its own speaker, handled by the caller
    if (!isCueAt(ctx, v)) continue;
    const p = subjectOfCue(ctx, v, prev.first);
    if (p) return speakerOf(ctx, p[0], p[1], cueText(ctx, v), v);
  }
  return null;
}

/** X: “…” — a short name-like phrase and a colon before a statement. */
function colonLabel(ctx: Ctx, q: QuoteSpan): Speaker | null {
  const { doc } = ctx;
  const k = q.openTok - 1;
  if (doc.tokens[k]?.norm !== ":") return null;
  const sentence = sentenceAt(doc, q.openTok);
  return colonSpeaker(ctx, Math.max(sentence.first, doc.paragraphs[q.paragraph].first), k);
}

/** The speaker of the words [from, k) before a colon at k: "Trump on Twitter:", "Obama is rolling out a message:". */
function colonSpeaker(ctx: Ctx, from: number, k: number): Speaker | null {
  const { tokens } = ctx.doc;
  if (k <= from) return null;
  // "Said the Pew report: “…”" — a reporting verb opening the sentence, its speaker after it
  if (isCueWord(tokens[from].norm.toLowerCase()) && /^\p{Lu}/u.test(tokens[from].text)) {
    const p = phraseAfter(ctx, from + 1, k);
    // "the Pew report": a noun that is also a reporting verb closes the phrase
    if (p && p[1] === k - 1 && VOICE_ROLES.has(tokens[p[1]].norm.toLowerCase())) p[1] = k;
    return p && p[1] === k && plausible(ctx, p[0], p[1]) ? speakerOf(ctx, p[0], p[1], tokens[from].norm.toLowerCase(), from) : null;
  }
  // "Trump on Twitter: “…”", or a person who is the subject of the sentence: "Obama is rolling out a message: “…”"
  const p = k - from <= 10 ? phraseAfter(ctx, from, k) : mainSubject(ctx, from, k);
  if (!p || !/^\p{Lu}/u.test(tokens[p[1] - 1].text) || !plausible(ctx, p[0], p[1])) return null;
  if (k - from > 10 && ctx.mentionOf[p[1] - 1]?.entity.type !== "person") return null;
  return speakerOf(ctx, p[0], p[1], null, k);
}

/** A paragraph that opens with a transcript label, after a reposter's mark or none: "PENCE: …". */
function paragraphLabel(ctx: Ctx, pi: number): { first: number; last: number } | null {
  const { doc } = ctx;
  const p = doc.paragraphs[pi];
  const first = doc.tokens[p.first]?.kind === "quote" ? p.first + 1 : p.first;
  const l = transcriptLabel(ctx, { first, last: p.last });
  return l ? { first: l.first, last: l.last } : null;
}

/** "WALLACE: …" at the start of a quoted paragraph: the label is the speaker, the rest the quote. */
function transcriptLabel(ctx: Ctx, q: { first: number; last: number }): { first: number; last: number; textFirst: number } | null {
  const { tokens } = ctx.doc;
  let k = q.first;
  while (k < q.last && k < q.first + 3 && tokens[k].kind === "word" && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[k].text)) k++;
  if (k === q.first || tokens[k]?.norm !== ":" || k + 1 >= q.last) return null;
  return { first: q.first, last: k, textFirst: k + 1 };
}

/** A nickname set inside a name: Robert C. “Bobby” Scott. */
function isNickname(ctx: Ctx, q: QuoteSpan): boolean {
  const { tokens } = ctx.doc;
  const prev = tokens[q.openTok - 1];
  const next = q.closeTok >= 0 ? tokens[q.closeTok + 1] : undefined;
  const cap = (t: Token | undefined) => !!t && t.kind === "word" && /^\p{Lu}/u.test(t.text) && !/^(?:The|A|An)$/.test(t.text);
  return q.last - q.first <= 3 && cap(prev) && cap(next) && !/[.!?,]$/.test(tokens[q.last - 1].norm);
}

/** A title of a work or a nickname: a short quoted phrase in title case. */
function isNameLike(ctx: Ctx, q: QuoteSpan): boolean {
  const { tokens } = ctx.doc;
  if (q.last - q.first > 10) return false;
  if (isNickname(ctx, q)) return true;
  let words = 0;
  for (let k = q.first; k < q.last; k++) {
    const t = tokens[k];
    if (t.kind === "punct" || t.kind === "quote") continue;
    if (t.kind === "word" && /^\p{Ll}/u.test(t.text) && t.text.length > 3) return false;
    words++;
  }
  return words > 0 && /^[\p{Lu}\p{N}]/u.test(tokens[q.first].text);
}



/** A quoted phrase set off as a label: the so-called “…”, dubbed (a) “…”, known as (the) “…”, the term “…”. */
function isLabelled(ctx: Ctx, q: QuoteSpan): boolean {
  const { tokens } = ctx.doc;
  const w = (k: number) => tokens[k]?.norm.toLowerCase() ?? "";
  let k = q.openTok - 1;
  if (/^(?:a|an|the)$/.test(w(k)) && !LABEL_NOUNS.has(w(k + 2))) k--; // "dubbed a “…”", "known as the “…”"
  if (LABEL_MARKERS.has(w(k))) return true;
  if (w(k) === "as" && LABEL_AS.has(w(k - 1)) && (w(k - 1) !== "described" || /^(?:is|was|are|were|be|been|being)$/.test(w(k - 2)))) return true;
  return LABEL_NOUNS.has(w(k)) && /^(?:the|a|an|this|that)$/.test(w(k - 1));
}

/** A title of a work or show: a title-case phrase after a possessive or a word like "book" or "on". */
function isWorkTitle(ctx: Ctx, q: QuoteSpan): boolean {
  const prev = ctx.doc.tokens[q.openTok - 1];
  if (!prev || !TITLE_BEFORE.has(prev.norm.toLowerCase())) return false;
  return isNameLike(ctx, q);
}

