// The corpus network: the strongest ties between actors, for the home page
// and the site's network view. Plain data; drawing is src/render/mermaid.ts.
import type { ActorId, BriefingData, Quad, Slug } from '../model/index.ts';
import { type ActorMerge, canonicalActor } from './merge-actors.ts';
import { byString } from '../util/order.ts';

/** Relations between two actors (either direction) in one quad class, counted over the corpus. */
export interface NetworkEdge {
  /** The pair, in code-unit order: `a < b`. */
  a: ActorId;
  b: ActorId;
  quad: Quad;
  count: number;
  /** The CAMEO root names seen, sorted. */
  types: string[];
  /** Briefings the relations come from, sorted. */
  briefings: Slug[];
}


/** Adds one relation to the edge of its unordered pair and quad. */
function addEdge(edges: Map<string, NetworkEdge>, x: ActorId, y: ActorId, quad: Quad, type: string, slug: Slug): void {
  const [a, b] = byString(x, y) <= 0 ? [x, y] : [y, x];
  const key = [a, b, quad].join('\0');
  const e = edges.get(key) ?? { a, b, quad, count: 0, types: [], briefings: [] };
  e.count += 1;
  if (!e.types.includes(type)) e.types = [...e.types, type].sort(byString);
  if (!e.briefings.includes(slug)) e.briefings = [...e.briefings, slug].sort(byString);
  edges.set(key, e);
}

/** The `top` strongest edges of the corpus by count (ties by pair and quad), merged actor ids throughout. */
export function network(briefings: readonly BriefingData[], merge: ActorMerge, top = 30): NetworkEdge[] {
  const edges = new Map<string, NetworkEdge>();
  for (const b of briefings) {
    for (const r of b.relations) {
      const [s, t] = [canonicalActor(merge, r.source), canonicalActor(merge, r.target)];
      if (s !== t) addEdge(edges, s, t, r.quad, r.type, b.slug);
    }
  }
  const order = (x: NetworkEdge, y: NetworkEdge) => y.count - x.count || byString(x.a, y.a) || byString(x.b, y.b) || byString(x.quad, y.quad);
  return [...edges.values()].sort(order).slice(0, top);
}
