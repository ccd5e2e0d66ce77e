// Preloaded (node -r) into each process the benchmark runs: on exit, writes the process's peak
// resident memory (all its threads, workers included), CPU time and wall time since the process
// began to the file named by KZ_BENCH_PROBE. Worker threads load it too and do nothing.
"use strict";
const { isMainThread } = require("node:worker_threads");
const file = process.env.KZ_BENCH_PROBE;
if (isMainThread && file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    require("node:fs").writeFileSync(
      file,
      JSON.stringify({ maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, wallMs: performance.now() }),
    );
  });
}
