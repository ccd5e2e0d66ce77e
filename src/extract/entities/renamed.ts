// A body under its old name and its new one is one body, named by the new: "MCI, which was
// formerly known as Worldcom", "Formerly known as Worldcom, MCI is …", "MCI, while trading under
// the name Worldcom", "WorldCom … is now known as MCI". Read by ./link.ts.

import type { Doc } from "../../text/document";
import type { Entity, NameSpan } from "../../text/layers";
import { FORMER_NAME_CUES, NEW_NAME_CUES } from "../../words/names";

/** Each organisation written under an old name → the organisation under its new name, both in one sentence around the cue. */
export function renamedBodies(doc: Doc, assigned: ReadonlyMap<NameSpan, Entity>): Map<Entity, Entity> {
  const t = doc.tokens;
  const out = new Map<Entity, Entity>();
  const bodies = [...assigned].filter(([s, e]) => e.type === "organization" && s.type === "organization").sort((a, b) => a[0].first - b[0].first);
  if (bodies.length < 2) return out;
  const cues = [...cueStarts(doc)];
  for (const [at, length, former] of cues) {
    const sentence = t[at].sentence;
    // the name right after the cue, and the body named last before it in the sentence, or, the cue opening the sentence, the one after the comma that follows
    const after = bodies.find(([s]) => s.first === at + length);
    if (!after) continue;
    const before = [...bodies].reverse().find(([s]) => s.last <= at && t[s.first].sentence === sentence) ?? bodies.find(([s]) => s.first > after[0].last && t[s.first].sentence === sentence && t[s.first - 1]?.norm === ",");
    if (!before || before[1] === after[1]) continue;
    const [old, current] = former ? [after[1], before[1]] : [before[1], after[1]];
    if (!out.has(current)) out.set(old, current);
  }
  return out;
}

/** Where each cue starts, its length in tokens and whether the name after it is the former one. */
function* cueStarts(doc: Doc): Generator<[number, number, boolean]> {
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    for (const [cues, former] of [[FORMER_NAME_CUES, true], [NEW_NAME_CUES, false]] as const) {
      for (const cue of cues) {
        let k = 0;
        while (k < cue.length && t[i + k]?.lower === cue[k]) k++;
        if (k === cue.length) yield [i, k, former];
      }
    }
  }
}
