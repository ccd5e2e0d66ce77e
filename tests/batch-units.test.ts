// The batch machinery without processes: ordering within a bounded window, the streaming walk
// against streamInputs, JSON Lines reading and parsing, and the summary's folding.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { leadingId, parseRecord, readLines } from "../src/batch/jsonl";
import { ordered, WorkerPool } from "../src/batch/pool";
import type { Output, Task, WorkOptions } from "../src/batch/work";
import { Progress } from "../src/batch/progress";
import { digest, SummaryBuilder } from "../src/batch/summary";
import { renderSummary } from "../src/render/summary";
import { streamInputs } from "../src/input/collect";
import { analyze } from "./helpers";
import { SECTIONS } from "../src/types";

interface Deferred {
  task: number;
  resolve: () => void;
}

describe("ordered", () => {
  test("hands outputs on in input order whatever order they finish in, never holding more than the window", async () => {
    const started: Deferred[] = [];
    let running = 0;
    let most = 0;
    const run = (task: number) =>
      new Promise<number>((resolve) => {
        running++;
        most = Math.max(most, running);
        started.push({ task, resolve: () => (running--, resolve(task)) });
      });
    const out: number[] = [];
    const consumer = (async () => {
      for await (const r of ordered(Array.from({ length: 40 }, (_, i) => i), run, 5)) out.push(r);
    })();
    // finish tasks newest first, in bursts: the head is always the last to finish
    const settle = () => new Promise((r) => setImmediate(r));
    while (out.length < 40) {
      await settle();
      const open = started.splice(0);
      for (const d of open.reverse()) {
        d.resolve();
        await settle();
      }
    }
    await consumer;
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(most).toBeLessThanOrEqual(5);
    expect(most).toBeGreaterThan(1);
  });

  test("hands on a finished head while the source is still waiting for input", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* source() {
      yield 1;
      await gate; // like stdin with no more data yet
      yield 2;
    }
    const it = ordered(source(), async (x: number) => x * 10, 4)[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ done: false, value: 10 });
    release();
    expect(await it.next()).toEqual({ done: false, value: 20 });
    expect((await it.next()).done).toBe(true);
  });
});

describe("WorkerPool", () => {
  // stand-in workers, so these tests exercise the pool and not the analysis
  const dir = mkdtempSync(join(tmpdir(), "kz-pool-"));
  const script = (name: string, body: string) => {
    const file = join(dir, name);
    writeFileSync(file, `const { parentPort } = require("node:worker_threads");\n${body}`);
    return file;
  };
  const echo = `parentPort.on("message", ({ seq, task }) => {
    if (task.ref.path.startsWith("crash")) process.exit(3);
    parentPort.postMessage({ seq, output: { text: task.ref.path + "\\n", error: null, notes: [], digest: null, bytes: 0 } });
  });`;
  const failed = (task: Task, code: string, message: string): Output => ({ text: `${code} ${task.kind === "input" ? task.ref.path : ""}\n`, error: message, notes: [], digest: null, bytes: 0 });
  const tasks = (paths: string[]): Task[] => paths.map((path) => ({ kind: "input", ref: { kind: "file", path } }));
  async function runAll(pool: WorkerPool, paths: string[]) {
    const out: Output[] = [];
    try {
      for await (const o of ordered(tasks(paths), pool.run, pool.window)) out.push(o);
    } finally {
      await pool.close();
    }
    return out;
  }

  test("a worker that dies fails only the task it was running; the others go on, in order", async () => {
    const paths = ["a", "b", "crash-1", "c", "d", "e", "crash-2", "f", "g", "h"];
    const out = await runAll(new WorkerPool(2, {} as WorkOptions, failed, script("echo.js", echo)), paths);
    expect(out.map((o) => o.text)).toEqual(paths.map((p) => (p.startsWith("crash") ? `EWORKER ${p}\n` : `${p}\n`)));
    expect(out[2].error).toContain("code 3");
  });

  test("workers that cannot start fail every task with the reason, without restarting forever", async () => {
    const out = await runAll(new WorkerPool(2, {} as WorkOptions, failed, script("broken.js", 'throw new Error("models missing");')), ["a", "b", "c", "d", "e"]);
    expect(out.map((o) => o.text)).toEqual(["EWORKER a\n", "EWORKER b\n", "EWORKER c\n", "EWORKER d\n", "EWORKER e\n"]);
    for (const o of out) expect(o.error).toContain("models missing");
  });
});

