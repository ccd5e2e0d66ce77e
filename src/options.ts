// What a caller of the core (createAnalyzer) may tell the analysis besides the text; the library
// has its own, simpler options. Types only, apart from the core, so the library's published
// declarations name these and the contract's types, not the core's internals.

import type { Section, Source } from "./types";

export interface AnalysisOptions {
  /** What to say about the input in `source` (path, bytes, encoding, …). */
  source?: Source;
  /** Sections to fill; the others are left empty. Default: all. */
  sections?: readonly Section[];
  /** What the page's metadata or a record's fields say about the article; each beats what the text suggests. */
  metadata?: ArticleMetadata;
  /** Called after each stage with its name and the milliseconds it took (for the benchmark). */
  onStage?: (stage: string, ms: number) => void;
}

export interface ArticleMetadata {
  title?: string | null;
  /** ISO 8601 ("2022-01-07"). */
  date?: string | null;
  authors?: readonly string[];
}
