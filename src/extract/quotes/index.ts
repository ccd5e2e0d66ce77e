// Quote stage: each quotation of the document (text/marks.ts found them) is told apart as a full
// statement or a quoted phrase (kind.ts), then attributed: the rules of rules/ are tried in their
// order for its kind, the first match gives a source span and its cue (findSources), and one
// resolver (resolve.ts) names who that is, quotation after quotation. Titles, nicknames and labels
// in quotation marks are left out or left unattributed. Adds the attributions layer. Every scan is
// bounded, so the stage is linear in the text.

import type { Doc } from "../../text/document";
import type { Attribution, Speaker } from "../../text/layers";
import type { QuoteSpan } from "../../text/marks";
import { transcriptLabel } from "../../text/names";
import type { QuoteKind } from "../../types";
import { context } from "./context";
import { isLabelled, isNameLike, isNickname, isPartial, isWorkTitle } from "./kind";
import { resolveSource } from "./resolve";
import { DIRECT_RULES, PARTIAL_RULES, type Source } from "./rules";

/** A quotation, its kind, and the source the first matching rule found (or that it continues the one before). */
export interface Sourced {
  quote: QuoteSpan;
  kind: QuoteKind;
  source: Source | "carried" | null;
  rule: string | null;
}

/** The quotations that are someone's words or labels, and where the rules find their sources. Reads only the document's layers. */
export function findSources(doc: Doc): Sourced[] {
  const out: Sourced[] = [];
  for (const raw of doc.quotes) {
    // a transcript line inside the marks: "WALLACE: Let’s start …"
    const label = transcriptLabel(doc, raw);
    const q = label ? { ...raw, first: label.textFirst, start: doc.tokens[label.textFirst].start } : raw;
    const kind: QuoteKind = label ? "direct" : isPartial(doc, q) ? "partial" : "direct";
    // “Meet the Press”, CNN’s “State of the Union”, Robert C. “Bobby” Scott: names, not statements
    if (kind === "partial" && (isWorkTitle(doc, q) || isNickname(doc, q))) continue;
    // the so-called “peace plan”, dubbed “Jerry’s Guide”, known as the “Buffett rule”: a label, no one's words
    if (kind === "partial" && isLabelled(doc, q)) {
      out.push({ quote: q, kind, source: null, rule: null });
      continue;
    }
    // a quoted phrase belongs to its own sentence: no rule looks into the next one
    // (“…called the plan “a disaster.” His spokesman said the senator …”)
    const stop = kind === "partial" ? doc.sentences[doc.tokens[q.closeTok >= 0 ? q.closeTok : q.last - 1].sentence].last : Infinity;
    const previous = out[out.length - 1];
    const quoted = {
      q,
      kind,
      label: label && { first: label.first, last: label.last },
      stop,
      // (the quotation before has a speaker exactly when a rule found its source)
      previous: previous && { quote: previous.quote, attributed: previous.source !== null },
    };
    let found: Sourced | null = null;
    for (const r of kind === "direct" ? DIRECT_RULES : PARTIAL_RULES) {
      const m = r.match(doc, quoted);
      if (m) {
        found = { quote: q, kind, source: m === "carried" ? "carried" : m, rule: r.name };
        break;
      }
    }
    if (!found && kind === "partial" && isNameLike(doc, q)) continue; // a title or nickname, not a statement
    out.push(found ?? { quote: q, kind, source: null, rule: null });
  }
  return out;
}

/** Adds the attributions layer: every quotation with its speaker, resolved in text order. */
export function attributeQuotes(doc: Doc): void {
  const ctx = context(doc);
  const found: Attribution[] = [];
  const known = new Set<Speaker>();
  for (const { quote, kind, source, rule } of findSources(doc)) {
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
