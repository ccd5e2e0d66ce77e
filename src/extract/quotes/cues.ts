// Word classes the attribution rules read: reporting verbs (cues), the words that may stand between
// a speaker and its verb, titles before names, and the role nouns that stand for a speaker.

import { wordTable } from "../../text/lexicon";
import { MONTHS, WEEKDAYS, words } from "../../text/wordlists";

// Verbs that report speech or writing, matched in their inflected forms (so "announcer" and
// "statement" are not verbs). Nouns that share a form ("claims", "calls") only count where the rules
// expect a verb, next to a speaker.
const CUE_WORDS =
  "say add write note tell speak argue warn claim insist ask tweet state explain reply respond declare announce " +
  "acknowledge admit concede continue conclude suggest recall remark observe comment predict post caution urge " +
  "demand counter contend maintain emphasize emphasise stress quip joke shout complain boast vow pledge promise " +
  "wonder agree confirm deny estimate reiterate assert allege describe call label report recount testify exclaim " +
  "mutter whisper yell scream chant sing blog email retort snap scoff muse speculate hint advise recommend propose " +
  "accuse charge blast slam criticize criticise praise mock dismiss characterize characterise dub brand nickname " +
  "cite quote repeat echo tout brag lament protest object plead implore challenge question answer interject " +
  "interrupt threaten forecast reveal disclose confess disagree dispute refute rebut summarize summarise " +
  "proclaim reason opine gush rail fume thunder chide scold taunt jab tease concur " +
  "assure reassure inform lecture read laud hail applaud commend decry denounce condemn fault liken thank " +
  "apologize apologise find attack exhort rate compare reference";
// forms the inflection rules below do not make
const IRREGULAR = ["said", "told", "wrote", "written", "sang", "sung", "spoke", "spoken"];

/** base, -s, -ed and -ing forms of a regular verb ("note" → notes noted noting; "reply" → replies replied). */
function inflect(base: string): string[] {
  const out = [base];
  if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + "ies", base.slice(0, -1) + "ied", base + "ing");
  else if (/(?:s|sh|ch|x|z)$/.test(base)) out.push(base + "es", base + "ed", base + "ing");
  else if (base.endsWith("e")) out.push(base + "s", base + "d", base.slice(0, -1) + "ing");
  else {
    out.push(base + "s");
    out.push(base + "ed", base + "ing");
    // a short vowel before a final consonant may double it: quip → quipped, admit → admitted
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) out.push(base + base.slice(-1) + "ed", base + base.slice(-1) + "ing");
  }
  return out;
}

const CUE_FORMS = new Set<string>([...CUE_WORDS.split(/\s+/).filter(Boolean).flatMap(inflect), ...IRREGULAR]);
// Verbs that introduce a quoted phrase (a name, a label) but never a full statement on their own.
const PHRASE_ONLY_FORMS = new Set("describe call label dub brand nickname characterize characterise compare reference".split(" ").flatMap(inflect));

const BASE_FORMS = new Set(CUE_WORDS.split(/\s+/).filter(Boolean));

/** The plain form ("say", "tweet"): a verb only after a plural or I/we/you, or after "to", "would", "did". */
export function isBaseForm(word: string): boolean {
  return BASE_FORMS.has(word.toLowerCase());
}

/** Auxiliaries and particles after which a plain form is a verb: "would say", "did not say", "to say". */
export const AUXILIARIES = new Set("to would will did does do can could may might should must not n't never".split(" "));

/** Nouns that report what someone said, after a possessive: "Trump’s claim that …". */
export const NOMINAL_CUES = new Set(
  "claim claims assertion statement statements remark remarks comment comments argument warning promise pledge vow insistence suggestion tweet tweets words description complaint accusation charge charges".split(
    " ",
  ),
);

/** Two-word reporting verbs: the first word, and the particle that must follow it. */
// (a Map: it is asked about every word of every article, and a Map's lookup by a word sliced out
// of the text costs a third of an object's)
const PARTICLE_CUES = new Map(Object.entries({ put: "it", puts: "it", went: "on", goes: "on", pointed: "out", points: "out", spoke: "out" }));

export function particleCue(word: string, next: string | undefined): boolean {
  const p = PARTICLE_CUES.get(word);
  return p !== undefined && next?.toLowerCase() === p;
}

/** A reporting verb in any inflection, written in lower case. */
export function isCueWord(word: string): boolean {
  return CUE_FORMS.has(word);
}

export function isPhraseOnly(word: string): boolean {
  return PHRASE_ONLY_FORMS.has(word.toLowerCase());
}

/** Words that can stand between a subject and its verb ("he later said", "Trump has repeatedly said"). */
const BETWEEN = new Set(
  (
    "also later then again once still just further previously recently reportedly has had have would will did " +
    "does do not never even was is were been first last finally quickly simply flatly bluntly " +
    "earlier today yesterday tonight initially subsequently separately often frequently sometimes always " +
    "n't 've 'd 'll can could may might should must already since instead privately publicly openly " +
    "angrily calmly proudly repeatedly similarly likewise meanwhile however"
  ).split(" "),
);

