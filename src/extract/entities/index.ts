// Entity stage: names found (recognize), folded into entities (link), shaped for the contract.

import type { Doc } from "../../text/document";
import type { Country, Mention, Organization, Person, Place } from "../../types";
import { link } from "./link";
import { recognize } from "./recognize";
import type { Entities, Entity } from "./types";

export type { Entities, Entity, EntityType, NameSpan } from "./types";

export function extractEntities(doc: Doc): Entities {
  return link(doc, recognize(doc));
}

export interface EntitySections {
  people: Person[];
  organizations: Organization[];
  countries: Country[];
  places: Place[];
}

function ordered(list: Entity[]): Entity[] {
  return [...list].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
}

export function entitySections(doc: Doc, entities: Entities): EntitySections {
  const mentions = (e: Entity): Mention[] => e.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) }));
  const base = (e: Entity) => ({ name: e.name, aliases: e.aliases, count: e.mentions.length, mentions: mentions(e) });
  const of = (type: Entity["type"]) => ordered(entities.list.filter((e) => e.type === type));
  return {
    people: of("person").map((e) => ({ ...base(e), description: e.description })),
    organizations: of("organization").map((e) => ({ ...base(e), acronym: e.acronym, description: e.description })),
    countries: of("country").map((e) => ({ ...base(e), code: e.code ?? "" })),
    places: of("place").map((e) => ({ ...base(e), country: e.country })),
  };
}
