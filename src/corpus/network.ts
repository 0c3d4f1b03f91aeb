// The corpus network: every tie between two actors, counted over all
// briefings, for the network page and the home page. Plain data; the page is
// src/render/network-page.ts.
import type { ActorId, BriefingData, NetworkEdge, Quad, Slug } from '../model/index.ts';
import { type ActorMerge, canonicalActor } from './merge-actors.ts';
import { byString } from '../util/order.ts';

export type { NetworkEdge };


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
