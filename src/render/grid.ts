// Tables for a terminal or a pager, shared by the record tables and the corpus summary: compact
// (no rules between rows or around cells: columns apart by two spaces, the header in bold), sized to
// the width given, columns as wide as their content needs and no wider. When a row is too wide the
// widest columns give way first, never below their longest word, so words are not split ("87-year-old"
// stays whole); only a word longer than a whole column breaks, after a hyphen or slash where it can.
// Drawn here rather than by a table library: it is a few lines, and string-width's emoji regex made
// cli-table3 cost 15 ms a table.

import chalk from "chalk";
import type { RenderOptions } from "./index";

export type Column = { head: string; align?: "left" | "right"; /** at most this wide (content permitting less) */ max?: number };
/** A cell; one spanning from its column to the row's end holds text that belongs to the row above (a figure's sentence). */
export type Cell = string | { content: string; span: true };

const INDENT = "  ";
const GAP = "  ";

/** The colours and the table maker for a renderer's options. */
export function grid(o: RenderOptions) {
  const c = new chalk.Instance({ level: o.color ? (Math.max(1, chalk.level) as 1 | 2 | 3) : 0 });
  const width = Math.max(30, o.width);
  const room = width - INDENT.length;

  /** Column widths that fit `room`: each column's content width, the widest cut down first, none below its longest word. */
  function widths(cols: Column[], rows: Cell[][]): number[] {
    const natural = cols.map((col) => visible(col.head));
    const longestWord = cols.map((col) => Math.max(...col.head.split(/\s+/).map(visible)));
    for (const r of rows)
      r.forEach((cell, k) => {
        if (typeof cell !== "string") return;
        for (const line of cell.split("\n")) {
          natural[k] = Math.max(natural[k], visible(line));
          for (const w of line.split(" ")) longestWord[k] = Math.max(longestWord[k], visible(w));
        }
      });
    const capped = natural.map((n, k) => Math.min(n, cols[k].max ?? Infinity, room));
    const fit = room - GAP.length * (cols.length - 1);
    const total = (t: number, floor: number[]) => capped.reduce((sum, n, k) => sum + Math.min(n, Math.max(t, floor[k])), 0);
    const cut = (floor: number[]): number[] | null => {
      if (total(0, floor) > fit) return null;
      // the largest cap t at which the columns, cut to max(t, floor), still fit
      let lo = 0;
      let hi = Math.max(...capped);
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (total(mid, floor) <= fit) lo = mid;
        else hi = mid - 1;
      }
      const w = capped.map((n, k) => Math.min(n, Math.max(lo, floor[k])));
      // hand what is left over to the columns that were cut, left to right
      let spare = fit - w.reduce((a, b) => a + b, 0);
      for (let k = 0; k < w.length && spare > 0; k++) {
        const more = Math.min(spare, capped[k] - w[k]);
        w[k] += more;
        spare -= more;
      }
      return w;
    };
    // words kept whole where the row allows it; else every column at least 4 wide
    return cut(longestWord.map((n, k) => Math.min(n, capped[k]))) ?? cut(capped.map((n) => Math.min(n, 4))) ?? capped.map(() => Math.max(1, Math.floor(fit / cols.length)));
  }

  /**
   * A titled table ("People (7)"; `count` null: no count; a string: said as is), then a legend line
   * when given; one line when there are no rows.
   */
  function table(title: string, cols: Column[], cells: Cell[][], count: number | string | null = cells.length, legend?: string): string {
    const rows = cells.map((r) => r.map((cell) => (typeof cell === "string" ? capCell(cell) : { ...cell, content: capCell(cell.content) })));
    const heading = `${c.bold(title)}${count === null ? "" : ` (${count})`}`;
    if (!rows.length) return `${c.bold(title)}: ${c.dim("none found")}\n`;
    const w = widths(cols, rows);
    const out = [heading, ...line(cols.map((col) => col.head), (s) => c.bold(s))];
    for (const r of rows) out.push(...line(r));
    if (legend) out.push(...wrap(legend, room).map((l) => INDENT + c.dim(l)));
    return out.join("\n") + "\n";

    function line(cells: Cell[], style: (s: string) => string = (s) => s): string[] {
      const spanAt = cells.findIndex((cell) => typeof cell !== "string");
      if (spanAt >= 0) {
        const span = cells[spanAt] as { content: string };
        const at = w.slice(0, spanAt).reduce((a, b) => a + b + GAP.length, 0);
        return wrap(span.content, room - at).map((l) => INDENT + " ".repeat(at) + c.dim(l));
      }
      const wrapped = cells.map((cell, k) => wrap(cell as string, w[k]));
      const height = Math.max(1, ...wrapped.map((x) => x.length));
      const lines: string[] = [];
      for (let i = 0; i < height; i++) {
        const parts = wrapped.map((x, k) => {
          const text = x[i] ?? "";
          const pad = " ".repeat(Math.max(0, w[k] - visible(text)));
          return cols[k].align === "right" ? pad + style(text) : style(text) + (k === w.length - 1 ? "" : pad);
        });
        lines.push((INDENT + parts.join(GAP)).replace(/\s+$/, ""));
      }
      return lines;
    }
  }

  /**
   * A list of short entries (a name, a code, a count) set in as many columns as the width holds, read
   * down then across like `ls`: thirteen countries in five lines instead of thirteen. Entries too long
   * for two columns run on as text, an entry never split across lines unless longer than one.
   */
  function list(title: string, items: Array<[name: string, detail: string, count: string]>, legend?: string): string {
    const entries = items.map(([name, detail, count]): [string, string, string] => [capCell(name), capCell(detail), count]);
    if (!entries.length) return `${c.bold(title)}: ${c.dim("none found")}\n`;
    const detailW = Math.max(...entries.map((e) => visible(e[1])));
    const countW = Math.max(...entries.map((e) => visible(e[2])));
    const nameW = Math.max(1, Math.min(room - (detailW ? detailW + 1 : 0) - countW - 1, Math.max(...entries.map((e) => visible(e[0])))));
    const cellW = nameW + (detailW ? detailW + 1 : 0) + countW + 1;
    const perRow = Math.max(1, Math.floor((room + 3) / (cellW + 3)));
    const head = `${title} (${entries.length})`;
    // the legend beside the title, or under it when the two do not fit one line
    const out =
      !legend ? [c.bold(head)] : visible(`${head}: ${legend}`) <= width ? [`${c.bold(head)}${c.dim(`: ${legend}`)}`] : [c.bold(head), ...wrap(legend, room).map((l) => INDENT + c.dim(l))];
    if (perRow < 2 && entries.length > 1) {
      // names too long for two columns: one after the other, as running text
      const run = entries.map((e) => [e[0], e[1] && c.dim(e[1]), e[2]].filter(Boolean).join(" ").replace(/ /g, "\u0000")).join(" · ");
      out.push(...wrap(run, room).map((l) => INDENT + l.replace(/\u0000/g, " ")));
      return out.join("\n") + "\n";
    }
    const rows = Math.ceil(entries.length / perRow);
    for (let r = 0; r < rows; r++) {
      const parts: string[] = [];
      for (let k = 0; k < perRow; k++) {
        const e = entries[k * rows + r];
        if (!e) break;
        // a name longer than the line (one column) wraps under itself
        const name = wrap(e[0], nameW);
        const last = name[name.length - 1];
        const tail = `${detailW ? " " + c.dim(e[1].padEnd(detailW)) : ""} ${e[2].padStart(countW)}`;
        parts.push([...name.slice(0, -1), last + " ".repeat(Math.max(0, nameW - visible(last))) + tail].join("\n" + INDENT));
      }
      out.push((INDENT + parts.join("   ")).replace(/\s+$/, ""));
    }
    return out.join("\n") + "\n";
  }

  /**
   * Entries as running text with a hanging indent (continuation lines set in further), under a
   * title and above a legend: for quotes, which read best as the sentence they are.
   */
  function entries(title: string, items: string[], count: number | string = items.length, legend?: string): string {
    if (!items.length) return `${c.bold(title)}: ${c.dim("none found")}\n`;
    const out = [`${c.bold(title)} (${count})`];
    for (const item of items) out.push(...hanging(item, room, 4).map((l) => INDENT + l));
    if (legend) out.push(...wrap(legend, room).map((l) => INDENT + c.dim(l)));
    return out.join("\n") + "\n";
  }

  return { c, width, table, list, entries };
}

