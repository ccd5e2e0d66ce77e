// Batches end to end, through the built command: order and byte-identical output whatever the
// number of workers or shards, JSON Lines input, the corpus summary, closed pipes and Ctrl-C.
import Ajv2020 from "ajv/dist/2020";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, describeShared, jsonLines, ROOT, run, SAMPLE, schemaErrors, SHARED, skipNote } from "./helpers";

const sample = readFileSync(SAMPLE, "utf8");

/** Short articles that differ in names, quotes and figures. */
function article(i: number): string {
  const people = ["Maria Lopez", "John Okafor", "Anna Schmidt", "Wang Fang", "Omar Haddad"];
  const places = ["France", "Kenya", "Germany", "China", "Jordan"];
  const p = people[i % people.length];
  return (
    `Talks in ${places[i % places.length]} stall (${i})\n\n` +
    `${p} met officials from ${places[(i + 1) % places.length]} on Monday, the ${i + 1}th day of talks. ` +
    `“We expect ${i * 3 + 2} agreements by June,” ${p} said. Police arrested ${i + 4} protesters after ${(i + 1) * 100} people marched.\n`
  );
}

function corpus(n: number, big = true): string {
  const dir = mkdtempSync(join(tmpdir(), "kz-batch-"));
  mkdirSync(join(dir, "sub"));
  // the first input is by far the largest, so with several workers the others finish before it
  if (big) writeFileSync(join(dir, "000-big.txt"), Array.from({ length: 30 }, () => sample).join("\n\n"));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, i % 3 ? `${String(i).padStart(3, "0")}.txt` : join("sub", `${i}.txt`)), article(i));
  return dir;
}

const jsonl = (records: unknown[]) => records.map((r) => JSON.stringify(r) + "\n").join("");

