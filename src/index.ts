// Library entry: the analysis core and the contract's types.
export { analyze, type AnalyzeOptions } from "./analyze";
export * from "./types";
