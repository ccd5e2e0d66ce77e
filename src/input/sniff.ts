// Tells what a file is from its first bytes, before any decoding: formats that are not text
// (images, PDFs, archives, executables, office files, media) by their magic numbers, then binary
// data in general by its share of NUL and control bytes. A hand-made table: the few dozen
// signatures we refuse fit in a page and cost nothing at start-up, where a detection library
// (file-type is ESM-only and reads streams) would.

interface Magic {
  /** Offset of the signature. */
  at: number;
  bytes: number[] | string;
  what: string;
  /** A further check on the whole buffer, for short or common signatures. */
  also?: (b: Uint8Array) => boolean;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const has = (b: Uint8Array, at: number, sig: number[]) => sig.every((x, i) => b[at + i] === x);
const zeros = (b: Uint8Array, from: number, to: number) => b.length >= to && b.subarray(from, to).every((x) => x === 0);
const find = (b: Uint8Array, s: string, limit = 4096) => Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, limit)).includes(s, 0, "latin1");

const MAGIC: Magic[] = [
  { at: 0, bytes: "%PDF-", what: "a PDF document" },
  { at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "a PNG image" },
  { at: 0, bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { at: 0, bytes: "GIF87a", what: "a GIF image" },
  { at: 0, bytes: "GIF89a", what: "a GIF image" },
  { at: 0, bytes: "BM", what: "a BMP image", also: (b) => zeros(b, 6, 10) },
  { at: 0, bytes: [0x49, 0x49, 0x2a, 0x00], what: "a TIFF image" },
  { at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], what: "a TIFF image" },
  { at: 0, bytes: [0x00, 0x00, 0x01, 0x00], what: "an icon image" },
  { at: 0, bytes: "8BPS", what: "a Photoshop image" },
  { at: 8, bytes: "WEBP", what: "a WebP image", also: (b) => has(b, 0, ascii("RIFF")) },
  { at: 8, bytes: "WAVE", what: "a WAV audio file", also: (b) => has(b, 0, ascii("RIFF")) },
  { at: 8, bytes: "AVI ", what: "an AVI video", also: (b) => has(b, 0, ascii("RIFF")) },
  { at: 4, bytes: "ftypheic", what: "a HEIC image" },
  { at: 4, bytes: "ftypavif", what: "an AVIF image" },
  { at: 4, bytes: "ftyp", what: "an MP4 or QuickTime video" },
  { at: 0, bytes: "ID3", what: "an MP3 audio file" },
  { at: 0, bytes: "OggS", what: "an Ogg audio or video file" },
  { at: 0, bytes: "fLaC", what: "a FLAC audio file" },
  { at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3], what: "a Matroska or WebM video" },
  { at: 0, bytes: [0x50, 0x4b, 0x03, 0x04], what: "" /* ZIP: told apart below */ },
  { at: 0, bytes: [0x50, 0x4b, 0x05, 0x06], what: "a ZIP archive (empty)" },
  { at: 0, bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { at: 0, bytes: "BZh", what: "a bzip2 archive", also: (b) => has(b, 4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]) },
  { at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: "an xz archive" },
  { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: "a 7-Zip archive" },
  { at: 0, bytes: "Rar!\x1a\x07", what: "a RAR archive" },
  { at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], what: "a Zstandard archive" },
  { at: 257, bytes: "ustar", what: "a tar archive" },
  { at: 0, bytes: "!<arch>\n", what: "an ar archive (a library or .deb package)" },
  { at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], what: "an ELF executable or library" },
  { at: 0, bytes: "MZ", what: "a Windows executable", also: (b) => b.length >= 64 && b.subarray(2, 64).includes(0) },
  { at: 0, bytes: [0xfe, 0xed, 0xfa, 0xce], what: "a Mach-O executable" },
  { at: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf], what: "a Mach-O executable" },
  { at: 0, bytes: [0xce, 0xfa, 0xed, 0xfe], what: "a Mach-O executable" },
  { at: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe], what: "a Mach-O executable" },
  { at: 0, bytes: [0xca, 0xfe, 0xba, 0xbe], what: "a Java class file or Mach-O executable" },
  { at: 0, bytes: [0x00, 0x61, 0x73, 0x6d], what: "a WebAssembly module" },
  { at: 0, bytes: "SQLite format 3\0", what: "an SQLite database" },
  { at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "a Microsoft Office 97-2003 document (.doc, .xls, .ppt)" },
  { at: 0, bytes: "{\\rtf", what: "an RTF document (save it as plain text)" },
  { at: 0, bytes: "%!PS", what: "a PostScript document" },
  { at: 0, bytes: "wOFF", what: "a web font" },
  { at: 0, bytes: "wOF2", what: "a web font" },
];
for (const m of MAGIC) if (typeof m.bytes === "string") m.bytes = ascii(m.bytes);

function zipKind(b: Uint8Array): string {
  if (find(b, "mimetypeapplication/epub+zip", 100)) return "an EPUB e-book";
  if (find(b, "mimetypeapplication/vnd.oasis.opendocument", 100)) return "an OpenDocument file (.odt, .ods)";
  if (find(b, "word/")) return "a Word document (.docx)";
  if (find(b, "xl/")) return "an Excel workbook (.xlsx)";
  if (find(b, "ppt/")) return "a PowerPoint presentation (.pptx)";
  return "a ZIP archive";
}

/** What a non-text file looks like ("a PDF document"), or null when its bytes may be text. */
export function sniffBinary(b: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (has(b, m.at, m.bytes as number[]) && (!m.also || m.also(b))) return m.what || zipKind(b);
  }
  return null;
}

/**
 * Binary data with no known signature: many NUL bytes or control characters (tabs, line breaks,
 * form feeds and escapes aside). A stray NUL or two in text (a corrupted byte) is kept as text.
 */
export function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 16384);
  if (n === 0) return false;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const x = b[i];
    if (x === 0) nul++;
    else if (x < 9 || (x > 13 && x < 32 && x !== 27) || x === 127) control++;
  }
  return nul > Math.max(2, n * 0.01) || (nul + control) / n > 0.1;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text in Latin script has a zero in
 * every other byte. Returns the byte order, or null.
 */
export function bomlessUtf16(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length, 16384) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])/i;
const SVG_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+svg[^>]*>\s*)?<svg[\s>]/i;

/** Text that is an HTML page (judged from its start), whatever the file is called. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096).trimStart());
}

export function looksLikeSvg(text: string): boolean {
  return SVG_START.test(text.slice(0, 4096).trimStart());
}