describe("streamInputs", () => {
  test("a folder's inputs come in sorted full-path order, walked folder by folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "kz-walk-"));
    // names whose full-path order differs from a naive folder-by-folder walk
    for (const d of ["a", "a/b", "a.b", "a-c", "Z", "é"]) mkdirSync(join(dir, d), { recursive: true });
    for (const f of ["a/x.txt", "a/b/y.md", "a.b/z.txt", "a-c/w.TXT", "a.txt", "a-0.txt", "Z/q.txt", "é/e.txt", "b.csv", "a/b/skip.pdf"])
      writeFileSync(join(dir, f), "x");
    symlinkSync(dir, join(dir, "a", "loop"));
    symlinkSync(join(dir, "nowhere"), join(dir, "broken.txt"));
    const opts = { extensions: ["txt", "md"] };
    const streamed = [...streamInputs([dir], opts)];
    const paths = streamed.map((r) => r.path);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual([
      "Z/q.txt", "a-0.txt", "a-c/w.TXT", "a.b/z.txt", "a.txt", "a/b/y.md", "a/x.txt", "broken.txt", "é/e.txt",
    ]);
    // the broken link is an input the user meant (its name matches): an error record, in its place
    expect(streamed.find((r) => r.path.endsWith("broken.txt"))?.kind).toBe("missing");
    // paths as given keep their order; "-" is standard input; an empty folder says so
    const empty = mkdtempSync(join(tmpdir(), "kz-walk-"));
    const given = [...streamInputs([join(dir, "a.txt"), "missing.txt", "-", empty], opts)];
    expect(given.map((r) => r.kind)).toEqual(["file", "missing", "stdin", "missing"]);
    expect(given[3]).toMatchObject({ code: "ENOMATCH" });
  });
});

