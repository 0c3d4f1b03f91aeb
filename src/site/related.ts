// Related briefings: the other briefings that share actors with one, rarer
// shared actors counting more ("Gondor" in 3 briefings says more than
// "United Kingdom" in 900), in a fixed order.
import { byString, newerFirst } from '../util/order.ts';

/** What relatedness needs of a briefing. */
export interface RelatedInput {
  slug: string;
  published?: string | undefined;
  actors: readonly { id: string }[];
}

/** A related briefing: its slug and the ids of the actors it shares, rarest first. */
export interface Related {
  slug: string;
  shared: string[];
}

/**
 * A function giving each briefing's `max` most related briefings: by the sum over shared actors of
 * 1 / log2(1 + briefings naming the actor), then more shared actors, newest, slug.
 * Note: the index by actor is built once, so a 2,000-briefing corpus costs one pass per page, not a square.
 */
export function relatedBriefings(briefings: readonly RelatedInput[], max = 5): (slug: string) => Related[] {
  const bySlug = new Map(briefings.map((b) => [b.slug, b]));
  const byActor = new Map<string, string[]>();
  for (const b of briefings) {
    for (const id of new Set(b.actors.map((a) => a.id))) {
      const list = byActor.get(id) ?? [];
      list.push(b.slug);
      byActor.set(id, list);
    }
  }
  const weight = (id: string) => 1 / Math.log2(1 + byActor.get(id)!.length);
  return (slug) => {
    const self = bySlug.get(slug);
    if (!self) return [];
    const found = new Map<string, { score: number; shared: string[] }>();
    for (const id of new Set(self.actors.map((a) => a.id))) {
      for (const other of byActor.get(id)!) {
        if (other === slug) continue;
        const r = found.get(other) ?? { score: 0, shared: [] };
        r.score += weight(id);
        r.shared.push(id);
        found.set(other, r);
      }
    }
    type Entry = [string, { score: number; shared: string[] }];
    const order = ([a, x]: Entry, [b, y]: Entry) => y.score - x.score || y.shared.length - x.shared.length || newerFirst(bySlug.get(a)!.published, bySlug.get(b)!.published) || byString(a, b);
    // Note: the best `max` kept by insertion, not a sort of every candidate: a common actor makes candidates of half the corpus.
    const best: Entry[] = [];
    for (const entry of found) {
      if (best.length === max && order(entry, best[max - 1]!) >= 0) continue;
      const at = best.findIndex((b) => order(entry, b) < 0);
      best.splice(at < 0 ? best.length : at, 0, entry);
      if (best.length > max) best.pop();
    }
    return best.map(([s, r]) => ({ slug: s, shared: r.shared.sort((a, b) => weight(b) - weight(a) || byString(a, b)) }));
  };
}
