// Library entry: the analysis core and the contract's types.
import { createAnalyzer, type Analyze, type AnalyzeOptions } from "./analyze";
import { loadModels } from "./models";
import type { Result } from "./types";

export { createAnalyzer, type Analyze, type AnalyzeOptions } from "./analyze";
export { loadModels, type Models } from "./models";
export * from "./types";

let analyzer: Analyze | null = null;

/** Analyses one text with the models installed with the package (read from models/ on the first call). */
export function analyze(text: string, options?: AnalyzeOptions): Result {
  analyzer ??= createAnalyzer(loadModels());
  return analyzer(text, options);
}
