// Quote stage: the sources layer (sources.ts: where the attribution rules find each quotation's
// source) resolved, quotation after quotation, by one resolver (resolve.ts) to who that is: a
// person or organisation listed, a pronoun's referent, or no one named. Adds the attributions
// layer. Every scan is bounded, so the stage is linear in the text.

import type { Doc } from "../../text/document";
import type { Attribution, Speaker } from "../../text/layers";
import { context } from "./context";
import { resolveSource } from "./resolve";

/** Adds the attributions layer: every quotation with its speaker, resolved in text order. */
export function attributeQuotes(doc: Doc): void {
  const ctx = context(doc);
  const found: Attribution[] = [];
  const known = new Set<Speaker>();
  for (const { quote, kind, source, rule } of doc.sources) {
    const speaker = source === null ? null : source === "carried" ? (found[found.length - 1].speaker as Speaker) : resolveSource(ctx, source);
    if (speaker && !known.has(speaker)) {
      known.add(speaker);
      ctx.speakers.push(speaker);
    }
    found.push({ quote, kind, speaker, rule });
  }
  // a quote carried over paragraphs (each left open, the next reopened) is one statement: the
  // attribution at its end ("… ,” she said.) covers the paragraphs before it too
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i];
    const b = found[i + 1];
    if (a.speaker || !b.speaker || a.kind !== "direct" || a.quote.closeTok >= 0) continue;
    if (b.quote.paragraph === a.quote.paragraph + 1 && b.quote.openTok === doc.paragraphs[b.quote.paragraph].first) {
      a.speaker = b.speaker;
      a.rule = "continued";
    }
  }
  doc.attributions = found;
}
