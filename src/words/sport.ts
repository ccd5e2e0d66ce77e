// Sport: the words around a match's result, and clubs' short names and nicknames, which name the
// club they stand for ("the Gunners" is Arsenal, "City" Manchester City where the article names it).

import { words } from "./sets";

/** Verbs of a match's result after a team's name: "Munster beat Leinster", "Wigan face Leeds". */
export const RESULT_VERBS = words("beat beats lost lose loses won win wins drew draw draws face faces faced host hosts hosted trail trails edged thrashed");
/** Verbs in the plural after a town's name, which a team takes in British English and a town does not: "Coventry are", "Leeds have". */
export const TEAM_PLURAL_VERBS = words("are were have");
/** A fixture's "v" between two sides: "Worcester v Sale", "France vs. Wales". */
export const VERSUS = /^(?:v|vs)\.?$/i;
/** Words before a team's name in a match's result: "lost to Bath", "the win over Newcastle", "Colchester v Hereford". */
export const RESULT_BEFORE = words("against over v vs beat beating beaten");
/** Words before "for" and a club, a town's name being its team there: "a former player for Marseille", "played for Leeds", "signed for Hearts". */
export const PLAYED_FOR = words("player players played playing plays play signed signing striker midfielder defender goalkeeper keeper winger forward captain scored scoring appearances");

/** Words after a nation's name that make it its side: "Wales beat Italy", "This England team", "England's squad". */
export const SIDE_AFTER = new Set([...RESULT_VERBS, ...words("play plays played meet meets defeated trounced team side squad xv pack line-up game match clash")]);
/** Nouns after a nation's possessive that make it its side: "England's squad", "England's game against Holland", "Ireland's win over Italy". */
export const SIDE_AFTER_POSSESSIVE = words("team side squad pack midfield line-up game match clash win victory defeat");
/** A side's players and staff named by their role after the nation: "France captain Fabien Pelous", "Ireland lock Paul O'Connell", "a former Scotland international". */
export const SIDE_ROLES = words(
  "captain skipper coach manager boss selector selectors international internationals duo pair trio cap caps debut " +
    "lock prop hooker flanker centre winger wing fly-half scrum-half full-back striker midfielder defender goalkeeper keeper forward",
);
/** A sport's words between a nation and a role: "Great Britain rugby league captain", "the England cricket coach". */
export const SPORT_NOUNS = words("rugby football cricket hockey tennis netball league union");
/** Words before a nation's name that make it a side: "against Wales", "to play England". */
export const SIDE_BEFORE = new Set([...RESULT_BEFORE, ...words("play playing played face facing faced host hosting meet meeting trounced defeated")]);
/** Words after a name that make it a side once the report has sides playing: "Italy hit back", "Italy twice turned", "Wales have", "Wales against England". */
export const SIDE_AFTER_IN_MATCH = words("are were have had has will could would can scored score scores led lead leads trailed hit twice never also rallied against");
/** A word and the preposition after it before a side's name: "lost to Ireland", "the defeat by Wales", "clash with England", "play for England". */
export const SIDE_BEFORE_PAIRS = new Map<string, ReadonlySet<string>>([
  ["to", words("lost loss lose loses losing defeat defeats")],
  ["by", words("beaten defeat defeated trounced thrashed won")],
  ["with", words("clash clashes draw drew meeting game match")],
  ["for", words("play plays played playing capped caps appearance appearances debut")],
]);

