// kz-analyze as the map step of a real Dask cluster: examples/dask/kz_dask.py on a LocalCluster of
// two worker processes (Debian's python3-distributed, for /usr/bin/python3), over BBC articles as
// JSON Lines. Checks the output against one local run, and what signals do under the engine.

import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alive, bbcJsonl, expectSameAsOneRun, kzDescendants, missing, outputs, runs, waitFor } from "./engines";
import { HAS_SHARED, jsonLines, ROOT, run } from "./helpers";

const PYTHON = "/usr/bin/python3";
const EXAMPLE = join(ROOT, "examples", "dask", "kz_dask.py");
const absent = HAS_SHARED ? missing([["python3-distributed (for /usr/bin/python3)", runs(PYTHON, ["-c", "import distributed"])]]) : "../shared";
// eslint-disable-next-line no-console
if (absent) console.warn(`skipping the Dask tests: ${absent} not found (.ci/run installs the Debian packages)`);
const maybe = absent ? describe.skip : describe;

// the example runs under Debian's Python whatever python3 is on PATH (pyenv's may set these)
const env = { ...process.env };
delete env.PYTHONPATH;
delete env.PYTHONHOME;

function dask(args: string[]) {
  return spawn(PYTHON, [EXAMPLE, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
}

async function finished(child: ReturnType<typeof dask>) {
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d) => (stderr += d));
  const [code, signal] = await once(child, "exit");
  return { code, signal, stdout, stderr };
}

maybe("kz-analyze on a Dask cluster", () => {
  let dir: string;
  let ids: string[];
  let local: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kz-dask-"));
    ids = bbcJsonl(join(dir, "corpus.jsonl"), 200);
    local = run(["--input", "jsonl", "--json"], readFileSync(join(dir, "corpus.jsonl"), "utf8")).stdout;
  });

  test("200 BBC records in 4 partitions on 2 worker processes: one line each, in order, nothing lost, the bytes of one local run", async () => {
    const out = join(dir, "out");
    const t0 = Date.now();
    const r = await finished(dask(["--local", "2", "--partitions", "4", join(dir, "corpus.jsonl"), out]));
    const seconds = (Date.now() - t0) / 1000;
    expect(r.stderr).toBe(`kz_dask: 4 partitions, 200 records, on 2 worker processes -> ${out}/part-*.jsonl\n`);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 0, stdout: "" });
    const parts = outputs(out, ".jsonl");
    expect(parts.map(([name]) => name)).toEqual(["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl", "part-00003.jsonl"]);
    expectSameAsOneRun(
      parts.map(([, text]) => text),
      ids,
      local,
      4,
    );
    expect(jsonLines(local)).toHaveLength(200);
    // (on this machine: ~4 s, most of it starting the cluster)
    expect(seconds).toBeLessThan(60);
  }, 120_000);

  test("a record that fails is an error record in its partition (exit 1); an output folder in use is refused (exit 2)", async () => {
    const out = join(dir, "out-bad");
    const corpus = join(dir, "bad.jsonl");
    writeFileSync(corpus, '{"id": "a", "text": "Maria Lopez spoke."}\n{"id": "b", "text": \n{"id": "c", "text": "Omar Haddad left."}\n');
    const r = await finished(dask(["--local", "1", corpus, out]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/some records failed/);
    const [[, text]] = outputs(out, ".jsonl");
    expect(jsonLines(text).map((x) => x.error?.code ?? x.source.id)).toEqual(["a", "EBADRECORD", "c"]);
    expect(jsonLines(text)[1].source).toMatchObject({ id: "b", line: 2 });
    const again = await finished(dask(["--local", "1", corpus, out]));
    expect({ code: again.code, stderr: again.stderr }).toEqual({ code: 2, stderr: `kz_dask: output folder not empty: ${out} (results of another run would mix with these)\n` });
  }, 120_000);

  describe("signals", () => {
    let big: string;
    beforeAll(() => {
      // the whole corpus twice over: partitions that run for seconds, long enough to be stopped
      big = join(dir, "big.jsonl");
      bbcJsonl(big, 0, 2);
    });

    /** Starts a run over the big corpus; resolves once its kz-analyze processes have written results. */
    async function midway(name: string) {
      const out = join(dir, `out-${name}`);
      const child = dask(["--local", "2", "--partitions", "2", big, out]);
      const result = finished(child);
      const kz = await waitFor("two kz-analyze processes", () => {
        const pids = kzDescendants(child.pid!);
        return pids.length === 2 && pids;
      });
      await waitFor("output from both partitions", () => {
        const partial = outputs(out, ".jsonl.tmp");
        return partial.length === 2 && partial.every(([, text]) => text.includes("\n"));
      });
      return { child, result, kz, out };
    }

    /** Every partial output ends on a whole line of JSON results; finished partitions are complete. */
    function wholeLines(out: string) {
      const partial = outputs(out, ".jsonl.tmp");
      for (const [, text] of [...partial, ...outputs(out, ".jsonl")]) {
        expect(text.endsWith("\n")).toBe(true);
        for (const x of jsonLines(text)) expect(x.schema).toBe("kz-analyze/1");
      }
      return partial;
    }

    test.each([
      ["SIGINT", 130],
      ["SIGTERM", 143],
      ["SIGHUP", 129],
    ] as const)("%s to a kz-analyze process under Dask: it exits %d on a whole line, the run reports it and stops (exit 3)", async (name, status) => {
      const { result, kz, out } = await midway(name);
      process.kill(kz[0], name);
      const r = await result;
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(new RegExp(`^kz_dask: partition \\d: kz-analyze stopped by ${name} \\(exit ${status}\\) after \\d+ of 22\\d\\d records\\n$`));
      // the other partition was stopped too (SIGTERM, exit 143): nothing is left running
      for (const pid of kz) await waitFor(`kz-analyze ${pid} to end`, () => !alive(pid), 10_000);
      expect(wholeLines(out)).toHaveLength(2);
    }, 120_000);

    test.each([
      ["SIGINT", 130],
      ["SIGTERM", 143],
      ["SIGHUP", 129],
    ] as const)("%s to the Dask program: exit %d, the partitions running are stopped, outputs end on whole lines", async (name, status) => {
      const { child, result, kz, out } = await midway(`driver-${name}`);
      child.kill(name);
      const r = await result;
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: status, stderr: `kz_dask: stopped by ${name}: stopping the partitions still running\n` });
      for (const pid of kz) await waitFor(`kz-analyze ${pid} to end`, () => !alive(pid), 10_000);
      // stopped, not left to finish on their own: no partition complete, each cut short
      const partial = wholeLines(out);
      expect(outputs(out, ".jsonl")).toEqual([]);
      expect(partial.map(([, text]) => jsonLines(text).length < 2000)).toEqual([true, true]);
    }, 120_000);
  });
});

// a usage error needs no cluster
(absent ? test.skip : test)("usage errors: one line, exit 2", () => {
  const r = spawnSync(PYTHON, [EXAMPLE, "--local", "2", "--kz-analyze", "relative/kz-analyze", "c.jsonl", "out"], { env, encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/--kz-analyze must be an absolute path/);
  expect(r.stderr).not.toMatch(/Traceback/);
});
