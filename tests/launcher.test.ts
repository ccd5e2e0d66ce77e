// The launcher (bin/kz-analyze) run as an engine runs it: by absolute path, with an empty
// environment (Spark's RDD.pipe, Hadoop streaming, `env -i`), or with a PATH that holds no node.

import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT, run, SAMPLE } from "./helpers";

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

  test("node still runs the launcher as a script (`node bin/kz-analyze`, as the tests and scorers do)", () => {
    const r = spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
