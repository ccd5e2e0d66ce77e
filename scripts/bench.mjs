#!/usr/bin/env node
// The throughput benchmark (`npm run bench -- FOLDER`): from one run, prints
//   - one worker pinned to one core (`taskset -c 0`, `--jobs 1`) against the plain compromise
//     baseline (../shared/eval/compromise-baseline.mjs) pinned to the same core: articles/s, MB/s
//     and the ratio (target: at least 10x);
//   - two workers on two cores (`taskset -c 0,1`, `--jobs 2`) against one worker on one core
//     (target: at least 1.7x), and whether both outputs are byte-identical;
//   - cold start of one article, the launcher run as a user runs it (through /bin/sh), against
//     `node -e 0` (target: at most 3x);
//   - peak memory (resident set of the whole process, worker threads included), and again with the
//     corpus given twice and four times over, to show it levels off instead of growing with it;
//   - the cost of each stage (read+decode, tokenize+layout, entities, quotes, figures, JSON) per
//     article, measured in this process over the whole corpus, so bottlenecks are known.
// Pinning makes the comparisons fair on a machine with more cores than the runs use, and stops V8's
// background threads (compiler, GC) from borrowing a core the measure does not count. Without
// taskset (or with one CPU) the runs are not pinned, and the report says so.
// Options: --runs N (repeat the timed runs, keep the fastest; default 1), --no-baseline,
// --cold N (cold-start repetitions, default 10), --json (the numbers as one JSON object).
// The machine may be shared: the load average is printed before and after; run it when low.
import { build } from "esbuild";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import v8 from "node:v8";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(root, "bin", "kz-analyze");
const PROBE = join(root, "scripts", "bench-probe.cjs");
const SAMPLE = join(root, "samples", "mt-kazakhstan-crisis.txt");
const BASELINE = resolve(root, "..", "shared", "eval", "compromise-baseline.mjs");

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  args.splice(i, 1);
  return true;
};
const value = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
};
const asJson = flag("--json");
const noBaseline = flag("--no-baseline");
const runs = value("--runs", 1);
const coldRuns = value("--cold", 10);
const folder = args[0];
if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) {
  // the corpora and the baseline live in ../shared (see README, Development); say so in one line
  const bbc = resolve(root, "..", "shared", "corpora", "bbc");
  const hint = existsSync(bbc) ? `e.g. npm run bench -- ${bbc}` : "the BBC corpus is in ../shared/corpora/bbc, which is not next to this checkout; any folder of articles works";
  process.stderr.write(`npm run bench: ${folder ? `not a folder: ${folder}` : "give a folder of articles"} (${hint}); options: --runs N --cold N --no-baseline --json\n`);
  process.exit(2);
}
if (!noBaseline && !existsSync(BASELINE)) process.stderr.write("bench: no ../shared/eval/compromise-baseline.mjs next to this checkout: the baseline is skipped\n");
if (!existsSync(join(root, "dist", "cli.js"))) {
  process.stderr.write("bench: build first (npm run build)\n");
  process.exit(2);
}
const log = (s) => process.stderr.write(s + "\n");

// the corpus: the plain-text files, which the timed runs are told to read too (--ext), so the
// articles and bytes counted here are the ones they analyse
const EXT = "txt,md";
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p);
    else if (/\.(txt|md)$/i.test(name)) files.push({ path: p, bytes: st.size });
  }
})(folder);
const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
const tmp = mkdtempSync(join(tmpdir(), "kz-bench-"));

