// Tables as a pager gets them: COLUMNS honoured when piped, --help fitted to the width, section
// names alike for --only and --summary, a closing line on stderr after a batch.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, SAMPLE } from "./helpers";

const widest = (s: string) => Math.max(...s.split("\n").map((l) => [...l].length));

describe("tables through a pipe", () => {
  test("COLUMNS sets the width when stdout is no terminal; 80 without it", () => {
    const narrow = run([SAMPLE], undefined, { COLUMNS: "60" });
    expect(narrow.status).toBe(0);
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(60);
    expect(widest(narrow.stdout)).toBeGreaterThan(50);
    const wide = run([SAMPLE], undefined, { COLUMNS: "140" });
    expect(widest(wide.stdout)).toBeGreaterThan(100);
    expect(widest(run([SAMPLE]).stdout)).toBeLessThanOrEqual(80);
  });

  test("--help is wrapped to the width", () => {
    for (const cols of ["50", "100"]) {
      const r = run(["--help"], undefined, { COLUMNS: cols });
      expect(r.status).toBe(0);
      // the one command too long to break is the jq example
      const over = r.stdout.split("\n").filter((l) => [...l].length > Number(cols) && !l.includes("jq -r"));
      expect(over).toEqual([]);
    }
    expect(run(["--help"], undefined, { COLUMNS: "50" }).stdout.split("\n").length).toBeGreaterThan(run(["--help"], undefined, { COLUMNS: "100" }).stdout.split("\n").length);
  });
});

describe("section names", () => {
  test("--only speakers and other are accepted for results and --summary alike", () => {
    const one = run([SAMPLE, "--only", "speakers,other"]);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain("Quotes (");
    expect(one.stdout).toMatch(/Other names \(|None found: other names/);
    expect(one.stdout).not.toContain("People (");
    const summary = run([SAMPLE, "--summary", "--only", "speakers"]);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toContain("Most quoted");
    expect(summary.stdout).not.toMatch(/^People/m);
    const bad = run([SAMPLE, "--only", "speakerz"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown section 'speakerz' \(choose from people, .*speakers\)/);
  });
});

describe("a batch's closing line", () => {
  const dir = mkdtempSync(join(tmpdir(), "kz-close-"));
  writeFileSync(join(dir, "a.txt"), "“We will win,” said Maria Lopez.");
  writeFileSync(join(dir, "b.txt"), "Andrei Kortunov said it would be short.");

  test("tables end with how many articles, how many failed and how long, on stderr", () => {
    const r = run([dir, join(dir, "missing.txt"), "--jobs", "1"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split("\n").pop()).toMatch(/^kz-analyze: 3 articles, 1 failed, \d+\.\d s$/);
    expect(r.stdout).not.toContain("failed,");
  });

  test("JSON and --quiet have none; a single article has none", () => {
    expect(run([dir, "--json"]).stderr).not.toMatch(/articles, \d+ failed/);
    expect(run([dir, "-q"]).stderr).toBe("");
    expect(run([join(dir, "a.txt")]).stderr).toBe("");
  });
});
