// How a relation table says that a relation is not stated as fact. A word in
// front of the event, inside the Relation cell, rather than a column of its own:
// narrow screens hide trailing columns, and the word must never be hidden from
// the claim it qualifies ("Iran | denied: provide aid | Hamas" reads as what the
// article says). Asserted relations carry no word, as the site's badges do.
import type { PhrasingContent } from 'mdast';
import type { Modality } from '../model/index.ts';
import { emphasis, text } from './markdown.ts';

/** `_denied:_ ` before a relation's event; nothing for asserted. */
export function modalityPrefix(modality: Modality): PhrasingContent[] {
  return modality === 'asserted' ? [] : [emphasis(text(`${modality}:`)), text(' ')];
}