/** A competition's groups, named by a letter: "Group D", "Pool C" (no organisation). */
export const COMPETITION_GROUPS = words("group pool");
/** A competition group's letter or number after its noun: "Group D", "Group Four", "Pool 2". */
export const GROUP_MARK = /^(?:[A-H]\.?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|\d)$/;
/** Club words that close an athletics club's name on a team sheet: "Harrow AC", "Newham and Essex Beagles", "Aldershot, Farnham and District". */
export const CLUB_CLOSERS = new Set(["ac", "aac", "harriers", "beagles", "striders", "district", "ladies"]);
/** Words that join the words of one club's name: "Windsor, Slough, Eton and Hounslow AC", "Woodford Green with Essex Ladies", "City of Plymouth AC". */
export const CLUB_JOINTS = new Set([",", "and", "&", "with", "of"]);
/** An age group's side after a nation's name: "Wales Under-21", "Iceland U21". */
export const AGE_SIDE = /^(?:Under-?|U)\d\d$/;
/** What may follow a nation's "A" side, no noun the "A" is an article of: "England A against France A", "the England A side", "Scotland A lost". */
export const SIDE_AFTER_A = /^(?:[,.;:)]|against|v|vs|in|at|on|side|team|squad|coach|captain|skipper|win|victory|defeat|and|beat|lost|won|drew|have|are|were|will)$/;

/** Last words of clubs' names that stand alone for the club: "City" for Manchester City, "Rovers" for Blackburn Rovers. */
export const TEAM_SUFFIXES = words("united city rovers athletic wanderers albion county town hotspur rangers villa forest argyle alexandra orient");

/** The last words of TEAM_SUFFIXES that end no town's or place's name: "Manchester United" is a club wherever it stands. */
export const CLUB_ONLY_SUFFIXES = words("united rovers athletic wanderers albion hotspur alexandra argyle");

/** What ends a club's name as a form of it, not part of it: "Liverpool Football Club", "Chelsea FC". */
export const CLUB_FORMS = /\s+(?:football\s+club|f\.?c\.?|a\.?f\.?c\.?|rugby\s+club|r\.?f\.?c\.?)$/i;

/**
 * Clubs' nicknames, each with the forms of the club's name an article may use (British football
 * and rugby, as the news writes them). A nickname names its club only where the article names it.
 */
const NICKNAMES: ReadonlyArray<readonly [string, string]> = [
  ["gunners", "arsenal"],
  ["villans", "aston villa|villa"],
  ["blues", "chelsea|birmingham city|birmingham|everton|cardiff|cardiff city|ipswich town|ipswich"],
  ["trotters", "bolton wanderers|bolton"],
  ["addicks", "charlton athletic|charlton"],
  ["eagles", "crystal palace|palace"],
  ["toffees", "everton"],
  ["cottagers", "fulham"],
  ["reds", "liverpool|manchester united|man utd|nottingham forest|bristol city|aberdeen|barnsley|crewe alexandra|crewe"],
  ["red devils", "manchester united|man utd"],
  ["citizens", "manchester city|man city"],
  ["boro", "middlesbrough"],
  ["magpies", "newcastle united|newcastle|notts county"],
  ["toon", "newcastle united|newcastle"],
  ["canaries", "norwich city|norwich"],
  ["pompey", "portsmouth"],
  ["saints", "southampton|st mirren|st johnstone|northampton saints|northampton|st helens"],
  ["spurs", "tottenham hotspur|tottenham"],
  ["baggies", "west bromwich albion|west brom"],
  ["hammers", "west ham united|west ham"],
  ["irons", "west ham united|west ham"],
  ["whites", "leeds united|leeds|fulham"],
  ["foxes", "leicester city|leicester"],
  ["wolves", "wolverhampton wanderers|wolverhampton"],
  ["black cats", "sunderland"],
  ["blades", "sheffield united"],
  ["owls", "sheffield wednesday"],
  ["rams", "derby county|derby"],
  ["tractor boys", "ipswich town|ipswich"],
  ["potters", "stoke city|stoke"],
  ["hornets", "watford"],
  ["royals", "reading"],
  ["clarets", "burnley"],
  ["latics", "wigan athletic|wigan|oldham athletic|oldham"],
  ["sky blues", "coventry city|coventry|manchester city"],
  ["bluebirds", "cardiff city|cardiff"],
  ["swans", "swansea city|swansea"],
  ["seagulls", "brighton|brighton & hove albion|brighton and hove albion"],
  ["robins", "bristol city"],
  ["pilgrims", "plymouth argyle|plymouth"],
  ["hoops", "celtic|queens park rangers|qpr"],
  ["bhoys", "celtic"],
  ["gers", "rangers"],
  ["light blues", "rangers"],
  ["jambos", "hearts|heart of midlothian"],
  ["hibees", "hibernian|hibs"],
  ["dons", "aberdeen|wimbledon|mk dons"],
  ["tigers", "leicester tigers|leicester|hull city|hull"],
  ["cherry and whites", "gloucester"],
  ["sharks", "sale sharks|sale"],
  ["quins", "harlequins"],
  ["exiles", "london irish"],
  ["rhinos", "leeds rhinos|leeds"],
  ["bulls", "bradford bulls|bradford"],
  ["warriors", "wigan warriors|wigan|worcester warriors|worcester"],
  ["falcons", "newcastle falcons|newcastle"],
  ["tykes", "leeds tykes|leeds"],
  ["scarlets", "llanelli scarlets|llanelli"],
  ["shoguns", "bristol shoguns|bristol"],
];
const CLUB_BY_NICKNAME: ReadonlyMap<string, readonly string[]> = new Map(NICKNAMES.map(([nick, clubs]) => [nick, clubs.split("|")]));

