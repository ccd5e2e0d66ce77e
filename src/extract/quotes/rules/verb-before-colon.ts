import type { Rule } from "./rule";
import { speakerThenVerb } from "./verb-after";

export const verbBeforeColon: Rule = {
  name: "verb-before-colon",
  description: "Failing all else, the speaker whose verb after the quotation introduces the next one after a colon.",
  example: "“We are ready.” Ms Lee added: “The vote is on Friday.”",

  lastResort: true,
  match: (doc, quote) => speakerThenVerb(doc, quote, true),
};
