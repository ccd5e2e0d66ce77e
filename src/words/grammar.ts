// Function words by what they do in a sentence: determiners, pronouns, prepositions, conjunctions,
// subordinators, auxiliaries, and the words that open a clause or hand a verb its subject.

import { wordTable, words } from "./sets";

/** Determiners and possessives that open a noun phrase. */
export const DETERMINERS = new Set(
  "the a an his her their its our my your this that these those another one two three four several some many both each every no other".split(
    " ",
  ),
);
/** Pronouns that can be the subject of a reporting verb, with their gender when they have one. */
export const SUBJECT_PRONOUNS: Record<string, "m" | "f" | "n" | "p" | "1"> = wordTable({
  he: "m",
  she: "f",
  it: "n",
  they: "p",
  i: "1",
  we: "1",
});
/** Auxiliaries and particles after which a plain form is a verb: "would say", "did not say", "to say". */
export const PLAIN_VERB_MARKERS = new Set("to would will did does do can could may might should must not n't never".split(" "));
/** Auxiliaries that open a verb phrase after its subject: "Halo 2 has proved", "the figure was revised". */
export const AUXILIARIES = words("has have had is are was were will would could may might must should can");
export const OBJECT_PRONOUNS = new Set("them whom which those these us".split(" "));
/** Prepositions that open a phrase modifying what stands before them ("the chairman of …", "sent to …"). */
export const PREPOSITIONS = new Set("of to by from in at on with for into onto against toward towards across inside within".split(" "));
/** Conjunctions that open a subordinate clause ("After Trump said …, …", "died when …"). */
export const SUBORDINATORS = new Set("after before when while as although though if because since once until whereas where".split(" "));
export const CONJUNCTIONS = new Set("and or but while whereas yet though although".split(" "));
/** Words that stand before a verb: a word after them is used as a verb ("they disapprove", "will back"). */
export const VERB_OPENERS = new Set("i we they you will would can could should shall might must won't can't don't didn't doesn't wouldn't couldn't".split(" "));
/** Words that open a clause of its own: a subordinator, or "but", "and", "so". */
export const CLAUSE_START = new Set([...SUBORDINATORS, "but", "and", "so"]);
export const INTRO = /^(?:in|at|on|after|before|during|while|when|as|since|speaking|giving|asked|following|with|from|for|despite|although|though|because|if|later|earlier|last|this|meanwhile|still|yet|but|and|also|however|instead|by|once|so|then|now|here|there|even|only|unlike)$/i;
/** Words after which a verb has no subject of its own: ", saying", "before asking", "to accuse", "and vowed". */
export const HANDOVER = new Set([",", "and", "but", "before", "after", "while", "by", "when", "then", "without", "to", "-", "--", "despite", "since", "upon", "in"]);
export const OBJECT_BEFORE = new Set(["of", "to", "for", "with", "about", "on", "in", "into", "from", "by", "at", "through", "against", "over", "under", "like"]);
export const TIME_PREPOSITIONS = /^(?:on|in|at|during|since|by)$/;
/** Words in -ly that are nouns, not adverbs: "Scott's family said", "two rallies", "in July". */
export const LY_NOUNS = words("family ally rally supply assembly anomaly monopoly tally bully belly jelly lily folly homily melancholy italy july");
/** Words in -ly that are adjectives, not adverbs: "likely voters", "the daily reported", "three deadly attacks". */
export const LY_ADJECTIVES = words("likely elderly daily weekly monthly quarterly yearly early deadly friendly costly holy lonely orderly");
/** A word in -ly that is an adverb ("reportedly", "angrily"): lower case, five letters or more, none of the above. */
export const isLyAdverb = (w: string) => w.length > 4 && w.endsWith("ly") && !LY_NOUNS.has(w) && !LY_ADJECTIVES.has(w);
/** Endings of abstract nouns, which name no one: "Dictatorship", "Government". */
export const ABSTRACT_NOUN = /(?:ship|ism|tion|sion|ment|ness|ity|hood|dom)$/;
/** Of those, the endings of a state's or a quality's noun, singular or plural, which a name alone seldom has: "Involvement", "Euroscepticism". */
export const COMMON_NOUN_ENDING = /(?:ment|ship|ness|ity|ism)s?$/;
/** Endings of nouns of action, which names share ("Revolution", "Slamdance"), so common only beside a people's adjective: "Russian Occupation". */
export const ACTION_NOUN_ENDING = /(?:tion|sion|ance|ence)s?$/;
/** The endings of a people's, a creed's or a party's adjective or noun: "Olympic", "Latin American", "Communist", "Nazi", "Democrat" (not "Superman"). */
export const ADJECTIVE_ENDING = /(?:ic|[^m]an|ish|ese|ist|ern|azi|crat)s?$/i;
/** Verbs of one subject that follow a firm named with its "'s": "Boatmen's was", "Foster's said". */
export const VERBS_OF_ONE = new Set(["is", "was", "has", "had", "will", "would", "could", "said", "says"]);

/** Prepositions that open a sentence's adverbial before its subject, never a name: "Alongside Kenya, Uganda sent …", "Unlike Britain, France …". */
export const OPENING_PREPOSITIONS = new Set("alongside beside besides among amongst amid amidst despite unlike like except including excluding beyond across against within without throughout toward towards around near behind under between after before during since".split(" "));
/** Small words, adverbs and those prepositions, which open a sentence or a quotation, never a person's name: '"Even Denzel (Washington) …', "But Blair said", "Despite Brown". */
export const SENTENCE_OPENERS = new Set([..."even but and yet so now then also only just still perhaps maybe indeed".split(" "), ...OPENING_PREPOSITIONS]);
