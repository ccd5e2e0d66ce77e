// The launcher (bin/kz-analyze) run as an engine runs it: by absolute path, with an empty
// environment (Spark's RDD.pipe, Hadoop streaming, `env -i`), or with a PATH that holds no node.

import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT, run, SAMPLE } from "./helpers";

/**
 * PySpark's RDD.pipe (python/pyspark/rdd.py), without Spark: the command split with shlex and run
 * with no shell in exactly the environment `env` gives (none when it is None), each element written
 * as a line, the output's lines read back, and with checkCode a non-zero status an error. Then
 * saveAsTextFile: one part file per partition, each element a line.
 */
const PYSPARK_PIPE = `
import json, os, shlex, sys
from subprocess import PIPE, Popen
from threading import Thread

def pipe(partition, command, env=None, checkCode=False):
    if env is None:
        env = dict()
    proc = Popen(shlex.split(command), env=env, stdin=PIPE, stdout=PIPE)
    def feed(out):
        for obj in partition:
            out.write((str(obj).rstrip("\\n") + "\\n").encode("utf-8"))
        out.close()
    Thread(target=feed, args=[proc.stdin]).start()
    lines = [x.rstrip(b"\\n").decode("utf-8") for x in iter(proc.stdout.readline, b"")]
    proc.wait()
    if checkCode and proc.returncode:
        raise SystemExit("Pipe function %s exited with error code %d" % (command, proc.returncode))
    return lines

args = json.loads(sys.argv[1])
corpus = open(args["corpus"], encoding="utf-8").read().split("\\n")[:-1]
size = -(-len(corpus) // 3)
for i in range(3):
    part = pipe(corpus[i * size:(i + 1) * size], args["command"], env=args["env"], checkCode=True)
    with open(os.path.join(args["out"], "part-%05d" % i), "w", encoding="utf-8") as f:
        f.writelines(line + "\\n" for line in part)
`;

const record = JSON.stringify({ id: "r1", text: "“We will win,” said Maria Lopez, the mayor of Almaty." }) + "\n";

function bare(args: string[], env: string[], input?: string, bin = BIN) {
  return spawnSync("env", ["-i", ...env, bin, ...args], { encoding: "utf8", input, cwd: tmpdir() });
}

describe("the launcher with no environment", () => {
  let expected: string;
  beforeAll(() => {
    expected = run(["--input", "jsonl", "--json"], record).stdout;
  });

  test("`env -i /abs/path/bin/kz-analyze` runs (no PATH at all)", () => {
    const r = bare([SAMPLE, "--json", "--quiet"], []);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(run([SAMPLE, "--json", "--quiet"]).stdout);
  });

  test("a PATH without node: the node that built this copy (dist/node-path) runs it", () => {
    expect(readFileSync(join(ROOT, "dist", "node-path"), "utf8").trim()).toBe(process.execPath);
    const r = bare(["--input", "jsonl", "--json"], ["PATH=/nonexistent"], record);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(r.stdout).toBe(expected);
  });

  test("through a symbolic link (npm's bin folder), with no node on PATH", () => {
    const dir = mkdtempSync(join(tmpdir(), "kz-link-"));
    symlinkSync(BIN, join(dir, "kz-analyze"));
    const r = bare(["--input", "jsonl", "--json"], ["PATH=/nonexistent"], record, join(dir, "kz-analyze"));
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(r.stdout).toBe(expected);
  });

  test("KZ_NODE names the node; a wrong one, or none to be found, is one line and exit 127", () => {
    const ok = bare(["--input", "jsonl", "--json"], ["PATH=/nonexistent", `KZ_NODE=${process.execPath}`], record);
    expect(ok.stdout).toBe(expected);
    const wrong = bare(["--version"], ["KZ_NODE=/nonexistent/node"]);
    expect({ status: wrong.status, stderr: wrong.stderr }).toEqual({ status: 127, stderr: "kz-analyze: KZ_NODE=/nonexistent/node is not an executable file\n" });
    // a copy of the launcher with no build beside it, and no node on PATH
    const dir = mkdtempSync(join(tmpdir(), "kz-nobuild-"));
    mkdirSync(join(dir, "bin"));
    copyFileSync(BIN, join(dir, "bin", "kz-analyze"));
    const none = bare(["--version"], ["PATH=/nonexistent"], undefined, join(dir, "bin", "kz-analyze"));
    expect({ status: none.status, stderr: none.stderr }).toEqual({ status: 127, stderr: "kz-analyze: cannot find node: put it on PATH, or set KZ_NODE to its absolute path\n" });
  });

  test("README's Spark recipe, run as PySpark's RDD.pipe runs it (shlex, no shell, env=): part files with the bytes of one run", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const kz = readme.match(/\nKZ = "([^"]+)"/)![1];
    const cmd = readme.match(/\.pipe\(\n\s+("[^\n]+"),\n\s+env=(\{[^}]*\}), checkCode=True\)/)!;
    // the recipe's Python string expression, with this checkout's launcher for the install path
    const command = cmd[1].replace(/" \+ KZ \+ "/, kz.replace("/opt/kz-analyze", ROOT)).replace(/^"|"$/g, "");
    const env = JSON.parse(cmd[2]);
    expect(env).toEqual({ PATH: "/usr/bin:/bin" });
    const dir = mkdtempSync(join(tmpdir(), "kz-spark-"));
    const lines = Array.from({ length: 8 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Maria Lopez met Omar Haddad in Kenya on day ${i}. “We agree,” Lopez said.` }));
    lines.splice(4, 0, '{"id": "bad", "text": ');
    const corpus = lines.join("\n") + "\n";
    writeFileSync(join(dir, "corpus.jsonl"), corpus);
    const expected = run(["--input", "jsonl", "--json"], corpus).stdout;
    for (const [k, e] of [["env", env], ["none", null]] as const) {
      const out = join(dir, `out-${k}`);
      mkdirSync(out);
      const r = spawnSync("python3", ["-c", PYSPARK_PIPE, JSON.stringify({ corpus: join(dir, "corpus.jsonl"), command, env: e, out })], { encoding: "utf8" });
      // a bad record is an error record in its place, not a failed task: exit 1 passes checkCode
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
      const parts = readdirSync(out).sort();
      expect(parts).toEqual(["part-00000", "part-00001", "part-00002"]);
      const got = parts.map((p) => readFileSync(join(out, p), "utf8")).join("");
      // the same bytes, but for the error record's line, which counts within its partition
      expect(got.split("\n").filter((l) => !l.includes('"error"'))).toEqual(expected.split("\n").filter((l) => !l.includes('"error"')));
      expect(got.split("\n").map((l) => l && JSON.parse(l).source.id)).toEqual(expected.split("\n").map((l) => l && JSON.parse(l).source.id));
    }
    expect(expected).toMatch(/"code":"EBADRECORD"/);
    // a launcher that cannot run fails the task
    const broken = join(dir, "out-broken");
    mkdirSync(broken);
    const r = spawnSync("python3", ["-c", PYSPARK_PIPE, JSON.stringify({ corpus: join(dir, "corpus.jsonl"), command: command.replace(BIN, "/nonexistent/kz-analyze"), env, out: broken })], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    // (PySpark's feeding thread may also print a broken pipe when the command is gone: in any order)
    expect(r.stderr).toMatch(/\/nonexistent\/kz-analyze: not found\n/);
    expect(r.stderr).toMatch(/^Pipe function .* exited with error code 127$/m);
  });

  test("node still runs the launcher as a script (`node bin/kz-analyze`, as the tests and scorers do)", () => {
    const r = spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
