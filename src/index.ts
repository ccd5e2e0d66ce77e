// Library entry: the analysis core and the contract's types.
export { analyze, type AnalyzeOptions } from "./analyze";
// analyze() reads the models loaded here, once, before the first call
export { loadModels } from "./models";
export * from "./types";
