// One input to one output record: read, decode, analyse. Never throws: every failure becomes an
// error record, so one bad file never stops the others.

import type { Analyze, ArticleMetadata } from "../analyze";
import { displayPath, type InputRef } from "../input/collect";
import { readInput } from "../input/read";
import { SCHEMA, type OutputRecord, type Section } from "../types";

export interface ProcessOptions {
  sections: readonly Section[];
  /** Inputs over this many bytes are refused with an error record (default: DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

export function processInput(ref: InputRef, options: ProcessOptions, analyze: Analyze): OutputRecord {
  return processInputWithText(ref, options, analyze).record;
}

/** The record, and the text its offsets index (for renderers that show the text: HTML); null when the input failed. */
export function processInputWithText(ref: InputRef, options: ProcessOptions, analyze: Analyze): { record: OutputRecord; text: string | null } {
  let read: ReturnType<typeof readInput>;
  try {
    read = readInput(ref, { maxBytes: options.maxBytes });
  } catch (err) {
    // readInput turns every expected failure into a result; this is the net for a bug in it
    const detail = err instanceof Error ? err.message : String(err);
    return { record: { schema: SCHEMA, source: { path: ref.path }, error: { code: "EREAD", message: `${displayPath(ref.path)}: could not be read (${detail})` } }, text: null };
  }
  if (!read.ok) return { record: { schema: SCHEMA, source: read.source, error: { code: read.code, message: read.message } }, text: null };
  // offsets must point into a text the reader has: when they do not index the file as decoded
  // (an HTML page's extracted text, a repaired text), that text comes with the result
  const source = read.source.offsets ? { ...read.source, text: read.text } : read.source;
  // an HTML page's own title, date and authors beat what the first lines of its text suggest
  return { record: analyzeText(read.text, source, options, analyze, { title: read.title, date: read.date, authors: read.authors }), text: read.text };
}

export function analyzeText(text: string, source: OutputRecord["source"], options: ProcessOptions, analyze: Analyze, metadata?: ArticleMetadata): OutputRecord {
  try {
    return analyze(text, { source, sections: options.sections, metadata });
  } catch (err) {
    // a bug in an extractor must not cost the user the rest of the batch
    const detail = err instanceof Error ? err.message : String(err);
    return { schema: SCHEMA, source, error: { code: "EANALYSIS", message: `${displayPath(source.path)}: analysis failed (${detail})` } };
  }
}
