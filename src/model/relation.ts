import { z } from 'zod';
import { CameoCode, Quad } from './cameo.ts';
import { Evidence } from './evidence.ts';
import { ActorId } from './ids.ts';

/**
 * How the article states a relation: as fact (`asserted`), as someone's claim (`reported`: "X said
 * Russia attacked"), as not having happened (`denied`: "Iran denied supplying drones"), or as not
 * (yet) real (`hypothetical`: future, conditional, demanded but not done).
 */
export const Modality = z.enum(['asserted', 'reported', 'denied', 'hypothetical']);
export type Modality = z.infer<typeof Modality>;

/**
 * The one rule for what counts as a tie (network, graphml, strongest partners, explorer, diagrams):
 * what happened, or what someone says happened. A denied attack or a threatened sanction is no tie;
 * those relations still show, marked, wherever their sentence shows.
 */
export const countedModalities: ReadonlySet<Modality> = new Set(['asserted', 'reported']);

/** One interaction stated in an article: `source` does `type` to `target`. */
export const Relation = z.object({
  source: ActorId,
  target: ActorId,
  /** The CAMEO root name, e.g. `consult`. */
  type: z.string().min(1),
  /** The words that say so, e.g. `met`. */
  verb: z.string().min(1),
  cameo: CameoCode,
  quad: Quad,
  /** Interactions with no direction (meetings, ties). */
  symmetric: z.boolean(),
  modality: Modality,
  evidence: Evidence,
});
export type Relation = z.infer<typeof Relation>;
