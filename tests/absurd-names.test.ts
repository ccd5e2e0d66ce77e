// Storms of capitalised words, end to end through the built command: a name has a bounded length
// (a run of 200,000 capitalised words is not one 800 KB "organization"), and the cost stays linear.
// The bound is the entity stage's (MAX_NAME_TOKENS, MAX_NAME_CHARS in src/extract/entities/recognize.ts).

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, jsonLines } from "./helpers";

/** Longest name worth calling a name: far above any real one ("International Bank for Reconstruction and Development" is 53). */
const MAX_NAME = 200;
const SECTIONS = ["people", "organizations", "countries", "places", "other"] as const;

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "kz-absurd-"));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** Runs the built command with a deadline, killed hard when it passes it (a busy analysis does not see SIGTERM). */
function timed(args: string[], deadlineMs: number) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: deadlineMs, killSignal: "SIGKILL", maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: "1" } });
  return { ...r, ms: Date.now() - t0 };
}

describe("absurd names", () => {
  // 200,000 capitalised three-letter words on one line, 800 KB
  const letters = file("letters.txt", Array.from({ length: 200_000 }, (_, i) => `Ab${String.fromCharCode(97 + (i % 26))}`).join(" ") + "\n");
  // 200,000 capitalised dictionary words and names in a sentence, 1.3 MB
  const WORDS = ["Northern", "Grand", "Union", "Kazakh", "Maria", "Lopez", "River", "Bank", "Almaty", "Council"];
  const words = file("words.txt", "Officials said that " + Array.from({ length: 200_000 }, (_, i) => WORDS[i % WORDS.length]).join(" ") + " met on Monday.\n");

  test(`200,000 capitalised words: every name at most ${MAX_NAME} characters, JSON and table in seconds`, () => {
    const r = timed([letters, "--json"], 20_000);
    expect(r.status).toBe(0);
    const [x] = jsonLines(r.stdout);
    for (const section of SECTIONS) for (const e of x[section] ?? []) expect(e.name.length).toBeLessThanOrEqual(MAX_NAME);
    const t = timed([letters], 20_000);
    expect(t.status).toBe(0);
    for (const line of t.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  }, 60_000);

  test("200,000 capitalised real words and names: done in seconds (linear), names bounded", () => {
    const r = timed([words, "--json"], 20_000);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    const [x] = jsonLines(r.stdout);
    for (const section of SECTIONS) for (const e of x[section] ?? []) expect(e.name.length).toBeLessThanOrEqual(MAX_NAME);
  }, 60_000);
});
