// Unique, stable slugs: briefings whose titles give the same slug are told
// apart by a short hash of their seed's name, so adding a seed never renames
// another briefing.
import { createHash } from 'node:crypto';
import type { Slug } from '../model/index.ts';
import { addTo } from '../util/add-to.ts';

/** Assigns each seed a slug; `base` is the slug its title gives. */
export function uniqueSlugs(items: { seed: string; base: string }[]): Map<string, Slug> {
  const bySlug = new Map<string, string[]>();
  for (const { seed, base } of items) addTo(bySlug, base || 'briefing', seed);
  const out = new Map<string, Slug>();
  for (const [base, seeds] of bySlug) {
    for (const seed of seeds) out.set(seed, (seeds.length === 1 ? base : `${base}-${shortHash(seed)}`) as Slug);
  }
  return out;
}

/** The first six hex digits of sha256(text). */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}
