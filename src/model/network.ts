// The corpus network page (content/network.md): every tie between two
// actors, counted over all briefings, which the site shows as a table; the
// strongest are drawn in the page's Mermaid diagram.
import { z } from 'zod';
import { Quad } from './cameo.ts';
import { ActorId, Slug } from './ids.ts';

/** Relations between two actors (either direction) in one quad class, counted over the corpus. */
export const NetworkEdge = z.object({
  /** The pair, in code-unit order: `a < b`. */
  a: ActorId,
  b: ActorId,
  quad: Quad,
  count: z.number().int().positive(),
  /** The CAMEO root names seen, sorted. */
  types: z.array(z.string()),
  /** Briefings the relations come from, sorted. */
  briefings: z.array(Slug),
});
export type NetworkEdge = z.output<typeof NetworkEdge>;

/** The front matter of content/network.md. */
export const NetworkData = z.object({
  title: z.string(),
  /** How many of the strongest edges the diagram draws; more becomes a hairball, on a phone above all. */
  diagramEdges: z.number().int().nonnegative(),
  /** Every tie, strongest first (count, then pair and quad). */
  edges: z.array(NetworkEdge),
});
export type NetworkData = z.output<typeof NetworkData>;
