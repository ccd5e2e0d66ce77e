// Words of reporting: the verbs that report speech or writing (cues) in their inflected forms, the
// words that may stand between a speaker and its verb, nouns that report or speak for someone
// ("statement", "spokesman"), the words that make an organisation a news outlet, and the words
// that set off a quoted phrase as a label or a title.

import { isLyAdverb } from "./grammar";

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
  "apologize apologise find attack exhort rate compare reference refer";
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
const PHRASE_ONLY_FORMS = new Set("describe call label dub brand nickname characterize characterise compare reference refer".split(" ").flatMap(inflect));

const BASE_FORMS = new Set(CUE_WORDS.split(/\s+/).filter(Boolean));

/** The plain form ("say", "tweet"): a verb only after a plural or I/we/you, or after "to", "would", "did". */
export function isBaseForm(word: string): boolean {
  return BASE_FORMS.has(word.toLowerCase());
}

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
    "angrily calmly proudly repeatedly similarly likewise meanwhile however only"
  ).split(" "),
);

/** A word that can stand between a subject and its verb: one of the above, or an adverb in -ly ("angrily"). */
export function isBetween(norm: string): boolean {
  const w = norm.toLowerCase();
  return BETWEEN.has(w) || (isLyAdverb(w) && /^\p{Ll}+$/u.test(norm));
}

/** Nouns that report what someone said, after a possessive: "Trump’s claim that …". */
export const NOMINAL_CUES = new Set(
  "claim claims assertion statement statements remark remarks comment comments argument warning promise pledge vow insistence suggestion tweet tweets words description complaint accusation charge charges".split(
    " ",
  ),
);
/** Nouns for what someone said, whose owner is its source: "Rubio’s catch phrase was that …", "Romney’s “47 percent” comment". */
export const SAYING_NOUNS = new Set([
  ...NOMINAL_CUES,
  ..."slogan slogans catchphrase phrase language answer answers broadside suggestion proposal proposals rejection dictum question questions conclusion call message motto refrain line mantra pledge vow promise retort reply response quip joke boast label".split(" "),
]);
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
    "examiner dispatch bulletin register monitor star sun record broadcasting broadcast network channel wire echo"
  ).split(" "),
);
// British and American papers the news names by one word after "the": "told the Independent".
export const PAPERS_BY_ONE_WORD = new Set("independent guardian times observer telegraph mirror sun express mail scotsman economist".split(" "));
// ... a noun for an outlet written next to its name ("the Vedomosti newspaper", "the daily Kommersant",
// "Interfax news agency") ...
export const MEDIA_NOUNS = new Set("newspaper paper magazine daily weekly tabloid broadsheet outlet website publication network channel broadcaster station".split(" "));
// ... or what only the press does with a name: "told Reuters", "in an interview with CNN", "Interfax
// reported", "quoted by Tass", "CNN’s correspondent".
export const MEDIA_BEFORE = new Set("told interview interviewed".split(" "));
export const MEDIA_AFTER = new Set("reported reports reporting quoted cited broadcast aired".split(" "));
export const MEDIA_STAFF = new Set("reporter reporters correspondent correspondents editor editors anchor columnist host interviewer".split(" "));
// Words before a quoted title that say it names a work or a show: CNN’s “State of the Union”,
// the book “…”, on “Meet the Press”.
export const TITLE_BEFORE = new Set(
  "'s ' of on titled entitled book film movie show program programme documentary song album series episode column op-ed article headline slogan hashtag novel memoir play with including podcast autobiography biography in to told perform".split(
    " ",
  ),
);
/** Lower-case words a title in title case keeps: "The Nightly Show with Larry Wilmore". */
export const TITLE_SMALL_WORDS = new Set("with from into over under about upon than that this".split(" "));
/** Nouns right after a quoted title that say it names a thing: its host, a podcast, a hat with the slogan ("“Daily Show” host"). */
export const TITLE_AFTER = new Set("host hosts anchor podcast podcasts pageant episode episodes cast creator actress actor hat hats cap caps shirt shirts".split(" "));
// Words right before a quoted phrase that say it is a label, not speech: "so-called", "dubbed",
// "known as", and nouns for a word after "the": "the term", "the slogan".
export const LABEL_MARKERS = new Set("so-called dubbed nicknamed termed christened".split(" "));
export const LABEL_AS = new Set("known referred described".split(" "));
export const LABEL_NOUNS = new Set("term terms word words phrase label name nickname slogan expression moniker".split(" "));
export const ISSUING = /^(?:issued|released|published|sent|posted|put|wrote|signed|delivered|read)$/;
/** Broadcasters and channels by name, which a tagger of 1996 news does not know: "ITV1", "BSkyB", "Sky One". */
export const BROADCASTERS = new Set([
  "itv", "itv1", "itv2", "itv3", "bbc1", "bbc2", "bbc3", "bbc4", "bskyb", "s4c", "e4", "more4", "mtv", "cnn", "sky",
  "sky one", "sky news", "sky sports", "sky movies", "bbc one", "bbc two", "bbc three", "bbc four", "five live",
]);
/** Head words of a broadcaster's or channel's name of several words: "Discovery Channel", "Cartoon Network", "Talk Radio" (a channel after a people's adjective is a sea's: "English Channel"). */
export const BROADCASTER_HEADS = new Set("channel network tv radio".split(" "));
/** A broadcaster's or channel's name, by its first words: "BBC One", "Radio 4", "Channel 4", "ITV1". */
export const BROADCASTER_NAME = /^(?:bbc|itv\d?|bskyb|sky|channel (?:\d|four|five)|radio (?:\d|one|two|three|four|five)|five live|5 live|mtv|cnn|e4|s4c|more4|nbc|cbs|abc|hbo)(?: |$)/;
/** A journalist's titles after the broadcaster or paper and the beat: "BBC Political Correspondent James Hardy", "BBC Business Editor Jeff Randall". */
export const JOURNALIST_TITLES = new Set("correspondent editor reporter presenter producer columnist commentator".split(" "));
/** A journalist's beat between the outlet's name and the title: "Political", "Home Affairs", "Chief Political". */
export const BEATS = new Set(
  "political politics business economics economic home affairs diplomatic sports sport arts health science technology environment education transport security defence defense legal social media entertainment world foreign chief senior deputy royal industrial consumer music film".split(" "),
);
/** Verbs of saying after a town's name that make it a firm's. */
export const TOWN_SAYS = new Set(["said", "says", "announced", "reported"]);
/**
 * News outlets whose names the tagger reads as works, places or common words ("The Hill", "the
 * Huffington Post series", "Boston Globe"), each a body wherever written. Those in `OUTLETS_AFTER_THE`
 * are common words or places too: only with their own capitalised "The" ("As The Hill reported",
 * not "on the hill"; "The Atlantic", not "the Atlantic").
 */
