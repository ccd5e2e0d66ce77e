// What an attribution rule is (rules are kept as ESLint keeps its rules: one small module each, with
// a name, a one-line description and an example, and a match over the document's layers).

import type { Doc } from "../../../text/document";
import type { Source } from "../../../text/layers";
import type { QuoteSpan } from "../../../text/marks";

export type { Source };
import type { QuoteKind } from "../../../types";

/** A quotation being attributed, with what the rules need to know around it. */
export interface Quoted {
  q: QuoteSpan;
  kind: QuoteKind;
  /** "WALLACE:" written inside the marks, when the quotation is a transcript line. */
  label: { first: number; last: number } | null;
  /** A quoted phrase's rules look no further than its own sentence (token index); Infinity for a statement. */
  stop: number;
  /** The quotation before this one, and whether a rule found its source. */
  previous: { quote: QuoteSpan; attributed: boolean } | undefined;
}

/** A rule finds a source to resolve, or says the quotation continues the speaker of the one before. */
export type Match = Source | "carried";

export interface Rule {
  /** Kebab-case, as in the registry and in the tests named after the rules. */
  name: string;
  description: string;
  /** A sentence the rule attributes. */
  example: string;
  match(doc: Doc, quote: Quoted): Match | null;
  /** Only proposes a candidate for the ranker: the rules' own fallback never takes it. */
  candidateOnly?: boolean;
  /** Proposes nothing when a rule before it in the list has matched. */
  lastResort?: boolean;
}
