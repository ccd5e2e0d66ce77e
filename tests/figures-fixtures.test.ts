// The built command on hand-written test articles (tests/fixtures/figures/*.txt), scored against
// answer keys keyed by hand from reading each article (*.gold.json, the ../shared/gold format).
// Figures are matched the way ../shared/eval/score.mjs matches them: by value (vague amounts by
// text), then category; `optional` items neither reward nor punish. Where a key gives a
// qualifier, unit, subject, range or approximate flag, the matched figure must have it too.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeShared, jsonLines, ROOT, run, SHARED } from "./helpers";

const DIR = join(ROOT, "tests", "fixtures", "figures");
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith(".gold.json"))
  .map((f) => f.replace(/\.gold\.json$/, ""))
  .sort();

interface GoldFigure {
  text: string;
  value: number | null;
  category: string | string[];
  optional?: boolean;
  approximate?: boolean;
  qualifier?: string;
  unit?: string;
  subject?: string;
  range?: [number, number];
}
interface Found {
  text: string;
  start: number;
  end: number;
  value: number | null;
  approximate: boolean;
  qualifier: string | null;
  unit: string | null;
  subject: string | null;
  category: string;
  sentence: string;
  range?: [number, number] | null;
}

const fold = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Pairs found figures with key items as score.mjs does; returns F1 and the pairs to check fields on. */
function score(found: Found[], keys: GoldFigure[]) {
  const used = new Set<number>();
  const pairs: Array<[Found, GoldFigure]> = [];
  const wrong: string[] = [];
  let tp = 0;
  let fp = 0;
  const matches = (f: Found, g: GoldFigure) =>
    g.value === null ? f.approximate && fold(f.text).includes(fold(g.text)) : f.value === g.value;
  for (const f of found) {
    const order = (j: number) => (keys[j].optional ? 1 : 0) - (fold(f.text).includes(fold(keys[j].text)) ? 2 : 0);
    const candidates = keys
      .map((_, j) => j)
      .filter((j) => !used.has(j) && matches(f, keys[j]))
      .sort((a, b) => order(a) - order(b));
    if (!candidates.length) {
      fp++;
      wrong.push(`${f.text} [${f.category}]`);
      continue;
    }
    const g = keys[candidates[0]];
    used.add(candidates[0]);
    if (g.optional) continue;
    if ([g.category].flat().includes(f.category)) {
      tp++;
      pairs.push([f, g]);
    } else {
      fp++;
      used.delete(candidates[0]);
      wrong.push(`${f.text} [${f.category}, want ${[g.category].flat().join("/")}]`);
    }
  }
  const missed = keys.filter((g, j) => !g.optional && !used.has(j)).map((g) => g.text);
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + missed.length ? tp / (tp + missed.length) : 1;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, pairs, wrong, missed };
}

describe("figures on the hand-keyed test articles", () => {
  const results = new Map<string, Found[]>();
  const texts = new Map<string, string>();

  beforeAll(() => {
    const r = run([...NAMES.map((n) => join(DIR, `${n}.txt`)), "--json", "--only", "figures"]);
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(NAMES.length);
    NAMES.forEach((n, i) => {
      expect(lines[i].source.path.endsWith(`${n}.txt`)).toBe(true);
      results.set(n, lines[i].figures);
      texts.set(n, readFileSync(join(DIR, `${n}.txt`), "utf8"));
    });
  });

  test("there are articles of every kind the issue names", () => {
    for (const kind of ["poll", "attack", "troops", "jobs", "markets", "protest"]) {
      expect(NAMES.some((n) => n.startsWith(kind))).toBe(true);
    }
  });

  test.each(NAMES)("%s: figures F1 at least 0.95 against its key", (name) => {
    const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), "utf8")) as { figures: GoldFigure[] };
    const s = score(results.get(name)!, gold.figures);
    expect({ name, wrong: s.wrong, missed: s.missed, ok: s.f1 >= 0.95 }).toEqual({ name, wrong: s.wrong, missed: s.missed, ok: true });
  });

  test.each(NAMES)("%s: qualifier, unit, subject, range and approximate as keyed", (name) => {
    const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), "utf8")) as { figures: GoldFigure[] };
    const { pairs } = score(results.get(name)!, gold.figures);
    for (const [f, g] of pairs) {
      const want: Record<string, unknown> = {};
      const have: Record<string, unknown> = {};
      for (const k of ["qualifier", "unit", "subject", "range", "approximate"] as const) {
        if (g[k] === undefined) continue;
        want[k] = g[k];
        have[k] = f[k];
      }
      expect({ text: g.text, ...have }).toEqual({ text: g.text, ...want });
    }
  });

  test.each(NAMES)("%s: offsets exact, in text order, each in its sentence", (name) => {
    const text = texts.get(name)!;
    let last = -1;
    for (const f of results.get(name)!) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThan(last);
      last = f.start;
      expect(f.sentence).toContain(f.text.replace(/\s+/g, " "));
      // a quote mark in the text is never half of a pair
      const marks = f.text.match(/[“”"]/g) ?? [];
      expect(marks.length % 2).toBe(0);
    }
  });
});

describeShared("figures on the hand-keyed test articles, by ../shared/eval/score.mjs", () => {
  let outputs: Array<{ name: string; stdout: string; status: number | null }> = [];
  beforeAll(() => {
    outputs = NAMES.map((name) => {
      const r = spawnSync(
        process.execPath,
        [join(SHARED, "eval", "score.mjs"), "--gold", join(DIR, `${name}.gold.json`), "--only", "figures", "--min", "figures=0.95", "--", process.execPath, join(ROOT, "bin", "kz-analyze"), join(DIR, `${name}.txt`), "--format", "json"],
        { encoding: "utf8" },
      );
      return { name, stdout: r.stdout, status: r.status };
    });
  });
  test("every article scores figures F1 ≥ 0.95", () => {
    for (const o of outputs) expect({ name: o.name, status: o.status, last: o.stdout.trim().split("\n").pop() }).toMatchObject({ name: o.name, status: 0 });
  });
});
