// Splits text into tokens with offsets into the original, the way news-trained taggers expect
// (CoNLL style): "’s" and "n’t" apart, hyphenated words and dotted abbreviations whole.

import type { Span } from "../types";

export type TokenKind = "word" | "number" | "punct" | "quote" | "symbol";

/**
 * A token and its attributes, computed once here (and, for where it stands, by createDoc) and read
 * by every stage: no stage lower-cases, folds or tests capitals again.
 */
export interface Token extends Span {
  /** The token exactly as in the original text (may hold a line break: "Kassym-\nJomart"). */
  text: string;
  /** Folded form: curly apostrophes and quotes straightened, dashes unified, breaks removed. */
  norm: string;
  /** The folded form in lower case. */
  lower: string;
  /** Letters as X, x, digits as d, other characters as they are, runs cut to two ("Xxx", "dd,ddd"). */
  shape: string;
  kind: TokenKind;
  /** Starts with a capital letter ("Putin", "US", "Kassym-Jomart"). */
  cap: boolean;
  /** Has two or more letters, all capitals ("NATO", "U.S."). */
  upper: boolean;
  /** Whitespace stands right before the token. */
  space: boolean;
  /** A line break stands between this token and the previous one. */
  newline: boolean;
  /** Index of its sentence and of its paragraph in the document (-1 outside any: set by createDoc). */
  sentence: number;
  paragraph: number;
  /** First token of its sentence, of its paragraph. */
  sentenceStart: boolean;
  paragraphStart: boolean;
  /** Inside a quotation, its marks included (set by createDoc from the quote marks). */
  inQuote: boolean;
}

// Abbreviations that keep their dot, so the dot does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov pres supt insp det " +
    "st mt ft jr sr inc corp ltd co bros plc llc vs etc al approx est dept univ assn ave rd blvd " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig op rev hon messrs mme mlle"
  ).split(" "),
);

// US states as news abbreviates them, written capitalised ("San Jose, Calif.", "JACKSONVILLE, Fla."):
// kept whole with their dot, as CoNLL does. (Not those that are also words or names: "Mass.", "Ill.", "Penn.")
export const US_STATES: ReadonlySet<string> = new Set("Ala Ariz Ark Calif Colo Conn Fla Ky Mich Minn Neb Nev Okla Tenn Wis Wyo".split(" "));

// One alternation, tried left to right at each position; every branch is linear.
const TOKEN = new RegExp(
  [
    // 1: URLs and e-mail addresses (the local part bounded, as in RFC 5321: unbounded, a long run
    // of dots or words with no @ was rescanned from every position, quadratic)
    // and a site's name, the name of the firm behind it too ("Amazon.com", "gamesindustry.biz"; bounded)
    String.raw`(https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:\.[\p{L}\p{N}-]{1,63}){0,2}\.(?:com|net|org|biz|info|co\.uk|org\.uk)(?![\p{L}\p{N}]))`,
    // 2: dotted abbreviations (U.S., U.S.S.R., e.g.), initial-dot names (R.Politik) and capitals
    // joined by "&" (S&P, AT&T, B&Q, R&D)
    String.raw`((?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|\p{Lu}\.\p{Lu}\p{Ll}+|\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}\p{N}]))`,
    // 3: numbers, with thousands and decimals and glued suffixes (3,000 4.5m 1990s 81-year-old 10-15)
    String.raw`(\d+(?:[.,:]\d+)*(?:\p{L}+)?(?:-[\p{L}\p{N}]+)*)`,
    // 4: words, with inner apostrophes and hyphens (also across a line break after the hyphen);
    // soft hyphens and zero-width (non-)joiners inside a word are part of it
    // and a character written as an HTML reference after a letter is the word's ("Jos&#233;", decoded in its norm), as is the second
    // character of a letter UTF-8 encoded and read as Latin-1 ("PeÃ±a Nieto" for Peña Nieto: "Ã", precomposed or not, and a character
    // of U+0080 to U+00BF)
    String.raw`([\p{L}\p{M}](?:[\p{L}\p{M}\p{N}\u00AD\u200C\u200D]|(?<=[ÂÃÄÅ]|A[\u0302\u0303\u0308\u030A])[\u0080-\u00BF]|&#(?:\d{2,7}|[xX][\dA-Fa-f]{2,6});)*(?:['’][\p{L}\p{M}\p{N}]+)*(?:-(?:(?:\r\n?|\n)[ \t]*)?[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}\u00AD]+)*)*)`,
    // 5: quote marks, two apostrophes or backquotes counting as one
    String.raw`(''|\x60\x60|[“”„‟"‘’'\x60«»‹›])`,
    // 6: ellipses and dashes
    String.raw`(\.{3}|…|--+|[—–―])`,
    // 7: currency and other symbols, also written as an HTML reference ("&#163;1.8m")
    String.raw`(&#(?:\d{2,7}|[xX][\dA-Fa-f]{2,6});|[$£€¥₽₹%&@#§°+=<>|~^*/\\])`,
    // 8: any other single character that is not whitespace
    String.raw`([^\s])`,
  ].join("|"),
  "guy",
);

