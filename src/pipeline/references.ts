// references: words that point back to an actor named elsewhere (he, they,
// its, "the minister", "the alliance", "Trump" after "President Donald
// Trump", "both sides"), resolved once, for relations and quotes alike.
import type { WithActors, WithReferences } from './types.ts';

/** Adds the article's resolved references. */
export function references(doc: WithActors): WithReferences {
  // Note: the seam only; issue #11's resolver fills it, and relations and quotes read it.
  return { ...doc, references: [] };
}
