// Whether an organisation is a news outlet, for "the newspaper wrote": its name or the words around
// its mentions say so.

import { DETERMINERS } from "../../words/grammar";
import { MEDIA_AFTER, MEDIA_BEFORE, MEDIA_NAME_WORDS, MEDIA_NOUNS, MEDIA_STAFF } from "../../words/reporting";
import { POSSESSIVE } from "../../text/phrases";
import type { Entity } from "../../text/layers";
import type { Ctx } from "./context";

/** How many of an organisation's mentions isMedia reads: enough to find the word that says so. */
const MEDIA_MENTIONS = 40;

/**
 * A news outlet: its name has a word newspapers and broadcasters take ("Times", "Gazette", "Radio"),
 * or the text says so next to one of its mentions: a noun for an outlet ("the Vedomosti newspaper",
 * "the daily Kommersant", "Interfax news agency"), or what only the press does ("told Reuters",
 * "in an interview with CNN", "Interfax reported", "CNN’s correspondent").
 */
export function isMedia(ctx: Ctx, e: Entity): boolean {
  const memo = (ctx.mediaMemo ??= new Map());
  let yes = memo.get(e);
  if (yes !== undefined) return yes;
  const lower = (k: number) => ctx.doc.tokens[k]?.norm.toLowerCase() ?? "";
  yes = [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/[\s-]+/).some((w) => MEDIA_NAME_WORDS.has(w)));
  for (let i = 0; i < e.mentions.length && i < MEDIA_MENTIONS && !yes; i++) {
    const { first, last } = e.mentions[i];
    const b = DETERMINERS.has(lower(first - 1)) ? first - 2 : first - 1;
    const after = POSSESSIVE.test(ctx.doc.tokens[last]?.norm ?? "") ? last + 1 : last;
    const agency = (k: number) => (lower(k) === "agency" || lower(k) === "service") && /^(?:news|press|wire)$/.test(lower(k - 1));
    yes =
      MEDIA_NOUNS.has(lower(first - 1)) ||
      MEDIA_NOUNS.has(lower(b)) ||
      MEDIA_NOUNS.has(lower(last)) ||
      agency(last + 1) ||
      agency(first - 1) ||
      MEDIA_BEFORE.has(lower(b)) ||
      (lower(b) === "with" && MEDIA_BEFORE.has(lower(b - 1))) ||
      MEDIA_AFTER.has(lower(last)) ||
      (after > last && MEDIA_STAFF.has(lower(after)));
  }
  memo.set(e, yes);
  return yes;
}
