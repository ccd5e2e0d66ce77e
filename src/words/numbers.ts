// Words for reading numbers: number words, scales, currencies and their subunits, units of
// measure, qualifiers ("at least"), labels before a number ("Page 2"), and the words of scores and
// races (a number there is no amount).

import { wordTable, words } from "./sets";

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
/** Qualifiers that make the figure approximate. */
export const APPROXIMATE = new Set(["about", "around", "roughly", "approximately", "some", "nearly", "almost", "an estimated", "estimated", "close to", "more or less"]);
/** Words before "dollars" or "cents" that say whose: "US dollars", "Canadian cents", "euro cents". */
export const CURRENCY_NATIONS = wordTable<string>({
  us: "USD", "u.s.": "USD", american: "USD", canadian: "CAD", australian: "AUD", singapore: "SGD", "hong": "HKD", taiwan: "TWD",
  zimbabwean: "ZWL", euro: "EUR", dollar: "USD",
});
export const ORDINAL_WORDS = new Set("first second third fourth fifth sixth seventh eighth ninth tenth".split(" "));
export const SCALES_AFTER_WORDS = wordTable<number>({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
/** Verbs and nouns of a match result: "beat Enqvist 3-6 …", "lost 1-2", "a 2-3 defeat", "odds of 6-9". */
export const SCORE_VERBS = new Set("beat beats beating beaten won win wins winning lost lose loses losing drew draw draws defeated defeat defeats defeating downed thrashed overcame overcoming edged upset ousted outlasted outlasting trailed trailing trail trails led leading leads lead past odds".split(" "));
export const SCORE_NOUNS = new Set("win wins victory victories defeat defeats loss losses draw draws lead triumph success scoreline thrashing drubbing aggregate".split(" "));
export const RACES = new Set("final finals race races hurdles freestyle relay title record breaststroke backstroke butterfly medley sprint champion champions gold silver bronze heat heats semi-final event indoor outdoor run runner runners season medal medals medallist championship championships specialist steeplechase".split(" "));
export const CHANGES = new Set(
  "from rose rise rises rising fell fall falls falling climbed climb climbs jumped jump jumps dropped drop drops slid slide slides gained gain gains lost lose loses cut cuts raised raise raises lowered increased increase increases decreased decrease decreases grew grow grows shrank up down by".split(" "),
);
export const STREET = new Set("street st. st road rd rd. avenue ave ave. lane boulevard square place drive way close terrace".split(" "));
