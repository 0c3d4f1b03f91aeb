// How the site treats a relation's modality (src/model/relation.ts): which
// count as ties (the generator's rule, re-exported), and what a reader sees beside the others.
import type { Modality } from '../model/index.ts';

export { countedModalities } from '../model/index.ts';

/** The badge beside a relation stated otherwise than as fact; none for asserted. */
export const modalityBadge: Record<Modality, string | undefined> = {
  asserted: undefined,
  reported: 'reported',
  denied: 'denied',
  hypothetical: 'hypothetical',
};
