// Turns an input's bytes into text, with WHATWG TextDecoder (built into Node: UTF-8, UTF-16 and
// every legacy encoding a web page may declare, so no extra library is needed):
// - a byte-order mark (UTF-8, UTF-16 LE/BE) is honoured and dropped; offsets index the text after it
// - UTF-16 without a mark is told by its zero bytes
// - otherwise UTF-8; bytes that are not valid UTF-8 are replaced by U+FFFD when they are few
//   (at most as many as the valid multi-byte characters: "mostly UTF-8 with a few bad bytes"),
//   else the text is read as Windows-1252 (the superset of Latin-1 that the web uses for it)
// - mojibake (UTF-8 once read as Windows-1252: "FranÃ§ois") is repaired where unambiguous
// - files that are not text (by magic number or by their share of control bytes) are refused
// What was done is said in `encoding`, `warnings` and, when text was changed, `repaired`.

import { bomlessUtf16, looksBinary, sniffBinary } from "./sniff";

export interface Decoded {
  text: string;
  /** The encoding the bytes were read in: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, … */
  encoding: string;
  /** Things the reader of the result should know (replaced bytes, a guessed encoding, repairs). */
  warnings: string[];
  /** Mojibake sequences repaired: offsets then index the repaired text. */
  repaired: number;
}

export class NotTextError extends Error {
  readonly code = "ENOTTEXT";
}

export interface DecodeOptions {
  /** An encoding the container declares (an HTML page's meta charset), used when bytes are not UTF-8. */
  declared?: string | null;
}

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) return finish(new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length)), bom.label, []);
  const what = sniffBinary(bytes);
  if (what) throw new NotTextError(`not text: looks like ${what}`);
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16, [`no byte-order mark: read as ${utf16.toUpperCase()} from its zero bytes`]);
  if (looksBinary(bytes)) throw new NotTextError("not text: the file holds binary data");

  const strict = tryDecode(bytes, "utf-8");
  if (strict !== null) return finish(strict, "utf-8", []);
  if (options.declared) {
    const label = normaliseLabel(options.declared);
    if (label && label !== "utf-8") {
      const text = label === "windows-1252" ? decodeWindows1252(bytes) : tryDecode(bytes, label);
      if (text !== null) return finish(text, label, []);
    }
  }
  // not valid UTF-8: a few bad bytes in UTF-8 text, or a legacy single-byte encoding?
  const loose = new TextDecoder("utf-8").decode(bytes);
  const { valid, invalid } = countUtf8(loose, bytes);
  if (valid >= invalid) {
    return finish(loose, "utf-8", [`${invalid} invalid UTF-8 byte sequence${invalid === 1 ? "" : "s"} replaced with U+FFFD`]);
  }
  return finish(decodeWindows1252(bytes), "windows-1252", ["not valid UTF-8: read as Windows-1252 (Latin-1)"]);
}

// Windows-1252 as the WHATWG Encoding Standard defines it (the web's reading of "latin1" too).
// Node 20's TextDecoder gets it wrong (it decodes Latin-1: 0x93 becomes a C1 control, not “), and
// the difference is these 27 characters, so they are mapped here rather than with a library.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function byteOrderMark(b: Uint8Array): { encoding: string; label: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", label: "utf-8-bom", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", label: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", label: "utf-16be", length: 2 };
  return null;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The canonical name of an encoding label ("latin1" → "windows-1252"), or null if unknown. */
export function normaliseLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Multi-byte characters decoded well, and replacement characters the decoder made for bad bytes. */
function countUtf8(text: string, bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) invalid++;
    else if (c < 0xdc00 || c > 0xdfff) valid++; // a surrogate pair counts once
  }
  // U+FFFD written in the file itself (EF BF BD) is not a bad byte
  const literal = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let at = literal.indexOf(REPLACEMENT); at >= 0; at = literal.indexOf(REPLACEMENT, at + 3)) {
    invalid--;
    valid++;
  }
  return { valid, invalid: Math.max(0, invalid) };
}
const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);

function finish(text: string, encoding: string, warnings: string[]): Decoded {
  const fixed = repairMojibake(text);
  if (fixed.count) {
    warnings.push(
      `repaired ${fixed.count} mojibake sequence${fixed.count === 1 ? "" : "s"} (UTF-8 once read as Windows-1252, e.g. ${fixed.example}); offsets index the repaired text`,
    );
  }
  return { text: fixed.text, encoding, warnings, repaired: fixed.count };
}

