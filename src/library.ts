// The library for Node programs (`require("kz-analyze")` / `import … from "kz-analyze"`): the command's
// reading and the analysis core behind one call. A string or a Buffer goes in, read the way the
// command reads a file (byte-order marks, UTF-16, Windows-1252, mojibake repair, an HTML page's
// article and metadata), and a kz-analyze/1 result comes out, its `source.path` as given. A thin
// wrapper: the analysis is src/analyze.ts's, the decoding src/input/'s.

import { createAnalyzer, type Analyze } from "./analyze";
import type { ArticleMetadata } from "./options";
import { type InputRef } from "./input/collect";
import { fromBytes, fromText, readInput, type ReadResult } from "./input/read";
import { loadModels } from "./models";
import type { Result, Section } from "./types";

export interface AnalyzeOptions {
  /** Reported as `source.path`, and used to tell an HTML page by its extension. Default "-". */
  path?: string;
  /** true: the input is an HTML page (its article is extracted); false: plain text; "auto" (default): by the path's extension, else by looking, as the command does. */
  html?: boolean | "auto";
  /** Sections to fill; the others stay empty. Default: all. */
  sections?: readonly Section[];
  /** Title, date (ISO 8601) or authors you know better than the text or page does. */
  metadata?: ArticleMetadata;
  /** Refuse inputs larger than this many bytes (analyzeFile only; default 10 MB, as the command). */
  maxBytes?: number;
}

/** An input that could not be analysed: `code` as in the command's error records (ENOTTEXT, EHTML, ENOENT, ETOOBIG, …). */
export class AnalyzeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "AnalyzeError";
  }
}

/**
 * Analyses one article: a string (already text, or an HTML page) or bytes (a Buffer or Uint8Array,
 * decoded as the command decodes a file). Throws AnalyzeError when the input is no text (an image,
 * a PDF) or its HTML cannot be read.
 */
export function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): Result {
  const path = options.path ?? "-";
  if (typeof input !== "string" && !(input instanceof Uint8Array)) throw new TypeError("analyze() takes a string or a Buffer/Uint8Array");
  const read = typeof input === "string" ? fromText(path, input, { html: options.html }) : fromBytes(path, input, { html: options.html });
  return finish(read, options);
}

/** Reads and analyses a file, with the command's limits (size, devices, pipes). */
export function analyzeFile(path: string, options: Omit<AnalyzeOptions, "path" | "html"> = {}): Result {
  const ref: InputRef = path === "-" ? { kind: "stdin", path: "-" } : { kind: "file", path };
  return finish(readInput(ref, { maxBytes: options.maxBytes }), { ...options, path });
}

/** The analysis with the models installed with the package, built on the first call. */
let analyzer: Analyze | null = null;

function finish(read: ReadResult, options: AnalyzeOptions): Result {
  if (!read.ok) throw new AnalyzeError(read.code, read.message);
  analyzer ??= createAnalyzer(loadModels());
  // offsets must index a text the caller has: when it is not the input as given, it comes along
  const source = read.source.offsets ? { ...read.source, text: read.text } : read.source;
  const metadata: ArticleMetadata = { title: read.title, date: read.date, authors: read.authors, ...options.metadata };
  return analyzer(read.text, { source, sections: options.sections, metadata });
}
