// The corpus network page (content/network.md): every directed tie between
// two actors, counted over all briefings, which the site shows as a table
// (network and home pages); the strongest are drawn in the page's diagram.
import { z } from 'zod';
import { CameoCode, Quad } from './cameo.ts';
import { ActorId, Slug } from './ids.ts';

/**
 * Relations of the corpus from one actor to another with one CAMEO root code, counted; only those that
 * count as ties (`countedModalities`: asserted and reported), so a denied attack adds no conflict.
 */
export const NetworkTie = z.object({
  /** Who acted; of a symmetric tie, the actor first in code-unit order. */
  source: ActorId,
  target: ActorId,
  cameo: CameoCode,
  /** The CAMEO event name, e.g. `provide aid`. */
  event: z.string(),
  quad: Quad,
  /** Both acted alike ("met", "clashed"): one tie whichever actor the sentence named first. */
  symmetric: z.boolean(),
  count: z.number().int().positive(),
  /** How many of `count` are someone's claim (`reported`) rather than stated as fact. */
  reported: z.number().int().nonnegative(),
  /** Briefings the relations come from, newest first. */
  briefings: z.array(Slug),
});
export type NetworkTie = z.output<typeof NetworkTie>;

/** The front matter of content/network.md. */
export const NetworkData = z.object({
  title: z.string(),
  /** How many ties the diagram draws at most; more becomes a hairball, on a phone above all. */
  diagramEdges: z.number().int().nonnegative(),
  /** Every tie, strongest first: by count, then briefings, then which was stated first (newest briefing, article order). */
  ties: z.array(NetworkTie),
});
export type NetworkData = z.output<typeof NetworkData>;
