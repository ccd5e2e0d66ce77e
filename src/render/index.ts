// Renderers turn output records into text for stdout, one record at a time, so results stream.
// They are interchangeable and chosen by name, like ESLint's formatters; none of them analyses.

import type { OutputRecord } from "../types";
import { csvRenderer, tsvRenderer } from "./csv";
import { htmlRenderer } from "./html";
import { jsonRenderer } from "./json";
import { tableRenderer } from "./table";

export interface RenderOptions {
  pretty: boolean;
  color: boolean;
  /** Terminal width in columns. */
  width: number;
  sections: readonly string[];
  /** Tables: show the sentence each figure comes from. */
  sentences?: boolean;
  /** CSV, TSV: start with a byte-order mark, so Excel reads the file as UTF-8. */
  bom?: boolean;
}

export interface Renderer {
  /**
   * Text for one record, ending with a newline. `text` is the text the record's offsets index, for
   * renderers that show it (HTML); they fall back to `source.text`.
   */
  record(r: OutputRecord, text?: string): string;
  /** Text written once before the first record (a CSV header), by the main thread. */
  begin?(): string;
}

export const FORMATS = {
  table: tableRenderer,
  json: jsonRenderer,
  csv: csvRenderer,
  tsv: tsvRenderer,
  html: htmlRenderer,
} as const satisfies Record<string, (o: RenderOptions) => Renderer>;

export type Format = keyof typeof FORMATS;