// --- mojibake --------------------------------------------------------------------------------
// UTF-8 bytes once decoded as Windows-1252 (or Latin-1) turn "é" into "Ã©" and "’" into "â€™".
// A run of a lead character (Â-ô) and continuation characters (what bytes 80-BF become) is turned
// back into bytes and decoded as UTF-8; it is replaced only when that is valid and gives a letter
// or a punctuation mark that text in Latin, Greek or Cyrillic script uses, so "Gruß”" stays.

const CP1252_BYTE = new Map<string, number>();
{
  const chars = decodeWindows1252(new Uint8Array(128).map((_, i) => 0x80 + i));
  for (let i = 0; i < 128; i++) CP1252_BYTE.set(chars[i], 0x80 + i);
  // Latin-1 readings of 80-9F (C1 controls) too
  for (let b = 0x80; b < 0xa0; b++) CP1252_BYTE.set(String.fromCharCode(b), b);
}
const CONT = `[${[...CP1252_BYTE].filter(([, b]) => b < 0xc0).map(([c]) => escapeClass(c)).join("")}]`;
const MOJIBAKE_SCAN = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, "g");
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, "g");

function escapeClass(c: string): string {
  return /[\]\\^-]/.test(c) ? `\\${c}` : c;
}

function plausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) || // Latin-1 supplement, Latin Extended-A and -B
    (cp >= 0x370 && cp <= 0x52f) || // Greek, Cyrillic
    (cp >= 0x1e00 && cp <= 0x1eff) || // Latin Extended Additional
    (cp >= 0x2010 && cp <= 0x205e) || // dashes, quotes, bullets, ellipsis
    (cp >= 0x20a0 && cp <= 0x20bf) || // currency signs
    cp === 0x2122 // ™
  );
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The text holds at least one mojibake sequence that is not a weak pair (decided once per text). */
function hasStrong(text: string): boolean {
  MOJIBAKE_SCAN.lastIndex = 0;
  for (let m = MOJIBAKE_SCAN.exec(text); m; m = MOJIBAKE_SCAN.exec(text)) {
    if (WEAK.test(m[0])) continue;
    try {
      if (plausible(UTF8.decode(Uint8Array.from(m[0], (c) => CP1252_BYTE.get(c) as number)).codePointAt(0) as number)) return true;
    } catch {
      // not UTF-8: not mojibake
    }
  }
  return false;
}

// A letter and then a punctuation mark ("Ð”", "Ê…") are also what real text may hold; such a pair
// is repaired only where the text shows unambiguous mojibake too, or after Ã or Â, the leads of
// the Latin-1 letters that make up most mojibake.
const WEAK = /^[\u00C4-\u00DF][\u201A-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC]$/;

export function repairMojibake(text: string): { text: string; count: number; example: string } {
  let count = 0;
  let example = "";
  let strong = false;
  // twice mis-decoded text ("Ã¢â‚¬â„¢") comes back in two rounds
  for (let round = 0; round < 3; round++) {
    let changed = 0;
    MOJIBAKE.lastIndex = 0;
    if (!MOJIBAKE.test(text)) break;
    MOJIBAKE.lastIndex = 0;
    const source = text;
    let scanned = false;
    const hasStrongOnce = () => {
      if (scanned) return false;
      scanned = true;
      return hasStrong(source);
    };
    text = text.replace(MOJIBAKE, (seq) => {
      const bytes = Uint8Array.from(seq, (c) => CP1252_BYTE.get(c) as number);
      let out: string;
      try {
        out = UTF8.decode(bytes);
      } catch {
        return seq;
      }
      const cp = out.codePointAt(0) as number;
      if (!plausible(cp)) return seq;
      if (WEAK.test(seq)) {
        strong ||= hasStrongOnce(); // the text is scanned at most once a round
        if (!strong) return seq;
      }
      changed++;
      if (!example) example = `${seq.replace(/[\u0080-\u009f]/g, "\ufffd")} → ${out}`;
      return out;
    });
    count += changed;
    if (!changed) break;
  }
  return { text, count, example };
}