/** CPU time the whole machine has spent busy so far, in ms (from /proc/stat; null elsewhere). */
function busyMs() {
  try {
    const [, ...f] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
    const idle = f[3] + (f[4] || 0);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    return ((total - idle) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Whether runs can be pinned to cores: taskset is there and so are two CPUs. */
const CAN_PIN = availableParallelism() >= 2 && spawnSync("taskset", ["-c", "0", "true"], { stdio: "ignore" }).status === 0;

/**
 * Runs node with the probe preloaded (pinned to `cores`, e.g. "0" or "0,1", when it can be), or with
 * `direct` the launcher itself as a user runs it; stdout to a file; resolves to wall time, probe
 * numbers, output hash.
 */
function measure(nodeArgs, label, { cores = null, direct = false } = {}) {
  const probe = join(tmp, `${label}.probe.json`);
  const out = join(tmp, `${label}.out`);
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const busy0 = busyMs();
    const self0 = process.cpuUsage();
    let argv = direct ? nodeArgs : [process.execPath, "-r", PROBE, ...nodeArgs];
    if (cores !== null && CAN_PIN) argv = ["taskset", "-c", cores, ...argv];
    const child = spawn(argv[0], argv.slice(1), {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      // (run directly, the launcher's node loads the probe through NODE_OPTIONS)
      env: { ...process.env, KZ_BENCH_PROBE: probe, FORCE_COLOR: "0", ...(direct ? { NODE_OPTIONS: `-r ${PROBE}` } : {}) },
    });
    const hash = createHash("sha256");
    let lines = 0;
    child.stdout.on("data", (d) => {
      hash.update(d);
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`${label}: exit ${code}`));
      const p = existsSync(probe) ? JSON.parse(readFileSync(probe, "utf8")) : {};
      // other processes' CPU use during the run, in cores: what made this measure noisy
      const busy1 = busyMs();
      const self = process.cpuUsage(self0);
      const ours = (p.userMs ?? 0) + (p.systemMs ?? 0) + (self.user + self.system) / 1000;
      const others = busy0 === null || busy1 === null ? null : Math.max(0, (busy1 - busy0 - ours) / wallMs);
      resolvePromise({ wallMs, lines, sha: hash.digest("hex").slice(0, 16), ...p, others, out });
    });
  });
}

