// Quote stage: quoted spans (marks.ts), told apart as full statements or quoted phrases, and
// attributed to a speaker through the reporting verb next to them, a pronoun, or the quote before.

import type { Entities, Entity } from "../entities";
import { CONTENT_KINDS, type Doc } from "../../text/document";
import { stem, stemSet } from "../../text/stem";
import type { Mention, Quote } from "../../types";
import { findQuotes, type QuoteSpan } from "./marks";

const CUE_WORDS =
  "say said says saying add added adds write wrote writes written note noted notes tell told tells argue argued argues " +
  "warn warned warns claim claimed claims insist insisted insists ask asked asks tweet tweeted tweets state stated " +
  "explain explained reply replied respond responded declare declared announce announced acknowledge acknowledged " +
  "admit admitted concede conceded continue continued conclude concluded suggest suggested recall recalled remark " +
  "remarked observe observed comment commented predict predicted post posted caution cautioned urge urged demand " +
  "demanded counter countered contend contended maintain maintained emphasize emphasized stress stressed quip quipped " +
  "joke joked shout shouted complain complained boast boasted vow vowed pledge pledged promise promised wonder wondered " +
  "agree agreed confirm confirmed deny denied estimate estimated tell added reiterate reiterated assert asserted " +
  "allege alleged describe described call called label labelled labeled";
const CUES = stemSet(CUE_WORDS);
const IRREGULAR = new Set(["said", "says", "told", "tells", "wrote", "writes", "written"]);
// verbs that introduce a quoted phrase but never a full statement on their own
const PHRASE_ONLY = stemSet("describe described call called label labelled labeled");
const PRONOUNS: Record<string, "m" | "f" | null> = { he: "m", she: "f", they: null };

function isCue(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR.has(w) || (/^\p{Ll}+$/u.test(word) && CUES.has(stem(w)));
}

interface Speaker {
  entity: Entity | null;
  mention: Mention;
  cue: string;
}

export function extractQuotes(doc: Doc, entities: Entities): Quote[] {
  const paragraphs = doc.paragraphs.map((p, i) => (CONTENT_KINDS.has(p.kind) && p.kind !== "title" ? i : -1)).filter((i) => i >= 0);
  const spans = findQuotes(doc, paragraphs);
  // token → entity mention covering it
  const mentionOf = new Array<{ first: number; last: number; entity: Entity } | undefined>(doc.tokens.length);
  for (const m of entities.mentions) {
    for (let k = m.span.first; k < m.span.last; k++) mentionOf[k] = { first: m.span.first, last: m.span.last, entity: m.entity };
  }
  const ctx = { doc, mentionOf };
  const out: Quote[] = [];
  let previous: { quote: Quote; span: QuoteSpan; speaker: Speaker | null } | null = null;
  for (const q of spans) {
    const kind = isPartial(doc, q) ? "partial" : "direct";
    let speaker = kind === "direct" ? attributeDirect(ctx, q) : attributePartial(ctx, q);
    // an unattributed statement right after an attributed one in the same paragraph, or a quote
    // reopened in the next paragraph after one left open, continues the same speaker
    if (!speaker && kind === "direct" && previous?.speaker && previous.quote.kind === "direct") {
      const sameParagraph = previous.span.paragraph === q.paragraph;
      const continued = previous.span.close === null && q.paragraph === previous.span.paragraph + 1 && q.first === doc.paragraphs[q.paragraph].first + 1;
      if (sameParagraph || continued) speaker = previous.speaker;
    }
    const quote: Quote = {
      text: doc.text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      kind,
      speaker: speaker?.entity?.name ?? null,
      speakerMention: speaker ? speaker.mention : null,
      cue: speaker?.cue ?? null,
    };
    out.push(quote);
    previous = { quote, span: q, speaker };
  }
  return out;
}

type Ctx = { doc: Doc; mentionOf: Array<{ first: number; last: number; entity: Entity } | undefined> };

/** A quoted phrase inside the writer's own sentence, rather than a statement set off by itself. */
function isPartial(doc: Doc, q: QuoteSpan): boolean {
  const { tokens } = doc;
  const openTok = q.first - 1;
  const sentence = doc.sentences[doc.sentenceOf[openTok]];
  // words of the writer before the opening mark, in the same sentence
  let k = openTok - 1;
  while (k >= sentence.first && k > openTok - 10 && (tokens[k].kind === "quote" || tokens[k].norm === "(")) k--;
  if (k < sentence.first) return false;
  const before = tokens[k].norm;
  if (before === ":" ) return false;
  if (before === "," && k - 1 >= sentence.first && isCue(tokens[k - 1].text)) return false;
  if (isCue(tokens[k].text) && !PHRASE_ONLY.has(stem(tokens[k].text)) && /[.!?,]$/.test(doc.text.slice(q.start, q.end).trim())) return false;
  return true;
}

