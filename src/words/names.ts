// Words around and inside names: titles and honorifics before a person's name (and the gender some
// say), letters and generations after it, particles inside it, head words of organisations' names,
// and the nouns that say what kind of organisation or role a name is.

import { words } from "./sets";

/**
 * Titles and role words written before a person's name ("Kazakh President", "Rep.", "Lieutenant-
 * Colonel"): part of neither the name nor its mention, they become the person's description.
 */
export const TITLES = new Set(
  (
    "president vice prime minister foreign defence defense interior finance deputy secretary general gen gen. senator " +
    "sen sen. rep rep. representative gov gov. governor mayor chancellor king queen prince princess pope sheikh chairman " +
    "chairwoman chair chief executive ceo director judge justice ambassador commander colonel col col. lt lt. capt capt. " +
    "sgt sgt. maj. mr mr. mrs mrs. ms ms. dr dr. prof prof. professor former acting speaker leader premier emir ayatollah " +
    "rev rev. reverend hon hon. bishop archbishop cardinal rabbi imam coach manager captain inspector officer lawmaker spokesman " +
    "spokeswoman spokesperson editor founder analyst economist president-elect sir lord lady dame crown first mp " +
    "attorney sergeant lieutenant major admiral marshal field state opposition press treasurer " +
    // (police ranks as news abbreviates them: "Chief Supt Deats", "Det Insp Smith")
    "supt supt. insp insp. det det. superintendent detective " +
    // (an athlete by the Games: "Olympian Tomlinson")
    "olympian"
  ).split(" "),
);
/** Kinship words that are titles only when capitalised: "Father Jacques Hamel", "Sister Mary", not "his brother Mukesh". */
export const KIN_TITLES = words("father sister brother");
/** A title or role word before a name: `w` in lower case, `capital` whether it was written with one. */
export const isTitleWord = (w: string, capital: boolean) => TITLES.has(w) || (capital && KIN_TITLES.has(w));
/** Police ranks written as letters before a name ("PC Smith"): alone, no organisation's name. */
export const RANKS = words("pc wpc");
/**
 * Capitalised words and initialisms that name things in general, not one organisation, person or
 * place: formats and technologies ("DVD", "GPRS", "Bluetooth"), offices ("MP", "PM"), genres ("R&B"),
 * illnesses and drugs ("TB", "MRSA", "THG").
 * Alone they are no name; after a name they are no part of it ("US TV" is the US).
 */
export const COMMON_INITIALISMS = words(
  "dvd dvds cd cds cd-rom tv pc pcs id gprs gsm umts cdma wimax wi-max usb bluetooth wi-fi wifi mp3 mp3s sms mms dsl adsl hd hdtv lcd dlp hdmi dvi gps 3g 4g " +
  "voip rss pdf pin cctv atm atms pda pdas r&b r&d q&a ipo ipos agm egm hiv dna gdp vat isp isps url html www imax vcr vhs sim ram cpu " +
  "isbn mp mps pm mep meps msp msps am ams qc ceo cfo coo pr faq obe mbe cbe kbe dbe ai gp lan lans wan ssl p2p uv " +
  "fm tb bse cjd mrsa sars thg ivf adhd dvt kv kw mw gw kwh mwh fob cif",
);
/**
 * Words after a place's name that make it the name of a club or a team: "Tottenham manager Martin
 * Jol", "a determined Nottingham Forest side", "the Wasps flanker" (a nation's team stays its country).
 */
