// The layers the stages add to the document (see document.ts): what each holds. Every span is a
// token range [first, last) with its character offsets into the original text.

import type { Figure, Mention, OtherKind, QuoteKind, Span, SpeakerKind } from "../types";
import type { QuoteSpan } from "./marks";

/** A span of tokens [first, last) and its offsets in the original text. */
export interface TokenSpan extends Span {
  first: number;
  last: number;
}

/** "other": a work, event, award, product or law (its `kind` says which); never a person, organisation or place. */
export type EntityType = "person" | "organization" | "country" | "place" | "other";

/** A name in the text, typed. */
export interface NameSpan extends TokenSpan {
  type: EntityType;
  /** The name with line breaks and runs of spaces made single spaces, possessive dropped. */
  name: string;
  /** ISO code when the span names a country (also through a demonym). */
  code?: string;
  /** True when the span is a demonym ("Kazakh") standing for its country. */
  demonym?: boolean;
  /** Role words written right before a person's name ("Kazakh President"). */
  title?: string;
  /** What kind of other name it is ("work", "award", …), for type "other". */
  kind?: OtherKind;
  /** The entity's one name whatever the form written ("Tories" → "Conservative Party"). */
  canonical?: string;
  /** True when the words around say the type outright ("his daughter Victoria"): it outweighs the other mentions' count. */
  sure?: boolean;
}

export interface Entity {
  id: number;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: NameSpan[];
  description: string | null;
  acronym: string | null;
  code: string | null;
  country: string | null;
  /** A place's ISO 3166-2 region ("GB-SCT"), where known. */
  region: string | null;
  /** What kind of other name it is, for type "other". */
  kind: OtherKind | null;
  gender: "m" | "f" | null;
}

/** A mention and the entity it belongs to. */
export interface EntityMention {
  span: NameSpan;
  entity: Entity;
}

export type Gender = "m" | "f" | null;

/** Who a quote is attributed to, and the words that say so. */
export interface Speaker {
  /** Canonical name (an entity's, or the source's words when it is no named entity), or null. */
  name: string | null;
  entity: Entity | null;
  kind: SpeakerKind | null;
  /** Token range the attribution rests on. */
  first: number;
  last: number;
  mention: Mention;
  cue: string | null;
  gender: Gender;
  /** Token index of the cue (or the name), for recency. */
  at: number;
  /** The role word the source's phrase is about ("spokesman" in "a spokesman for the Home Office"), or null. */
  role?: string | null;
}

/** Where a quotation's source stands: its tokens [first, last), its reporting verb as written, and the verb's token. */
export interface Source {
  first: number;
  last: number;
  cue: string | null;
  /** Token of the cue (or of the name when there is none), for recency. */
  at: number;
  /** A transcript label ("WALLACE:"): a name by its position alone. */
  label?: boolean;
}

/** A source an attribution rule proposes for a quotation ("carried": the speaker of the one before). */
export interface Candidate {
  source: Source | "carried";
  rule: string;
}

/** A quotation, its kind, the source the first matching attribution rule found ("carried": it continues the speaker of the one before), and every rule's proposal. */
export interface Sourced {
  quote: QuoteSpan;
  kind: QuoteKind;
  source: Source | "carried" | null;
  rule: string | null;
  /** What every matching rule proposed, in the registry's order (the ranker chooses among them). */
  candidates: Candidate[];
}

/** A quotation, its kind, and its speaker with the rule that found it. */
export interface Attribution {
  quote: QuoteSpan;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The attribution rule that found the speaker (src/extract/quotes/rules), or null. */
  rule: string | null;
}

/** A figure and where it starts in the tokens (its qualifier included). */
export interface FigureSpan {
  figure: Figure;
  first: number;
}