// Markup in text input (an embedded <tweet id="…" author="…">, <a href="…">, </tweet>): a tag and
// its attributes are no words of the article, so they give no tokens and the offsets of what
// follows still index the original text. Attributes need a value ("a <b and c> d" is no tag).
const TAG = /<\/?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'<>]+))*\s*\/?>/y;

// zero-width spaces and word joiners separate like spaces (a line of them is blank)
const WS = /[\s\u200B\u2060]/;
const FOLD: Record<string, string> = { "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "–": "-", "—": "-", "―": "-" };
// invisible characters (soft hyphen, zero-width joiners) leave the folded form
const FOLDABLE = /[’‘“”„‟–—―\u00AD\u200B-\u200D\u2060]|(?:\r\n?|\n)[ \t]*/g;

export function fold(s: string): string {
  // most tokens hold nothing to fold: a scan for the codes FOLDABLE matches (a superset: U+00AD,
  // U+200B–U+2060, line breaks, "&" of a character reference) costs less than the replace
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0xad || (c >= 0x200b && c <= 0x2060) || c === 38) return s.replace(FOLDABLE, (ch) => FOLD[ch] ?? "").replace(APOSTROPHE_REF, "'").replace(CHAR_REF, character);
  }
  return s;
}

/** An apostrophe written as a reference before a letter, or mangled into "¿" or a Windows-1252 code: "Blair&#191;s", "America&#146;s". */
const APOSTROPHE_REF = /&#(?:39|146|191|8217);(?=\p{L})/gu;
/** An HTML numeric character reference, which text pasted from a web page keeps: "&#233;", "&#xE9;". */
const CHAR_REF = /&#(?:(\d{2,7})|[xX]([\dA-Fa-f]{2,6}));/g;
/** The character a reference stands for (a code beyond Unicode, or a control, is left as written). */
function character(ref: string, dec: string | undefined, hex: string | undefined): string {
  const code = dec ? Number(dec) : parseInt(hex as string, 16);
  return code >= 32 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && !(code >= 127 && code < 160) ? String.fromCodePoint(code) : ref;
}

