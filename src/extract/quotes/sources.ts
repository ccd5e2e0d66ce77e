// Where each quotation's source stands: the quotation told apart as a statement or a quoted phrase
// (kind.ts), then the attribution rules (rules/) tried in their order for its kind; the first match
// gives a source span and its cue. Positions only: who the source is, the quote stage resolves.
// Adds the sources layer, which the entity stage reads too (speakers' names the tagger missed).

import type { Doc } from "../../text/document";
import type { Candidate, Sourced } from "../../text/layers";
import { transcriptLabel } from "../../text/names";
import type { QuoteKind } from "../../types";
import { isLabelled, isNameLike, isNickname, isPartial, isWorkTitle } from "./kind";
import { DIRECT_RULES, PARTIAL_RULES, passiveBy } from "./rules";

/** Adds the sources layer: the quotations that are someone's words or labels, and where the rules find their sources. */
export function findSources(doc: Doc): void {
  const out: Sourced[] = [];
  for (const raw of doc.quotes) {
    // a transcript line inside the marks: "WALLACE: Let’s start …"
    const label = transcriptLabel(doc, raw);
    const q = label ? { ...raw, first: label.textFirst, start: doc.tokens[label.textFirst].start } : raw;
    const kind: QuoteKind = label ? "direct" : isPartial(doc, q) ? "partial" : "direct";
    // “Meet the Press”, CNN’s “State of the Union”, Robert C. “Bobby” Scott: names, not statements
    // (“Broad City” star Arturo Castro: a title set off by itself too)
    if ((kind === "partial" && isNickname(doc, q)) || (!label && isWorkTitle(doc, q))) continue;
    // the so-called “peace plan”, dubbed “Jerry’s Guide”, known as the “Buffett rule”: a label, no one's words
    if (kind === "partial" && isLabelled(doc, q)) {
      // … unless the passive says by whom: described as “irresponsible” by the IHRC
      const by = passiveBy.match(doc, { q, kind, label: null, stop: Infinity, previous: undefined });
      const candidates = by ? [{ source: by, rule: passiveBy.name }] : [];
      out.push({ quote: q, kind, source: by, rule: by ? passiveBy.name : null, candidates });
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
      previous: previous && { quote: previous.quote, attributed: previous.source !== null || previous.candidates.length > 0 },
    };
    // every rule that matches proposes a candidate (the ranker chooses among them); the first
    // matching rule that is no mere candidate is the fallback's choice
    let found: Sourced | null = null;
    const candidates: Candidate[] = [];
    for (const r of kind === "direct" ? DIRECT_RULES : PARTIAL_RULES) {
      if (r.lastResort && found) continue;
      const m = r.match(doc, quoted);
      if (!m) continue;
      candidates.push({ source: m, rule: r.name });
      if (!found && !r.candidateOnly) found = { quote: q, kind, source: m, rule: r.name, candidates };
    }
    if (!found && kind === "partial" && isNameLike(doc, q)) continue; // a title or nickname, not a statement
    out.push(found ?? { quote: q, kind, source: null, rule: null, candidates });
  }
  doc.sources = out;
}
