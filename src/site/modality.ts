// How the site treats a relation's modality (src/model/relation.ts): which
// count as ties (the generator's rule, re-exported), and what a reader sees beside the others.
import { countedModalities, type Modality, type Quad } from '../model/index.ts';
import { byString } from '../util/order.ts';

export { countedModalities };

/** The quad classes a page's relations count in (ties only: a denied attack puts no page under material conflict), sorted, once each. */
export function tieQuads(relations: readonly { quad: Quad; modality: Modality }[]): Quad[] {
  return [...new Set(relations.filter((r) => countedModalities.has(r.modality)).map((r) => r.quad))].sort(byString);
}

/** The badge beside a relation stated otherwise than as fact; none for asserted. */
export const modalityBadge: Record<Modality, string | undefined> = {
  asserted: undefined,
  reported: 'reported',
  denied: 'denied',
  hypothetical: 'hypothetical',
};
