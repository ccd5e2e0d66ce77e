// What a number counts, and what befell them: nouns for forces, protesters, the dead and injured,
// people and things; the verbs and cue words of deaths, injuries, arrests, deployments and
// protests; the words of polls, markets and the economy. Lower-case surface forms with their
// inflections spelled out (stems would merge "rating" with "rate" and "officers" with "office").

import { words } from "./sets";

/** Nouns for military, police and security forces. */
export const TROOP_NOUNS = words(
  "troops troop soldiers soldier paratroopers paratrooper peacekeepers peacekeeper servicemen servicemembers servicewomen " +
  "marines sailors airmen personnel forces force officers police policemen policewomen gendarmes guards guardsmen " +
  "militia militiamen reservists conscripts contingent contingents battalion battalions brigade brigades regiment regiments " +
  "commandos rangers fighters mercenaries army cops garrison",
);
export const PROTESTER_NOUNS = words("protesters protestors demonstrators marchers rioters strikers activists");
/** Nouns that are themselves the count of dead, injured, arrested. */
export const DEATH_NOUNS = words("dead deaths death fatalities fatality bodies corpses toll");
export const INJURY_NOUNS = words("injured wounded injuries wounds casualties");
export const ARREST_NOUNS = words("arrests arrest detainees detentions detention prisoners custody");
/** Nouns for people the endings ("-ers", "-ists", "-ians", "-ees", "-ants", "-ents", "-men") do not catch. */
export const PEOPLE_NOUNS = words(
  "kids babies infants girls boys schoolchildren pupils fans victims hostages captives suspects crew crews staff nationals locals " +
  "expatriates expats foreigners tourists pilgrims nuns monks priests clerics imams doctors nurses guests relatives cousins friends " +
  "families couples siblings sons daughters husbands wives mothers fathers twins inmates rebels insurgents militants gunmen " +
  "survivors lives souls elderly youngsters teens patients colleagues comrades heirs orphans widows jihadists islamists " +
  "muslims christians jews hindus sikhs buddhists sunnis shias shiites kurds arabs africans asians europeans whites blacks " +
  "candidates ministers mps peers judges lawyers bishops cardinals delegates envoys diplomats spies agents guys folks " +
  "officials individuals criminals professionals rivals generals radicals intellectuals executives bosses chiefs athletes pilots " +
  "chefs thieves celebrities lords ladies kings queens princes princesses graduates undergraduates apprentices trainees recruits " +
  "cadets scouts seekers asylum-seekers homeowners householders taxpayers voters people persons",
);
/** Plural nouns of things whose endings look like people's ("computers", "sectors", "events"): a figure counting them is a count. */
export const NOT_PEOPLE = words(
  "computers containers papers newspapers orders numbers letters matters towers layers chapters markers printers powers waters barriers centers " +
  "filters borders quarters headquarters helicopters tankers carriers trailers transfers offers answers shelters servers covers " +
  "chambers characters clusters disasters flowers rivers corners registers stickers vouchers waivers wonders parameters meters " +
  "doors floors sectors factors motors monitors reactors errors colors tractors corridors mirrors processors indicators vectors " +
  "elevators generators detectors sensors simulators radiators events accidents incidents patents cents contents talents currents " +
  "components ingredients nutrients plants grants restaurants variants implants pants elephants fees trees degrees committees " +
  "specimen percents rents tents vents",
);
/** Words before "bodies" that still mean the dead: "charred bodies", "dozens of dead bodies". */
export const BODY_ADJECTIVES = words("dead charred burned burnt mutilated decomposed decomposing unidentified headless decapitated bloodied lifeless");
/** Words of a jobs report: an article that speaks of them twice or more is one. */
export const JOB_CUES = words("jobs payrolls payroll employment unemployment jobless hiring layoffs redundancies");
/** Verbs that take jobs as their object in a jobs report: "the economy added 155,000". */
export const JOB_VERBS = words("added add adds adding created create creates creating cut cuts cutting shed sheds shedding lost gained gain gains hired hire hires axed axe");
/** Displaced people, as GDELT counts them: refugees, the evacuated, those made homeless or forced to flee. */
export const DISPLACED_CUES = words(
  "displaced evacuated evacuate evacuating evacuation homeless fled flee fleeing evicted relocated resettled uprooted refugees refugee evacuees",
);
/** Nouns that are themselves the count of the displaced: "2,000 refugees", "300 evacuees". */
export const DISPLACED_NOUNS = words("refugees refugee evacuees evacuee displaced homeless");
/** What befell people that is none of the contract's categories: abducted, missing, rescued people are a count. */
export const FATE_CUES = words("abducted abduct abducting kidnapped kidnap kidnapping missing rescued rescue freed stranded trapped unaccounted");
/** Verbs and adjectives that say what happened to the people counted. */
export const DEATH_CUES = words("killed kill kills killing died die dies dying dead perished massacred executed murdered slain drowned death deaths toll fatalities bodies");
export const INJURY_CUES = words("injured injuring injure injures wounded wounding wounds hurt hospitalized hospitalised hospital treated trampled beaten injuries casualties condition");
export const ARREST_CUES = words("arrested arrest arresting arrests detained detain detaining detention detentions jailed imprisoned custody apprehended detainees");
export const TROOP_CUES = words("deployed deploy deploying deployment sent send sending dispatched dispatch stationed mobilised mobilized massed posted");
export const PROTEST_CUES = words("protested protest protests protesting marched marching rallied demonstrated demonstration demonstrations");
/** Verbs of a life event that give an age in "died at 50", "retired at 65". */
export const LIFE_EVENTS = words("died dies die dead retired retires retire retiring married marries marry wed widowed");
/** Verbs that take the victims as object ("killed 22"): the subject before them is the agent. */
export const TRANSITIVE_CUES = words("killed kill kills killing wounded wounding injured injuring arrested arresting detained detaining deployed deploying sent sending executed murdered");
/** Auxiliaries and fillers between a subject and its participle ("were", "have been", "reportedly"). */
export const PARTICIPLE_FILLERS = words("was were is are be been being has have had got get also reportedly later all both who that which either allegedly now still");
/** Words that make a percentage or points a poll result. */
export const POLL_CUES = words(
  "poll polls polling pollster pollsters survey surveys surveyed questioned interviewed respondents voters electorate approval approve approves disapprove rating ratings " +
  "ballot ballots turnout undecided referendum favorability favourability favorable favourable unfavorable unfavourable vote votes voted primary caucus",
);
/** Words tying a points figure to a race: "a 5-point lead", "ahead by 2 points". */
export const LEAD_CUES = words("lead leads leading led edge ahead behind trail trails trailing margin advantage beat won win wins defeated");
/** Words of markets and the economy: percentages there are not poll results. */
export const ECONOMY_CUES = words(
  "index indices shares stock stocks market markets price prices inflation rate rates yield yields economy growth gdp earnings profit profits revenue sales " +
  "dow nasdaq ftse nikkei dax cac hang seng benchmark bond bonds dollar pound euro yen oil crude gold interest unemployment wages",
);
/** Stock indexes: a bare number in their sentence is an index level ("closed at 18,310"), category other. */
export const INDEX_CUES = words("index indices indexes dow nasdaq ftse nikkei dax cac hang seng kospi sensex nifty stoxx topix asx tsx ibex mib composite");
/** People who answer polls, for "41 percent of independents say …". */
export const OPINION_VERBS = words("say says said support supports back backs backed favor favors favour favours oppose opposes approve approves think believe want prefer trust view disapprove");
/** Words that end a subject noun phrase even when the lexicon does not list them as verbs. */
export const SUBJECT_STOPS = words(
  "killed dead died wounded injured hurt arrested detained missing displaced said says told were was are is have has had will would could should can may might " +
  "who that which whom whose when where while after before since during as than per each apiece a an the to from in on at by with for into onto over under about " +
  "already just only even then here there rather instead too also again ever never soon once still " +
  "near nearby outside inside across against behind beyond amid following including via versus away apart long high wide deep tall old " +
  "and or but nor yet so up down ago earlier later today yesterday tomorrow respectively alone",
);
/** Participles that stand before a noun as adjectives ("registered voters", "armed men"); others end a subject ("2,000 used tear gas"). */
export const PARTICIPLE_ADJECTIVES = words(
  "registered armed wounded injured trained qualified skilled elected detained displaced unemployed retired organised organized licensed " +
  "enlisted uniformed masked suspected alleged confirmed reported estimated named unnamed unidentified affected infected vaccinated insured " +
  "remaining working voting fighting serving ruling existing striking marching missing leading ageing aging",
);
/** Nouns the lexicon lists as verbs that are common heads of counted noun phrases. */
export const NOUNS_TOO = words(
  "lead rate rates shares share votes vote jobs job seats seat points cases deaths lives troops forces police bodies arrests arrest " +
  "protests rounds visits calls homes results sales flights orders tests reports claims attacks strikes raids bombs shells " +
  "rockets missiles drones boats ships tanks planes aircraft vehicles trucks cars buildings houses schools hospitals " +
  "members workers staff employees people men women children civilians residents refugees migrants hostages prisoners " +
  "delegates officials signatures ballots edge margin advantage",
);
/** Generic nouns for people: the figure's category comes from the words around them. */
export const PERSON_NOUNS = new Set(
  "people persons person others men women children civilians residents villagers students workers passengers individuals adults youths teenagers victims pilgrims migrants refugees americans britons citizens".split(" "),
);
/** Collective nouns before "of": "a force of 2,000", "a crowd of 10,000". */
export const COLLECTIVES = new Set("force forces contingent battalion brigade army crowd crowds group groups delegation garrison toll contingents".split(" "));
/** Words before "over" + a span of time that make it "more than" ("for over 40 years"); elsewhere it means "during". */
export const OVER_A_LENGTH = new Set("for in of after than since within little just well almost nearly wait waits waited waiting span spans spanned spanning take takes took taken taking last lasts lasted lasting spend spends spent spending serve serves served serving is are was were be been being".split(" "));
export const NUMBERING = new Set("numbering totalling totaling totalled totaled".split(" "));
/** Groups of people a poll reports on: "41 percent of independents". */
export const POLL_GROUPS = new Set("voters respondents adults independents democrats republicans conservatives liberals moderates americans britons supporters members parents women men people residents citizens likely".split(" "));
export const RATINGS = new Set("rating ratings approval favourability favorability favourable favorable unfavourable unfavorable".split(" "));
/** Nouns a percentage or points figure can count directly: "a 5-point lead", "a 60% chance". */
export const POINT_NOUNS = new Set("lead edge margin advantage gap swing majority chance probability rise fall drop increase decline gain cut jump stake share discount turnout approval rating".split(" "));
export const CONDITIONS = new Set("critical serious stable grave satisfactory fair poor life-threatening".split(" "));
/** Plurals that modify a noun after them: "sports utility vehicles", "arms deals", "savings accounts". */
export const PLURAL_MODIFIERS = new Set("sports arms savings sales news customs goods securities services earnings communications electronics economics".split(" "));
/** Plural nouns without an -s. */
export const PLURALS = new Set("people men women children police personnel staff cattle clergy".split(" "));
// Verbs of military deployment: what they move in bare numbers are forces ("Russia deployed 3,000
// to the border"), unlike "sent", which moves money and mail as often as people.
export const DEPLOYED = new Set("deployed deploy deploys deploying stationed stationing mobilised mobilized mobilising mobilizing massed massing garrisoned".split(" "));
/** Verbs that report rather than tell what happened: ", police said," does not open a clause of its own. */
export const REPORTING = new Set("said says say told tells added adds reported reports according claimed claims believed thought".split(" "));
export const COUNT_MODIFIERS = new Set("more other additional further extra new fresh".split(" "));
