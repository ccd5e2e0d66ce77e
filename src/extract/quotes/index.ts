// Quote stage: the sources layer (sources.ts: where the attribution rules find each quotation's
// source) resolved, quotation after quotation, by one resolver (resolve.ts) to who that is: a
// person or organisation listed, a pronoun's referent, or a source no entity names. Where several
// rules propose a source, the ranker (ranker.ts, a trained model) chooses; without one, the first
// rule that matched. Adds the attributions layer. Every scan is bounded, so the stage is linear.

import type { Doc } from "../../text/document";
import type { Attribution, Sourced, Speaker } from "../../text/layers";
import { context } from "./context";
import { adjacent, featuresOf, scoreOf, type Proposal, type Ranker } from "./ranker";
import { resolveSource } from "./resolve";
import { RULES } from "./rules";
import { DETERMINERS, SUBJECT_PRONOUNS } from "../../words/grammar";

/** Picks one of a quotation's proposals (its index), or -1 for none; `previous` is the speaker of the quotation before. */
type Chooser = (s: Sourced, proposals: Proposal[], previous: Speaker | null) => number;

/** Adds the attributions layer: every quotation with its speaker, resolved in text order. */
export function attributeQuotes(doc: Doc): void {
  const ranker = doc.vocab.speakerRanker;
  attributeWith(doc, ranker ? ranked(doc, ranker) : null);
}

/**
 * A proposal the ranker may take: it resolves to a source; a candidate-only rule's names someone, or
 * is a pronoun or a phrase with a determiner ("the campaign") or a plural ("protesters"), not a
 * capitalised word that only opens the sentence ("Turnout was “historic.”").
 */
export function eligible(doc: Doc, p: Proposal): boolean {
  const sp = p.speaker;
  if (!sp) return false;
  if (sp.name !== null || !RULES.get(p.candidate.rule)?.candidateOnly) return true;
  const { tokens } = doc;
  const first = tokens[sp.first].lower;
  return (sp.last - sp.first === 1 && SUBJECT_PRONOUNS[first] !== undefined) || DETERMINERS.has(first) || /^\p{Ll}+s$/u.test(tokens[sp.last - 1].text);
}

/**
 * Which proposals the ranker may take: the eligible ones, save that an attribution written right at
 * the quotation ("Lord Sainsbury added: “…”", "“…,” Mr Carter said") that names a person or an
 * organisation overrules a speaker only carried on from the quotation before or guessed by a
 * candidate-only rule.
 */
export function eligibleAll(doc: Doc, s: Sourced, proposals: readonly Proposal[]): boolean[] {
  const n = proposals.length;
  const ok: boolean[] = new Array(n);
  const only: boolean[] = new Array(n);
  let carried = false;
  for (let i = 0; i < n; i++) {
    ok[i] = eligible(doc, proposals[i]);
    only[i] = RULES.get(proposals[i].candidate.rule)?.candidateOnly === true;
    if (proposals[i].candidate.source === "carried") carried = true;
  }
  if (n < 2) return ok;
  const named = (i: number) => ok[i] && !only[i] && proposals[i].speaker?.entity != null;
  // a speaker carried on from the quotation before gives way to someone else the writer introduces
  // between the two ("… she added. Menzies Campbell said the war had hit trust. “Issues of war …”")
  for (let i = 0; carried && i < n; i++) {
    const c = proposals[i].speaker;
    if (!ok[i] || proposals[i].candidate.source !== "carried" || !c) continue;
    for (let j = 0; j < n; j++) {
      const o = proposals[j].speaker;
      if (o && named(j) && o.name !== c.name && o.at > c.at && o.at < s.quote.openTok) {
        ok[i] = false;
        break;
      }
    }
  }
  // a quoted phrase whose governing verb and nearest verb name the same source (a person, an
  // organisation, a group, not a document) is theirs: neither the sentence's subject nor a participle
  // after it ("declared himself “delighted”, saying Mr Jackson …") is taken over them
  if (s.kind === "partial") {
    let g: Proposal["speaker"] = null;
    let near: Proposal["speaker"] = null;
    for (let i = 0; i < n; i++) {
      const r = proposals[i].candidate.rule;
      const sp = proposals[i].speaker;
      if (!g && r === "verb-before" && ok[i] && sp?.name && sp.kind !== "document") g = sp;
      else if (r === "nearest-verb-before") near = sp;
    }
    if (g && near && near.first === g.first && near.last === g.last)
      for (let i = 0; i < n; i++) {
        const o = proposals[i].speaker;
        if (ok[i] && o && o.name !== g.name && !(o.cue && !/ing$/.test(o.cue) && o.at > s.quote.closeTok && s.quote.closeTok >= 0)) ok[i] = false;
      }
  }
  const at: number[] = [];
  for (let i = 0; i < n; i++) if (named(i) && adjacent(doc, s, proposals[i])) at.push(i);
  if (!at.length) return ok;
  for (let i = 0; i < n; i++) {
    if (!ok[i] || at.includes(i)) continue;
    const guessed = proposals[i].candidate.source === "carried" || only[i];
    if (guessed && !at.some((k) => proposals[k].speaker?.name === proposals[i].speaker?.name)) ok[i] = false;
  }
  return ok;
}

