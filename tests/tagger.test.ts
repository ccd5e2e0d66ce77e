// The name tagger's parts: BILOU constraints, Viterbi, the packed model format, features, and its
// accuracy on held-out CoNLL++ news read through the whole pipeline.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { level, LEVELS } from "../src/tagger/clusters";
import { featurize, type TagSentences } from "../src/tagger/features";
import { h1, h2 } from "../src/tagger/hash";
import { Model, NTAGS, scoreWords, tagWords, viterbi, type Weights } from "../src/tagger/model";
import { allowed, spansOf, tagsOf, TAGS } from "../src/tagger/tags";
import { tokenize } from "../src/text/tokenize";
import { goldSpans, readConll } from "../scripts/train-tagger";
import { analyze, describeShared, docOf, SHARED, vocab } from "./helpers";

const tag = (name: string) => {
  const i = TAGS.indexOf(name);
  if (i < 0) throw new Error(`no tag ${name}`);
  return i;
};
const START = NTAGS;
const END = NTAGS;

describe("BILOU tags", () => {
  test("a name opens with B and closes with L of the same type, or stands alone as U", () => {
    expect(allowed(START, tag("B-PER"))).toBe(true);
    expect(allowed(START, tag("U-LOC"))).toBe(true);
    expect(allowed(START, tag("I-PER"))).toBe(false);
    expect(allowed(START, tag("L-ORG"))).toBe(false);
    expect(allowed(tag("B-PER"), tag("I-PER"))).toBe(true);
    expect(allowed(tag("B-PER"), tag("L-PER"))).toBe(true);
    expect(allowed(tag("B-PER"), tag("L-ORG"))).toBe(false);
    expect(allowed(tag("B-PER"), tag("O"))).toBe(false);
    expect(allowed(tag("I-ORG"), END)).toBe(false);
    expect(allowed(tag("L-ORG"), tag("U-LOC"))).toBe(true);
    expect(allowed(tag("U-MISC"), tag("I-MISC"))).toBe(false);
  });

  test("spans written as tags read back as the same spans", () => {
    const spans = [
      { first: 0, last: 1, type: "LOC" as const },
      { first: 2, last: 5, type: "ORG" as const },
      { first: 5, last: 7, type: "PER" as const },
    ];
    expect(spansOf(tagsOf(spans, 8), 8)).toEqual(spans);
  });

  test("spans are read off a tag sequence", () => {
    const seq = ["O", "B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG"].map(tag);
    expect(spansOf(Int32Array.from(seq), seq.length)).toEqual([
      { first: 1, last: 3, type: "PER" },
      { first: 4, last: 5, type: "LOC" },
      { first: 5, last: 8, type: "ORG" },
    ]);
  });
});

/** Weights where feature h adds scores[h][tag] to each tag it lists, with no transition scores. */
function toyWeights(scores: Record<number, Record<number, number>>): Weights {
  return {
    emit(features, from, to, out, at) {
      for (let t = 0; t < NTAGS; t++) out[at + t] = 0;
      for (let j = from; j < to; j++) for (const [t, v] of Object.entries(scores[features[j]] ?? {})) out[at + Number(t)] += v;
    },
    trans: new Float64Array((NTAGS + 1) * (NTAGS + 1)),
  };
}

describe("Viterbi", () => {
  test("finds the best sequence that the BILOU constraints allow", () => {
    // token 0 wants I-PER most (not allowed first), then B-PER; token 1 wants L-PER; token 2 wants O
    const w = toyWeights({ 1: { [tag("I-PER")]: 5, [tag("B-PER")]: 4 }, 2: { [tag("L-PER")]: 3, [tag("U-LOC")]: 1 }, 3: { [tag("O")]: 1 } });
    const f = { hashes: Int32Array.from([1, 2, 3]), offsets: Uint32Array.from([0, 1, 2, 3]) };
    const out = new Int32Array(3);
    viterbi(f, 0, 3, w, out);
    expect([...out].map((t) => TAGS[t])).toEqual(["B-PER", "L-PER", "O"]);
  });

  test("never leaves a name open at the end of a sentence", () => {
    const w = toyWeights({ 1: { [tag("B-ORG")]: 10 } });
    const f = { hashes: Int32Array.from([1]), offsets: Uint32Array.from([0, 1]) };
    const out = new Int32Array(1);
    viterbi(f, 0, 1, w, out);
    expect(TAGS[out[0]]).not.toBe("B-ORG");
  });
});

