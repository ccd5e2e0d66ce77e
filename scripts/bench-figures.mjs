// Measures what the figure stage costs per article over a folder of .txt articles: the time of
// extractFigures alone, on documents built beforehand (tokens, layout, sentences are not counted).
// The stage is bundled on the fly with esbuild (a dev dependency), as the build does.
//
//   node scripts/bench-figures.mjs [../shared/corpora/bbc] [rounds=5]
import { build } from "esbuild";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.argv[2] ?? join(root, "../shared/corpora/bbc");
const rounds = Number(process.argv[3] ?? 5);

// inside the project, so the bundle finds models/ by walking up as dist/ does
const out = mkdtempSync(join(root, "node_modules", ".kz-bench-"));
await build({
  stdin: {
    contents: `export { createDoc } from "./src/text/document"; export { extractFigures } from "./src/extract/figures"; export { loadModels } from "./src/models";`,
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: join(out, "bench.cjs"),
  logLevel: "error",
});
const { createDoc, extractFigures, loadModels } = createRequire(import.meta.url)(join(out, "bench.cjs"));
loadModels();
rmSync(out, { recursive: true, force: true });

const files = [];
(function walk(d) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".txt")) files.push(p);
  }
})(dir);
const docs = files.map((f) => createDoc(readFileSync(f, "utf8")));

let best = Infinity;
let count = 0;
extractFigures(docs[0]); // load the lexicon outside the timing
for (let r = 0; r < rounds; r++) {
  // fresh documents each round, so nothing cached on them from the round before is reused
  const fresh = docs.map((d) => ({ ...d }));
  const t0 = process.hrtime.bigint();
  count = 0;
  for (const d of fresh) count += extractFigures(d).length;
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
}
console.log(`${docs.length} articles, ${count} figures (${(count / docs.length).toFixed(1)} per article)`);
console.log(`figures stage: ${(best / docs.length).toFixed(3)} ms/article (best of ${rounds})`);