export const TEAM_AFTER = words(
  "manager boss coach striker midfielder defender goalkeeper keeper winger skipper flanker fly-half scrum-half full-back " +
    "centre-back centre-half prop hooker lock side squad fans supporters chairman academy",
);
/** Broadcasters' words that a channel's number follows as part of its name: "Channel 4", "BBC Radio 4", "BBC News 24". */
export const NUMBERED_CHANNELS = words("channel radio news");
/** Titles before a name that make it a person's, whatever the tagger read: "President Bush", "Chancellor Gordon Brown". */
export const PERSONAL_TITLES = words(
  "president minister chancellor secretary senator sen. governor gov. mayor king queen prince princess pope sheikh premier " +
    "ambassador judge bishop archbishop cardinal rabbi imam emir sultan emperor empress shah ayatollah sir dame professor prof. coach",
);
/** Nouns after a surname that name what the person leads: "the Bush administration", "the Putin presidency". */
export const LEADER_NOUNS = words("administration presidency");
/** Offices styled "Lord" or "Lady", no peer's name: "the Lord Chancellor", "the Lord Mayor of London", "the Lord Advocate". */
export const LORD_OFFICES = words("chancellor mayor mayoress advocate provost chamberlain lieutenant president privy steward");
/** Honorifics: before a name they make it a person's. */
export const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|baroness|viscount|viscountess|prof|messrs|mme|mlle)\.?$/i;
export const HONORIFICS = /^(?:(?:mr|mrs|ms|miss|mx|messrs|mme|mlle)\.?\s*)+$/i;
/** Titles and role nouns that say a man or a woman ("Mrs", "spokeswoman"), lower case, with and without a dot. */
// ("chairman" is no title of gender: British news says it of women too, "Police Federation chairman Jan Berry")
/** Titles a royal's given name is known by: "Prince Harry", "Queen Rania". */
export const ROYAL_TITLES = words("prince princess king queen");
export const MALE_TITLES = words("mr mr. sir lord viscount king prince father brother spokesman congressman businessman");
/** A peer's and a knight's titles, always before a name: "Lord Dubs", "Sir Jeremy Isaacs". */
export const PEERS_AND_KNIGHTS = words("lord lady baroness baron viscount viscountess sir dame");
/** A peer's titles, which a seat may follow after "of": "Lord Nicholls of Birkenhead". */
export const PEER_TITLES = words("lord lady baroness baron viscount viscountess");
export const FEMALE_TITLES = words("mrs mrs. ms ms. miss madam lady dame baroness viscountess queen princess sister spokeswoman chairwoman congresswoman businesswoman");
/** The words for a spokesperson and the gender each tells ("spokesperson": none). */
export const SPOKESPERSON_GENDER: ReadonlyMap<string, "m" | "f" | null> = new Map([
  ["spokesman", "m"],
  ["spokeswoman", "f"],
  ["spokesperson", null],
]);
/** A relative's nouns: a name right after one is a person's ("his daughter Victoria", "son Jordan"). */
export const KIN_NOUNS = words("wife husband son daughter brother sister mother father widow widower fiancee fiance girlfriend boyfriend grandson granddaughter grandmother grandfather niece nephew cousin uncle aunt stepson stepdaughter stepfather stepmother");
/** Words that qualify a role without being one: "former President", "acting director". */
export const ROLE_QUALIFIERS = new Set("former past then acting outgoing incoming interim late deputy vice".split(" "));
/** Plural titles before a list of given names or surnames, and the title each name keeps ("" for a peer, named without it): "Princes William and Harry", "Lords Bingham, Hope and Carswell". */
export const PLURAL_TITLES: ReadonlyMap<string, string> = new Map([["princes", "Prince"], ["princesses", "Princess"], ["kings", "King"], ["queens", "Queen"], ["lords", ""], ["ladies", ""], ["baronesses", ""], ["messrs", ""], ["presidents", ""], ["senators", ""], ["governors", ""], ["generals", ""]]);
/** Participles before "by" whose doer is a person: "the band once fronted by Ozzy Osbourne", "a film directed by Mike Leigh". */
export const DONE_BY_PERSON = new Set("fronted sung directed narrated voiced choreographed".split(" "));
/** Participles that introduce a name, never part of it: "Called Global System for Mobiles (GSM), this …", "Dubbed The Beast". */
export const NAMING_PARTICIPLES = new Set("called named dubbed nicknamed renamed titled entitled christened termed".split(" "));
/**
 * Head words of organisations' names ("… Council", "… Times", "… Institution"): a name ending in one
 * is no person's, and a run of capitalised common words with one is a name, not a common noun.
 */
