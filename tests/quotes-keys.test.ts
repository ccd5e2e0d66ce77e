// Quotes and speakers on BBC articles against answer keys keyed by hand from reading each article
// (tests/fixtures/keys/full/speakers-*.gold.json: statements reopened over paragraphs, unnamed
// spokespeople of named organisations), scored by ../shared/eval/score.mjs --only quotes. The floors
// are the levels reached when the keys were made (issue 12), so a regression fails.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, describeShared, ROOT, SHARED } from "./helpers";

const DIR = join(ROOT, "tests", "fixtures", "keys", "full");
const KEYS = readdirSync(DIR)
  .filter((f) => f.startsWith("speakers-") && f.endsWith(".gold.json"))
  .sort();

/** quotes F1 and speakers per key, at least (main before issue 12 in the comments). */
const FLOORS: Record<string, { quotes: number; speakers: number }> = {
  "speakers-politics-002.gold.json": { quotes: 1, speakers: 1 }, // main 0.93 / 0.63
  "speakers-politics-078.gold.json": { quotes: 1, speakers: 1 }, // main 0.95 / 0.40
  "speakers-politics-105.gold.json": { quotes: 1, speakers: 1 }, // main 0.90 / 0.36
  "speakers-politics-185.gold.json": { quotes: 1, speakers: 1 }, // main 0.83 / 0.43
  "speakers-politics-377.gold.json": { quotes: 1, speakers: 1 }, // main 0.86 / 0.29
  "speakers-tech-227.gold.json": { quotes: 1, speakers: 1 }, // main 0.91 / 0.67
};

function score(key: string): { quotes: number; speakers: number } {
  const gold = JSON.parse(readFileSync(join(DIR, key), "utf8")) as { document: string };
  const r = spawnSync(process.execPath, [join(SHARED, "eval", "score.mjs"), "--only", "quotes", "--gold", join(DIR, key), "--", process.execPath, BIN, join(SHARED, gold.document), "--format", "json"], {
    encoding: "utf8",
  });
  const m = /overall [\d.]+ \(quotes ([\d.]+), speakers ([\d.]+)\)/.exec(r.stdout);
  if (!m) throw new Error(`score.mjs said: ${r.stdout}${r.stderr}`);
  return { quotes: Number(m[1]), speakers: Number(m[2]) };
}

describeShared("quotes and speakers on hand-keyed BBC articles", () => {
  test("every key has a floor", () => {
    expect(KEYS.length).toBeGreaterThanOrEqual(6);
    for (const k of KEYS) expect(FLOORS[k]).toBeDefined();
  });

  test.each(KEYS)("%s", (key) => {
    const s = score(key);
    expect(s.quotes).toBeGreaterThanOrEqual(FLOORS[key].quotes);
    expect(s.speakers).toBeGreaterThanOrEqual(FLOORS[key].speakers);
  });
});