describe("several workers", () => {
  let dir: string;
  let one: ReturnType<typeof run>;
  beforeAll(() => {
    dir = corpus(24);
    one = run([dir, "--json", "--jobs", "1"]);
  });

  test("results come in sorted path order, one per input, whatever order they finish in", () => {
    const r = run([dir, "--json", "--jobs", "3"]);
    expect(r.status).toBe(0);
    const paths = jsonLines(r.stdout).map((x) => x.source.path);
    expect(paths).toHaveLength(25);
    expect(paths[0]).toBe(join(dir, "000-big.txt"));
    expect(paths).toEqual([...paths].sort());
    expect(paths.filter((p) => p.includes(join(dir, "sub")))).toHaveLength(8);
  });

  test("output is byte-identical with 1, 2, 4 and 16 workers, as JSON and as tables", () => {
    expect(one.status).toBe(0);
    for (const jobs of ["2", "4", "16"]) {
      const r = run([dir, "--json", "--jobs", jobs]);
      expect(r.stdout).toBe(one.stdout);
      expect(r.stderr).toBe("");
    }
    const tables = run([dir, "--jobs", "1"]).stdout;
    expect(tables).toContain("Maria Lopez");
    expect(run([dir, "--jobs", "2"]).stdout).toBe(tables);
  });

  test("an input that fails keeps its place, with an error record, exit 1", () => {
    const r = run([join(dir, "001.txt"), "missing.txt", join(dir, "002.txt"), "--json", "--jobs", "2"]);
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((x) => x.source.path)).toEqual([join(dir, "001.txt"), "missing.txt", join(dir, "002.txt")]);
    expect(lines[1].error.code).toBe("ENOENT");
    expect(r.stderr).toContain("missing.txt");
    expect(run([join(dir, "001.txt"), "missing.txt", "--json", "--jobs", "2", "--quiet"]).stderr).toBe("");
  });

  test("--jobs takes a positive whole number", () => {
    for (const bad of ["0", "two", "1.5"]) {
      const r = run([dir, "--jobs", bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("--jobs");
    }
  });

  test("progress on stderr when it is a terminal (script(1) gives one), none when it is not or with --quiet", () => {
    const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const onTerminal = (extra: string) =>
      spawnSync("script", ["-qec", `${quote(process.execPath)} ${quote(BIN)} ${quote(dir)} --json --jobs 2 ${extra} > /dev/null`, "/dev/null"], { encoding: "utf8" });
    const tty = onTerminal("");
    if (tty.error) {
      skipNote("the terminal half", "script(1) is not available");
    } else {
      expect(tty.stdout).toMatch(/kz-analyze: \d+\/\d+ files \(\d+%\)/);
      expect(onTerminal("--quiet").stdout).not.toContain("files");
    }
    expect(run([dir, "--json", "--jobs", "2"]).stderr).toBe("");
  });
});

describe("JSON Lines input", () => {
  const records = Array.from({ length: 30 }, (_, i) => ({ id: i % 4 ? `doc-${i}` : i, text: article(i), section: i % 2 ? "world" : "politics" }));
  const input = jsonl(records);

  test("one result per record, with source.id and the other fields as source.meta", () => {
    const r = run(["--input", "jsonl", "--json"], input);
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(30);
    lines.forEach((x, i) => {
      expect(schemaErrors(x)).toEqual([]);
      expect(x.source).toMatchObject({ path: "-", id: records[i].id, meta: { section: records[i].section } });
    });
    const maria = lines[0].people.find((p: { name: string }) => p.name === "Maria Lopez");
    expect(records[0].text.slice(maria.mentions[0].start, maria.mentions[0].end)).toBe("Maria Lopez");
  });

  test("a bad line gives an error record in its place, not a crash; the rest still run", () => {
    const lines = input.split("\n");
    lines.splice(2, 0, '{"id": "x", "text": ');
    lines.splice(5, 0, '"just a string"');
    const r = run(["--input", "jsonl", "--json", "--jobs", "2"], lines.join("\n"));
    expect(r.status).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(32);
    expect(out[2].error.code).toBe("EBADRECORD");
    expect(out[2].error.message).toContain("line 3");
    expect(out[5].error.code).toBe("EBADRECORD");
    for (const x of out) expect(schemaErrors(x)).toEqual([]);
    expect(out.filter((x) => !x.error).map((x) => x.source.id)).toEqual(records.map((x) => x.id));
    expect(r.stderr).toContain("standard input: line 3");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("--jobs defaults to 1 for records on standard input (an engine runs the processes), to the CPUs for files", async () => {
    /** Threads of a command that has given its first result on these records (workers are threads). */
    async function threads(args: string[], viaStdin: boolean): Promise<number> {
      const dir = mkdtempSync(join(tmpdir(), "kz-threads-"));
      writeFileSync(join(dir, "r.jsonl"), jsonl(records.slice(0, 3)));
      const child = spawn(process.execPath, [BIN, "--input", "jsonl", "--json", ...(viaStdin ? [] : [join(dir, "r.jsonl")]), ...args], { stdio: ["pipe", "pipe", "ignore"] });
      // stdin stays open, so the command is still running when it is looked at
      if (viaStdin) child.stdin.write(jsonl(records.slice(0, 3)));
      await once(child.stdout, "data");
      const n = readdirSync(`/proc/${child.pid}/task`).length;
      child.kill("SIGTERM");
      await once(child, "exit");
      return n;
    }
    const stdinDefault = await threads([], true);
    expect(await threads(["--jobs", "1"], true)).toBe(stdinDefault);
    expect(await threads(["--jobs", "3"], true)).toBeGreaterThanOrEqual(stdinDefault + 3);
    if (availableParallelism() > 1) expect(await threads([], false)).toBeGreaterThanOrEqual(stdinDefault + 2);
    expect(run(["--help"]).stdout).toMatch(/--jobs <n>\s+worker threads \(default: 1 for JSON Lines on standard\s+input/);
  });

  test("a 12 MB record is refused at once by default (--max-bytes, per record), with its id and line; the next one runs", () => {
    const huge = JSON.stringify({ id: "huge-1", text: "Maria Lopez met officials in Kenya. ".repeat(12 * 1024 * 1024 / 36 + 1) });
    expect(huge.length).toBeGreaterThan(12 * 1024 * 1024);
    const input = jsonl([records[0]]) + huge + "\n" + jsonl([records[1]]);
    const t0 = Date.now();
    const r = run(["--input", "jsonl", "--json"], input);
    const ms = Date.now() - t0;
    expect(r.status).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual({
      schema: "kz-analyze/1",
      source: { path: "-", id: "huge-1", line: 2, bytes: huge.length },
      error: { code: "ETOOBIG", message: expect.stringMatching(/^standard input: line 2 \(id "huge-1"\): a record of 12\.0 MB, over the 10 MB limit of --max-bytes/) },
    });
    expect(schemaErrors(out[1])).toEqual([]);
    expect([out[0].source.id, out[2].source.id]).toEqual([records[0].id, records[1].id]);
    expect(r.stderr).toBe(`kz-analyze: ${out[1].error.message}\n`);
    // reading 12 MB and starting up, not analysing them (which took minutes)
    expect(ms).toBeLessThan(10000);
    // --max-bytes is the limit for each record
    const mixed = [records[0], { id: "long", text: article(1).repeat(8) }, records[2]];
    expect(JSON.stringify(mixed[1]).length).toBeGreaterThan(1024);
    const small = run(["--input", "jsonl", "--json", "--max-bytes", "1K"], jsonl(mixed));
    expect(jsonLines(small.stdout).map((x) => x.error?.code ?? x.source.id)).toEqual([records[0].id, "ETOOBIG", records[2].id]);
  });

  test("error records can be traced in a partition: the record's id, its line, how a line that is not JSON begins", () => {
    const lines = [
      JSON.stringify(records[0]),
      '{"id": "cut-1", "text": "Maria Lopez said',
      JSON.stringify({ id: "no-text-2" }),
      "<html><body>" + "x".repeat(200),
      JSON.stringify(records[1]),
    ];
    const r = run(["--input", "jsonl", "--json", "--quiet"], lines.join("\n") + "\n");
    expect(r.status).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((x) => x.error?.code ?? "ok")).toEqual(["ok", "EBADRECORD", "EBADRECORD", "EBADRECORD", "ok"]);
    expect(out[1].source).toEqual({ path: "-", id: "cut-1", line: 2, excerpt: lines[1] });
    expect(out[2].source).toEqual({ path: "-", id: "no-text-2", line: 3 });
    expect(out[3].source).toEqual({ path: "-", line: 4, excerpt: lines[3].slice(0, 80) });
    expect(out[3].error.message).toBe(`standard input: line 4: not valid JSON (Unexpected token '<', "<html><bod"... is not valid JSON); it begins: ${lines[3].slice(0, 80)}…`);
    for (const x of out) expect(schemaErrors(x)).toEqual([]);
  });

  test("files of records, and folders of *.jsonl", () => {
    const dir = mkdtempSync(join(tmpdir(), "kz-jsonl-"));
    writeFileSync(join(dir, "a.jsonl"), jsonl(records.slice(0, 3)));
    writeFileSync(join(dir, "b.jsonl"), jsonl(records.slice(3, 5)));
    writeFileSync(join(dir, "notes.txt"), "not records");
    const r = run(["--input", "jsonl", "--json", dir]);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((x) => [x.source.path, x.source.id])).toEqual([
      ...records.slice(0, 3).map((x) => [join(dir, "a.jsonl"), x.id]),
      ...records.slice(3, 5).map((x) => [join(dir, "b.jsonl"), x.id]),
    ]);
  });

  test("split into shards, run separately (as a map step would), concatenated: byte-identical to one run", () => {
    const whole = run(["--input", "jsonl", "--json", "--jobs", "2"], input);
    expect(whole.status).toBe(0);
    const lines = input.split("\n").filter(Boolean);
    const cuts = [0, 7, 8, 19, 30];
    let joined = "";
    for (let k = 0; k + 1 < cuts.length; k++) {
      const shard = lines.slice(cuts[k], cuts[k + 1]).join("\n") + "\n";
      const r = run(["--input", "jsonl", "--json", "--jobs", String(1 + (k % 2))], shard);
      expect(r.status).toBe(0);
      joined += r.stdout;
    }
    expect(joined).toBe(whole.stdout);
    expect(jsonLines(joined)).toHaveLength(30);
  });

  test("the README's shard recipe (split, xargs -P, cat) gives the same bytes as one run", () => {
    const dir = mkdtempSync(join(tmpdir(), "kz-shards-"));
    mkdirSync(join(dir, "bin"));
    writeFileSync(join(dir, "bin", "kz-analyze"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    writeFileSync(join(dir, "corpus.jsonl"), input);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const recipe = readme.match(/\nsplit -l 500[^\n]*\n[^\n]*xargs[^\n]*\ncat shard-[^\n]*/)![0].replace("split -l 500", "split -l 7");
    const r = spawnSync("bash", ["-euc", recipe], { cwd: dir, encoding: "utf8", env: { ...process.env, PATH: `${join(dir, "bin")}:${process.env.PATH}` } });
    expect(r.stderr).toBe("");
    expect(readdirSync(dir).filter((f) => /^shard-\d+$/.test(f))).toHaveLength(5);
    expect(readFileSync(join(dir, "results.jsonl"), "utf8")).toBe(run(["--input", "jsonl", "--json"], input).stdout);
  });
});

describe("--summary", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schema", "kz-analyze-summary-1.schema.json"), "utf8")));
  let dir: string;
  beforeAll(() => {
    dir = corpus(20, false);
  });

  test("one JSON object, valid against its schema, the same with any number of workers", () => {
    const r = run([dir, "--summary", "--format", "json", "--jobs", "1"]);
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    const s = lines[0];
    expect(validate(s) ? [] : validate.errors).toEqual([]);
    expect(s.schema).toBe("kz-analyze-summary/1");
    expect(s.corpus).toMatchObject({ inputs: 20, articles: 20, failed: 0 });
    // five people, each in every fifth article
    expect(s.people.slice(0, 5).map((p: { articles: number }) => p.articles)).toEqual([4, 4, 4, 4, 4]);
    expect(s.people.map((p: { name: string }) => p.name)).toContain("Maria Lopez");
    expect(s.speakers[0].quotes).toBe(4);
    expect(s.figures.find((f: { category: string }) => f.category === "arrests")).toMatchObject({ articles: 20 });
    expect(run([dir, "--summary", "--json", "--jobs", "3"]).stdout).toBe(r.stdout);
  });

  test("--top cuts the lists; failed inputs are counted; tables by default", () => {
    const r = run([dir, "missing.txt", "--summary", "--json", "--top", "2"]);
    expect(r.status).toBe(1);
    const [s] = jsonLines(r.stdout);
    expect(s.corpus).toMatchObject({ inputs: 21, articles: 20, failed: 1 });
    expect(s.people).toHaveLength(2);
    const t = run([dir, "--summary"]);
    expect(t.stdout).toContain("Corpus summary");
    expect(t.stdout).toMatch(/Most quoted/);
    for (const line of t.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  test("JSON Lines input can be summarised too", () => {
    const r = run(["--input", "jsonl", "--summary", "--json"], jsonl([{ id: 1, text: article(0) }, { id: 2, text: article(5) }]));
    const [s] = jsonLines(r.stdout);
    expect(s.corpus.articles).toBe(2);
    expect(s.people[0]).toMatchObject({ name: "Maria Lopez", articles: 2 });
  });
});

describe("pipes and signals", () => {
  let dir: string;
  beforeAll(() => {
    dir = corpus(60, false);
  });

  test.each(["1", "2"])("`| head -1` takes one line and the command stops quietly (--jobs %s)", (jobs) => {
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" "${dir}" --json --jobs ${jobs} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      encoding: "utf8",
    });
    expect(jsonLines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe("status=0\n");
  });

  /** Starts the command on JSON Lines from a pipe that stays open, and waits for its first result. */
  async function started(jobs: string) {
    const child = spawn(process.execPath, [BIN, "--input", "jsonl", "--json", "--jobs", jobs], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.stdin.write(jsonl([0, 1, 2].map((i) => ({ id: i, text: article(i) }))));
    const [first] = await once(child.stdout, "data");
    expect(String(first)).toMatch(/^\{"schema":"kz-analyze\/1"/);
    return { child, stderr: () => stderr };
  }

  test.each(["1", "2"])("a reader that goes away stops the command at once, even while input is still open (--jobs %s)", async (jobs) => {
    const { child, stderr } = await started(jobs);
    child.stdout.destroy();
    // the next result finds the pipe closed; stdin is never closed, so only that can end the run
    child.stdin.write(jsonl([{ id: 3, text: article(3) }]));
    const [code, signal] = await once(child, "exit");
    expect({ code, signal, stderr: stderr() }).toEqual({ code: 0, signal: null, stderr: "" });
  });

  test.each([
    ["SIGINT", 130, "1"],
    ["SIGINT", 130, "2"],
    ["SIGTERM", 143, "1"],
    ["SIGTERM", 143, "2"],
    ["SIGHUP", 129, "1"],
    ["SIGHUP", 129, "2"],
  ] as const)("%s stops the workers and exits %d without a trace (--jobs %s)", async (name, status, jobs) => {
    const { child, stderr } = await started(jobs);
    child.kill(name);
    const [code, signal] = await once(child, "exit");
    expect({ code, signal, stderr: stderr() }).toEqual({ code: status, signal: null, stderr: "" });
  });

  test.each(["1", "2"])("stopped while a slow reader holds its output back, the output still ends on a whole line (--jobs %s)", async (jobs) => {
    const child = spawn(process.execPath, [BIN, "--input", "jsonl", "--json", "--jobs", jobs], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    // long records, so a pipe the reader does not empty fills up mid-record
    const long = (i: number) => Array.from({ length: 30 }, (_, k) => article(i + k)).join("\n\n");
    child.stdout.pause();
    child.stdin.write(jsonl(Array.from({ length: 40 }, (_, i) => ({ id: i, text: long(i) }))));
    await new Promise((r) => setTimeout(r, 2500));
    child.kill("SIGTERM");
    const chunks: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    const [code] = await once(child, "exit");
    const out = Buffer.concat(chunks).toString("utf8");
    expect({ code, stderr }).toEqual({ code: 143, stderr: "" });
    expect(out.length).toBeGreaterThan(65536);
    expect(out.endsWith("\n")).toBe(true);
    expect(jsonLines(out).map((x) => x.source.id)).toEqual(jsonLines(out).map((_, i) => i));
  });
});

describeShared("the BBC corpus", () => {
  let dir: string;
  let one: string;
  beforeAll(() => {
    dir = join(SHARED, "corpora", "bbc", "tech");
    one = run([dir, "--json", "--jobs", "1"]).stdout;
  });

  test("a section of it: one line per file, identical with 1 and 2 workers", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(jsonLines(one)).toHaveLength(files.length);
    expect(run([dir, "--json", "--jobs", "2"]).stdout).toBe(one);
  });
});
