// One input to one output record: read, decode, analyse. Never throws: every failure becomes an
// error record, so one bad file never stops the others.

import { analyze } from "../analyze";
import type { InputRef } from "../input/collect";
import { readInput } from "../input/read";
import { SCHEMA, type OutputRecord, type Section } from "../types";

export interface ProcessOptions {
  sections: readonly Section[];
}

export function processInput(ref: InputRef, options: ProcessOptions): OutputRecord {
  const read = readInput(ref);
  if (!read.ok) return { schema: SCHEMA, source: read.source, error: { code: read.code, message: read.message } };
  return analyzeText(read.text, read.source, options);
}

export function analyzeText(text: string, source: OutputRecord["source"], options: ProcessOptions): OutputRecord {
  try {
    return analyze(text, { source, sections: options.sections });
  } catch (err) {
    // a bug in an extractor must not cost the user the rest of the batch
    const detail = err instanceof Error ? err.message : String(err);
    return { schema: SCHEMA, source, error: { code: "EANALYSIS", message: `${source.path}: analysis failed (${detail})` } };
  }
}
