// Boxed tables sized to the terminal, shared by the record tables and the corpus summary: fixed
// columns shrink on narrow terminals, flexible ones share the rest, and cells are wrapped here (not by
// cli-table3, which truncates words longer than a line with "…"), so nothing is cut off.

import chalk from "chalk";
import Table from "cli-table3";
import type { RenderOptions } from "./index";

export type Column = { head: string; width?: number; align?: "left" | "right" };
export type Cell = string | { content: string; colSpan: number };

/** The colours and the table maker for a renderer's options. */
export function grid(o: RenderOptions) {
  const c = new chalk.Instance({ level: o.color ? (Math.max(1, chalk.level) as 1 | 2 | 3) : 0 });
  const width = Math.max(30, o.width);

  /** Column widths (cli-table3 counts padding in them) that fill `width`; flexible columns share the rest. */
  function widths(cols: Column[]): number[] {
    const room = width - (cols.length + 1); // borders
    const flexible = cols.filter((col) => !col.width).length;
    const fixed = cols.reduce((n, col) => n + (col.width ?? 0), 0);
    // narrow terminals shrink the fixed columns too, keeping 10 columns for each flexible one
    const scale = Math.min(1, (room - flexible * 10) / Math.max(1, fixed));
    const sized = cols.map((col) => (col.width ? Math.max(5, Math.floor(col.width * scale)) : 0));
    const share = Math.floor((room - sized.reduce((a, b) => a + b, 0)) / Math.max(1, flexible));
    return sized.map((w) => w || share);
  }

  /** A titled table ("People (7)"; no count when `count` is null), or one line when there are no rows. */
  function table(title: string, cols: Column[], rows: Cell[][], count: number | null = rows.length): string {
    if (!rows.length) return `${c.bold(title)}: ${c.dim("none found")}\n`;
    const w = widths(cols);
    // cells are wrapped here, not by cli-table3, which truncates words longer than a line with "…"
    const fit = (cell: string, k: number) => wrap(capCell(cell), w[k] - 2).join("\n");
    const t = new Table({
      head: cols.map((col, k) => c.bold(fit(col.head, k))),
      colWidths: w,
      colAligns: cols.map((col) => col.align ?? "left"),
      style: { head: [], border: o.color ? ["grey"] : [], compact: false },
    });
    const fitCell = (cell: Cell, k: number): Cell => {
      if (typeof cell === "string") return fit(cell, k);
      const span = w.slice(k, k + cell.colSpan).reduce((a, b) => a + b, 0) + cell.colSpan - 1;
      return { ...cell, content: wrap(capCell(cell.content), span - 2).join("\n") };
    };
    for (const r of rows) t.push(r.map(fitCell));
    return `${c.bold(title)}${count === null ? "" : ` (${count})`}\n${t.toString()}\n`;
  }

  return { c, width, table };
}

const ANSI = /\x1b\[[0-9;]*m/g;
const visible = (s: string) => [...s.replace(ANSI, "")].length;

/** Most characters a table cell shows: a 600 KB "name" would fill thousands of lines. */
export const CELL_MAX_CHARS = 500;

/** A cell's text cut to `max` characters, saying how many more there are: "… (N more characters)". */
export function capCell(text: string, max = CELL_MAX_CHARS): string {
  if (text.length <= max) return text;
  // a cell that long is data, not a coloured label: its colours go with the rest
  const plain = text.includes("\x1b") ? text.replace(ANSI, "") : text;
  // characters, not UTF-16 units (a pair of surrogates is one), counted without splitting the text
  let cut = 0;
  let chars = 0;
  for (let i = 0; i < plain.length; i++) {
    if (chars === max) cut = i;
    const u = plain.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < plain.length) i++;
    chars++;
  }
  if (chars <= max) return text;
  return `${plain.slice(0, cut)}… (${(chars - max).toLocaleString("en-US")} more characters)`;
}

/** Word-wraps plain text to `width` columns; a word longer than a line is split, never dropped. */
export function wrap(text: string, width: number): string[] {
  // a line break the caller put in (speaker over cue) stays; other whitespace is reflowed
  if (text.includes("\n")) return text.split("\n").flatMap((part) => wrap(part, width));
  const out: string[] = [];
  let line = "";
  for (let word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (visible(word) > width && !word.includes("\x1b")) {
      // a word longer than a line, split into lines of `width` characters (in one pass: slicing
      // the rest again for each line made a long word cost its length squared)
      if (line) out.push(line);
      line = "";
      const chars = [...word];
      let k = 0;
      for (; chars.length - k > width; k += width) out.push(chars.slice(k, k + width).join(""));
      word = chars.slice(k).join("");
    }
    if (!line) line = word;
    else if (visible(line) + 1 + visible(word) <= width) line += " " + word;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  return out;
}
