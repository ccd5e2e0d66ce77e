// Cue stage: the reporting verbs ("said", "told", "put it"), outside quotations, as a layer the
// entity stage (speakers' names) and the quote stage (attribution) read.

import type { Doc } from "../text/document";
import { cueFlags } from "./quotes/speakers";

export function findCues(doc: Doc): void {
  doc.cues = cueFlags(doc).cue;
}