/**
 * The ranker's choice: the proposal that scores highest (the earlier on a tie). A candidate-only
 * proposal must name someone; and where a rule of its own proposes the same speaker, that rule's
 * span and cue are kept (the ranker picks who, the rule says where).
 */
function ranked(doc: Doc, ranker: Ranker): Chooser {
  return (s, proposals, previous) => {
    // one proposal to take, or none: nothing to score
    const ok = eligibleAll(doc, s, proposals);
    if (ok.filter(Boolean).length <= 1) return ok.indexOf(true);
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < proposals.length; i++) {
      if (!ok[i]) continue;
      const v = scoreOf(ranker, featuresOf(doc, s, proposals[i], proposals, previous));
      if (v > bestScore) ((best = i), (bestScore = v));
    }
    const chosen = best >= 0 ? proposals[best].speaker : null;
    if (chosen && RULES.get(proposals[best].candidate.rule)?.candidateOnly) {
      // the same speaker: by name, or the same words
      const same = (o: Speaker) => (chosen.name !== null && o.name === chosen.name) || (o.first < chosen.last && chosen.first < o.last);
      const own = proposals.findIndex((p) => p.speaker && same(p.speaker) && !RULES.get(p.candidate.rule)?.candidateOnly);
      if (own >= 0) return own;
    }
    return best;
  };
}

/** The attributions layer with a given chooser (null: the first rule's source); the trainer passes its own. */
export function attributeWith(doc: Doc, choose: Chooser | null): void {
  const ctx = context(doc);
  const found: Attribution[] = [];
  const known = new Set<Speaker>();
  for (const s of doc.sources) {
    const previous = found[found.length - 1]?.speaker ?? null;
    let speaker: Speaker | null = null;
    let rule = s.rule;
    if (choose && s.candidates.length) {
      const proposals: Proposal[] = s.candidates.map((c, rank) => ({
        candidate: c,
        speaker: c.source === "carried" ? previous : resolveSource(ctx, c.source),
        rank,
        fallback: c.rule === s.rule,
      }));
      const k = choose(s, proposals, previous);
      if (k >= 0) ((speaker = proposals[k].speaker), (rule = proposals[k].candidate.rule));
      else rule = null;
    } else if (s.source) speaker = s.source === "carried" ? previous : resolveSource(ctx, s.source);
    if (speaker && !known.has(speaker)) {
      known.add(speaker);
      ctx.speakers.push(speaker);
    }
    found.push({ quote: s.quote, kind: s.kind, speaker, rule });
  }
  // a quote carried over paragraphs (each left open, the next reopened) is one statement: the
  // attribution at its end ("… ,” she said.) covers the paragraphs before it too
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i];
    const b = found[i + 1];
    // (a speaker only carried over or guessed gives way to the attribution of the statement's end)
    const guessed = !a.speaker || (a.rule !== null && RULES.get(a.rule)?.candidateOnly === true);
    if (!guessed || !b.speaker || a.kind !== "direct" || a.quote.closeTok >= 0) continue;
    const reopened = b.quote.paragraph === a.quote.paragraph + 1 && b.quote.openTok === doc.paragraphs[b.quote.paragraph].first;
    // or reopened in the same paragraph, right where it was left: "… again. "I am in no doubt …," he said
    if (reopened || (b.quote.paragraph === a.quote.paragraph && b.quote.openTok === a.quote.last)) {
      a.speaker = b.speaker;
      a.rule = "continued";
    }
  }
  doc.attributions = found;
}
