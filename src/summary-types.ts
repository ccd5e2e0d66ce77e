// The corpus summary's contract (`--summary`, schema kz-analyze-summary/1) as types: what the batch
// builds (src/batch/summary.ts) and the renderers show, kept beside the record contract (types.ts)
// so renderers need nothing from the code that builds it.

import type { FigureCategory } from "./types";

export const SUMMARY_SCHEMA = "kz-analyze-summary/1";

export interface EntityTotal {
  name: string;
  articles: number;
  mentions: number;
}

export interface FigureExample {
  text: string;
  value: number;
  unit: string | null;
  qualifier: string | null;
  subject: string | null;
  article: { path: string; id?: string | number; title: string | null };
}

export interface Summary {
  schema: typeof SUMMARY_SCHEMA;
  corpus: { inputs: number; articles: number; failed: number; bytes: number; words: number; quotes: number; attributedQuotes: number; figures: number };
  people: EntityTotal[];
  organizations: Array<EntityTotal & { acronym: string | null }>;
  countries: Array<EntityTotal & { code: string }>;
  places: Array<EntityTotal & { country: string | null }>;
  other: Array<EntityTotal & { kind: string }>;
  speakers: Array<{ name: string; quotes: number; articles: number }>;
  /** Who appears with whom: people named in the same articles (a, b in name order). */
  together: Array<{ a: string; b: string; articles: number }>;
  /** Money is ranked within one currency, never across: `largest` holds the largest amounts in the
   *  currency the corpus gives most often, `currencies` each currency's own (most figures first). */
  figures: Array<{ category: FigureCategory; count: number; articles: number; largest: FigureExample[]; currencies?: Array<{ unit: string | null; count: number; largest: FigureExample[] }> }>;
}
