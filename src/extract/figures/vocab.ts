// Word lists for reading figures: number words, scales, currencies and units, and the cue words
// that tell what a number counts. General news vocabulary, lower-case surface forms with their
// inflections spelled out (stems would merge "rating" with "rate" and "officers" with "office").

import { wordTable } from "../../text/lexicon";
import { words } from "../../text/wordlists";

export const UNITS = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
export const TENS = wordTable<number>({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
/** Scale words that follow a number ("1.2 billion", "two million"). */
export const SCALE_WORDS = wordTable<number>({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // abbreviations written apart ("$1.2 bn", "£3 mln")
  bn: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12,
  // South Asian scales ("Rs 500 crore")
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});
/** Suffixes glued to digits ("4.5m", "$40bn", "3tn", "10k"). */
export const SCALE_SUFFIXES = wordTable<number>({ m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12, trn: 1e12 });
/** Vague amounts: "dozens", "hundreds of", "tens of thousands", "scores of". */
export const VAGUE = words("dozens hundreds thousands millions billions scores tens");

export const CURRENCY_SYMBOLS = wordTable<string>({ $: "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₹": "INR", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₦": "NGN" });
/** Letters before "$": "US$", "A$", "C$", "HK$", "NZ$", "S$". */
export const DOLLAR_PREFIXES = wordTable<string>({ us: "USD", a: "AUD", au: "AUD", c: "CAD", ca: "CAD", hk: "HKD", nz: "NZD", s: "SGD", nt: "TWD", t: "TWD", r: "BRL", z: "ZWL" });
/** Currency codes and abbreviations written before the amount ("USD 5m", "Rs 500"). */
export const CURRENCY_CODES = wordTable<string>({
  usd: "USD", eur: "EUR", gbp: "GBP", jpy: "JPY", cny: "CNY", rmb: "CNY", chf: "CHF", rub: "RUB", inr: "INR",
  rs: "INR", "rs.": "INR", kzt: "KZT", uah: "UAH", aud: "AUD", cad: "CAD", hkd: "HKD",
});
/** Currency names after the amount ("1.3 trillion yen", "40 million lari"). */
export const CURRENCY_WORDS = wordTable<string>({
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP", sterling: "GBP",
  yen: "JPY", yuan: "CNY", renminbi: "CNY", rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB",
  rupee: "INR", rupees: "INR", franc: "CHF", francs: "CHF", tenge: "KZT", hryvnia: "UAH", hryvnias: "UAH",
  lari: "GEL", lira: "TRY", liras: "TRY", peso: "MXN", pesos: "MXN", rand: "ZAR", naira: "NGN", shekel: "ILS",
  shekels: "ILS", riyal: "SAR", riyals: "SAR", dirham: "AED", dirhams: "AED", krona: "SEK", kronor: "SEK",
  krone: "NOK", kroner: "NOK", zloty: "PLN", forint: "HUF", ringgit: "MYR", baht: "THB", dinar: "DZD", dinars: "DZD",
  rupiah: "IDR", real: "BRL", reais: "BRL",
});
/** Hundredths: "8 cents" is 0.08 USD, "151p" is 1.51 GBP. */
export const SUBUNITS = wordTable<string>({ cent: "USD", cents: "USD", pence: "GBP", p: "GBP", kopecks: "RUB" });
/** Units of measure after a number ("60 kilometres", "a 40-mile"): category other. */
export const MEASURES = wordTable<string>({
  km: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km", mile: "miles", miles: "miles",
  metre: "m", metres: "m", meter: "m", meters: "m", feet: "ft", foot: "ft", ft: "ft", inch: "in", inches: "in",
  cm: "cm", mm: "mm", kg: "kg", kilogram: "kg", kilograms: "kg", kilos: "kg", gram: "g", grams: "g", tonne: "t", tonnes: "t",
  ton: "t", tons: "t", lb: "lb", lbs: "lb", ounce: "oz", ounces: "oz", oz: "oz", acre: "acres", acres: "acres",
  hectare: "ha", hectares: "ha", sq: "sq", square: "sq", litre: "l", litres: "l", liter: "l", liters: "l", gallon: "gal", gallons: "gal",
  mph: "mph", kph: "km/h", degree: "°", degrees: "°", celsius: "°C", fahrenheit: "°F", megawatts: "MW", mw: "MW", gw: "GW", gigawatts: "GW",
});
/** Words for a span of time: "three months", "a 30-year dictatorship". */
export const TIME_UNITS = words("second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years decade decades century centuries");
export { MONTHS, WEEKDAYS } from "../../text/wordlists";
/** Words after which a number is a label, not an amount ("Page 2", "Article 5", "No. 10"). */
export const LABELS = words(
  "page pages photo photos image picture slide chapter section article clause paragraph vol volume no no. nos number room flight route gate platform channel episode season part level grade tier phase stage category class version model item exhibit table figure division district ward highway interstate",
);
/** Fraction words after a hyphen ("two-thirds"): not whole numbers we read. */
export const FRACTIONS = words("half halves third thirds quarter quarters fifth fifths sixth sixths eighth eighths tenth tenths");

export const QUALIFIERS = [
  "at least", "at most", "more than", "less than", "fewer than", "up to", "as many as", "as much as", "as few as", "as little as",
  "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "under", "just over", "just under",
  "well over", "well above", "above", "below", "an estimated", "estimated", "close to", "no fewer than", "no more than",
  "no less than", "upwards of", "in excess of", "plus or minus", "more or less",
].map((q) => q.split(" ")).sort((a, b) => b.length - a.length);
/** The bound a qualifier sets, as a sign for tables ("at least 12" → "≥12"); the approximate ones show "~". */
export const QUALIFIER_SIGNS: Record<string, string> = wordTable({
  "at least": "≥", "no fewer than": "≥", "no less than": "≥", "more than": ">", "over": ">", "well over": ">", "well above": ">", "above": ">",
  "upwards of": ">", "in excess of": ">", "just over": ">", "at most": "≤", "up to": "≤", "as many as": "≤", "as much as": "≤",
  "no more than": "≤", "fewer than": "<", "less than": "<", "under": "<", "below": "<", "just under": "<",
});
/** Qualifiers that make the figure approximate. */
export const APPROXIMATE = new Set(["about", "around", "roughly", "approximately", "some", "nearly", "almost", "an estimated", "estimated", "close to", "more or less"]);

// ---- what a number counts ---------------------------------------------------------------------

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
/** What befell people that is none of the contract's categories: displaced, abducted, missing, rescued people are a count. */
export const FATE_CUES = words(
  "displaced evacuated evacuate evacuating abducted abduct abducting kidnapped kidnap kidnapping missing rescued rescue freed " +
  "stranded trapped homeless fled flee fleeing evicted relocated resettled unaccounted uprooted",
);

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
export const AUXILIARIES = words("was were is are be been being has have had got get also reportedly later all both who that which either allegedly now still");

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
