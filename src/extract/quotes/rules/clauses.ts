// What several attribution rules ask of the clause around a quotation: where the words after its
// closing mark start, the next reporting verb, the end of a sentence, whether a phrase leads
// straight to its verb, and the speaker named before a colon.

import type { Doc } from "../../../text/document";
import type { QuoteSpan } from "../../../text/marks";
import { isCueAt, mainSubject, phraseAfter, plausible, subjectOfCue, timePhraseStart } from "../../../text/phrases";
import { cueText } from "../../cues";
import { PREPOSITIONS, SUBORDINATORS } from "../../../words/grammar";
import { isBetween, isCueWord, VOICE_ROLES } from "../../../words/reporting";
import type { Source } from "./rule";

/** The first word after a quotation's closing mark, past a comma or a dash, and the paragraph's (or `stop`'s) end; null when there is none. */
export function afterClose(doc: Doc, q: QuoteSpan, stop: number): { c: number; limit: number; dash: boolean } | null {
  if (q.closeTok < 0) return null;
  const { tokens } = doc;
  const limit = Math.min(doc.paragraphs[q.paragraph].last, stop);
  let c = q.closeTok + 1;
  const dash = c < limit && /^(?:-|--)$/.test(tokens[c].norm);
  if (c < limit && (dash || tokens[c].norm === ",")) c++;
  if (c >= limit || tokens[c].kind === "quote") return null;
  return { c, limit, dash };
}

/** "according to" at token c. */
export const isAccordingTo = (doc: Doc, c: number) => doc.tokens[c]?.lower === "according" && doc.tokens[c + 1]?.lower === "to";

/** The next reporting verb from token j before the sentence ends (within 30 tokens), or -1. */
export function nextCue(doc: Doc, j: number, limit: number): number {
  const { tokens } = doc;
  for (let end = Math.min(limit, j + 30); j < end; j++) {
    if (tokens[j].kind === "quote" || endsSentence(doc, j)) return -1;
    if (isCueAt(doc, j)) return j;
  }
  return -1;
}

/**
 * Token j ends a sentence: a stop the document's sentence splitter took as one, or a semicolon.
 * "R-Ky." and "(D-Wis.)" do not end one; a quote's own stop does not end the writer's sentence.
 */
export function endsSentence(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const n = tokens[j].norm;
  if (n === ";") return true;
  if (n !== "." && n !== "!" && n !== "?" && n !== "..." && n !== "…") return false;
  return j + 1 >= tokens.length || tokens[j + 1].sentence !== tokens[j].sentence;
}

/** Only a time, a place or a manner follows the verb to the end of the sentence: "said Tuesday.", "told reporters in Ohio." */
export function endsAfterCue(doc: Doc, k: number, limit: number): boolean {
  const { tokens } = doc;
  for (let n = 0; k < limit && n < 12; k++, n++) {
    const w = tokens[k].norm;
    if (/^[.!?;]$/.test(w) || tokens[k].kind === "quote") return true;
    if (w === ",") return true;
    if (/^(?:that|he|she|it|they|we|i|you|this|there|the|his|her|their)$/i.test(w) && n === 0) return false;
    if (/^(?:that|is|was|are|were|will|would|has|had|have)$/i.test(w)) return false;
  }
  return k >= limit;
}

/**
 * Only modifiers of the speaker stand between token k and the verb at v: a bracketed tag "(D-Wis.)",
 * phrases like "in the Clinton ad", appositions between commas, adverbs ("later", "also").
 */
export function leadsTo(doc: Doc, k: number, v: number): boolean {
  const { tokens } = doc;
  for (let guard = 0; k < v && guard < 4; guard++) {
    if (tokens[k].norm === "(") {
      while (k < v && tokens[k].norm !== ")") k++;
      k++;
    } else if (PREPOSITIONS.has(tokens[k].lower)) {
      const p = phraseAfter(doc, k + 1, v);
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

/** The verb at v has a relative pronoun for subject, "who" or "which" after a comma (adverbs between). */
export function relativeVerb(doc: Doc, v: number, from: number): boolean {
  const { tokens } = doc;
  let k = v - 1;
  for (;;) {
    const t = k > from ? timePhraseStart(doc, k, from) : -1;
    if (t >= 0) k = t - 1;
    else if (k > from && isBetween(tokens[k].norm)) k--;
    else break;
  }
  return k > from && /^(?:who|which)$/i.test(tokens[k].norm) && tokens[k - 1].norm === ",";
}

/** The comma that closes an opening subordinate clause ("After Trump said X, …"), or -1. */
export function introEnd(doc: Doc, from: number, limit: number): number {
  const { tokens } = doc;
  if (!SUBORDINATORS.has(tokens[from]?.lower ?? "")) return -1;
  for (let k = from + 1; k < limit && k < from + 30; k++) if (tokens[k].norm === "," && !tokens[k].inQuote) return k;
  return -1;
}

/** The speaker of the words [from, k) before a colon at k: "Trump on Twitter:", "Obama is rolling out a message:". */
export function colonSource(doc: Doc, from: number, k: number): Source | null {
  const { tokens } = doc;
  if (k <= from) return null;
  // "Said the Pew report: “…”" — a reporting verb opening the sentence, its speaker after it
  if (isCueWord(tokens[from].lower) && tokens[from].cap) {
    const p = phraseAfter(doc, from + 1, k);
    // "the Pew report": a noun that is also a reporting verb closes the phrase
    if (p && p[1] === k - 1 && VOICE_ROLES.has(tokens[p[1]].lower)) p[1] = k;
    return p && p[1] === k && plausible(doc, p[0], p[1]) ? { first: p[0], last: p[1], cue: tokens[from].lower, at: from } : null;
  }
  // "Trump on Twitter: “…”", or a person who is the subject of the sentence: "Obama is rolling out a message: “…”"
  const p = k - from <= 10 ? phraseAfter(doc, from, k) : mainSubject(doc, from, k);
  if (!p || !tokens[p[1] - 1].cap || !plausible(doc, p[0], p[1])) return null;
  if (k - from > 10 && doc.mentionAt[p[1] - 1]?.entity.type !== "person") return null;
  return { first: p[0], last: p[1], cue: null, at: k };
}

/** A comma stands right before token k, or inside the closing mark just before it (“…flawed,” and). */
export function afterComma(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  return tokens[k - 1]?.norm === "," || (tokens[k - 1]?.kind === "quote" && tokens[k - 2]?.norm === ",");
}

/**
 * Who the writer's sentence [first, last) names through its last reporting verb outside quotes,
 * looking back at most `reach` tokens; null when a quote comes first (it has its own speaker).
 */
export function reportedIn(doc: Doc, first: number, last: number, reach: number): Source | null {
  for (let v = last - 1; v >= first && v >= last - reach; v--) {
    if (doc.tokens[v].inQuote) return null;
    if (!isCueAt(doc, v)) continue;
    const p = subjectOfCue(doc, v, first);
    if (p) return { first: p[0], last: p[1], cue: cueText(doc, v), at: v };
  }
  return null;
}
