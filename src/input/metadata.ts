// What a JSON Lines record's own fields say about its article (`--input jsonl`): a title, a
// publication date and authors, under the names news datasets use. They pass into the analysis as
// metadata (they beat what the text suggests); the fields themselves stay in `source.meta`.

import type { ArticleMetadata } from "../options";
import { isoDate, splitAuthors } from "../text/byline";

const TITLE_FIELDS = ["title", "headline"];
const DATE_FIELDS = ["date", "published", "published_at", "publishedAt", "datePublished", "pubdate", "publish_date", "published_date", "time", "timestamp"];
const AUTHOR_FIELDS = ["authors", "author", "byline", "creator", "creators"];

export function recordMetadata(meta: Record<string, unknown> | undefined): ArticleMetadata {
  if (!meta) return {};
  const out: ArticleMetadata = {};
  for (const k of TITLE_FIELDS) if (typeof meta[k] === "string" && (meta[k] as string).trim()) {
    out.title = (meta[k] as string).replace(/\s+/g, " ").trim();
    break;
  }
  for (const k of DATE_FIELDS) {
    const v = meta[k];
    // a Unix time in seconds or milliseconds, or a written date
    const date = typeof v === "number" && Number.isFinite(v) && v > 0 ? new Date(v < 1e11 ? v * 1000 : v).toISOString().slice(0, 10) : typeof v === "string" ? isoDate(v) : null;
    if (date) {
      out.date = date;
      break;
    }
  }
  for (const k of AUTHOR_FIELDS) {
    const v = meta[k];
    const names = (Array.isArray(v) ? v : [v])
      .map((x) => (typeof x === "string" ? x : x && typeof x === "object" && typeof (x as { name?: unknown }).name === "string" ? (x as { name: string }).name : ""))
      .flatMap((x) => splitAuthors(x.replace(/^\s*by\s+/i, "").trim()) ?? []);
    if (names.length) {
      out.authors = [...new Set(names)];
      break;
    }
  }
  return out;
}
