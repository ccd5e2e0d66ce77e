// Bundles the TypeScript sources into dist/ with esbuild: one file per entry point, so a cold
// start reads one script instead of resolving hundreds of modules. Runs on `npm ci` (prepare).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  // Node 20 has these; without saying so esbuild rewrites each \p{…} literal as `new RegExp(…)`,
  // built anew on every call in the hot loops (tokens, names)
  supported: { "regexp-unicode-property-escapes": true, "regexp-lookbehind-assertions": true, "regexp-named-capture-groups": true, "regexp-match-indices": true, "regexp-sticky-and-unicode-flags": true },
  // HTML extraction's libraries stay in node_modules, required on the first HTML page only, so
  // they cost nothing at start-up (bundled, their ~1 MB would be parsed on every run)
  external: ["linkedom", "@mozilla/readability"],
});

// the node that built this copy, for the launcher when no node is on PATH (env -i, Spark's pipe,
// a bare ssh session): see bin/kz-analyze
writeFileSync(join(root, "dist", "node-path"), `${process.execPath}\n`);

// Type declarations for the library's users (package.json "types"): src/index.ts and the modules its
// declarations name, file by file with TypeScript's transpileDeclaration (no type-check of the whole
// program: half a second instead of fifteen). The public files keep explicit types on their exports
// (isolatedDeclarations); where one does not, the build says so and tests/library.test.ts, which
// compiles a program against these declarations, fails.
{
  const ts = await import("typescript").then((m) => m.default ?? m).catch(() => null);
  const types = join(root, "dist", "types");
  rmSync(types, { recursive: true, force: true });
  if (!ts) console.warn("build: typescript is not installed: no type declarations written");
  else {
    const todo = ["index"];
    const done = new Set();
    while (todo.length) {
      const name = todo.pop();
      if (done.has(name)) continue;
      done.add(name);
      const file = join(root, "src", `${name}.ts`);
      const out = ts.transpileDeclaration(readFileSync(file, "utf8"), {
        fileName: file,
        reportDiagnostics: true,
        compilerOptions: { isolatedDeclarations: true, declaration: true, stripInternal: true },
      });
      for (const d of out.diagnostics ?? []) console.warn(`build: declarations: src/${name}.ts: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
      mkdirSync(dirname(join(types, `${name}.d.ts`)), { recursive: true });
      writeFileSync(join(types, `${name}.d.ts`), out.outputText);
      for (const m of out.outputText.matchAll(/from "(\.\.?\/[^"]+)"/g)) todo.push(join(dirname(name), m[1]).replace(/\\/g, "/"));
    }
  }
}

// V8's code cache for the bundle (see bin/kz-analyze), made by the launcher itself after analysing
// the sample, so it holds the code a run uses and was compiled under the launcher's V8 flags
const cache = join(root, "dist", "cli.js.cache");
rmSync(cache, { force: true });
const sample = join(root, "samples", "mt-kazakhstan-crisis.txt");
if (existsSync(sample)) {
  const r = spawnSync(process.execPath, [join(root, "bin", "kz-analyze"), sample, "--json", "--quiet"], {
    env: { ...process.env, KZ_WRITE_CODE_CACHE: cache },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0 || !existsSync(cache)) console.warn("build: no code cache written (the command still works, its start is slower)");
}
