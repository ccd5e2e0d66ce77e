// Table cells with absurd contents (a 600 KB "name", a quote with no spaces): capped with a visible
// count of what is left out, drawn in linear time, never wider than the terminal.

import { analyze } from "./helpers";
import { FORMATS } from "../src/render";
import { capCell, CELL_MAX_CHARS, wrap } from "../src/render/grid";
import { SECTIONS, type Result } from "../src/types";

const table = (width: number) => FORMATS.table({ pretty: false, color: false, width, sections: SECTIONS });

describe("huge table cells", () => {
  test("a cell over the cap shows its first characters and how many more there are", () => {
    expect(capCell("short")).toBe("short");
    expect(capCell("x".repeat(CELL_MAX_CHARS))).toBe("x".repeat(CELL_MAX_CHARS));
    expect(capCell("é".repeat(CELL_MAX_CHARS + 1234))).toBe(`${"é".repeat(CELL_MAX_CHARS)}… (1,234 more characters)`);
    // characters, not UTF-16 units: an emoji is not cut in half
    expect(capCell("😀".repeat(12), 10)).toBe(`${"😀".repeat(10)}… (2 more characters)`);
  });

  test("a 600 KB place name and a 300 KB word in a quote: drawn in seconds, not minutes, capped, within the width", () => {
    const result = analyze("Maria Lopez visited Almaty. “We will win,” she said.") as Result;
    const name = Array.from({ length: 200_000 }, (_, i) => `Ab${String.fromCharCode(97 + (i % 26))}`).join(" ");
    result.places = [{ name, aliases: [], country: null, count: 1, mentions: [{ start: 0, end: 5, text: "Maria" }] }];
    result.quotes[0].text = result.quotes[0].flat = "y".repeat(300_000);
    const t0 = performance.now();
    const out = table(100).record(result);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(5000);
    expect(out).toContain(`(${(name.length - CELL_MAX_CHARS).toLocaleString("en-US")} more characters)`);
    expect(out).toContain(`(${(300_000 - CELL_MAX_CHARS).toLocaleString("en-US")} more characters)`);
    expect(out.length).toBeLessThan(40_000);
    for (const line of out.split("\n")) expect([...line].length).toBeLessThanOrEqual(100);
  });

  test("wrapping a word far longer than a line costs its length, not its length squared", () => {
    const word = "z".repeat(2_000_000);
    const t0 = performance.now();
    const lines = wrap(word, 40);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(lines).toHaveLength(50_000);
    expect(lines.every((l) => l.length === 40)).toBe(true);
    expect(wrap("ab " + "c".repeat(9) + " d", 4)).toEqual(["ab", "cccc", "cccc", "c d"]);
  });
});
