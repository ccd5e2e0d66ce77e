// A championships' short forms in a sports report: "the Europeans", "the Worlds", "the European
// Indoors" are the European, World and European Indoor Championships, and name the one the article
// names in full where it does ("European Indoor Championships"). Read by ./recognize.ts.

import type { Doc } from "../../text/document";
import { CHAMPIONSHIP_SHORT_FORMS } from "../../words/sport";
import { coveredBy, isCapital, keepOnly, nameOf, otherName, type Found } from "./found";
import { aboutSport } from "./topic";

export function addChampionshipShortForms(doc: Doc, found: Found[]): void {
  const t = doc.tokens;
  const forms: Array<{ first: number; last: number; prefix: string }> = [];
  for (let i = 0; i < t.length; i++) {
    if (!t[i].cap || t[i].kind !== "word") continue;
    for (const n of [2, 1]) {
      const last = i + n;
      if (last > t.length || !t.slice(i, last).every(isCapital) || t[last - 1].sentence !== t[i].sentence) continue;
      const prefix = CHAMPIONSHIP_SHORT_FORMS.get(nameOf(doc, i, last).toLowerCase());
      // (one word only after "the": "the Worlds", not "Europeans living abroad")
      if (prefix === undefined || isCapital(t[last]) || (n === 1 && t[i - 1]?.lower !== "the")) continue;
      forms.push({ first: i, last, prefix });
      i = last - 1;
      break;
    }
  }
  if (!forms.length || !aboutSport(doc)) return;
  // (the championships named in full whose name opens with the short form's words; of several, the one named most, then first)
  const full = (prefix: string) => {
    const counts = new Map<string, number>();
    for (const f of found) if (f.kind === "event" && /championships?$/.test(f.key) && f.key.startsWith(prefix + " ")) counts.set(nameOf(doc, f.first, f.last), (counts.get(nameOf(doc, f.first, f.last)) ?? 0) + 1);
    let best: string | undefined;
    for (const [name, n] of counts) if (!best || n > (counts.get(best) as number)) best = name;
    return best;
  };
  const covered = coveredBy(doc, forms);
  keepOnly(found, found.filter((f) => !covered.subarray(f.first, f.last).includes(1)));
  for (const s of forms) found.push({ ...otherName(doc, s.first, s.last, "event"), canonical: full(s.prefix) });
  found.sort((a, b) => a.first - b.first);
}
