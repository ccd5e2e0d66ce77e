// Measures what the figure stage costs per article: analyze() with only figures, minus analyze()
// with no sections (tokens, layout and sentences alone), over a folder of .txt articles.
//
//   node scripts/bench-figures.mjs [../shared/corpora/bbc] [rounds=3]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { analyze } = require("../dist/index.js");
const root = process.argv[2] ?? "../shared/corpora/bbc";
const rounds = Number(process.argv[3] ?? 3);

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".txt")) files.push(p);
  }
})(root);
const texts = files.map((f) => readFileSync(f, "latin1").includes("\uFFFD") ? readFileSync(f, "latin1") : readFileSync(f, "utf8"));

function time(sections) {
  let best = Infinity;
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    count = 0;
    for (const t of texts) count += analyze(t, { sections }).figures.length;
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: best, count };
}
time(["figures"]); // warm up
const base = time([]);
const withFigures = time(["figures"]);
const per = (x) => (x / texts.length).toFixed(3);
console.log(`${texts.length} articles, ${withFigures.count} figures (${(withFigures.count / texts.length).toFixed(1)} per article)`);
console.log(`document only: ${per(base.ms)} ms/article; with figures: ${per(withFigures.ms)} ms/article`);
console.log(`figures stage: ${per(withFigures.ms - base.ms)} ms/article (best of ${rounds})`);
