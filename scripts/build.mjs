// Bundles the TypeScript sources into dist/ with esbuild: one file per entry point, so a cold
// start reads one script instead of resolving hundreds of modules. Runs on `npm ci` (prepare).
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const entries = ["src/cli.ts", "src/index.ts", "src/batch/worker.ts"].filter((e) => existsSync(join(root, e)));

await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: "dist",
  outbase: "src",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
  define: { KZ_VERSION: JSON.stringify(pkg.version) },
  // HTML extraction's libraries stay in node_modules, required on the first HTML page only, so
  // they cost nothing at start-up (bundled, their ~1 MB would be parsed on every run)
  external: ["linkedom", "@mozilla/readability"],
});
