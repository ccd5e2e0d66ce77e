// GNU parallel across hosts, for real: the test starts its own sshd on 127.0.0.1 (a free port, host
// and user keys it makes, its own sshd_config), gives ssh a config of its own with two host
// aliases, host-a and host-b, and runs README's `parallel --pipe --keep-order -S 2/host1,2/host2`
// recipe against them over 200 BBC records. Needs Debian's parallel and openssh-server.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { bbcJsonl, expectSameAsOneRun, missing, runs, waitFor } from "./engines";
import { BIN, HAS_SHARED, ROOT, run } from "./helpers";

const SSHD = "/usr/sbin/sshd";
const absent = HAS_SHARED
  ? missing([
      ["parallel", runs("parallel", ["--version"])],
      ["openssh-server", () => existsSync(SSHD)],
      ["ssh, ssh-keygen", runs("sh", ["-c", "command -v ssh && command -v ssh-keygen"])],
    ])
  : "../shared";
// eslint-disable-next-line no-console
if (absent) console.warn(`skipping the GNU parallel over ssh tests: ${absent} not found (.ci/run installs the Debian packages)`);
const maybe = absent ? describe.skip : describe;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

maybe("GNU parallel over ssh to two hosts", () => {
  let dir: string;
  let sshd: ChildProcess | null = null;
  let sshdLog = "";
  let sshConfig: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kz-ssh-"));
    const keygen = (file: string) => {
      const r = spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "kz-test", "-f", join(dir, file)], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`ssh-keygen: ${r.stderr}`);
    };
    keygen("host_key");
    keygen("user_key");
    writeFileSync(join(dir, "authorized_keys"), readFileSync(join(dir, "user_key.pub")));
    // sshd run by root checks for its privilege separation folder, which a service start makes
    if (process.getuid?.() === 0 && !existsSync("/run/sshd")) mkdirSync("/run/sshd", { mode: 0o755, recursive: true });
    const port = await freePort();
    writeFileSync(
      join(dir, "sshd_config"),
      [
        `Port ${port}`,
        "ListenAddress 127.0.0.1",
        `HostKey ${join(dir, "host_key")}`,
        "PidFile none",
        `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
        // the keys live in a temporary folder, which is world-writable up the path
        "StrictModes no",
        "UsePAM no",
        "PubkeyAuthentication yes",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "PermitRootLogin prohibit-password",
        // a home of the test's own, so the hosts' shell reads no start-up file of the machine's user (bash run
        // by sshd reads ~/.bashrc, whose noise on stderr, a pyenv rehash racing four logins, is no output of the tool)
        `SetEnv HOME=${dir}`,
        "LogLevel ERROR",
        "",
      ].join("\n"),
    );
    writeFileSync(join(dir, "known_hosts"), `[127.0.0.1]:${port} ${readFileSync(join(dir, "host_key.pub"), "utf8")}`);
    sshConfig = join(dir, "ssh_config");
    writeFileSync(
      sshConfig,
      [
        "Host host-a host-b",
        "  HostName 127.0.0.1",
        `  Port ${port}`,
        `  User ${userInfo().username}`,
        `  IdentityFile ${join(dir, "user_key")}`,
        "  IdentitiesOnly yes",
        `  UserKnownHostsFile ${join(dir, "known_hosts")}`,
        "  StrictHostKeyChecking yes",
        "  BatchMode yes",
        "  LogLevel ERROR",
        "",
      ].join("\n"),
    );
    // -D: in the foreground, a child of this test; -e: its log on stderr
    sshd = spawn(SSHD, ["-D", "-e", "-f", join(dir, "sshd_config")], { stdio: ["ignore", "ignore", "pipe"] });
    sshd.stderr!.setEncoding("utf8").on("data", (d) => (sshdLog += d));
    await waitFor(
      "sshd to take logins",
      () => {
        if (sshd!.exitCode !== null) throw new Error(`sshd stopped: ${sshdLog}`);
        return spawnSync("ssh", ["-F", sshConfig, "host-a", "true"], { stdio: "ignore" }).status === 0;
      },
      20_000,
    );
  }, 60_000);

  afterAll(async () => {
    if (sshd && sshd.exitCode === null) {
      sshd.kill();
      await once(sshd, "exit");
    }
  });

  test("the hosts' non-interactive shell has no kz-analyze on its PATH (why the recipe names the launcher's path), and the test's home", () => {
    const r = spawnSync("ssh", ["-F", sshConfig, "host-b", "kz-analyze --version"], { encoding: "utf8" });
    expect(r.status).toBe(127);
    expect(r.stderr).toMatch(/kz-analyze: (command )?not found/);
    expect(spawnSync("ssh", ["-F", sshConfig, "host-a", "echo $HOME"], { encoding: "utf8" }).stdout.trim()).toBe(dir);
  });

  test("README's recipe, -S 2/host-a,2/host-b: blocks run on both hosts; one line per record, in order, nothing lost, the bytes of one local run", () => {
    const ids = bbcJsonl(join(dir, "corpus.jsonl"), 200);
    const local = run(["--input", "jsonl", "--json"], readFileSync(join(dir, "corpus.jsonl"), "utf8")).stdout;
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const recipe = readme.match(/\nparallel --pipe --keep-order --block 8M -S 2\/host1,2\/host2 \\\n[^\n]*< corpus\.jsonl > results\.jsonl\n/)![0];
    const command = recipe
      .trim()
      .replace("/opt/kz-analyze/bin/kz-analyze", BIN)
      // small blocks, so 200 records make several; this test's ssh config, and a log of the jobs
      .replace("--block 8M", "--block 64k")
      .replace("-S 2/host1,2/host2", `--will-cite --joblog joblog --ssh "ssh -F ${sshConfig}" -S 2/host-a,2/host-b`);
    const t0 = Date.now();
    const r = spawnSync("bash", ["-euc", command], { cwd: dir, encoding: "utf8" });
    const seconds = (Date.now() - t0) / 1000;
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    // the job log: one row per block, in order, with the host that ran it and the bytes it sent and received
    const jobs = readFileSync(join(dir, "joblog"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split("\t"))
      .map(([seq, host, , , send, receive, exit]) => ({ seq: Number(seq), host, send: Number(send), receive: Number(receive), exit: Number(exit) }))
      .sort((a, b) => a.seq - b.seq);
    expect(jobs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(jobs.map((j) => j.host))).toEqual(new Set(["host-a", "host-b"]));
    expect(jobs.every((j) => j.exit === 0)).toBe(true);
    // the blocks' outputs, cut from the whole by the bytes each job gave back (--keep-order writes them in order)
    const out = readFileSync(join(dir, "results.jsonl"));
    expect(jobs.reduce((n, j) => n + j.receive, 0)).toBe(out.length);
    expect(jobs.reduce((n, j) => n + j.send, 0)).toBe(readFileSync(join(dir, "corpus.jsonl")).length);
    let at = 0;
    const parts = jobs.map((j) => out.subarray(at, (at += j.receive)).toString("utf8"));
    expectSameAsOneRun(parts, ids, local, jobs.length);
    // (on this machine: ~10 s, an ssh login and a cold start per block)
    expect(seconds).toBeLessThan(90);
  }, 120_000);
});