describe("JSON Lines input", () => {
  test("lines split across chunks, CRLF, a byte-order mark and blank lines", async () => {
    const bytes = Buffer.from('\ufeff{"id":1,"text":"é"}\r\n\n  \n{"id":2,"text":"ü"}\n{"id":3', "utf8");
    // one byte per chunk: every boundary, including inside a multi-byte character
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    const lines = [];
    for await (const l of readLines(Readable.from(chunks))) lines.push(l);
    expect(lines).toEqual([
      { line: 1, raw: '{"id":1,"text":"é"}' },
      { line: 4, raw: '{"id":2,"text":"ü"}' },
      { line: 5, raw: '{"id":3' },
    ]);
  });

  test("a line longer than the limit is skipped to its end and reported, the next one still read", async () => {
    const long = '{"id":1,"text":"' + "x".repeat(100) + '"}';
    const chunks = [long.slice(0, 30), long.slice(30) + "\n" + '{"id":2,"text":"ok"}\n', long];
    const lines = [];
    for await (const l of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), 50)) lines.push(l);
    expect(lines).toEqual([
      { line: 1, raw: null, skipped: { bytes: long.length, head: long.slice(0, 4096) } },
      { line: 2, raw: '{"id":2,"text":"ok"}' },
      { line: 3, raw: null, skipped: { bytes: long.length, head: long } },
    ]);
    expect(parseRecord("-", 1, null, lines[0].skipped, 50)).toEqual({
      ok: false,
      code: "ETOOBIG",
      source: { path: "-", id: 1, line: 1, bytes: 118 },
      message: 'standard input: line 1 (id 1): a record of 118 bytes, over the 50 bytes limit of --max-bytes: skipped; raise it (e.g. --max-bytes 2MB) or split the record',
    });
  });

  test("a line far over the limit is never held: 64 MB stream past a 1 MB limit, and no more than its first 4 KB is ever joined", async () => {
    const source = (function* () {
      yield Buffer.from('{"id":"huge","text":"');
      for (let k = 0; k < 256; k++) yield Buffer.alloc(1 << 18, 0x61);
      yield Buffer.from('"}\n{"id":"next","text":"ok"}\n');
    })();
    // a reader that held the line would join its pieces when the line ends
    const concat = jest.spyOn(Buffer, "concat");
    const lines = [];
    try {
      for await (const l of readLines(Readable.from(source), 1 << 20)) lines.push(l);
    } finally {
      concat.mockRestore();
    }
    const peak = Math.max(0, ...concat.mock.results.map((r) => (r.value as Buffer).length));
    expect(lines.map((l) => [l.line, l.raw === null ? null : "text", l.skipped?.bytes])).toEqual([
      [1, null, 64 * (1 << 20) + 23],
      [2, "text", undefined],
    ]);
    expect(parseRecord("-", 1, null, lines[0].skipped, 1 << 20)).toMatchObject({ code: "ETOOBIG", source: { id: "huge", line: 1 } });
    expect(peak).toBeLessThanOrEqual(4096);
  });

  test("the id of a record that cannot be parsed whole is found at its start when it is there", () => {
    expect(leadingId('{"id": "a-1", "text": "cut sho')).toBe("a-1");
    expect(leadingId(' {"lang":"en","n":[1,{"id":2}],"s":"\\"id\\": 3","id":-4.5e1,"text":"')).toBe(-45);
    expect(leadingId('{"id":"\\u00e9\\"x"')).toBe('é"x');
    // not there, cut short, or malformed before it: none
    for (const head of ['{"text":"…', '{"id":"a-', '{"id":12', '{"meta":{"id":1', "{id: 1}", '["id", 1]', '{"id":true,']) expect(leadingId(head)).toBeUndefined();
  });

  test("a line that is not JSON: its line, the id if it can be found, its first 80 characters", () => {
    const raw = '{"id": "doc-7", "text": "' + "Maria Lopez said the talks would go on. ".repeat(5);
    const r = parseRecord("part-3.jsonl", 12, raw);
    expect(r).toMatchObject({ ok: false, code: "EBADRECORD", source: { path: "part-3.jsonl", id: "doc-7", line: 12, excerpt: [...raw].slice(0, 80).join("") } });
    expect(!r.ok && r.message).toBe(`part-3.jsonl: line 12 (id "doc-7"): not valid JSON (Unterminated string in JSON at position ${raw.length}); it begins: ${raw.slice(0, 80)}…`);
    const ctl = parseRecord("-", 2, "\u001b[31mred\u2028x");
    expect(ctl).toMatchObject({ source: { path: "-", line: 2, excerpt: "\u001b[31mred\u2028x" } });
    expect(!ctl.ok && ctl.message).toMatch(/it begins: \\u001b\[31mred\\u2028x$/);
  });

  test("records: id and text required, other fields as meta; bad lines are errors naming the line", () => {
    expect(parseRecord("-", 1, '{"text":"Hi.","id":"a1","lang":"en","n":2}')).toEqual({
      ok: true,
      text: "Hi.",
      source: { path: "-", id: "a1", bytes: 3, encoding: "utf-8", meta: { lang: "en", n: 2 } },
    });
    expect(parseRecord("-", 1, '{"id":7,"text":"€"}')).toMatchObject({ ok: true, source: { id: 7, bytes: 3 } });
    const bad = (raw: string) => parseRecord("in.jsonl", 9, raw);
    expect(bad("{oops")).toMatchObject({ ok: false, code: "EBADRECORD", source: { path: "in.jsonl", line: 9, excerpt: "{oops" } });
    expect(bad("{oops")).toMatchObject({ message: expect.stringMatching(/^in\.jsonl: line 9: not valid JSON/) });
    expect(bad("[1]")).toMatchObject({ ok: false, message: expect.stringContaining("not a JSON object") });
    expect(bad('{"text":"x"}')).toMatchObject({ ok: false, message: expect.stringContaining('no "id"') });
    expect(bad('{"id":{},"text":"x"}')).toMatchObject({ ok: false, message: expect.stringContaining('"id" must be') });
    expect(bad('{"id":"k","text":5}')).toEqual({ ok: false, code: "EBADRECORD", source: { path: "in.jsonl", id: "k", line: 9 }, message: 'in.jsonl: line 9 (id "k"): "text" must be a string' });
  });
});

