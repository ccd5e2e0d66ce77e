// Reading inputs: decoding (BOMs, UTF-16, bad bytes, Windows-1252, mojibake), refusing files
// that are not text, HTML extraction, sizes. Expected values are written out by hand here.
import { decode, NotTextError, repairMojibake } from "../src/input/decode";
import { fromBytes, parseSize } from "../src/input/read";
import { bomlessUtf16, looksBinary, sniffBinary } from "../src/input/sniff";

const b = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decode: encodings", () => {
  test("plain UTF-8", () => {
    expect(decode(b("Café “quoted”"))).toEqual({ text: "Café “quoted”", encoding: "utf-8", warnings: [], repaired: 0 });
  });

  test("a UTF-8 BOM is dropped, so offset 0 is the first letter", () => {
    const d = decode(b([0xef, 0xbb, 0xbf], "Tokayev said"));
    expect(d.text).toBe("Tokayev said");
    expect(d.encoding).toBe("utf-8-bom");
  });

  test("UTF-16 LE and BE with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Привет, Almaty", "utf16le")]);
    expect(decode(le)).toMatchObject({ text: "Привет, Almaty", encoding: "utf-16le" });
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Привет, Almaty", "utf16le").swap16()]));
    expect(decode(be)).toMatchObject({ text: "Привет, Almaty", encoding: "utf-16be" });
  });

  test("UTF-16 without a BOM is told by its zero bytes, and said so", () => {
    const le = Buffer.from("Kassym-Jomart Tokayev met Vladimir Putin.", "utf16le");
    expect(bomlessUtf16(le)).toBe("utf-16le");
    const d = decode(le);
    expect(d.text).toBe("Kassym-Jomart Tokayev met Vladimir Putin.");
    expect(d.warnings.join(" ")).toMatch(/UTF-16LE/);
  });

  test("Latin-1 / Windows-1252 bytes that are not UTF-8", () => {
    // "François said “no” – 5 €" in Windows-1252
    const d = decode(b("Fran", [0xe7], "ois said ", [0x93], "no", [0x94], " ", [0x96], " 5 ", [0x80]));
    expect(d.text).toBe("François said “no” – 5 €");
    expect(d.encoding).toBe("windows-1252");
    expect(d.warnings.join(" ")).toMatch(/Windows-1252/);
  });

  test("a few invalid bytes in UTF-8 text are replaced with U+FFFD, not fatal", () => {
    const d = decode(b("Café “Almaty” – ", [0xff], " naïve ", [0xc3]));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe("Café “Almaty” – \ufffd naïve \ufffd");
    expect(d.warnings.join(" ")).toMatch(/2 invalid UTF-8 byte sequences replaced/);
  });

  test("more bad bytes than good multi-byte characters: read as Windows-1252", () => {
    const d = decode(b("caf", [0xe9], " d", [0xe9], "j", [0xe0], " vu, ", "naïve"));
    expect(d.encoding).toBe("windows-1252");
    // the one UTF-8 character comes out as mojibake and is repaired
    expect(d.text).toBe("café déjà vu, naïve");
  });

  test("text truncated in the middle of a character", () => {
    const whole = Buffer.from("Он сказал «да»", "utf8");
    const d = decode(whole.subarray(0, whole.length - 1));
    expect(d.text).toBe("Он сказал «да\ufffd");
    expect(d.encoding).toBe("utf-8");
  });

  test("a U+FFFD written in the file is not counted as a bad byte", () => {
    expect(decode(b("a \ufffd b")).warnings).toEqual([]);
  });
});

