// Lists of paths: `--files-from FILE|-` reads one path a line (or NUL-separated with -0, as
// `find -print0` writes them), and standard input that is nothing but existing paths is told apart
// from an article, so `find … | kz-analyze` says what to do instead of analysing a list of names.

import { readFileSync, statSync } from "node:fs";

/** The paths a list names: lines (CRLF too) or NUL-separated; blank entries skipped, nothing else changed. */
export function parseFileList(text: string, nul: boolean): string[] {
  const parts = nul ? text.split("\0") : text.split(/\r?\n/);
  return parts.filter((p) => (nul ? p.length > 0 : p.trim().length > 0));
}

/** Reads a list from a file or ("-") standard input. Throws the file system's error. */
export function readFileList(from: string, nul: boolean): string[] {
  const text = readFileSync(from === "-" ? 0 : from, "utf8");
  return parseFileList(text.replace(/^\ufeff/, ""), nul);
}

/** Longest text checked for being a list of paths (an article is longer; a list this long is rare). */
const MAX_LIST_CHARS = 64 * 1024;

/**
 * How many paths the text lists when every non-blank line (at most a few thousand) names a file or
 * folder that exists; null when it reads as anything else. One line must hold a "/" or a file
 * extension, so a one-word text that happens to name a file in the working folder is not taken.
 */
export function looksLikePathList(text: string): number | null {
  if (!text.trim() || text.length > MAX_LIST_CHARS) return null;
  const lines = text.split(/\r?\n|\0/).map((l) => l.trim()).filter(Boolean);
  if (lines.length > 5000 || !lines.some((l) => /[/\\]|\.\w{1,5}$/.test(l))) return null;
  for (const l of lines) {
    if (l.length > 4096 || /\s{2,}|[“”"]/.test(l)) return null;
    try {
      statSync(l);
    } catch {
      return null;
    }
  }
  return lines.length;
}