// (after a digit too: "ITV1's" → "ITV1" "'s")
// (an apostrophe may be written as a character reference, or mangled into "¿" by a wrong encoding: "Blair&#191;s")
const CLITIC = /^(.*[\p{L}\p{N}])(n(?:['’]|&#(?:39|146|191|8217);)t|(?:['’]|&#(?:39|146|191|8217);)(?:s|re|ve|ll|d|m))$/iu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let last = 0;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    // skip whitespace quickly (ASCII by its code; only other characters ask WS)
    const c = text.charCodeAt(pos);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && WS.test(text[pos]))) {
      pos++;
      continue;
    }
    if (text[pos] === "<") {
      TAG.lastIndex = pos;
      if (TAG.test(text)) {
        pos = TAG.lastIndex;
        continue;
      }
    }
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) {
      pos++;
      continue;
    }
    const start = pos;
    let end = pos + m[0].length;
    const space = start > 0 && start > last;
    let newline = false;
    for (let i = last; i < start && !newline; i++) newline = text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
    let kind: TokenKind = "punct";
    if (m[1] !== undefined || m[4] !== undefined || m[2] !== undefined) kind = "word";
    else if (m[3] !== undefined) kind = "number";
    else if (m[5] !== undefined) kind = "quote";
    else if (m[7] !== undefined) kind = "symbol";

    if (m[4] !== undefined) {
      // an abbreviation keeps its dot
      if (text[end] === "." && (ABBREVIATIONS.has(m[4].toLowerCase()) || (US_STATES.has(m[4]) && text[end + 1] !== "\n"))) end++;
      // a single capital with a dot is an initial: "J. Smith"; not one that ends a paragraph or
      // stands before a sentence's opening word: "the funerals of Malcolm X. Besides Dee, ..."
      else if (text[end] === "." && m[4].length === 1 && /\p{Lu}/u.test(m[4]) && !closesSentence(text, end + 1)) end++;
      else {
        const c = CLITIC.exec(m[4]);
        if (c) {
          // "Russia’s" → "Russia" "’s"; "don’t" → "do" "n’t"
          const stemEnd = start + c[1].length;
          push(out, text, start, stemEnd, "word", space, newline);
          push(out, text, stemEnd, end, "word", false, false);
          last = pos = end;
          continue;
        }
      }
    }
    // a year's or a number's possessive: "1972's Virginia Plain" → "1972" "'s"
    if (kind === "number" && /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3))) {
      push(out, text, start, end, kind, space, newline);
      push(out, text, end, end + 2, "word", false, false);
      last = pos = end + 2;
      continue;
    }
    push(out, text, start, end, kind, space, newline);
    last = pos = end;
  }
  return out;
}

// Words that start sentences but rarely follow an abbreviation or an initial inside one ("the end of the U.S.S.R. With ...").
export const STARTERS = new Set(
  (
    "a an the this that these those with but and or so yet in on at for from by as after before " +
    "while when if though although however meanwhile still since because he she it they we i you " +
    "his her its their our there here what who why how where now then also only even many most some besides"
  ).split(" "),
);

/** Whether the text after a dot at `at` ends its sentence: a paragraph's end, or a capitalised sentence opener. */
function closesSentence(text: string, at: number): boolean {
  // (a blank line, not a hard-wrapped one: "John F.\nKennedy"; a word, not another initial: "J. A. Smith")
  const rest = /^[ \t]*(?:\r?\n[ \t]*\r?\n|$)|^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(at, at + 24));
  return !!rest && (rest[1] === undefined || STARTERS.has(rest[1].toLowerCase()));
}

const CAPITAL = /^\p{Lu}/u;
const LETTERS = /\p{L}.*\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;

function push(out: Token[], text: string, start: number, end: number, kind: TokenKind, space: boolean, newline: boolean): void {
  const t = text.slice(start, end);
  const norm = fold(t);
  const cap = CAPITAL.test(t);
  out.push({
    start,
    end,
    text: t,
    norm,
    lower: norm.toLowerCase(),
    shape: shape(norm),
    kind,
    cap,
    upper: cap && !LOWER_LETTER.test(t) && LETTERS.test(t),
    space,
    newline,
    sentence: -1,
    paragraph: -1,
    sentenceStart: false,
    paragraphStart: false,
    inQuote: false,
  });
}

/** The word's shape: X for capitals, x for small letters, d for digits, others as they are; runs cut to two. */
export function shape(w: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = "X";
    else if (c >= 97 && c <= 122) k = "x";
    else if (c >= 48 && c <= 57) k = "d";
    else if (c > 127) {
      const ch = w[i];
      k = ch.toLowerCase() !== ch ? "X" : ch.toUpperCase() !== ch ? "x" : ch;
    } else k = w[i];
    if (k === last) {
      if (++run > 2) continue;
    } else run = 1;
    last = k;
    out += k;
  }
  return out;
}