describe("mojibake repair", () => {
  test.each([
    ["FranÃ§ois Hollande", "François Hollande"],
    ["â€œWe will winâ€\u009d, he said", "“We will win”, he said"],
    ["Itâ€™s â‚¬5 â€“ cheap", "It’s €5 – cheap"],
    ["GruÃŸ aus MÃ¼nchen", "Gruß aus München"],
    ["ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"],
    ["Ã¢â‚¬â„¢", "’"], // read wrongly twice
    ["ÐŸÑ€Ð¸Ð²ÐµÑ‚. Ð”Ð°.", "Привет. Да."], // "Ð”" alone is ambiguous (below), not in mojibake text
  ])("%s → %s", (bad, good) => {
    const r = repairMojibake(bad);
    expect(r.text).toBe(good);
    expect(r.count).toBeGreaterThan(0);
  });

  test.each([["Gruß” sagte er"], ["Ð” is not a name"], ["Ã la carte"], ["plain ASCII"], ["São Paulo, naïve, Zürich"]])("leaves %s alone", (text) => {
    expect(repairMojibake(text)).toMatchObject({ text, count: 0 });
  });

  test("repairs are reported and flag the offsets", () => {
    const r = fromBytes("m.txt", b("FranÃ§ois Hollande spoke."));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe("François Hollande spoke.");
    expect(r.source.offsets).toBe("repaired-text");
    expect((r.source.warnings as string[]).join(" ")).toMatch(/repaired 1 mojibake/);
  });
});

