// Spans and entities passed between the entity stages (recognize → link) and on to quotes.

import type { Span } from "../../types";

export type EntityType = "person" | "organization" | "country" | "place";

/** A name in the text: tokens [first, last) of the document, typed. */
export interface NameSpan extends Span {
  first: number;
  last: number;
  type: EntityType;
  /** The name with line breaks and runs of spaces made single spaces, possessive dropped. */
  name: string;
  /** ISO code when the span names a country (also through a demonym). */
  code?: string;
  /** True when the span is a demonym ("Kazakh") standing for its country. */
  demonym?: boolean;
  /** Role words written right before a person's name ("Kazakh President"). */
  title?: string;
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
  gender: "m" | "f" | null;
}

export interface Entities {
  list: Entity[];
  /** Every mention in text order, with the entity it belongs to. */
  mentions: Array<{ span: NameSpan; entity: Entity }>;
}
