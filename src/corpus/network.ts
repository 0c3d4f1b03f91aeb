// The corpus network: every directed tie between two actors (who did what to
// whom), counted over all briefings, for the network page and the home page.
// Plain data; the page is src/render/network-page.ts.
import { type ActorId, type BriefingData, cameoNames, countedModalities, type NetworkTie } from '../model/index.ts';
import { type ActorMerge, canonicalActor } from './merge-actors.ts';
import { byString, newestFirst } from '../util/order.ts';

export type { NetworkTie };

type Counted = NetworkTie & { first: number };

/** Every tie (asserted and reported relations only: `countedModalities`), strongest first: by count, then briefings, then which was stated first (newest briefing, article order); ids only as a last resort. */
export function network(briefings: readonly Pick<BriefingData, 'slug' | 'published' | 'relations'>[], merge: ActorMerge): NetworkTie[] {
  const ties = new Map<string, Counted>();
  let seen = 0;
  // Note: newest first, as the site lists briefings, so "stated first" reads the same on every page and in any input order.
  for (const b of newestFirst(briefings, (x) => ({ published: x.published, tie: x.slug }))) {
    for (const r of b.relations) {
      if (!countedModalities.has(r.modality)) continue;
      const i = seen++;
      const [s, t] = [canonicalActor(merge, r.source), canonicalActor(merge, r.target)];
      if (s !== t) add(ties, r.symmetric && byString(t, s) < 0 ? [t, s] : [s, t], r, b.slug, i);
    }
  }
  return [...ties.values()].sort(strongestFirst).map(({ first: _, ...tie }) => tie);
}

/** Adds one relation to its tie; a symmetric tie is one tie whichever actor the sentence named first, so `pair` comes ordered. */
function add(ties: Map<string, Counted>, [source, target]: [ActorId, ActorId], r: BriefingData['relations'][number], slug: BriefingData['slug'], i: number): void {
  const key = [source, target, r.cameo, r.symmetric].join('\0');
  const tie = ties.get(key) ?? { source, target, cameo: r.cameo, event: cameoNames[r.cameo], quad: r.quad, symmetric: r.symmetric, count: 0, reported: 0, briefings: [], first: i };
  tie.count += 1;
  if (r.modality === 'reported') tie.reported += 1;
  if (!tie.briefings.includes(slug)) tie.briefings.push(slug);
  ties.set(key, tie);
}

function strongestFirst(a: Counted, b: Counted): number {
  return b.count - a.count || b.briefings.length - a.briefings.length || a.first - b.first || byString(a.source, b.source) || byString(a.target, b.target) || byString(a.cameo, b.cameo);
}