/** The forms of the clubs a lower-cased nickname may stand for, or undefined: "gunners" → ["arsenal"]. */
export const clubsNicknamed = (name: string): readonly string[] | undefined => CLUB_BY_NICKNAME.get(name.replace(/^the\s+/, ""));

/** Clubs' names as headlines and results shorten them, with the full name: "Man Utd" is Manchester United. */
export const CLUB_SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ["man utd", "manchester united"],
  ["man united", "manchester united"],
  ["man city", "manchester city"],
  ["sheff utd", "sheffield united"],
  ["sheff wed", "sheffield wednesday"],
  ["nottm forest", "nottingham forest"],
  ["west brom", "west bromwich albion"],
  ["wolves", "wolverhampton wanderers"],
  ["spurs", "tottenham hotspur"],
  ["qpr", "queens park rangers"],
  ["psv", "psv eindhoven"],
]);

/** What an athlete won at an event, after the event's name: "Wimbledon champion", "the Commonwealth and European silver medallist". */
export const EVENT_HONOURS = words("champion champions medallist medallists medalist medalists");
/** Adjectives of events before an honour, which name no event of their own: "Olympic champion", "world champion". */
export const EVENT_ADJECTIVES = words("olympic paralympic world");
/** A medal's metal before the honour: "silver medallist". */
export const MEDALS = words("gold silver bronze");
/** Head words of a tournament's name in a sports report (elsewhere an organisation's): "the Sydney International", "Dubai Desert Classic". */
export const TOURNAMENT_HEADS = words("international classic invitational");

/**
 * Clubs named by more than one word, which name the club wherever they stand (British football,
 * rugby union and league, and the European clubs British news reports on).
 */
