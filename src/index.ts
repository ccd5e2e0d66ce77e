// The library entry (`require("kz-analyze")`, `import { analyze } from "kz-analyze"`): analyze() and
// analyzeFile() read and analyse one article as the command does (src/library.ts); the contract's
// types and constants describe what they return. Type declarations: dist/types/index.d.ts.
export { analyze, analyzeFile, AnalyzeError, type AnalyzeOptions } from "./library";
export type { ArticleMetadata } from "./options";
// analyze() loads the models on its first call; loading them earlier moves that cost (~30 ms) to start-up
export { loadModels } from "./models";
export * from "./types";
export * from "./summary-types";
