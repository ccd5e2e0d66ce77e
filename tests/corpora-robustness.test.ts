// A robustness run over every file in ../shared/corpora plus corrupted copies of a sample of them
// (bytes flipped, truncated in the middle of a character, UTF-16 cut in half a code unit), all in
// one run of the command: no crash, one valid record per input, in order, offsets exact.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeShared, jsonLines, run, schemaErrors, SHARED } from "./helpers";

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

function flipBytes(b: Buffer): Buffer {
  const c = Buffer.from(b);
  const n = Math.max(3, Math.floor(c.length / 200));
  for (let i = 0; i < n; i++) c[Math.floor(rnd() * c.length)] = Math.floor(rnd() * 256);
  return c;
}

/** Cut inside the last multi-byte character (one is added when the text has none). */
function truncateMidCharacter(b: Buffer): Buffer {
  const c = Buffer.concat([b, Buffer.from(" — “café”", "utf8")]);
  let i = c.length - 1;
  while (i > 0 && c[i] < 0xc0) i--; // the lead byte of the last multi-byte character
  return c.subarray(0, i + 1);
}

describeShared("robustness over the shared corpora and corrupted copies", () => {
  const corpora = join(SHARED, "corpora");
  let files: string[] = [];
  let copies: string[] = [];
  let dir = "";
  let r: ReturnType<typeof run>;
  let lines: any[] = [];

  beforeAll(() => {
    files = walk(corpora).sort();
    dir = mkdtempSync(join(tmpdir(), "kz-corrupt-"));
    // every 8th file of the corpora (the CoNLL files are 0.8 and 3.3 MB: their copies are made too)
    files.forEach((f, i) => {
      if (i % 8 !== 0) return;
      const bytes = readFileSync(f);
      const base = String(i).padStart(5, "0");
      writeFileSync(join(dir, `${base}-flipped.txt`), flipBytes(bytes));
      writeFileSync(join(dir, `${base}-truncated.txt`), truncateMidCharacter(bytes));
      if (i % 64 === 0) {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString("utf8"), "utf16le")]);
        writeFileSync(join(dir, `${base}-utf16-cut.txt`), utf16.subarray(0, utf16.length - 1));
      }
    });
    copies = walk(dir).sort();
    r = run([corpora, dir, "--json", "--ext", "txt,ann"]);
    lines = jsonLines(r.stdout);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("every file is an input (the corpora hold only .txt and .ann files)", () => {
    expect(files.length).toBeGreaterThan(2000);
    expect(files.filter((f) => !/\.(txt|ann)$/i.test(f))).toEqual([]);
  });

  test("no crash: exit 0 or 1, no stack trace, every stderr line a kz-analyze message", () => {
    expect(r.signal).toBeNull();
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    for (const line of r.stderr.split("\n").filter(Boolean)) expect(line).toMatch(/^kz-analyze: /);
  });

  test("one record per input, in input order, each valid against the schema", () => {
    expect(lines.map((l) => l.source.path)).toEqual([...files, ...copies]);
    const invalid = lines.map((l) => [l.source.path, schemaErrors(l)]).filter(([, e]) => (e as string[]).length);
    expect(invalid).toEqual([]);
  });

  test("the originals are all analysed; a corrupted copy is analysed or refused as not text, never an internal failure", () => {
    expect(lines.slice(0, files.length).filter((l) => l.error)).toEqual([]);
    const failures = lines.filter((l) => l.error && l.error.code !== "ENOTTEXT");
    expect(failures).toEqual([]);
  });

  test("offsets index the text as a standard UTF-8 decoder reads it (where the text is UTF-8)", () => {
    let checked = 0;
    for (const res of lines) {
      if (res.error || res.source.offsets || !/^utf-8/.test(res.source.encoding)) continue;
      const text = new TextDecoder("utf-8").decode(readFileSync(res.source.path));
      for (const k of ["people", "organizations", "countries", "places"]) {
        for (const e of res[k]) for (const m of e.mentions) if (text.slice(m.start, m.end) !== m.text) throw new Error(`${res.source.path}: ${k} ${JSON.stringify(m)}`);
      }
      for (const q of res.quotes) if (text.slice(q.start, q.end) !== q.text) throw new Error(`${res.source.path}: quote ${JSON.stringify(q)}`);
      for (const f of res.figures) if (text.slice(f.start, f.end) !== f.text) throw new Error(`${res.source.path}: figure ${JSON.stringify(f)}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(files.length * 0.9);
  });

  test("the Latin-1 BBC article is read as Windows-1252 and says so", () => {
    const res = lines.find((l) => l.source.path === join(corpora, "bbc", "sport", "199.txt"));
    expect(res.source.encoding).toBe("windows-1252");
    expect(res.people.length).toBeGreaterThan(0);
  });
});
