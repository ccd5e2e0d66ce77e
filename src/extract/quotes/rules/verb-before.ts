import { nameInApposition } from "../../../text/names";
import { isCueAt, phraseAfter, plausible, subjectOfCue } from "../../../text/phrases";
import { cueText } from "../../cues";
import { afterComma, introEnd, isAccordingTo, relativeVerb } from "./clauses";
import type { Rule, Source } from "./rule";
import type { Doc } from "../../../text/document";
import { SUBORDINATORS } from "../../../words/grammar";

export const verbBefore: Rule = {
  name: "verb-before",
  description:
    "A reporting verb (or “according to”) before the opening mark in the same sentence, and its subject: the nearest for a statement; for a quoted phrase the verb that governs the sentence, an opening clause aside.",
  example: "Tokayev said his country was under “external attack”.",
  match(doc, { q, kind }) {
    const { tokens } = doc;
    const outermost = kind === "partial";
    const sentence = doc.sentences[tokens[q.openTok].sentence];
    const from = Math.max(sentence.first, doc.paragraphs[q.paragraph].first, q.openTok - 60);
    const intro = outermost ? introEnd(doc, from, q.openTok) : -1;
    let found: Source | null = null;
    for (let v = q.openTok - 1; v >= from; v--) {
      if (tokens[v].inQuote) continue;
      if (v < intro && found) break;
      // a coordinated clause with a verb of its own governs its quotes: "X said …, and Y called it “…”"
      if (found && outermost && (tokens[v].norm === ";" || ((tokens[v].lower === "and" || tokens[v].lower === "but") && afterComma(doc, v)))) break;
      let s: Source | null = null;
      if (isAccordingTo(doc, v)) {
        const p = phraseAfter(doc, v + 2, q.openTok);
        if (p && plausible(doc, p[0], p[1])) {
          const [first, last] = nameInApposition(doc, p, q.openTok);
          s = { first, last, cue: "according to", at: v };
        }
      } else if (isCueAt(doc, v)) {
        // a relative clause's verb does not govern the sentence: "X, the leader, who spoke on Monday, said …"
        if (found && outermost && relativeVerb(doc, v, from)) continue;
        // the nearer verb stands in a clause of time or cause of its own, and the quote with it: "Fox was
        // speaking after Mr Blair told members the Tories offered a “hard right agenda”"
        if (found && outermost && subordinateBetween(doc, v, found.at)) break;
        const p = subjectOfCue(doc, v, from);
        if (p) s = { first: p[0], last: p[1], cue: cueText(doc, v), at: v };
      }
      if (!s) continue;
      if (!outermost) return s;
      found = s;
    }
    return found;
  },
};

/** A subordinating word ("after", "when", "because") opens a clause between the verbs at a and b. */
function subordinateBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (SUBORDINATORS.has(doc.tokens[k].lower) && doc.tokens[k].lower !== "as" && !doc.tokens[k].inQuote) return true;
  return false;
}

/** The nearest reporting verb before a quoted phrase, where verb-before takes the one that governs the sentence: “The report said the plan was “flawed,” and a student group called it “a disgrace.”” */
export const nearestVerbBefore: Rule = {
  name: "nearest-verb-before",
  description: "A candidate only: for a quoted phrase, the nearest reporting verb before its opening mark in the same sentence, and its subject.",
  example: "The report said the plan failed, and a student group called it “a disgrace.”",
  candidateOnly: true,
  match: (doc, quote) => verbBefore.match(doc, { ...quote, kind: "direct" }),
};