export const ORG_HEADS = new Set(
  (
    "council center centre union organization organisation party times post gazette news agency ministry bank fund " +
    "institute institution university college committee commission corporation corp inc ltd limited plc llc group association " +
    "federation league club army forces navy police service services court parliament congress senate assembly " +
    "department office foundation company airlines airways authority board bureau network television radio press " +
    "journal herald tribune telegraph review magazine exchange alliance coalition movement front brigade brigades " +
    "school academy society trust partners holdings industries motors securities church cabinet command government " +
    "administration guard unit regiment division team hospital community rangers rovers united city athletic wanderers force " +
    "executive research fellowship report initiative project programme program campaign consultancy laboratories labs " +
    "systems technologies communications media studio studios embassy consulate"
  ).split(" "),
);
/** Bodies news names by a nickname or a short name alone, with the full name a reader looks for: "a more aggressive Fed", "told the Commons". */
export const NICKNAMED_BODIES: ReadonlyMap<string, string> = new Map([
  ["fed", "Federal Reserve"],
  ["commons", "House of Commons"],
  ["lords", "House of Lords"],
]);
/** Words of the UK's Parliament and of the US Congress: "the House" is the chamber of the one the article names, and only of one. */
export const COMMONS_WORDS = words("commons mp mps westminster");
export const CONGRESS_WORDS = words("congress congressman congresswoman congressmen senate senator senators sen. representatives congressional");
/** Chambers whose committees news names in small letters after them: "the Commons public accounts committee". */
export const CHAMBERS = new Set(["commons", "lords", "senate"]);
/** Institutions' head words written first, before "of" or "for": "Office of Fair Trading", "Department for Transport", "House of Commons". */
export const INSTITUTIONS_HEAD_FIRST = new Set(
  (
    "office department ministry bank university institute institution federation association society council commission " +
    "committee court college academy museum church union league board bureau agency organisation organization " +
    "confederation chamber"
  ).split(" "),
);
/** The head words of ORG_HEADS that end no person's or place's name ("Lionhead Studios"), unlike "Church" or "City". */
/** Head words of a firm's name, after which "of" names where it is, not part of the name: "Bessemer Venture Partners of Menlo Park". */
export const FIRM_HEADS = new Set("partners holdings group industries company companies corporation associates brothers enterprises".split(" "));
/** Head words of an institution that is a body as well as a building: "Science Museum", "Tate Gallery", "Lyric Theatre". */
export const CULTURAL_INSTITUTIONS = new Set("museum gallery theatre theater ballet opera orchestra".split(" "));
/** A company's legal form, which ends its name: "Bestop Inc of Boulder" is Bestop Inc, in Boulder. */
export const LEGAL_FORMS = words("inc ltd limited plc llc corp co ag sa nv gmbh");
export const ORG_ONLY_HEADS = new Set(
  (
    "studios corporation corp inc ltd limited plc llc group association federation committee commission institute university " +
    "ministry council agency foundation department authority bureau company airlines airways holdings industries " +
    "laboratories labs systems technologies communications securities consultancy consulting research associates economics pictures music orchestra choir international records recordings forum guild fellowship embassy consulate enterprises entertainment management " +
    "foods seafood processors distribution distributors pharmaceuticals electronics breweries beverages chemicals petroleum semiconductor"
  ).split(" "),
);
/** Head words that make a name of several words a body's whatever the tagger read it as, a union's too ("the Eurasian Economic Union"; the Soviet Union is in the country lists, read before). */
export const BODY_HEADS_OVER_MISC = new Set([...ORG_ONLY_HEADS, "union", "films", "productions", "institution", "caucus"]);
/** Head words that end a body's name and never a place's: "the Fabian Society", "Home Office" (not "Academy", "Brixton Academy" is a venue). */
export const BODY_ONLY_HEADS = new Set([...ORG_ONLY_HEADS, "society", "office", "police"]);
/** Heads of the bodies named after their holder's office: "the Information Commissioner's Office", "the Lord Chancellor's Department". */
export const BODY_HEADS_OF_OFFICES = words("office department");
// Nouns written after a name that say what kind of organisation it is: "Novaya Gazeta newspaper".
/** Prepositions no organisation's, place's or person's name is joined by ("the Bill through Parliament"); a title's may be ("Journey into Space"). */
export const NEVER_IN_NAMES = words("through into via towards during without against");
/** A faith's God and devil, no body or place however the tagger read them: "his faith in God" (CoNLL reads them as people). */
export const DEITIES = words("god allah satan yahweh jehovah");
/** A faith's adjective, which with a nation's before a noun names no body: "A British Muslim group". */
export const FAITH_ADJECTIVES = words("muslim islamic christian jewish hindu sikh buddhist catholic protestant anglican sunni shia shiite");
/** A faith's people, one or many, who are no place, body or person (MISC in CoNLL, as a nation's people are): "some Anglicans", "Methodists". */
export const FAITH_PEOPLE = words("muslim muslims moslem moslems christian christians jew jews hindu hindus sikh sikhs buddhist buddhists catholic catholics protestant protestants anglican anglicans methodist methodists baptist baptists mormon mormons presbyterian presbyterians evangelicals sunnis shias shiites");
/** Peoples of no country and generations, none of the lists' names, whatever the tagger read: "the Latino vote", "Millennials", "Baby Boomers". */
export const GROUPS_OF_PEOPLE: ReadonlySet<string> = new Set(["latino", "latinos", "latina", "latinas", "hispanic", "hispanics", "millennials", "millennial", "boomers", "baby boomers", "generation x", "gen x"]);
/** Titles abbreviated in the plural before several names: "Sens. John McCain and Lindsey Graham", "Govs.", "Reps." */
export const PLURAL_TITLES_SHORT = /^(?:sens|govs|reps|gens|drs|profs)\.?$/i;
/** Heads of a nation's bodies named by its people's word, which name the country too: "the German Embassy", "the Spanish FA". */
export const NATIONAL_BODY_HEADS = words("embassy consulate fa");
/** Head words of the bodies named by two fields joined by "and": "Finance and Economy Ministry", "Culture and Sport Committee". */
export const BODY_HEADS_JOINED = words("ministry department committee commission council directorate");
/** A body's first word that its short form may leave out: "the Cyber Security Division" after "the National Cyber Security Division". */
export const NAME_QUALIFIERS = words("national royal international federal central");
export const ORG_CUES = /^(?:newspaper|daily|weekly|magazine|agency|firm|company|group|party|think|broadcaster|network|channel|website|bank|movement|alliance|union|consultancy|pollster|institute)$/i;
/** A body's nouns right before a comma and its one-word name: "his new party, Veritas", "The mill, Krivorizhstal", "Yukos' main production arm, Yugansk". */
export const BODY_NOUNS_BEFORE_NAME = words("party firm company group agency bank newspaper network label studio mill unit subsidiary arm producer carrier retailer chain laboratory lab think-tank");
export const APPOSITION_ORG = /\b(?:firm|company|think tank|newspaper|agency|group|party|organi[sz]ation|consultancy|broadcaster|website|pollster|bank|movement|militia|network|daily|weekly|magazine)\b/;
export const ROLE =
  /\b(?:head|founder|co-founder|chief|director|leader|editor|deputy|president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|member|professor|minister|secretary|analyst|author|expert|ceo|owner|executive|manager|coach|player|captain|striker|officer|official|envoy|ambassador|governor|mayor|senator|lawmaker|candidate|adviser|advisor|economist|researcher|fellow|lawyer|judge|general|commander|correspondent|reporter|journalist|writer|actor|actress|singer|star|champion|king|queen|prince|princess|chancellor|premier|founding|former|son|daughter|wife|husband|father|mother|brother|sister|spokes\w*|activist|scientist|director-general|chairperson)\b/i;
