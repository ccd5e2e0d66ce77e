// Entity stage: names found (recognize: the tagger and the rules around it), folded into one
// entity per real-world referent (link); then, once the sources layer says where quotations'
// sources stand, a second look for people named there that the tagger missed (speakers.ts),
// linked again with them. Adds the names, entities and mentions layers.

import type { Doc } from "../../text/document";
import type { Entity, EntityMention } from "../../text/layers";
import { link } from "./link";
import { recognize } from "./recognize";
import { findSources } from "../quotes/sources";
import { nationalSides } from "./sides";
import { addSpeakerNames } from "./speakers";

/** Adds the names layer: typed name spans. */
export function recognizeNames(doc: Doc): void {
  doc.names = recognize(doc);
}

/**
 * Adds the entities and mentions layers (and mentionAt, token → mention), from the names. A nation's
 * side in a sports report is an organisation beside its country, sharing its mentions (sides.ts).
 */
export function linkEntities(doc: Doc): void {
  const linked = link(doc, doc.names);
  setEntities(doc, [...linked.list, ...nationalSides(doc, linked.list)], linked.mentions);
}

/**
 * The second look: speakers' names the tagger missed join the names, and the entities are linked
 * again (then the sources, which read the mentions, are found again). Most documents need neither.
 */
export function addSpeakers(doc: Doc): void {
  if (!addSpeakerNames(doc, byLastWord(doc.entities))) return;
  linkEntities(doc);
  findSources(doc);
}

/** Sets the entities layer and indexes every mention by its tokens. */
export function setEntities(doc: Doc, list: Entity[], mentions: EntityMention[]): void {
  doc.entities = list;
  doc.mentions = mentions;
  const at = new Array<EntityMention | undefined>(doc.tokens.length);
  for (const m of mentions) for (let k = m.span.first; k < m.span.last; k++) at[k] = m;
  doc.mentionAt = at;
}

/** People and organisations by the lower-cased last word of any of their names ("kortunov", "csto"). */
export function byLastWord(entities: readonly Entity[]): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== "person" && e.type !== "organization") continue;
    for (const n of [e.name, ...e.aliases, ...(e.acronym ? [e.acronym] : [])]) {
      const words = n.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
      if (!words?.length) continue;
      const w = words[words.length - 1].replace(/['’]s$/, "");
      const list = out.get(w);
      if (!list) out.set(w, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }
  return out;
}
