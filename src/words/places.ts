// Places by what they are rather than by a list of cities: the nations of the United Kingdom (a
// place in GB with its ISO 3166-2 region), continents (in no one country), and compass regions
// ("the South West"), which lie in the country the article is about.

import { words } from "./sets";

/** The UK's nations: places in GB, each with its ISO 3166-2 code. */
export const UK_NATIONS: ReadonlyMap<string, string> = new Map([["england", "GB-ENG"], ["scotland", "GB-SCT"], ["wales", "GB-WLS"], ["northern ireland", "GB-NIR"]]);
/** Continents and regions across countries: never a small namesake town ("Asia" is no town in the Philippines). */
export const CONTINENTS = words("africa asia europe antarctica oceania australasia americas eurasia scandinavia balkans caribbean arctic");
/** Words that, with a compass word or alone, name a part of the world across countries: "North America", "Middle East", "Latin America", "the Atlantic", "Northern Hemisphere". */
export const WORLD_PARTS = words("america atlantic pacific mediterranean ocean hemisphere latin middle far sub-saharan asia-pacific gulf");
/** Words of a compass region: "South West", "the North", "East Midlands". */
export const COMPASS = words("north south east west northern southern eastern western central north-east north-west south-east south-west northeast northwest southeast southwest midlands");
/** A region's kind written after its name: "Sichuan Province", "Kandahar province", "Orange County" lie where the name does. */
export const REGION_HEADS = words("province region state county district prefecture oblast governorate department");
/** What a place is, written after a place's name: "Guantanamo Bay", "Kabul airport" lie where the name does. */
export const PLACE_HEADS = words("bay airport valley river lake island islands harbour port");
/** Places that name a film industry, never a work: "Hollywood actress", "a remake of Hollywood classic King Kong". */
export const FILM_INDUSTRIES = words("hollywood bollywood nollywood");
