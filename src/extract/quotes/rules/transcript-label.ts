import type { Rule } from "./rule";

export const transcriptLabel: Rule = {
  name: "transcript-label",
  description: "A transcript line inside the marks: the label in capitals before its colon speaks.",
  example: "“WALLACE: Let’s start with the economy.”",
  match: (_doc, { label }) => (label ? { first: label.first, last: label.last, cue: null, at: label.first, label: true } : null),
};