/** The person or organisation named at token i (or a pronoun there), with the span it rests on. */
function subjectAt(ctx: Ctx, i: number, before: number): { entity: Entity | null; first: number; last: number } | null {
  const { doc, mentionOf } = ctx;
  const t = doc.tokens[i];
  if (!t) return null;
  const m = mentionOf[i];
  if (m && m.first === i && (m.entity.type === "person" || m.entity.type === "organization")) {
    // "RIAC’s Kortunov": the person after the possessive is the speaker
    const pos = doc.tokens[m.last];
    const after = mentionOf[m.last + 1];
    if (pos && /^['’]s$/i.test(pos.norm) && after && after.first === m.last + 1 && after.entity.type === "person") {
      return { entity: after.entity, first: i, last: after.last };
    }
    return { entity: m.entity, first: m.first, last: m.last };
  }
  const w = t.norm.toLowerCase();
  if (w in PRONOUNS && w !== "they") return { entity: resolvePronoun(ctx, i, PRONOUNS[w], before), first: i, last: i + 1 };
  return null;
}

const PRONOUN_REACH = 2000; // tokens
// how far before a quoted phrase its cue, and before the cue its subject, is looked for (tokens);
// unbounded, a long sentence of cues and quote marks took cubic time
const PARTIAL_CUE_REACH = 60;
const PARTIAL_SUBJECT_REACH = 30;

function resolvePronoun(ctx: Ctx, at: number, gender: "m" | "f" | null, _before: number): Entity | null {
  // bounded look-back: unbounded, a long text of pronouns and no person was quadratic
  for (let k = at - 1; k >= 0 && k > at - PRONOUN_REACH; k--) {
    const m = ctx.mentionOf[k];
    if (m && m.entity.type === "person" && (!gender || !m.entity.gender || m.entity.gender === gender)) return m.entity;
    if (m) k = m.first;
  }
  return null;
}

function speakerFrom(ctx: Ctx, s: { entity: Entity | null; first: number; last: number }, cue: string): Speaker {
  const { tokens, text } = ctx.doc;
  const start = tokens[s.first].start;
  const end = tokens[s.last - 1].end;
  return { entity: s.entity, mention: { start, end, text: text.slice(start, end) }, cue };
}

/** Skips an apposition ", a …, " after a name; returns the token after it. */
function skipApposition(ctx: Ctx, i: number, limit: number): number {
  const { tokens } = ctx.doc;
  if (tokens[i]?.norm !== ",") return i;
  let depth = 0;
  for (let k = i + 1; k < limit && k < i + 30; k++) {
    const n = tokens[k].norm;
    if (n === "(") depth++;
    else if (n === ")") depth--;
    else if (n === "," && depth <= 0) return k + 1;
    else if (n === "." || tokens[k].kind === "quote") return i;
  }
  return i;
}

function attributeDirect(ctx: Ctx, q: QuoteSpan): Speaker | null {
  const { doc } = ctx;
  const { tokens } = doc;
  const para = doc.paragraphs[q.paragraph];
  // after the closing mark: “…,” said X / “…,” X said / “…,” X, a …, wrote
  if (q.close) {
    let c = q.last + 1;
    const limit = para.last;
    if (tokens[c]?.norm === "," || tokens[c]?.norm === "-") c++;
    if (c < limit && isCue(tokens[c].text)) {
      const s = subjectAt(ctx, c + 1, c);
      if (s) return speakerFrom(ctx, s, tokens[c].norm);
    }
    const s = subjectAt(ctx, c, c);
    if (s) {
      let v = s.last;
      v = skipApposition(ctx, v, limit);
      // adverbs between the name and the verb: "he later said"
      if (v < limit && /ly$/.test(tokens[v].norm) && !isCue(tokens[v].text)) v++;
      if (v < limit && isCue(tokens[v].text)) return speakerFrom(ctx, s, tokens[v].norm);
    }
    // according to X
    if (tokens[c]?.norm.toLowerCase() === "according" && tokens[c + 1]?.norm.toLowerCase() === "to") {
      const s2 = subjectAt(ctx, c + 2, c);
      if (s2) return speakerFrom(ctx, s2, "according to");
    }
  }
  // before the opening mark: X said: “…” / X said, “…” / according to X, “…”
  const o = q.first - 1;
  let k = o - 1;
  if (k >= para.first && (tokens[k].norm === ":" || tokens[k].norm === ",")) k--;
  const sentence = doc.sentences[doc.sentenceOf[o]];
  const from = Math.max(para.first, (doc.sentences[doc.sentenceOf[o] - 1]?.first ?? sentence.first));
  for (let v = k; v >= from && v > k - 12; v--) {
    if (!isCue(tokens[v].text)) continue;
    for (let n = v - 1; n >= from && n > v - 20; n--) {
      const s = subjectAt(ctx, n, v);
      if (s && s.last <= v) return speakerFrom(ctx, s, tokens[v].norm);
    }
    break;
  }
  return null;
}

/** A quoted phrase takes the subject of its sentence's reporting verb. */
function attributePartial(ctx: Ctx, q: QuoteSpan): Speaker | null {
  const { doc } = ctx;
  const { tokens } = doc;
  const sentence = doc.sentences[doc.sentenceOf[q.first - 1]];
  for (let v = q.first - 2; v >= sentence.first && v > q.first - 2 - PARTIAL_CUE_REACH; v--) {
    if (!isCue(tokens[v].text)) continue;
    for (let n = v - 1; n >= sentence.first && n >= v - PARTIAL_SUBJECT_REACH; n--) {
      const s = subjectAt(ctx, n, v);
      if (s && s.last <= v) return speakerFrom(ctx, s, tokens[v].norm);
    }
  }
  return null;
}
