// The attribution ranker: every rule that matches a quotation proposes a source (rules/), each is
// resolved (resolve.ts), and a linear model scores the proposals; the best one is the speaker. The
// weights are an averaged perceptron's, trained on PolNeAR's train split by scripts/train-speakers.ts
// (`npm run train -- --speakers`) and shipped in models/speakers.json. Features are strings, the
// same here and in the trainer; unknown ones weigh nothing.

import type { Doc } from "../../text/document";
import type { Candidate, Sourced, Speaker } from "../../text/layers";
import { SUBJECT_PRONOUNS } from "../../words/grammar";
import { afterComma } from "./rules/clauses";

export interface Ranker {
  weights: ReadonlyMap<string, number>;
}

/** The model file's shape. */
export interface RankerFile {
  model: "speaker-ranker";
  version: 1;
  weights: Record<string, number>;
}

export function decodeRanker(file: unknown): Ranker {
  const f = file as RankerFile;
  if (!f || f.model !== "speaker-ranker" || f.version !== 1) throw new Error("models/speakers.json is not a speaker ranker (version 1)");
  return { weights: new Map(Object.entries(f.weights)) };
}

/** A proposal with what the features read: its speaker (null when it resolves to no one). */
export interface Proposal {
  candidate: Candidate;
  speaker: Speaker | null;
  /** Its place among the proposals, and whether the rules' own fallback would take it. */
  rank: number;
  fallback: boolean;
}

const bucket = (d: number) => Math.min(7, Math.floor(Math.log2(d + 1)));

/** What kind of source the proposal resolved to. */
function typeOf(doc: Doc, sp: Speaker | null): string {
  if (!sp) return "none";
  if (sp.entity?.type === "person") return "per";
  if (sp.entity?.type === "organization") return "org";
  if (sp.entity?.type === "country") return "cty";
  if (sp.last - sp.first === 1 && SUBJECT_PRONOUNS[doc.tokens[sp.first].lower]) return sp.name ? "pron+" : "pron-";
  if (sp.name) return "named";
  return doc.tokens[sp.last - 1]?.cap ? "cap" : "np";
}

/** The features of one proposal for a quotation; `previous` is the speaker of the quotation before. */
export function featuresOf(doc: Doc, s: Sourced, p: Proposal, all: readonly Proposal[], previous: Speaker | null): string[] {
  const { quote: q, kind } = s;
  const r = p.candidate.rule;
  const sp = p.speaker;
  const t = typeOf(doc, sp);
  const f = [`r:${r}`, `rk:${r}:${kind}`, `t:${t}`, `rt:${r}:${t}`, `tk:${t}:${kind}`, `n:${Math.min(p.rank, 3)}`];
  if (p.fallback) f.push("fb", `fb:${kind}`, `fbt:${t}`);
  // where the quotation stands: opening its paragraph, its sentence, or inside one
  const where = q.openTok === doc.paragraphs[q.paragraph].first ? "par" : doc.tokens[q.openTok].sentenceStart ? "sen" : "in";
  f.push(`q:${where}:${r}`);
  if (!sp) return f;
  const { tokens } = doc;
  const end = q.closeTok >= 0 ? q.closeTok : q.last - 1;
  // another proposal rests on a reporting verb right at the quotation ("Lord Sainsbury added: “…”"),
  // naming someone else: a speaker carried on or guessed from further away weighs less against it
  if (!adjacent(doc, s, p)) {
    for (const o of all) {
      if (o === p || !o.speaker || o.speaker.cue === null || (sp.name !== null && o.speaker.name === sp.name)) continue;
      if (adjacent(doc, s, o)) {
        f.push("adj-other", `adj-other:${r}`);
        break;
      }
    }
  }
  const before = sp.at < q.openTok;
  const d = before ? q.openTok - sp.at : Math.max(0, sp.at - end);
  const dir = before ? "b" : "a";
  f.push(`d:${dir}${bucket(d)}`, `rd:${r}:${dir}${bucket(d)}`);
  const si = tokens[Math.min(sp.at, tokens.length - 1)].sentence;
  const qs = tokens[before ? q.openTok : end].sentence;
  f.push(`s:${dir}${Math.min(3, Math.abs(qs - si))}`, `p:${Math.min(3, Math.abs(q.paragraph - (tokens[sp.first].paragraph ?? q.paragraph)))}`);
  f.push(`cue:${sp.cue?.toLowerCase() ?? "-"}`, `len:${Math.min(6, sp.last - sp.first)}`);
  // a clause of its own between the cue and the quotation: "X said …, and Y called it “…”"
  if (before && q.openTok - sp.at <= 60) {
    for (let k = sp.at + 1; k < q.openTok; k++) {
      const w = tokens[k].lower;
      if (w === ";" || ((w === "and" || w === "but") && afterComma(doc, k))) {
        f.push("clause", `clause:${r}`);
        break;
      }
    }
  }
  if (previous && (sp.entity ? previous.entity === sp.entity : sp.name !== null && previous.name === sp.name)) f.push("prev", `prev:${r}`, `prevq:${where}`);
  // how many proposals name the same speaker
  if (sp.name) {
    let votes = 0;
    for (const o of all) if (o.speaker?.name === sp.name) votes++;
    f.push(`v:${Math.min(3, votes)}`);
  }
  return f;
}

/** The proposal's reporting verb stands within three tokens of the quotation's marks. */
export function adjacent(_doc: Doc, s: Sourced, p: Proposal): boolean {
  const sp = p.speaker;
  if (!sp || sp.cue === null || p.candidate.source === "carried") return false;
  const { quote: q } = s;
  const end = q.closeTok >= 0 ? q.closeTok : q.last - 1;
  return (sp.at < q.openTok && q.openTok - sp.at <= 3) || (sp.at > end && sp.at - end <= 3);
}

export function scoreOf(ranker: Ranker, features: readonly string[]): number {
  let s = 0;
  for (const x of features) s += ranker.weights.get(x) ?? 0;
  return s;
}
