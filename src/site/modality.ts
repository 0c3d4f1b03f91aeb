// How the site treats a relation's modality (src/model/relation.ts): which
// count as ties, and what a reader sees beside the others.
import type { Modality } from '../model/index.ts';

/**
 * Modalities that count as ties (network explorer, strongest partners): what happened, or someone says happened.
 * Note: denied and hypothetical relations are not ties; they still show, marked, where their sentence shows.
 */
export const countedModalities: ReadonlySet<Modality> = new Set(['asserted', 'reported']);

/** The badge beside a relation stated otherwise than as fact; none for asserted. */
export const modalityBadge: Record<Modality, string | undefined> = {
  asserted: undefined,
  reported: 'reported',
  denied: 'denied',
  hypothetical: 'hypothetical',
};
