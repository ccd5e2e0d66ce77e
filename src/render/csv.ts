// CSV and TSV for spreadsheets: one row per item (a person, a quote, a figure, …) with a `section`
// column, or the columns of one section with `--only` naming one. Written by csv-stringify (RFC
// 4180: quotes doubled, fields with commas, quotes or line breaks quoted, CRLF line ends); TSV has
// tabs and line breaks inside cells made spaces so every row is one line.
// Cells are guarded against spreadsheet formula injection: text beginning with = + - @ (or a tab or
// carriage return, or their full-width forms) gets a leading apostrophe, so a quote reading
// =HYPERLINK(…) stays text; numbers stay numbers (-5 is a value, not a formula).

import { stringify } from "csv-stringify/sync";
import { isError, type OutputRecord, type Result } from "../types";
import type { RenderOptions, Renderer } from "./index";
import { READER_ORDER } from "./notation";

type Row = Record<string, string | number | boolean | null | undefined>;
type SectionName = (typeof READER_ORDER)[number];

/** The columns of each section after the article's own (path, id, title). */
const SECTION_COLUMNS: Record<SectionName, string[]> = {
  people: ["name", "count", "description", "aliases"],
  organizations: ["name", "acronym", "count", "description", "aliases"],
  countries: ["name", "code", "count", "aliases"],
  places: ["name", "country", "region", "count", "aliases"],
  other: ["name", "kind", "count", "aliases"],
  quotes: ["speaker", "speaker_kind", "cue", "kind", "text", "start", "end"],
  figures: ["category", "value", "low", "high", "unit", "qualifier", "approximate", "subject", "text", "sentence", "start", "end"],
};
const ARTICLE_COLUMNS = ["path", "id", "title", "date"];
/** Columns in one order whatever sections share them: names and their details, then quotes, then figures. */
const COLUMN_ORDER = ["name", "kind", "acronym", "code", "country", "region", "count", "description", "aliases", "speaker", "speaker_kind", "cue", "category", "value", "low", "high", "unit", "qualifier", "approximate", "subject", "text", "sentence", "start", "end"];

/** The header: the article's columns, `section` unless one section is asked for, then every column those sections use, once. */
export function csvColumns(sections: readonly string[]): string[] {
  const wanted = READER_ORDER.filter((s) => sections.includes(s));
  const used = new Set(wanted.flatMap((s) => SECTION_COLUMNS[s]));
  return [...ARTICLE_COLUMNS, ...(wanted.length === 1 ? [] : ["section"]), ...COLUMN_ORDER.filter((c) => used.has(c))];
}

const FORMULA = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A cell as text a spreadsheet shows and never evaluates: a leading apostrophe before what would start a formula. */
export function guardCell(value: string): string {
  return value.length > 1 && FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

function rowsOf(r: Result, sections: readonly string[]): Row[] {
  const base: Row = { path: r.source.path, id: r.source.id as string | number | undefined, title: r.article.title, date: r.article.date };
  const flat = (s: string) => s.replace(/\s+/g, " ").trim();
  const aliases = (a: string[]) => a.join("; ");
  const rows: Row[] = [];
  const add = (section: SectionName, row: Row) => rows.push({ ...base, section, ...row });
  for (const s of READER_ORDER) {
    if (!sections.includes(s)) continue;
    if (s === "people") for (const p of r.people) add(s, { name: p.name, count: p.count, description: p.description, aliases: aliases(p.aliases) });
    if (s === "organizations") for (const o of r.organizations) add(s, { name: o.name, acronym: o.acronym, count: o.count, description: o.description, aliases: aliases(o.aliases) });
    if (s === "countries") for (const c of r.countries) add(s, { name: c.name, code: c.code, count: c.count, aliases: aliases(c.aliases) });
    if (s === "places") for (const p of r.places) add(s, { name: p.name, country: p.country, region: p.region, count: p.count, aliases: aliases(p.aliases) });
    if (s === "other") for (const x of r.other) add(s, { name: x.name, kind: x.kind, count: x.count, aliases: aliases(x.aliases) });
    if (s === "quotes")
      for (const q of r.quotes) add(s, { speaker: q.speaker ?? (q.speakerMention ? flat(q.speakerMention.text) : null), speaker_kind: q.speakerKind, cue: q.cue, kind: q.kind, text: q.flat, start: q.start, end: q.end });
    if (s === "figures")
      for (const f of r.figures)
        add(s, {
          category: f.category,
          value: f.value,
          low: f.range?.[0],
          high: f.range?.[1],
          unit: f.unit,
          qualifier: f.qualifier,
          approximate: f.approximate,
          subject: f.subject,
          text: flat(f.text),
          sentence: flat(f.sentence),
          start: f.start,
          end: f.end,
        });
  }
  return rows;
}

function delimited(o: RenderOptions, delimiter: "," | "\t"): Renderer {
  const columns = csvColumns(o.sections);
  const cell = (v: Row[string]): string | number => {
    if (v === null || v === undefined) return "";
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? "true" : "false";
    return guardCell(delimiter === "\t" ? v.replace(/[\t\r\n]+/g, " ") : v);
  };
  const write = (rows: Array<Array<string | number>>) => stringify(rows, { delimiter, record_delimiter: "windows", cast: { number: (n) => String(n) } });
  return {
    begin: () => (o.bom ? "\ufeff" : "") + write([columns]),
    record(r: OutputRecord): string {
      if (isError(r)) return ""; // the message goes to stderr
      const rows = rowsOf(r, o.sections).map((row) => columns.map((c) => cell(row[c])));
      return rows.length ? write(rows) : "";
    },
  };
}

export const csvRenderer = (o: RenderOptions): Renderer => delimited(o, ",");
export const tsvRenderer = (o: RenderOptions): Renderer => delimited(o, "\t");