describe("the packed model", () => {
  test("reads back the weights it was written with, to int16 precision", () => {
    const keys = Int32Array.from([7, 1234567, -294967296]);
    const weights = new Float32Array(keys.length * NTAGS).map((_, i) => Math.sin(i) * 3);
    const trans = new Float32Array((NTAGS + 1) * (NTAGS + 1)).map((_, i) => Math.cos(i));
    const other = new Float32Array(keys.length * NTAGS).map((_, i) => (i % 5 === 0 ? 0 : Math.cos(i)));
    const model = Model.decode(Model.build([{ keys, weights, trans }, { keys: keys.subarray(1), weights: other.subarray(NTAGS), trans }]).encode());
    expect(model.stages).toBe(2);
    const first = model.stage(0);
    const out = new Float64Array(NTAGS);
    first.emit(Int32Array.from([1234567, 99, -294967296]), 0, 3, out, 0);
    for (let t = 0; t < NTAGS; t++) expect(out[t]).toBeCloseTo(weights[NTAGS + t] + weights[2 * NTAGS + t], 3);
    expect(first.trans[5]).toBeCloseTo(trans[5], 6);
    // the second stage has no weights for the first key, and its own for the others
    model.stage(1).emit(Int32Array.from([7, 1234567]), 0, 2, out, 0);
    for (let t = 0; t < NTAGS; t++) expect(out[t]).toBeCloseTo(other[NTAGS + t], 3);
  });

  test("the committed model loads and tags a plain sentence", () => {
    // (a title before the name is the pipeline's to strip: models differ on "Mr." from one training to the next)
    const spans = vocab().tagger.tag([["John", "Smith", "flew", "from", "Washington", "to", "meet", "Toyota", "executives", "."]]);
    expect(spans).toEqual([
      { first: 0, last: 2, type: "PER" },
      { first: 4, last: 5, type: "LOC" },
      { first: 7, last: 8, type: "ORG" },
    ]);
  });
});

