import type { Doc } from "../../../text/document";
import { agrees, isCueAt, phraseAfter, plausible } from "../../../text/phrases";
import { cueText } from "../../cues";
import { afterClose, endsAfterCue, isAccordingTo, leadsTo, nextCue } from "./clauses";
import type { Quoted, Rule, Source } from "./rule";

export const verbAfter: Rule = {
  name: "verb-after",
  description: "After the closing mark, the speaker and then its reporting verb, appositions and modifiers between.",
  example: "“We will not abandon our allies,” Putin, speaking in Moscow, said.",
  match: (doc, quote) => speakerThenVerb(doc, quote, false),
};

/**
 * “…,” X said / “…,” X, a …, wrote: a reporting verb in the clause after the quotation, with the
 * speaker's phrase leading to it. `colon`: also a verb that introduces the next quotation after a
 * colon (“…” X said: “…”), which counts only when nothing else attributes the first.
 */
export function speakerThenVerb(doc: Doc, { q, stop }: Quoted, colon: boolean): Source | null {
  const at = afterClose(doc, q, stop);
  // (a verb or "according to" right after the mark is another rule's, and ends the search)
  if (!at || isCueAt(doc, at.c) || isAccordingTo(doc, at.c)) return null;
  const { tokens } = doc;
  const { c, limit, dash } = at;
  // “dozens” more fatalities reported: words that carry on the writer's sentence, no attribution
  let e = q.last - 1;
  while (e > q.first && tokens[e].kind === "quote") e--; // ‘…,’” — an inner quote closing with it
  if (!/[,.!?…:;-]$/.test(tokens[e].norm) && tokens[q.closeTok + 1]?.norm !== "," && !dash) return null;
  // the first verb may sit inside an apposition: ", one of the states suing, said"
  let v = nextCue(doc, c, limit);
  let p: [number, number] | null = null;
  for (; v >= 0; v = nextCue(doc, v + 1, limit)) {
    p = phraseAfter(doc, c, v, true);
    if (p && leadsTo(doc, p[1], v) && agrees(doc, p, v) && plausible(doc, p[0], p[1])) break;
  }
  if (!p || v < 0) return null;
  // after a quote that ended its sentence, "X said" must end the next one too: “…” She says it …
  const cue = cueText(doc, v);
  const next = v + (cue.includes(" ") ? 2 : 1);
  if (/^[.…]$|^\.\.\.$/.test(tokens[e].norm) && !endsAfterCue(doc, next, limit)) return null;
  if (tokens[next]?.norm === ":" && !colon) return null;
  return { first: p[0], last: p[1], cue, at: v };
}