export const CLUB_NAMES = new Set(
  (
    "man utd|man united|man city|aston villa|birmingham city|blackburn rovers|bolton wanderers|charlton athletic|crystal palace|manchester city|manchester united|" +
    "newcastle united|norwich city|tottenham hotspur|west bromwich albion|west brom|brighton & hove albion|brighton and hove albion|" +
    "cardiff city|coventry city|crewe alexandra|derby county|ipswich town|leeds united|leicester city|nottingham forest|" +
    "plymouth argyle|preston north end|queens park rangers|rotherham united|sheffield united|sheffield wednesday|stoke city|" +
    "west ham|west ham united|wigan athletic|wolverhampton wanderers|bristol city|bristol rovers|hull city|luton town|swansea city|" +
    "doncaster rovers|bradford city|huddersfield town|tranmere rovers|port vale|oldham athletic|stockport county|colchester united|" +
    "hartlepool united|torquay united|mk dons|milton keynes dons|wycombe wanderers|oxford united|cambridge united|southend united|" +
    "scunthorpe united|notts county|yeovil town|swindon town|peterborough united|carlisle united|grimsby town|lincoln city|" +
    "macclesfield town|mansfield town|northampton town|shrewsbury town|kidderminster harriers|boston united|cheltenham town|" +
    "leyton orient|chester city|exeter city|halifax town|accrington stanley|aldershot town|stevenage borough|" +
    "heart of midlothian|dundee united|dunfermline athletic|inverness caledonian thistle|inverness ct|st mirren|st johnstone|" +
    "partick thistle|raith rovers|queen of the south|ross county|glasgow rangers|glasgow celtic|" +
    "real madrid|atletico madrid|fc barcelona|deportivo la coruna|real betis|real sociedad|athletic bilbao|real zaragoza|" +
    "real mallorca|celta vigo|inter milan|ac milan|as roma|bayern munich|borussia dortmund|werder bremen|bayer leverkusen|" +
    "hamburg sv|vfb stuttgart|hertha berlin|schalke 04|psv eindhoven|az alkmaar|fc porto|sporting lisbon|olympique lyonnais|" +
    "olympique marseille|paris st germain|paris saint-germain|as monaco|club brugge|dynamo kiev|dinamo kiev|shakhtar donetsk|" +
    "spartak moscow|cska moscow|lokomotiv moscow|fc copenhagen|red star belgrade|partizan belgrade|steaua bucharest|dinamo bucharest|" +
    "rapid vienna|leicester tigers|london wasps|sale sharks|northampton saints|leeds tykes|newcastle falcons|worcester warriors|" +
    "london irish|bristol shoguns|llanelli scarlets|neath-swansea ospreys|cardiff blues|newport gwent dragons|border reivers|" +
    "stade francais|stade français|stade toulousain|biarritz olympique|leeds rhinos|bradford bulls|wigan warriors|warrington wolves|hull fc|castleford tigers|wakefield trinity|" +
    "salford city reds|widnes vikings|huddersfield giants|london broncos|" +
    // (and national sides by their nicknames)
    "all blacks|les bleus"
  ).split("|"),
);
/** Towns a club the lists know is named after: "leeds" of "Leeds United", "sale" of "Sale Sharks". */
export const CLUB_TOWNS: ReadonlySet<string> = new Set([...CLUB_NAMES].map((c) => c.replace(/ \S+$/, "")));
/** Sportsmen of sports not played for a town's club, after the town they come from: "the Middlesbrough athlete", "the Doncaster boxer". */
export const ATHLETE_NOUNS = words("athlete runner sprinter jumper hurdler boxer golfer cyclist swimmer rower jockey skier thrower decathlete heptathlete");
/** Clubs named by one word that names nothing else a sports report speaks of: "Chelsea", "Everton", "Juventus" (not a town's name, "Leeds"). */
export const CLUBS_ALONE = words(
  "arsenal chelsea everton fulham tottenham millwall celtic rangers hearts hibernian hibs juventus lazio fiorentina sampdoria udinese " +
    "internazionale ajax feyenoord benfica galatasaray fenerbahce besiktas anderlecht olympiakos panathinaikos rosenborg brondby " +
    "deportivo espanyol osasuna schalke wasps saracens harlequins ospreys " +
    // (and national sides by their nicknames: "the Azzurri", "the Wallabies")
    "wallabies springboks azzurri pumas socceroos",
);
/** Tennis majors known by their ground's name alone, events in a report on tennis: "won Wimbledon", "criticised Wimbledon". */
export const TENNIS_MAJORS = words("wimbledon");
/** Words that say a report is on tennis. */
export const TENNIS_WORDS = words("tennis atp wta slam seed seeded");

/** A championships' short forms in a sports report, with the first words of its full name: "the Europeans" (European Championships), "the European Indoors". */
export const CHAMPIONSHIP_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ["europeans", "european"], ["worlds", "world"], ["commonwealths", "commonwealth"],
  ["european indoors", "european indoor"], ["world indoors", "world indoor"],
]);