describe("scoring", () => {
  const tagger = () => vocab().tagger;
  const model = () => tagger().model;
  const features = (sentences: TagSentences) => featurize(sentences, tagger().features);
  const sentencesOf = () => {
    const text = readFileSync(join(__dirname, "..", "samples", "mt-kazakhstan-crisis.txt"), "utf8");
    const doc = docOf(`PUTIN SENDS TROOPS TO KAZAKHSTAN\n\n${text}\n\nPutin sent them. Kazakhstan asked.`);
    return doc.sentences.map((s) => doc.tokens.slice(s.first, s.last).map((t) => t.norm));
  };
  const hasCapital = (w: string) => /[\p{Lu}\p{Lt}\d]/u.test(w);

  test("scores each shared run of features once, as scoring every feature of every word would; plain words not at all", () => {
    const m = model();
    const sentences = sentencesOf();
    const all = features(sentences);
    const W = NTAGS * m.stages;
    const N = all.offsets.length - 1;
    const expected = new Int32Array(N * W);
    for (let k = 0; k < N; k++) m.add(all.hashes, all.offsets[k], all.offsets[k + 1], expected, k * W, 0, m.stages);
    // twice: the second time the runs' scores are remembered from the first
    for (let round = 0; round < 2; round++) {
      const { sums, plain } = scoreWords(sentences, tagger());
      const scored = (x: Int32Array) => Array.from({ length: N }, (_, k) => (plain[k] ? null : [...x.subarray(k * W, (k + 1) * W)]));
      expect(scored(sums)).toEqual(scored(expected));
      // plain words: most of the text, never a word with a capital or a digit, nor one next to
      // such a word, except a sentence's opening word ("The", "But")
      expect(plain.reduce((a, b) => a + b, 0)).toBeGreaterThan(N / 2);
      let k = 0;
      const problems: string[] = [];
      for (const ws of sentences) {
        let opening = 0; // after any opening quote marks or bracket
        while (opening < ws.length && /^["'`(]+$/.test(ws[opening])) opening++;
        ws.forEach((w, i) => {
          const near = [i - 1, i, i + 1].filter((j) => j >= 0 && j !== opening && j < ws.length && hasCapital(ws[j]));
          if (plain[k + i] && near.length) problems.push(`${ws.slice(Math.max(0, i - 2), i + 3).join(" ")}: "${w}" is plain`);
        });
        k += ws.length;
      }
      expect(problems).toEqual([]);
    }
  });

  test("tagging plain words O and decoding the pieces between them gives Viterbi's tags over every feature", () => {
    const m = model();
    if (m.stages !== 1) throw new Error("this check is written for the default one-stage model");
    const sentences = sentencesOf();
    const all = features(sentences);
    const full = new Int32Array(all.offsets.length - 1);
    let at = 0;
    for (const s of sentences) {
      viterbi(all, at, at + s.length, m.stage(0), full);
      at += s.length;
    }
    expect(full.some((t) => t !== 0)).toBe(true);
    expect([...tagWords(sentences, tagger())]).toEqual([...full]);
  });
});

describe("gazetteer", () => {
  test("a phrase's value read past the bit set is the table's, for every entry and for phrases no list holds", () => {
    const gaz = vocab().gazetteer;
    const t = gaz.table;
    let entries = 0;
    for (let s = 0; s < t.length; s += 2) {
      if (t[s + 1] === 0) continue;
      entries++;
      if (gaz.phraseValueOf(t[s]) !== gaz.valueOf(t[s])) throw new Error(`entry ${t[s]} read as ${gaz.phraseValueOf(t[s])}`);
    }
    expect(entries).toBeGreaterThan(1000);
    // and phrases no list holds read 0 both ways
    let absent = 0;
    for (let i = 0; i < 20000; i++) {
      const h = Math.imul(i + 1, 0x27d4eb2d) ^ 0x5bd1e995;
      if (gaz.valueOf(h) !== 0) continue;
      absent++;
      expect(gaz.phraseValueOf(h)).toBe(0);
    }
    expect(absent).toBeGreaterThan(19000);
    expect(gaz.phraseValueOf(0x12345678 | 0)).toBe(gaz.valueOf(0x12345678 | 0));
  });
});

describe("features", () => {
  const features = (sentences: TagSentences) => featurize(sentences, vocab().tagger.features);
  test("are the same for the same words, and differ with case and context", () => {
    const a = features([["Rome", "fell", "."]]);
    const b = features([["Rome", "fell", "."]]);
    expect([...a.hashes]).toEqual([...b.hashes]);
    const c = features([["rome", "fell", "."]]);
    expect([...c.hashes]).not.toEqual([...a.hashes]);
    expect(a.offsets.length).toBe(4);
  });

  test("words in a headline in capitals are read as the story writes them", () => {
    const lower = new Set(features([["Jansen", "won", "."]]).hashes);
    const headline = features([["JANSEN", "WINS", "AGAIN"], ["Jansen", "won", "."]]);
    const first = new Set(headline.hashes.subarray(headline.offsets[0], headline.offsets[1]));
    // the capitals' "JANSEN" shares the written form's word features
    expect([...first].filter((h) => lower.has(h)).length).toBeGreaterThan(5);
  });
});

describe("features from the rest of the document and from the line's layout", () => {
  const features = (sentences: TagSentences) => featurize(sentences, vocab().tagger.features);
  /** Token k's features. */
  const at = (sentences: TagSentences, k: number) => {
    const f = features(sentences);
    return new Set(f.hashes.subarray(f.offsets[k], f.offsets[k + 1]));
  };
  // (template ids as features.ts hashes them: 101/102 the classes beside a word's occurrences, 92 a line's template)
  const FIRST_NAME_BEFORE = h1(101, "first");
  test("a capitalised word carries the gazetteer classes of the words beside all its occurrences", () => {
    // "Lehman" alone in the second sentence; a first name stands before it in the first
    expect(at([["Tom", "Lehman", "won", "."], ["Lehman", "led", "."]], 4).has(FIRST_NAME_BEFORE)).toBe(true);
    expect(at([["The", "Lehman", "unit", "won", "."], ["Lehman", "led", "."]], 5).has(FIRST_NAME_BEFORE)).toBe(false);
    // a word met once has no "elsewhere"
    expect(at([["Tom", "Lehman", "won", "."]], 1).has(FIRST_NAME_BEFORE)).toBe(false);
    // nor do the words of a headline in capitals count as occurrences
    expect(at([["TOM", "LEHMAN", "WINS"], ["Lehman", "led", "."]], 3).has(FIRST_NAME_BEFORE)).toBe(false);
  });

  test("a short line with a number gives its names the line's template and their place in it", () => {
    const line = [["Brann", "2", "Shelbourne", "1"]];
    expect(at(line, 0).has(h2(92, "XdXd", "0"))).toBe(true);
    expect(at(line, 2).has(h2(92, "XdXd", "1"))).toBe(true);
    // the same place in another line of that template is the same feature
    expect(at([["Ajax", "Amsterdam", "3", "Feyenoord", "0"]], 1).has(h2(92, "XdXd", "0"))).toBe(true);
    // prose, or a line without a number, has none
    const prose = at([["Brann", "beat", "Shelbourne", "."]], 0);
    expect([...prose].some((h) => h === h2(92, "XaX.", "0"))).toBe(false);
  });
});

describe("word clusters (models/clusters.bin, from GloVe vectors)", () => {
  const clusters = () => vocab().tagger.features.clusters;
  const finest = (w: string) => level(clusters().of(w), LEVELS.length - 1);
  test("words used alike share their finest cluster; words used otherwise do not share even a coarse one", () => {
    expect(finest("bratislava")).toBe(finest("ljubljana"));
    expect(finest("derbyshire")).toBe(finest("leicestershire"));
    expect(finest("wednesday")).toBe(finest("tuesday"));
    expect(level(clusters().of("ljubljana"), 0)).not.toBe(level(clusters().of("tuesday"), 0));
  });

  test("the levels nest, and a word the vectors do not know has none", () => {
    // two words in one fine cluster are in one cluster at every coarser level
    for (let i = 0; i < LEVELS.length; i++) expect(level(clusters().of("oracle"), i)).toBe(level(clusters().of("microsoft"), i));
    expect(clusters().of("zebulonquartermaine")).toBe(0);
  });

  test("a capitalised word's features depend on whether the document reads as a sports report", () => {
    const features = (sentences: TagSentences) => featurize(sentences, vocab().tagger.features);
    const own = (sentences: TagSentences) => {
      const f = features(sentences);
      return new Set(f.hashes.subarray(f.offsets[0], f.offsets[1]));
    };
    const plain = own([["Kent", "lost", "."], ["The", "council", "met", "."]]);
    const sport = own([["Kent", "lost", "."], ["The", "match", "was", "a", "draw", "after", "the", "innings", "."]]);
    expect([...sport].filter((h) => !plain.has(h)).length).toBeGreaterThan(0);
  });
});

// ---- held-out news (../shared) ----

type ConllDoc = ReturnType<typeof readConll>[number];

// the text as ../shared/eval/conll.mjs rebuilds it, with each token's offsets
const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "#"]);
function rebuild(doc: ConllDoc): { text: string; tokens: Array<{ start: number; end: number; tag: string }>; firsts: number[] } {
  let text = "";
  const tokens: Array<{ start: number; end: number; tag: string }> = [];
  /** Each sentence's first token. */
  const firsts: number[] = [];
  doc.sentences.forEach((s, si) => {
    if (si) text += "\n\n";
    firsts.push(tokens.length);
    let open = false;
    s.forEach((tok, i) => {
      const t = doc.iob[si][i];
      const prev = i > 0 ? s[i - 1] : null;
      let glue = i > 0 && !NO_SPACE_BEFORE.has(tok) && !(prev && NO_SPACE_AFTER.has(prev));
      if (tok === '"') {
        if (open) glue = false;
        open = !open;
      } else if (prev === '"' && open) glue = false;
      if (glue) text += " ";
      tokens.push({ start: text.length, end: text.length + tok.length, tag: t });
      text += tok;
    });
  });
  return { text: text + "\n", tokens, firsts };
}