describe("not text", () => {
  const cases: Array<[string, Buffer, RegExp]> = [
    ["PDF", b("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), /PDF/],
    ["PNG", b([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    ["JPEG", b([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF"), /JPEG image/],
    ["GIF", b("GIF89a", [1, 0, 1, 0]), /GIF image/],
    ["ZIP", b([0x50, 0x4b, 0x03, 0x04, 20, 0], "notes.txt"), /ZIP archive/],
    ["DOCX", b([0x50, 0x4b, 0x03, 0x04, 20, 0], "word/document.xml"), /Word document/],
    ["gzip", b([0x1f, 0x8b, 8, 0, 0, 0]), /gzip/],
    ["ELF", b([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), /ELF executable/],
    ["tar", Buffer.concat([Buffer.from("notes.txt"), Buffer.alloc(248), Buffer.from("ustar\u000000")]), /tar archive/],
    ["old Word", b([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /Office 97-2003/],
  ];
  test.each(cases)("%s is refused by its magic number", (_name, bytes, what) => {
    expect(sniffBinary(bytes)).toMatch(what);
    expect(() => decode(bytes)).toThrow(NotTextError);
    const r = fromBytes("x.txt", bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("ENOTTEXT");
      expect(r.message).toMatch(/^x\.txt: not text: looks like/);
    }
  });

  test("binary data without a known signature", () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(looksBinary(bytes)).toBe(true);
    expect(() => decode(bytes)).toThrow(/not text: the file holds binary data/);
  });

  test("text that merely starts like a signature is still text", () => {
    expect(sniffBinary(b("BMW shares rose 5% on Monday."))).toBeNull();
    expect(sniffBinary(b("MZ Mozambique reported 3 cases."))).toBeNull();
    expect(decode(b("BMW shares rose 5% on Monday.")).text).toBe("BMW shares rose 5% on Monday.");
  });

  test("a stray NUL byte in text is kept, not a reason to refuse it", () => {
    const text = "Tokayev said the troops would leave. ".repeat(20);
    const bytes = b(text.slice(0, 100), [0], text.slice(100));
    expect(looksBinary(bytes)).toBe(false);
    expect(decode(bytes).text).toBe(`${text.slice(0, 100)}\u0000${text.slice(100)}`);
  });

  test("an SVG image is not an article", () => {
    const r = fromBytes("logo.txt", b('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/SVG image/);
  });
});

describe("HTML", () => {
  const page = (body: string, head = "<title>Troops arrive in Almaty</title>") => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const article =
    "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>Troops arrive in Almaty</h1>" +
    "<p>The deployment of 3,000 Russian paratroopers came after days of unrest in Kazakhstan, officials said on Friday, as the capital stayed calm.</p>" +
    "<p>“For now, this is less an armed intervention than a police operation,” said Andrei Kortunov, head of the Russian International Affairs Council, in an interview.</p>" +
    "<p>Protesters gathered in the main square of Almaty, the country’s largest city, for a third day &amp; night, witnesses told reporters.</p></article>" +
    "<footer>Subscribe to our newsletter</footer><script>document.write('<p>not this</p>')</script>";

  test("main text extracted: paragraphs kept apart, menus and scripts dropped, title on top", () => {
    const r = fromBytes("page.html", b(page(article)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.title).toBe("Troops arrive in Almaty");
    expect(r.source).toMatchObject({ format: "html", offsets: "extracted-text", encoding: "utf-8" });
    const paras = r.text.split("\n\n");
    expect(paras[0]).toBe("Troops arrive in Almaty");
    expect(paras[1]).toMatch(/^The deployment of 3,000 Russian paratroopers/);
    expect(paras[2]).toMatch(/^“For now/);
    expect(paras[3]).toContain("third day & night");
    expect(r.text).not.toMatch(/Home|Subscribe|not this|document\.write/);
  });

  test("sniffed from the content whatever the file is called", () => {
    const r = fromBytes("saved-page.txt", b(page(article)));
    expect(r.ok && r.source.format).toBe("html");
  });

  test("a short page: its text without the menu", () => {
    const r = fromBytes("short.htm", b(page("<nav>Menu</nav><p>Angela Merkel visited Paris.</p>", "<title>Visit</title>")));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe("Visit\n\nAngela Merkel visited Paris.");
  });

  test("a page with no text at all gives empty text, not an error", () => {
    const r = fromBytes("empty.html", b("<!doctype html><html><head></head><body></body></html>"));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text.trim()).toBe("");
  });

  test.each([
    ["100,000 nested elements", `<html><head><title>Deep</title></head><body>${"<div>".repeat(100_000)}<p>Angela Merkel spoke &amp; left.</p>${"</div>".repeat(100_000)}</body></html>`],
    ["50,000 unclosed inline tags", `<html><body>${"<b><i>".repeat(50_000)}<p>Angela Merkel spoke &amp; left.</p></body></html>`],
  ])("%s: text taken out in seconds (tags stripped, not parsed), never a stack overflow", (_name, html) => {
    const t0 = Date.now();
    const r = fromBytes("deep.html", b(html));
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toContain("Angela Merkel spoke & left.");
    expect((r.source.warnings as string[]).join(" ")).toMatch(/nests its tags \d+ deep: tags were stripped/);
  });

  test("a page too big for Readability to read in time: its whole text, said so", () => {
    const cell = `<div><span>${"<b>".repeat(200)}Angela Merkel${"</b>".repeat(200)}</span></div>`;
    const t0 = Date.now();
    const r = fromBytes("wide.html", b(`<html><body>${cell.repeat(300)}</body></html>`));
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.split("Angela Merkel")).toHaveLength(301);
    expect((r.source.warnings as string[]).join(" ")).toMatch(/no article found/);
  });

  test("a declared legacy charset is honoured when the bytes are not UTF-8", () => {
    const bytes = b('<html><head><meta charset="iso-8859-1"><title>Caf', [0xe9], "</title></head><body><p>Fran", [0xe7], "ois Hollande visited Paris.</p></body></html>");
    const r = fromBytes("latin.html", bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.source.encoding).toBe("windows-1252");
    expect(r.title).toBe("Café");
    expect(r.text).toContain("François Hollande");
  });
});

describe("sizes", () => {
  test.each([
    ["10MB", 10 * 1024 * 1024],
    ["512k", 512 * 1024],
    ["2G", 2 * 1024 ** 3],
    ["1.5m", 1.5 * 1024 * 1024],
    ["4096", 4096],
    [" 3 KiB ", 3072],
  ])("%s", (s, n) => expect(parseSize(s)).toBe(n));
  test.each(["lots", "", "-5", "10 parsecs", "1e9"])("%s is not a size", (s) => expect(parseSize(s)).toBeNull());
});
