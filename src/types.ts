// The kz-analyze/1 output contract (../shared/CONTRACT.md) as TypeScript types.

export const SCHEMA = "kz-analyze/1";

/** A half-open range of UTF-16 code units in the original (decoded) text. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

export interface Source {
  path: string;
  bytes?: number;
  encoding?: string;
  /** The record's id, for JSON Lines input (`--input jsonl`). */
  id?: string | number;
  meta?: Record<string, unknown>;
  /**
   * Set when offsets do not index the plainly decoded file: "extracted-text" (the text taken out of
   * an HTML page), "repaired-text" (the decoded text after mojibake repair).
   */
  offsets?: string;
  /** The text the offsets index, given whenever that is not the file as decoded (see `offsets`). */
  text?: string;
  /** "html" when the input was an HTML page (its text extracted); absent for plain text. */
  format?: string;
  /** What the reader should know about how the input was read (a guessed encoding, replaced bytes). */
  warnings?: string[];
  [key: string]: unknown;
}

export interface Article {
  title: string | null;
  publication: string | null;
  /** Publication date, ISO 8601 ("2022-01-07"), from page metadata, a record's field or a dateline; else null. */
  date: string | null;
  /** Authors from page metadata or a byline; possibly empty. */
  authors: string[];
  paragraphs: number;
  sentences: number;
  words: number;
  /** Where the article body lies; text outside it is page furniture. */
  body: Span;
  /** Parts of the text kept apart from the body: a reposter's comment, page boilerplate. */
  extras: Array<Span & { kind: "comment" | "boilerplate" | "header" }>;
}

export interface EntityBase {
  name: string;
  aliases: string[];
  count: number;
  mentions: Mention[];
}

export interface Person extends EntityBase {
  description: string | null;
}

export interface Organization extends EntityBase {
  acronym: string | null;
  description: string | null;
}

export interface Country extends EntityBase {
  code: string;
}

export interface Place extends EntityBase {
  country: string | null;
  /** ISO 3166-2 code of the region the place is in or is ("GB-SCT"), where known. */
  region?: string;
}

export const OTHER_KINDS = ["work", "event", "award", "product", "law", "other"] as const;
export type OtherKind = (typeof OTHER_KINDS)[number];

/** A name that is none of people, organizations, countries, places: a film, an event, an award, a law. */
export interface OtherName extends EntityBase {
  kind: OtherKind;
}

export type QuoteKind = "direct" | "partial";

export const SPEAKER_KINDS = ["person", "organization", "country", "document", "group", "other"] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export interface Quote extends Span {
  text: string;
  /** `text` on one line (hard wraps joined, line-end hyphenation undone), for tables, CSV and jq. */
  flat: string;
  kind: QuoteKind;
  speaker: string | null;
  /** What the speaker is; null with a null speaker. */
  speakerKind: SpeakerKind | null;
  speakerMention: Mention | null;
  cue: string | null;
}

export const FIGURE_CATEGORIES = [
  "troops",
  "deaths",
  "injuries",
  "arrests",
  "protesters",
  "displaced",
  "poll",
  "percentage",
  "money",
  "count",
  "year",
  "duration",
  "age",
  "other",
] as const;
export type FigureCategory = (typeof FIGURE_CATEGORIES)[number];

export interface Figure extends Span {
  text: string;
  value: number | null;
  /** [low, high] when the figure is a range ("10 to 15"); value is then the low end. */
  range?: [number, number] | null;
  approximate: boolean;
  qualifier: string | null;
  unit: string | null;
  subject: string | null;
  category: FigureCategory;
  sentence: string;
}

export const SECTIONS = ["people", "organizations", "countries", "places", "other", "quotes", "figures"] as const;
export type Section = (typeof SECTIONS)[number];

export interface Result {
  schema: typeof SCHEMA;
  source: Source;
  article: Article;
  people: Person[];
  organizations: Organization[];
  countries: Country[];
  places: Place[];
  other: OtherName[];
  quotes: Quote[];
  figures: Figure[];
}

export interface ErrorRecord {
  schema: typeof SCHEMA;
  source: Source;
  error: { code: string; message: string };
}

export type OutputRecord = Result | ErrorRecord;

export function isError(r: OutputRecord): r is ErrorRecord {
  return (r as ErrorRecord).error !== undefined;
}