describeShared("the tagger on held-out CoNLL++ news", () => {
  let docs: ConllDoc[] = [];
  beforeAll(() => {
    docs = readConll(join(SHARED, "corpora", "conll", "conllpp_dev.txt"));
  });

  test("our tokenizer splits the rebuilt text as CoNLL did (99% of tokens, 99.5% of name tokens)", () => {
    let n = 0;
    let same = 0;
    let names = 0;
    let sameNames = 0;
    for (const d of docs) {
      const { text, tokens } = rebuild(d);
      const ours = new Map(tokenize(text).map((t) => [t.start, t.end]));
      for (const t of tokens) {
        const ok = ours.get(t.start) === t.end;
        n++;
        if (ok) same++;
        if (t.tag !== "O") {
          names++;
          if (ok) sameNames++;
        }
      }
    }
    expect(same / n).toBeGreaterThan(0.99);
    expect(sameNames / names).toBeGreaterThan(0.995);
  });

  test("finds people, organizations and locations in 60 dev articles at micro-F1 >= 0.90", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const d of docs.slice(0, 60)) {
      const { text, tokens, firsts } = rebuild(d);
      const gold = new Map<string, string>();
      d.iob.forEach((tags, si) => {
        for (const [a, b, type] of goldSpans(tags)) gold.set(`${tokens[firsts[si] + a].start}:${tokens[firsts[si] + b - 1].end}`, type);
      });
      const r = analyze(text);
      const pred = new Map<string, string>();
      const put = (list: Array<{ mentions: Array<{ start: number; end: number }> }>, ty: string) => {
        for (const e of list) for (const m of e.mentions) pred.set(`${m.start}:${m.end}`, ty);
      };
      put(r.people, "PER");
      put(r.organizations, "ORG");
      put(r.countries, "LOC");
      put(r.places, "LOC");
      for (const [k, ty] of pred) {
        if (gold.get(k) === "MISC") continue;
        if (gold.get(k) === ty) tp++;
        else fp++;
      }
      for (const [k, ty] of gold) if (ty !== "MISC" && pred.get(k) !== ty) fn++;
    }
    const p = tp / (tp + fp);
    const rec = tp / (tp + fn);
    expect((2 * p * rec) / (p + rec)).toBeGreaterThanOrEqual(0.9);
  });
});
