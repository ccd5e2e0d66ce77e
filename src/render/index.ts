// Renderers turn output records into text for stdout, one record at a time, so results stream.
// They are interchangeable and chosen by name, like ESLint's formatters; none of them analyses.

import type { OutputRecord } from "../types";
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
}

export interface Renderer {
  /** Text for one record, ending with a newline. */
  record(r: OutputRecord): string;
}

export const FORMATS = {
  json: jsonRenderer,
  table: tableRenderer,
} as const satisfies Record<string, (o: RenderOptions) => Renderer>;

export type Format = keyof typeof FORMATS;