export const NEWS_OUTLETS = new Set(
  [
    "huffington post", "huffpost", "boston globe", "plain dealer", "daily beast", "gawker", "msnbc", "cnbc", "afp", "politico", "breitbart", "breitbart news",
    "salon", "slate", "vox", "buzzfeed", "buzzfeed news", "mother jones", "national review", "new yorker", "newsweek", "usa today", "daily caller",
    "drudge report", "weekly standard", "roll call", "washington examiner", "washington times", "new york post", "new york daily news", "daily kos",
    "talking points memo", "real clear politics", "realclearpolitics", "fivethirtyeight", "cook political report", "fox news", "fox news channel",
    "abc news", "nbc news", "cbs news", "npr", "c-span", "washington free beacon", "free beacon", "associated press", "washington post", "new york times", "wall street journal", "los angeles times", "telemundo", "univision", "marist", "quinnipiac", "washington monthly", "time magazine", "the hill",
    "the nation", "the atlantic", "the intercept", "the blaze", "the week",
  ],
);
export const OUTLETS_AFTER_THE = new Set(["hill", "nation", "atlantic", "intercept", "blaze", "week"]);
/** News and talk shows on US television and radio, works wherever written ("Meet the Press" was a body's name, "The Daily Show" an event's). */
export const NEWS_SHOWS = new Set(
  [
    "meet the press", "face the nation", "fox news sunday", "good morning america", "morning joe", "the daily show", "the tonight show", "late show",
    "the late show", "real time", "the o'reilly factor", "the kelly file", "hardball", "anderson cooper 360", "the situation room", "cbs this morning",
    "fox & friends", "fox and friends", "access hollywood", "saturday night live", "nightline", "the view", "morning edition", "all things considered",
    "the rachel maddow show", "hannity", "the five", "special report", "erin burnett outfront", "this week", "new day", "the lead", "on the record",
  ],
);
/** Of those, the ones that are common words too: only with a broadcaster's possessive or the show's noun beside them ("CNN's New Day", "the New Day show"). */
export const SHOWS_NAMED_BESIDE = new Set(["this week", "new day", "the lead", "the five", "special report", "real time", "on the record", "the view", "hannity", "late show", "the late show"]);