describe("SummaryBuilder", () => {
  const a = analyze("“We will win,” said Maria Lopez, the mayor of Madrid. Maria Lopez met officials from Spain. At least 30 people died.", {
    source: { path: "a.txt", bytes: 100 },
  });
  const b = analyze("Maria Lopez visited France on Monday. “It is done,” Lopez said. Police arrested 12 people and 2,000 protesters marched.", {
    source: { path: "b.txt", bytes: 120 },
  });

  test("counts articles and mentions per name, speakers, figures by category, failures", () => {
    const s = new SummaryBuilder();
    s.add(digest(a));
    s.add(digest({ schema: "kz-analyze/1", source: { path: "bad.txt" }, error: { code: "ENOENT", message: "bad.txt: no such file" } }));
    s.add(digest(b));
    const r = s.result(0);
    expect(r.schema).toBe("kz-analyze-summary/1");
    expect(r.corpus).toMatchObject({ inputs: 3, articles: 2, failed: 1, bytes: 220 });
    const maria = r.people.find((p) => p.name === "Maria Lopez")!;
    expect(maria.articles).toBe(2);
    expect(maria.mentions).toBe(a.people.find((p) => p.name === "Maria Lopez")!.count + b.people.find((p) => p.name === "Maria Lopez")!.count);
    expect(r.speakers[0]).toEqual({ name: "Maria Lopez", quotes: 2, articles: 2 });
    expect(r.corpus.quotes).toBe(a.quotes.length + b.quotes.length);
    expect(r.corpus.figures).toBe(a.figures.length + b.figures.length);
    const cats = r.figures.map((f) => f.category);
    for (const f of [...a.figures, ...b.figures]) expect(cats).toContain(f.category);
    const withValue = r.figures.flatMap((f) => f.largest);
    expect(withValue.some((x) => x.article.path === "b.txt")).toBe(true);
    for (const f of r.figures) for (let i = 1; i < f.largest.length; i++) expect(f.largest[i - 1].value).toBeGreaterThanOrEqual(f.largest[i].value);
  });

  test("ranks by articles, then mentions, then name; --top cuts the lists", () => {
    const s = new SummaryBuilder();
    const rec = (path: string, people: Array<[string, number]>) => ({ ...digest(a), path, people });
    s.add(rec("1", [["Bea", 1], ["Al", 1], ["Cy", 5]]));
    s.add(rec("2", [["Bea", 1], ["Al", 1]]));
    expect(s.result(0).people.map((p) => p.name)).toEqual(["Al", "Bea", "Cy"]);
    expect(s.result(2).people.map((p) => p.name)).toEqual(["Al", "Bea"]);
  });

  test("keeps only the five largest figures per category, ties in input order", () => {
    const s = new SummaryBuilder();
    for (let i = 0; i < 12; i++) {
      const d = digest(a);
      d.path = `f${i}`;
      d.figures = [{ text: `${i % 4} dead`, value: i % 4, unit: null, qualifier: null, subject: "dead", category: "deaths", start: 0 }];
      s.add(d);
    }
    const deaths = s.result(0).figures.find((f) => f.category === "deaths")!;
    expect(deaths.count).toBe(12);
    expect(deaths.largest.map((x) => x.article.path)).toEqual(["f3", "f7", "f11", "f2", "f6"]);
  });
});

describe("the summary tables", () => {
  test("fit a narrow terminal, header and figures table too (nothing over the width)", () => {
    const s = new SummaryBuilder();
    const many = analyze(
      "Maria Lopez of the International Federation of Red Cross and Red Crescent Societies said 1,234,567 people were displaced. At least 30 people died.",
      { source: { path: "a-long-folder-name/with-a-long-file-name-for-the-article-column.txt", bytes: 123_456_789 } },
    );
    for (let i = 0; i < 3; i++) s.add(digest(many));
    for (const width of [40, 60, 80]) {
      const text = renderSummary(s.result(0), "table", { pretty: false, color: false, width, sections: SECTIONS });
      expect(text).toContain("Figures by category");
      const over = text.split("\n").filter((l) => [...l].length > width);
      expect(over).toEqual([]);
    }
  });
});

describe("Progress", () => {
  function fakeTerminal() {
    const written: string[] = [];
    return { written, stream: { columns: 100, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
  }

  test("files done of the total (counted a budget at a time), rate, MB/s and time left", () => {
    let now = 0;
    let counted = 0;
    const { stream } = fakeTerminal();
    const p = new Progress({ stream, unit: "files", sharesTerminal: false, now: () => now, counter: (budget) => ((counted += budget) >= 3000 ? 2500 : null) });
    for (let i = 0; i < 500; i++) p.tick(2000);
    now = 1000;
    expect(p.line()).toBe("kz-analyze: 500 files · 500/s · 1.0 MB/s"); // total not known yet
    expect(p.line()).toBe("kz-analyze: 500/2,500 files (20%) · 500/s · 1.0 MB/s · 4s left");
    p.stop();
  });

  test("messages and output clear the line first; stop leaves the terminal clean", () => {
    const { written, stream } = fakeTerminal();
    const p = new Progress({ stream, unit: "records", sharesTerminal: true, now: () => 1 });
    (p as unknown as { draw(): void }).draw();
    expect(written.pop()).toMatch(/^\rkz-analyze: 0 records/);
    p.message("kz-analyze: x: no such file\n");
    expect(written.splice(0)).toEqual(["\r\x1b[K", "kz-analyze: x: no such file\n"]);
    p.beforeOutput(); // nothing drawn since: nothing to clear
    expect(written).toEqual([]);
    (p as unknown as { draw(): void }).draw();
    p.stop();
    expect(written.pop()).toBe("\r\x1b[K");
  });
});