const ANSI = /\x1b\[[0-9;]*m/g;
// East Asian wide characters and emoji take two columns in a terminal
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud83c-\ud83e][\udc00-\udfff]/g;
// combining marks and zero-width characters take none
const ZERO = /[\u0300-\u036f\u200b-\u200f\u2060\ufeff]/g;

/** Terminal columns a string takes (colour codes take none). */
export function visible(s: string): number {
  const plain = s.includes("\x1b") ? s.replace(ANSI, "") : s;
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u02ff\u2010-\u2027\u2030-\u205e]*$/.test(plain)) return plain.length;
  return [...plain.replace(ZERO, "")].length + (plain.match(WIDE)?.length ?? 0);
}

/** Word-wraps text to `width` columns, lines after the first set in by `indent` spaces. */
export function hanging(text: string, width: number, indent: number): string[] {
  const [first, ...rest] = wrap(text, width);
  if (!rest.length) return [first];
  const remainder = wrap(rest.join(" "), Math.max(10, width - indent));
  return [first, ...remainder.map((l) => " ".repeat(indent) + l)];
}

/**
 * Word-wraps text to `width` columns. A word longer than a line breaks after a hyphen or slash where
 * one falls in the line, else at the width; nothing is dropped.
 */
export function wrap(text: string, width: number): string[] {
  // a line break the caller put in (speaker over cue) stays, and so does a line's indent; other
  // spaces are reflowed
  if (text.includes("\n")) return text.split("\n").flatMap((part) => wrap(part, width));
  const indent = /^ */.exec(text)![0];
  if (indent && indent.length < width) return wrap(text.slice(indent.length), width - indent.length).map((l) => indent + l);
  const out: string[] = [];
  let line = "";
  for (let word of text.replace(/[ \t\r\f\v]+/g, " ").trim().split(" ")) {
    if (visible(word) > width && !word.includes("\x1b")) {
      // split into characters once: a 2 MB word costs its length, not its length squared
      if (line) out.push(line);
      line = "";
      const chars = [...word];
      let from = 0;
      while (visible(chars.slice(from, from + width + 1).join("")) > width) {
        const head = chars.slice(from, from + width).join("");
        const soft = Math.max(head.lastIndexOf("-"), head.lastIndexOf("/"));
        const at = soft > 0 ? [...head.slice(0, soft + 1)].length : width;
        out.push(chars.slice(from, from + at).join(""));
        from += at;
      }
      word = chars.slice(from).join("");
    }
    if (!line) line = word;
    else if (visible(line) + 1 + visible(word) <= width) line += " " + word;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  return out.length ? out : [""];
}

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