const betweenMemo = new Map<string, boolean>();
// words in -ly that are nouns or adjectives, not adverbs: "Scott's family said", "the daily reported"
const LY_NOUNS = new Set("family ally rally supply assembly anomaly monopoly daily weekly monthly quarterly elderly bully belly jelly lily folly homily melancholy".split(" "));

export function isBetween(norm: string): boolean {
  let b = betweenMemo.get(norm);
  if (b === undefined) {
    const w = norm.toLowerCase();
    b = BETWEEN.has(w) || (w.length > 4 && w.endsWith("ly") && !LY_NOUNS.has(w) && /^\p{Ll}+$/u.test(norm));
    if (betweenMemo.size > 50_000) betweenMemo.clear();
    betweenMemo.set(norm, b);
  }
  return b;
}

/** Words that name times, not people: "said Tuesday", "Sunday’s broadcast". */
export const TIME_WORDS = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...words("today yesterday tonight tomorrow morning afternoon evening night week weekend month year earlier later last this next recently"),
]);

/** Determiners and possessives that open a noun phrase. */
export const DETERMINERS = new Set(
  "the a an his her their its our my your this that these those another one two three four several some many both each every no other".split(
    " ",
  ),
);

/** Titles written before a name ("Rep.", "Gov.", "President"): part of the speaker span, not of the name. */
export const TITLES = new Set(
  (
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. rep rep. sen sen. gov gov. gen gen. lt lt. col col. capt capt. sgt sgt. " +
    "rev rev. hon hon. president vice secretary senator representative governor mayor chairman chairwoman chair " +
    "minister premier chancellor ambassador judge justice attorney general speaker leader director professor " +
    "former acting deputy state press spokesman spokeswoman spokesperson sir lord lady king queen prince princess " +
    "pope bishop cardinal rabbi imam sheikh father sister brother"
  ).split(" "),
);

export { FEMALE_TITLES, MALE_TITLES } from "../../text/wordlists";

/** Pronouns that can be the subject of a reporting verb, with their gender when they have one. */
export const SUBJECT_PRONOUNS: Record<string, "m" | "f" | "n" | "p" | "1"> = wordTable({
  he: "m",
  she: "f",
  it: "n",
  they: "p",
  i: "1",
  we: "1",
});

/** Role nouns whose referent is an organisation named earlier: "the newspaper wrote". */
export const ORG_ROLES = new Set(
  "newspaper paper magazine daily outlet website site publication network channel broadcaster agency campaign committee company firm group ministry department government administration organization organisation party union council commission board bureau office institute foundation center centre".split(
    " ",
  ),
);
/** Nouns that speak for whoever is named right before them: "a Clinton spokesman", "the Pew report". */
export const VOICE_ROLES = new Set("spokesman spokeswoman spokesperson statement report letter memo release".split(" "));
export const MEDIA_ROLES = new Set("newspaper paper magazine daily outlet website site publication network channel broadcaster".split(" "));

// What makes an organisation a news outlet, for "the newspaper wrote" (see isMedia in speakers.ts):
// a word newspapers and broadcasters take as their name ("Times", "Post", "Gazette", "Radio") ...
export const MEDIA_NAME_WORDS = new Set(
  (
    "times post journal news magazine herald tribune gazette daily weekly tv television radio press review chronicle " +
    "observer telegraph guardian independent economist mirror express mail standard globe courier sentinel inquirer " +
    "examiner dispatch bulletin register monitor star sun record broadcasting broadcast network channel wire"
  ).split(" "),
);
// ... a noun for an outlet written next to its name ("the Vedomosti newspaper", "the daily Kommersant",
// "Interfax news agency") ...
export const MEDIA_NOUNS = new Set("newspaper paper magazine daily weekly tabloid broadsheet outlet website publication network channel broadcaster station".split(" "));
// ... or what only the press does with a name: "told Reuters", "in an interview with CNN", "Interfax
// reported", "quoted by Tass", "CNN’s correspondent".
export const MEDIA_BEFORE = new Set("told interview interviewed".split(" "));
export const MEDIA_AFTER = new Set("reported reports reporting quoted cited broadcast aired".split(" "));
export const MEDIA_STAFF = new Set("reporter reporters correspondent correspondents editor editors anchor columnist host interviewer".split(" "));

/** Head words of organisations' names ("… Institution", "… Research"): a name ending in one is no person's. */
export const ORG_HEADS = new Set(
  (
    "council center centre union organization organisation party times post gazette news agency ministry bank fund " +
    "institute institution university college committee commission corporation corp inc ltd plc llc group association " +
    "federation league club army forces navy police service services court parliament congress senate assembly " +
    "department office foundation company airlines airways authority board bureau network television radio press " +
    "journal herald tribune telegraph review magazine exchange alliance coalition movement front school academy " +
    "society trust partners holdings industries motors securities church cabinet command government administration " +
    "executive research fellowship report initiative project programme program campaign team unit consultancy " +
    "laboratories labs systems technologies communications media"
  ).split(" "),
);
