// Currencies by the names written after an amount, for every ISO 4217 currency a country uses:
// generated from world-countries by scripts/currencies.mjs into models/currencies.json, which the
// build bundles (nothing is read at run time). The hand-written CURRENCY_WORDS in numbers.ts keep
// the defaults news assumes for shared names ("dollars" = USD, "francs" = CHF, "rupees" = INR).
import data from "../../models/currencies.json";

const table = <T>(o: Record<string, T>): Record<string, T> => Object.assign(Object.create(null), o);

/** "swiss francs", "south african rand", "yen", "rupiah" … → the ISO 4217 code (names of one currency only). */
export const CURRENCY_NAMES: Record<string, string> = table(data.names as Record<string, string>);
/** A name several currencies share ("franc", "rupee", "peso") → their codes. */
export const SHARED_CURRENCY_NAMES: Record<string, string[]> = table(data.heads as Record<string, string[]>);
/** ISO 3166-1 alpha-2 → the currencies the country uses. */
export const COUNTRY_CURRENCIES: Record<string, string[]> = table(data.countries as Record<string, string[]>);
/** The first words of the names: most words after a number open none, and are passed over at once. */
export const CURRENCY_FIRST_WORDS: Set<string> = new Set(Object.keys(CURRENCY_NAMES).map((n) => n.split(" ")[0]));
/** Longest currency name, in words: "central african cfa francs". */
export const CURRENCY_NAME_WORDS = 4;