async function best(nodeArgs, label, opts) {
  let b = null;
  for (let i = 0; i < runs; i++) {
    const r = await measure(nodeArgs, `${label}-${i}`, opts);
    if (!b || r.wallMs < b.wallMs) b = { ...r, maxRssKb: Math.max(r.maxRssKb, b?.maxRssKb ?? 0) };
    else b.maxRssKb = Math.max(b.maxRssKb, r.maxRssKb);
  }
  return b;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function cold(nodeArgs, label, opts) {
  const times = [];
  for (let i = 0; i < coldRuns; i++) times.push((await measure(nodeArgs, `${label}-${i}`, opts)).wallMs);
  return { median: median(times), min: Math.min(...times) };
}

/**
 * Per-stage cost, in this process: the analysis bundled from src/ and timed over every article by
 * its own stage hook (AnalyzeOptions.onStage), plus reading and the JSON text.
 */
async function stages() {
  // the V8 flags the command runs with (its launcher sets them)
  for (const flag of JSON.parse(readFileSync(join(root, "bin", "v8-flags.json"), "utf8"))) v8.setFlagsFromString(flag);
  const entry = `
    export { decode } from "./src/input/decode";
    export { createAnalyzer } from "./src/analyze";
    export { loadModels } from "./src/models";
  `;
  const outfile = join(root, "dist", "bench-stages.cjs"); // in dist/ so models/ is found as from the bundle
  await build({ stdin: { contents: entry, resolveDir: root, loader: "ts" }, bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "warning", define: { KZ_VERSION: '"bench"' } });
  const t0 = performance.now();
  const m = createRequire(import.meta.url)(outfile);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const analyze = m.createAnalyzer(m.loadModels());
  const lexiconMs = performance.now() - t1;
  const total = {};
  let counting = false;
  const onStage = (name, ms) => {
    if (counting) total[name] = (total[name] ?? 0) + ms;
  };
  const pass = (count) => {
    counting = count;
    for (let i = 0; i < files.length; i++) {
      let t = performance.now();
      const text = m.decode(readFileSync(files[i].path)).text;
      if (count) total["read+decode"] = (total["read+decode"] ?? 0) + performance.now() - t;
      const r = analyze(text, { onStage });
      t = performance.now();
      JSON.stringify(r);
      if (count) total.JSON = (total.JSON ?? 0) + performance.now() - t;
    }
  };
  const whole = () => {
    const t2 = performance.now();
    for (const f of files) JSON.stringify(analyze(m.decode(readFileSync(f.path)).text));
    return performance.now() - t2;
  };
  // warm up the JIT, then alternate, so neither measure gets a warmer engine than the other
  pass(false);
  let wholeMs = whole();
  pass(true);
  wholeMs = Math.min(wholeMs, whole());
  // cost per KB as documents grow: it should stay flat (linear cost); one process, one thread
  const texts = files.map((f) => m.decode(readFileSync(f.path)).text);
  const distinct = (bytes) => {
    let out = "";
    for (let i = 0; out.length < bytes; i = (i + 1) % texts.length) out += texts[i] + "\n\n";
    return out.slice(0, bytes);
  };
  const brief = "Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Moscow on Monday.\n\n\u201CWe will not abandon our allies,\u201D Putin said. At least 12 police officers were killed, officials said.\n\n";
  const names = [];
  for (let i = 0, chars = 0; chars < 1e6; i++, chars += names[names.length - 1].length + 1) names.push(`${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? i : ""}`);
  const docs = [
    ["300 KB of distinct BBC articles", distinct(300_000)],
    ["3 MB of distinct BBC articles", distinct(3_000_000)],
    ["1 MB of one brief repeated", brief.repeat(Math.ceil(1e6 / brief.length))],
    [`1 MB list of ${names.length.toLocaleString("en")} distinct names`, names.join("\n")],
  ];
  const linear = docs.map(([label, text]) => {
    const t = performance.now();
    analyze(text);
    const ms = performance.now() - t;
    return { label, kb: text.length / 1024, ms, msPerKb: ms / (text.length / 1024) };
  });
  rmSync(outfile, { force: true });
  return { loadMs, lexiconMs, perArticleMs: Object.fromEntries(Object.entries(total).map(([n, v]) => [n, v / files.length])), wholePerArticleMs: wholeMs / files.length, linear };
}

// names for the list of distinct names (first × last, numbered past their product)
const FIRST = "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Amir Aiko Chen Dmitri Elena Fatima Hiroshi Ingrid Jamal Katarzyna Lars Mei Nikolai Olga Pedro Quentin Rosa Sven Tariq Ursula".split(" ");
const LAST = "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Petrov Ivanova Kowalski Nakamura Okafor Haddad Lindqvist Moreau Rossi Schmidt".split(" ");

const load0 = loadavg();
const jobs = availableParallelism();
const two = Math.min(2, jobs);
log(`bench: ${files.length} articles, ${(totalBytes / 1e6).toFixed(2)} MB in ${folder}; ${jobs} CPUs; load average ${load0.map((x) => x.toFixed(2)).join(" ")}`);
if (!CAN_PIN) log("bench: no taskset, or one CPU: runs are not pinned to cores");

log("bench: one worker on one core (--jobs 1, taskset -c 0) …");
const one = await best([BIN, folder, "--json", "--quiet", "--ext", EXT, "--jobs", "1"], "jobs1", { cores: "0" });
log(`bench: ${two} workers on ${two} cores (--jobs ${two}, taskset -c 0,1) …`);
const dflt = await best([BIN, folder, "--json", "--quiet", "--ext", EXT, "--jobs", String(two)], "jobs2", { cores: "0,1" });
log("bench: the corpus twice and four times over (memory) …");
const twice = await measure([BIN, folder, folder, "--json", "--quiet", "--ext", EXT, "--jobs", String(two)], "twice", { cores: "0,1" });
const fourTimes = await measure([BIN, folder, folder, folder, folder, "--json", "--quiet", "--ext", EXT, "--jobs", String(two)], "four", { cores: "0,1" });
log(`bench: cold start, ${coldRuns} runs each …`);
const nodeCold = await cold(["-e", "0"], "node");
// the launcher as a user runs it: the kernel starts /bin/sh, which finds node and runs it
const ourCold = await cold([BIN, SAMPLE, "--json"], "cold", { direct: true });
let base = null;
if (!noBaseline && existsSync(BASELINE)) {
  log("bench: compromise baseline on one core (taskset -c 0; this takes a while) …");
  base = await best([BASELINE, folder], "baseline", { cores: "0" });
}
log("bench: per-stage cost …");
const st = await stages();
const load1 = loadavg();
rmSync(tmp, { recursive: true, force: true });

const rate = (r) => ({ articlesPerSec: (files.length * 1000) / r.wallMs, mbPerSec: totalBytes / 1e3 / r.wallMs });
const report = {
  corpus: { folder, articles: files.length, bytes: totalBytes },
  machine: { cpus: jobs, pinned: CAN_PIN, loadBefore: load0, loadAfter: load1, runs },
  jobs1: { cores: CAN_PIN ? "0" : null, ...rate(one), others: one.others, wallMs: one.wallMs, cpuMs: one.userMs + one.systemMs, peakRssMb: one.maxRssKb / 1024 },
  default: { jobs: two, cores: CAN_PIN ? "0,1" : null, ...rate(dflt), others: dflt.others, wallMs: dflt.wallMs, cpuMs: dflt.userMs + dflt.systemMs, peakRssMb: dflt.maxRssKb / 1024 },
  identical: one.sha === dflt.sha,
  lines: one.lines,
  speedup: one.wallMs / dflt.wallMs,
  twice: { articles: files.length * 2, peakRssMb: twice.maxRssKb / 1024, ...rate({ wallMs: twice.wallMs / 2 }) },
  fourTimes: { articles: files.length * 4, peakRssMb: fourTimes.maxRssKb / 1024, ...rate({ wallMs: fourTimes.wallMs / 4 }) },
  cold: { nodeMs: nodeCold.median, oursMs: ourCold.median, ratio: ourCold.median / nodeCold.median, nodeMinMs: nodeCold.min, oursMinMs: ourCold.min },
  baseline: base ? { cores: CAN_PIN ? "0" : null, ...rate(base), wallMs: base.wallMs, cpuMs: base.userMs + base.systemMs, peakRssMb: base.maxRssKb / 1024, ratioJobs1: base.wallMs / one.wallMs, ratioDefault: base.wallMs / dflt.wallMs } : null,
  stages: st,
};

if (asJson) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
else {
  const f1 = (x) => x.toFixed(1);
  const cores = (x) => (x === null || x === undefined ? "?" : `${x.toFixed(2)} cores`);
  const f0 = (x) => Math.round(x).toLocaleString("en-US");
  const rows = [
    ["measure", `kz-analyze --jobs 1${CAN_PIN ? ", one core" : ""}`, `kz-analyze --jobs ${two}${CAN_PIN ? `, ${two} cores` : ""}`, `compromise baseline${CAN_PIN ? ", one core" : ""}`],
    ["articles/s", f0(report.jobs1.articlesPerSec), f0(report.default.articlesPerSec), base ? f0(report.baseline.articlesPerSec) : "—"],
    ["MB/s", f1(report.jobs1.mbPerSec), f1(report.default.mbPerSec), base ? f1(report.baseline.mbPerSec) : "—"],
    ["ratio to baseline", base ? `${f1(report.baseline.ratioJobs1)}x` : "—", base ? `${f1(report.baseline.ratioDefault)}x` : "—", "1x"],
    ["wall time", `${(one.wallMs / 1000).toFixed(2)} s`, `${(dflt.wallMs / 1000).toFixed(2)} s (${report.speedup.toFixed(2)}x --jobs 1)`, base ? `${(base.wallMs / 1000).toFixed(2)} s` : "—"],
    ["CPU time per article (all threads)", `${((one.userMs + one.systemMs) / files.length).toFixed(2)} ms`, `${((dflt.userMs + dflt.systemMs) / files.length).toFixed(2)} ms`, base ? `${((base.userMs + base.systemMs) / files.length).toFixed(2)} ms` : "—"],
    ["cores kept busy (CPU time / wall time)", (( one.userMs + one.systemMs) / one.wallMs).toFixed(2), ((dflt.userMs + dflt.systemMs) / dflt.wallMs).toFixed(2), base ? ((base.userMs + base.systemMs) / base.wallMs).toFixed(2) : "—"],
    ["other processes' CPU during the run", cores(one.others), cores(dflt.others), base ? cores(base.others) : "—"],
    ["peak memory (RSS)", `${f0(report.jobs1.peakRssMb)} MB`, `${f0(report.default.peakRssMb)} MB; corpus x2: ${f0(report.twice.peakRssMb)} MB, x4: ${f0(report.fourTimes.peakRssMb)} MB`, base ? `${f0(report.baseline.peakRssMb)} MB` : "—"],
  ];
  const md = (rs) => {
    const w = rs[0].map((_, c) => Math.max(...rs.map((r) => r[c].length)));
    const line = (r) => `| ${r.map((x, c) => x.padEnd(w[c])).join(" | ")} |`;
    return [line(rs[0]), `|${w.map((n) => "-".repeat(n + 2)).join("|")}|`, ...rs.slice(1).map(line)].join("\n");
  };
  const out = [];
  out.push(`Corpus: ${folder}, ${files.length} articles, ${(totalBytes / 1e6).toFixed(2)} MB. ${jobs} CPUs, load average ${load0[0].toFixed(2)} before, ${load1[0].toFixed(2)} after; fastest of ${runs} run(s).`);
  out.push("");
  out.push(md(rows));
  out.push("");
  out.push(`Output of --jobs 1 and --jobs ${two} byte-identical: ${report.identical ? "yes" : "NO"}.`);
  out.push(
    `Ratios${CAN_PIN ? " (pinned with taskset)" : " (NOT pinned)"}: one worker / baseline on one core ${base ? `${report.baseline.ratioJobs1.toFixed(2)}x` : "—"} (target ≥ 10x); ` +
      `${two} workers on ${two} cores / one on one ${report.speedup.toFixed(2)}x (target ≥ 1.7x); cold start / node -e 0 ${report.cold.ratio.toFixed(2)}x (target ≤ 3x).`,
  );
  out.push(
    `Cold start, one article through the launcher (median of ${coldRuns}): ${f0(report.cold.oursMs)} ms vs node -e 0 ${f0(report.cold.nodeMs)} ms = ${report.cold.ratio.toFixed(2)}x (fastest: ${f0(report.cold.oursMinMs)} vs ${f0(report.cold.nodeMinMs)} ms).`,
  );
  out.push("");
  const stageRows = [["stage", "ms/article", "share"]];
  const sum = Object.values(st.perArticleMs).reduce((a, b) => a + b, 0);
  for (const [k, v] of Object.entries(st.perArticleMs)) stageRows.push([k, v.toFixed(3), `${((100 * v) / sum).toFixed(0)}%`]);
  stageRows.push(["sum of stages", sum.toFixed(3), "100%"]);
  stageRows.push(["analyze() + JSON, as the command runs it", st.wholePerArticleMs.toFixed(3), ""]);
  out.push(md(stageRows));
  out.push(`Once per process: loading the analysis code ${f0(st.loadMs)} ms, the vocabulary (createAnalyzer) ${f0(st.lexiconMs)} ms.`);
  out.push("");
  out.push("Cost as a document grows (one thread, analyze() alone): ms per KB should stay flat.");
  const first = st.linear[0].msPerKb;
  out.push(md([["document", "KB", "ms", "ms/KB", "vs 300 KB"], ...st.linear.map((l) => [l.label, l.kb.toFixed(0), f0(l.ms), l.msPerKb.toFixed(2), `${(l.msPerKb / first).toFixed(2)}x`])]));
  process.stdout.write(out.join("\n") + "\n");
}
