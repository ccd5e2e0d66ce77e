// End to end: the built command, as a user runs it.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describeShared, jsonLines, ROOT, run, SAMPLE, schemaErrors, SHARED } from "./helpers";

describe("kz-analyze command", () => {
  test("the sample as JSON: one line, valid against the schema, offsets exact", () => {
    const r = run([SAMPLE, "--json"]);
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expect(schemaErrors(lines[0])).toEqual([]);
    const text = readFileSync(SAMPLE, "utf8");
    const res = lines[0];
    for (const e of [...res.people, ...res.organizations, ...res.countries, ...res.places])
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const q of res.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const f of res.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  test("the build leaves V8 a code cache the launcher's flags accept (a cold start skips compiling)", () => {
    // what bin/kz-analyze does, in a fresh node: its V8 flags, then the bundle with the cache
    const probe = `
      for (const flag of require(${JSON.stringify(join(ROOT, "bin", "v8-flags.json"))})) require("node:v8").setFlagsFromString(flag);
      const { readFileSync } = require("node:fs"), vm = require("node:vm"), Module = require("node:module");
      const file = ${JSON.stringify(join(ROOT, "dist", "cli.js"))};
      const s = new vm.Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData: readFileSync(file + ".cache") });
      process.stdout.write(String(s.cachedDataRejected));`;
    const r = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("false");
  });

  test("a missing file gives an error record and exit 1; other inputs still run", () => {
    const r = run(["no-such-file.txt", SAMPLE, "--json"]);
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0].error.code).toBe("ENOENT");
    expect(lines[0].source.path).toBe("no-such-file.txt");
    expect(schemaErrors(lines[0])).toEqual([]);
    expect(lines[1].people.length).toBeGreaterThan(0);
    expect(r.stderr).toContain("no-such-file.txt");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test("an unknown option is a usage error: exit 2, one line naming it", () => {
    const r = run(["--frobnicate", SAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--frobnicate");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("a bad --only section is a usage error, with a hint", () => {
    const r = run(["--only", "people,weather", SAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("weather");
    expect(r.stderr).toContain("--help");
  });

  test("options that do nothing in a combination are named on stderr, not silently dropped", () => {
    const r = run([SAMPLE, "--json", "--top", "3", "--sentences"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/ignoring --top .*--sentences/);
    expect(jsonLines(r.stdout)).toHaveLength(1);
    expect(run([SAMPLE, "--json"]).stderr).toBe("");
  });

  test("reads standard input when no path is given, and from '-'", () => {
    const text = "“It works,” said Ada Lovelace.";
    for (const args of [["--json"], ["-", "--json"]]) {
      const r = run(args, text);
      expect(r.status).toBe(0);
      const [res] = jsonLines(r.stdout);
      expect(res.source.path).toBe("-");
      expect(res.quotes[0].speaker).toBe("Ada Lovelace");
    }
  });

  test("folders: recursive, filtered by extension, in sorted order; --ext changes the filter", () => {
    const dir = mkdtempSync(join(tmpdir(), "kz-"));
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "b", "two.txt"), "Second file about Paris.");
    writeFileSync(join(dir, "a.md"), "First file about Berlin.");
    writeFileSync(join(dir, "skip.csv"), "x,y");
    const r = run([dir, "--json"]);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((x) => x.source.path)).toEqual([join(dir, "a.md"), join(dir, "b", "two.txt")]);
    const csv = run([dir, "--json", "--ext", "csv"]);
    expect(jsonLines(csv.stdout).map((x) => x.source.path)).toEqual([join(dir, "skip.csv")]);
    const none = run([join(dir, "b"), "--json", "--ext", "pdf"]);
    expect(none.status).toBe(1);
    expect(jsonLines(none.stdout)[0].error.code).toBe("ENOMATCH");
  });

  test("an empty file gives a valid empty result", () => {
    const dir = mkdtempSync(join(tmpdir(), "kz-"));
    writeFileSync(join(dir, "empty.txt"), "");
    const r = run([join(dir, "empty.txt"), "--json"]);
    expect(r.status).toBe(0);
    const [res] = jsonLines(r.stdout);
    expect(schemaErrors(res)).toEqual([]);
    expect(res.people).toEqual([]);
    expect(res.article.words).toBe(0);
  });

  test("--only keeps just the sections asked for", () => {
    const [res] = jsonLines(run([SAMPLE, "--json", "--only", "quotes"]).stdout);
    expect(res.quotes.length).toBeGreaterThan(0);
    expect(res.people).toEqual([]);
    expect(res.figures).toEqual([]);
  });

  test("--pretty indents JSON", () => {
    const r = run([SAMPLE, "--json", "--pretty"]);
    expect(r.stdout.split("\n").length).toBeGreaterThan(50);
    expect(JSON.parse(r.stdout).schema).toBe("kz-analyze/1");
  });

  test("tables fit 80 columns and carry no colour codes when piped", () => {
    const r = run([SAMPLE]);
    expect(r.status).toBe(0);
    for (const line of r.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toContain("Andrei Kortunov");
    expect(r.stdout).toMatch(/Quotes \(\d+\)/);
  });

  test("FORCE_COLOR turns colours on, --no-color off again", () => {
    expect(run([SAMPLE], undefined, { FORCE_COLOR: "1" }).stdout).toMatch(/\x1b\[/);
    expect(run([SAMPLE, "--no-color"], undefined, { FORCE_COLOR: "1" }).stdout).not.toMatch(/\x1b\[/);
  });

  test("empty sections say so, together, in one line", () => {
    const r = run(["-"], "Nothing happened here today.");
    expect(r.stdout.replace(/\n(?!\n)/g, " ")).toContain("None found: people, quotes, figures, organizations, countries, places, other names");
  });

  test("--version and --help exit 0", () => {
    expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--format");
    expect(help.stdout).toContain("Examples:");
  });
});

describeShared("the sample against its answer key", () => {
  let gold: any;
  let res: any;
  beforeAll(() => {
    gold = JSON.parse(readFileSync(join(SHARED, "gold", "mt-kazakhstan-crisis.gold.json"), "utf8"));
    [res] = jsonLines(run([SAMPLE, "--json"]).stdout);
  });
  const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, " ").replace(/^the /i, "").toLowerCase();

  test.each(["people", "organizations", "countries", "places"])("every %s in the key is found", (kind: string) => {
    const found = new Set(res[kind].map((e: { name: string }) => fold(e.name)));
    for (const g of gold[kind].filter((x: { optional?: boolean }) => !x.optional)) expect(found).toContain(fold(g.name));
  });
  test("every quote in the key is found with its speaker", () => {
    for (const g of gold.quotes.filter((x: { optional?: boolean }) => !x.optional)) {
      const q = res.quotes.find((x: { text: string }) => fold(x.text).startsWith(fold(g.startsWith)));
      expect(q).toBeDefined();
      expect(q.speaker).toBe(g.speaker);
      expect(q.kind).toBe(g.kind);
    }
  });
  test("the key's figures are found with value and category", () => {
    for (const g of gold.figures.filter((x: { optional?: boolean }) => !x.optional)) {
      const f = res.figures.find((x: { text: string }) => fold(x.text).includes(fold(g.text)));
      expect(f).toBeDefined();
      expect(f.value).toBe(g.value);
      expect(f.category).toBe(g.category);
    }
  });
  test("title and publication", () => {
    expect(fold(res.article.title)).toBe(fold(gold.title));
    expect(res.article.publication).toBe(gold.publication);
  });
});