export const APPOSITION_START = /^(?:a|an|the|head|founder|co-founder|chief|director|leader|editor|deputy|president|chairman|chairwoman|spokesman|spokeswoman|spokesperson|member|professor|senior|former|minister|secretary|analyst|author|expert|ceo|owner|who)$/i;
export const INITIALS_SKIP = new Set(["of", "the", "and", "for", "on", "in", "to", "at", "&", "de", "du", "la", "le"]);
/** Letters written after a name that are not part of it: "Guy Mansfield QC", "Andrew Tyrie MP". */
export const POSTNOMINALS = new Set("qc kc mp mep msp mla mbe obe cbe kbe dbe phd".split(" "));
/** Generation after a name: "Joseph R. Biden Jr." is Joseph R. Biden when the lists name him so. */
export const GENERATIONS = new Set("jr jr. sr sr. ii iii iv".split(" "));
/** Small words that join the words of a foreign name and are English verbs too: "Fondation pour l'Enfance". */
export const FOREIGN_JOINERS = words("pour sur sans avec");
/** Small words inside a name: "Charles de Gaulle", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set("de da di del della der den van von le la du dos das bin ibn al el ben".split(" "));
/** Roles after an organisation's initials that make them its name: "PCS leader Mark Serwotka", "a UKIP spokesman". */
export const ORG_ROLE_AFTER = words("leader chairman chairwoman spokesman spokeswoman boss chief members member official officials director president");
/** A bank's head words, which news drops once the bank is named: "Standard Trust" for Standard Trust Bank. */
export const BANK_HEADS = words("bank banking");
/** Last words of a firm's full name that its short form leaves off: "UFJ Holdings" is "UFJ", "Mitsubishi Tokyo Financial Group" "Mitsubishi Tokyo". */
export const CORPORATE_TAIL = words("holdings group corporation corp inc plc ltd co industries");
/** A firm's kind between its name and those words, left off only before one of them: "Mitsubishi Tokyo Financial Group", "Shanghai Automotive Industry Corp". */
/** Words for owning part of a firm or a club before "in" and its name: "a stake in Wembley", "shares in Wembley", "invest in Liverpool". */
export const OWNED_IN = words("stake stakes share shares invest invested investing investment investments interest holding holdings");
export const FIRM_KIND_BEFORE_TAIL = words("financial industry industrial");
/** Nouns for a firm right after its name, or after one word of its trade: "Gartner research firm", "Variety trade magazine". */
/** A firm's role in an apposition after "the", maybe after what it makes: ", the game's developer", ", the site's operator". */
export const FIRM_ROLE_APPOSITION = /^(?:\S+(?:'s|’s) )?(?:developer|publisher|operator|manufacturer|maker)s?\b/;
/** Words before a body's former name: "MCI, which was formerly known as Worldcom", "while trading under the name Worldcom". */
export const FORMER_NAME_CUES: readonly string[][] = ["formerly known as", "previously known as", "once known as", "trading under the name", "formerly called"].map((c) => c.split(" "));
/** Words before a body's new name: "Worldcom … is now known as MCI", "the firm - now renamed MCI". */
export const NEW_NAME_CUES: readonly string[][] = ["now known as", "now renamed", "since renamed", "later renamed"].map((c) => c.split(" "));
/** Plural nouns for bodies after "and other" that close a list of them: "Luton, Preston, Queens Park Rangers and other clubs". */
export const BODIES_AFTER_OTHER = words("clubs teams sides firms companies banks groups retailers airlines broadcasters newspapers charities organisations organizations");
/** Plural nouns of bodies before "such as", "including" or "like" and a list that names them: "political blogs such as the Daily Kos or Instapundit". */
export const BODIES_BEFORE_LIST = new Set([...BODIES_AFTER_OTHER, ...words("blogs websites sites papers magazines labels studios networks publishers operators chains carriers agencies")]);
export const FIRM_AFTER = words("firm company group magazine newspaper agency consultancy label broadcaster network website chain retailer operator brewer carmaker airline");
/** Last words of an institution's name that no place ends in, bar a place the lists know: "the Cabinet", "Inland Revenue". */
export const INSTITUTION_HEADS = words("cabinet treasury revenue commons lords parliament assembly executive commission council committee court");
/** Last words of a name that make it a part of the body, or a meeting on the thing, its first word names: "IAAF Council", "EA Sports", "IPTV World Forum". */
export const PART_OF_BODY = words("council committee board forum congress conference sports news");
/** Head words a body is named by alone after its full name, where one body of the article bears it: "the Trust" after "the Steve Redgrave Trust", "the Party" after the Labour Party. */
export const SHORT_FORM_HEADS = new Set([...INSTITUTION_HEADS, ...words("trust foundation library museum gallery institute society association party")]);
/** Nouns of an illness, after the name it bears: "Crohn's disease", "Motor Neurone Disease", "Down's syndrome". */
export const DISEASE_NOUNS = words("disease diseases syndrome");
/** Surnames that, with a possessive and no noun after, name an illness: "victims of Alzheimer's, Parkinson's and …". */
export const DISEASE_EPONYMS = words("alzheimer parkinson huntington crohn hodgkin asperger tourette addison cushing graves");
/** A publication's noun, which the news writes as part of its name: "Star magazine", "the Maputo daily Noticias". */
export const PUBLICATION_NOUNS = words("magazine newspaper daily weekly tabloid journal");
/** A site's name, the firm behind it: "Amazon.com", "PowerPage.org", "gamesindustry.biz" (as the tokenizer keeps it whole). */
export const WEB_ADDRESS = /^[\p{L}\p{N}][\p{L}\p{N}.-]*\.(?:com|net|org|biz|info|co\.uk|org\.uk)$/iu;
/** Kinds of government paper written with capitals, no one's name: "a White Paper", "the Green Paper". */
export const PAPER_NAMES = new Set(["white paper", "green paper", "white papers", "green papers"]);

/**
 * Familiar forms of English given names and the formal names they stand for: one person written
 * "Danny Williams" and "Daniel Williams", "Freddie Forsyth" and "Frederick Forsyth" (read by
 * ../text/variants.ts, with the same surname only).
 */
export const FAMILIAR_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    "al:alan,albert,alfred alex:alexander,alexandra alf:alfred andy:andrew bart:bartholomew ben:benjamin bert:albert,herbert " +
    "bill:william billy:william bob:robert bobby:robert chris:christopher,christine,christina chuck:charles charlie:charles " +
    "dan:daniel danny:daniel dave:david davey:david dick:richard don:donald doug:douglas ed:edward,edmund eddie:edward " +
    "fred:frederick freddie:frederick freddy:frederick frank:francis gerry:gerald,gerard geoff:geoffrey greg:gregory " +
    "harry:henry jack:john jake:jacob jim:james jimmy:james joe:joseph johnny:john jon:jonathan ken:kenneth kenny:kenneth " +
    "larry:lawrence,laurence len:leonard les:leslie,lester matt:matthew max:maxwell,maximilian mick:michael mickey:michael " +
    "mike:michael nick:nicholas,nicolas nicky:nicholas,nicola pat:patrick,patricia pete:peter phil:philip,phillip ray:raymond " +
    "rick:richard ricky:richard rob:robert robbie:robert ron:ronald ronnie:ronald sam:samuel,samantha sandy:alexander,sandra " +
    "steve:steven,stephen stevie:steven,stephen ted:edward terry:terence tim:timothy tom:thomas tommy:thomas tony:anthony " +
    "vince:vincent walt:walter wally:walter will:william willie:william abby:abigail becky:rebecca beth:elizabeth " +
    "cathy:catherine,cathryn debbie:deborah di:diana jenny:jennifer jo:joanna,josephine kate:katherine,catherine,kathryn " +
    "katie:katherine,catherine kathy:katherine,kathryn liz:elizabeth lizzie:elizabeth maggie:margaret meg:margaret " +
    "mandy:amanda nell:eleanor,helen pam:pamela peggy:margaret sue:susan,suzanne suzy:susan tina:christina vicky:victoria " +
    "viv:vivian,vivienne"
  )
    .split(" ")
    .map((pair): [string, string[]] => {
      const [nick, formal] = pair.split(":");
      return [nick, formal.split(",")];
    }),
);
/** Title words that qualify another title or an office rather than name one: "Deputy", "Foreign" (left to the title that follows). */
export const TITLE_QUALIFIERS = new Set(["vice", "deputy", "foreign", "defence", "defense", "interior", "finance", "first", "state", "opposition", "press", "field", "crown", "former", "acting", "general"]);
/** Words before a role that make it an office's, not a body's: "Shadow Chancellor", "Under Secretary". */
export const OFFICE_QUALIFIERS = new Set(["shadow", "under", "junior", "assistant", "associate", "senior", "joint"]);
/** A legislature's or a government's one-word names, which the tagger often leaves unread mid-sentence: "a first reading in Parliament", "amending it in the Lords". */
export const INSTITUTIONS_ALONE = words("parliament treasury cabinet commons lords congress senate");
/** A firm's nouns in small letters that a firm's name the tagger left unread may follow: "media consultancy Decipher". */
export const FIRM_NOUNS_BEFORE_NAME = words("firm company consultancy retailer developer publisher start-up agency brewer carmaker airline insurer operator chipmaker drugmaker manufacturer housebuilder supermarket");
/** A body's nouns in small letters right before its name, whatever the name's words: "trade body Intellect", "the firm Lifeplus", "the watchdog Ofcom". */
export const NOUNS_BEFORE_A_BODY: ReadonlySet<string> = new Set([...BODY_NOUNS_BEFORE_NAME, ...FIRM_NOUNS_BEFORE_NAME, ...words("body watchdog regulator charity union")]);
/** A firm's or a paper's nouns a town before them is the place of ("a London firm"), unlike a bank's or a party's, which may be named so ("the Halifax bank"). */
export const PLACED_FIRM_NOUNS = new Set(["firm", "company", "newspaper", "daily", "weekly", "consultancy"]);
/** The suffix that makes a person's name an adjective of likeness: "a George Bush-style tax cutting spree", "Thatcher-era". */
export const LIKENESS_SUFFIX = /-(?:style|era|like|type|esque)$/;

/** Personal pronouns that say a person's sex: "Clinton said she would win". */
export const MALE_PRONOUNS = new Set(["he", "him", "his", "himself"]);
export const FEMALE_PRONOUNS = new Set(["she", "her", "hers", "herself"]);

/** Acronyms a body is known by that spell no initials of the name news gives it, lower-cased → that name: "ISIS" and "ISIL" of "Islamic State". */
export const BODIES_BY_OTHER_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ["isis", "islamic state"], ["isil", "islamic state"], ["daesh", "islamic state"],
]);

/** A poll's nouns, which name what is before them as its pollsters: "a CNN/ORC poll", "the YouGov/Economist survey". */
export const POLL_NOUNS = new Set(["poll", "polls", "survey", "surveys"]);
