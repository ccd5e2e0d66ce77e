// The attribution rules, and the order in which they are tried for each kind of quotation: the
// first that matches gives the source. A statement looks after its closing mark first, then before
// its opening mark, at its sentence's close, for a label; a quoted phrase takes the verb that
// governs its own sentence first. To add a pattern, write a rule module and put it in these lists.
// Every matching rule proposes a candidate that the ranker (ranker.ts) weighs; a rule marked
// candidateOnly is never the fallback's choice.

import { accordingToAfter } from "./according-to-after";
import { closingClause } from "./closing-clause";
import { colonLabel } from "./colon-label";
import { continued } from "./continued";
import { coordinated } from "./coordinated";
import { earlierSpeaker } from "./earlier-speaker";
import { nearestPerson } from "./nearest-person";
import { paragraphLabel } from "./paragraph-label";
import { onlyPerson } from "./only-person";
import { passiveBy } from "./passive-by";
import { possessiveSaying } from "./possessive-saying";
import { previousParagraph } from "./previous-paragraph";
import { previousSentence } from "./previous-sentence";
import type { Rule } from "./rule";
import { saidAfter } from "./said-after";
import { sentenceSubject } from "./sentence-subject";
import { signedWithDash } from "./signed-with-dash";
import { transcriptLabel } from "./transcript-label";
import { verbAfter } from "./verb-after";
import { nearestVerbBefore, verbBefore } from "./verb-before";
import { verbBeforeColon } from "./verb-before-colon";

export type { Match, Quoted, Rule, Source } from "./rule";
export { passiveBy };

/** Rules for a statement set off by itself. */
export const DIRECT_RULES: readonly Rule[] = [
  transcriptLabel,
  signedWithDash,
  saidAfter,
  accordingToAfter,
  verbAfter,
  verbBefore,
  closingClause,
  colonLabel,
  paragraphLabel,
  previousSentence,
  continued,
  verbBeforeColon,
  previousParagraph,
  earlierSpeaker,
  nearestPerson,
  onlyPerson,
];

/** Rules for a quoted phrase inside the writer's sentence (none looks past that sentence). */
export const PARTIAL_RULES: readonly Rule[] = [coordinated, verbBefore, signedWithDash, saidAfter, accordingToAfter, verbAfter, closingClause, paragraphLabel, possessiveSaying, nearestVerbBefore, sentenceSubject];

/** Every rule, by name (passive-by is tried on quoted labels only, see sources.ts). */
export const RULES: ReadonlyMap<string, Rule> = new Map([...DIRECT_RULES, ...PARTIAL_RULES, passiveBy].map((r) => [r.name, r]));
