// Entity stage: names found (recognize: the tagger and the rules around it), then folded into one
// entity per real-world referent (link), as the document's names, entities and mentions layers.

import type { Doc } from "../../text/document";
import type { Entity, EntityMention } from "../../text/layers";
import { link } from "./link";
import { recognize } from "./recognize";

/** Adds the names layer: typed name spans. */
export function recognizeNames(doc: Doc): void {
  doc.names = recognize(doc);
}

/** Adds the entities and mentions layers (and mentionAt, token → mention), from the names. */
export function linkEntities(doc: Doc): void {
  const { list, mentions } = link(doc, doc.names);
  setEntities(doc, list, mentions);
}

/** Sets the entities layer and indexes every mention by its tokens. */
export function setEntities(doc: Doc, list: Entity[], mentions: EntityMention[]): void {
  doc.entities = list;
  doc.mentions = mentions;
  const at = new Array<EntityMention | undefined>(doc.tokens.length);
  for (const m of mentions) for (let k = m.span.first; k < m.span.last; k++) at[k] = m;
  doc.mentionAt = at;
}
