// What the references resolvers share: the article, its sites so far, and
// the searches "nearest actor before this point" that every kind reads.
import type { SyntaxWord, WithActors } from '../types.ts';
import { inside, isSubject, type Site, type TypeOf } from './sites.ts';
import type { ReferenceTools } from './tools.ts';

export interface RefContext {
  doc: WithActors;
  /** Per sentence, the sites known so far (mentions, then each reference as it resolves). */
  sites: Site[][];
  quoted: [number, number][][];
  typeOf: TypeOf;
  tools: ReferenceTools;
}

/** How far back (in sentences) a pronoun or description looks for its antecedent. */
export const reach = 3;

/** A point in the article: sentence `sentence`, character `at` in it; `quoted` when the point is inside a quotation. */
export interface Point {
  sentence: number;
  at: number;
  quoted: boolean;
}

export function pointOf(ctx: RefContext, sentence: number, at: number): Point {
  return { sentence, at, quoted: inside(ctx.quoted[sentence] ?? [], at) };
}

/**
 * The nearest site before `p` that `fits`: in its own sentence the subjects
 * first (nearest first), then the others; in each earlier sentence its
 * subjects first, then its first fitting site. A name inside a quotation is
 * no antecedent of a word outside one. Without `preferSubject` (descriptions:
 * "the country"), simply the nearest before.
 */
export function nearest(ctx: RefContext, p: Point, fits: (s: Site) => boolean, back = reach, preferSubject = true): Site | undefined {
  const ok = (s: Site) => fits(s) && (p.quoted || !s.quoted);
  const own = (ctx.sites[p.sentence] ?? []).filter((s) => s.end <= p.at && ok(s)).reverse();
  const pick = (list: Site[]) => (preferSubject ? list.find((s) => isSubject(s.deprel)) ?? list.find((s) => s.deprel !== 'nmod:poss') : undefined) ?? list[0];
  const here = pick(own);
  if (here) return here;
  for (let k = p.sentence - 1; k >= Math.max(0, p.sentence - back); k--) {
    const all = (ctx.sites[k] ?? []).filter(ok);
    const hit = pick(preferSubject ? all : all.reverse());
    if (hit) return hit;
  }
  return undefined;
}

/** True when a site names exactly one actor of one of `types`. */
export function oneOf(ctx: RefContext, ...types: string[]): (s: Site) => boolean {
  return (s) => s.actors.length === 1 && types.includes(ctx.typeOf(s.actors[0]!) ?? '');
}

/** The children of word `i`. */
export function children(words: readonly SyntaxWord[], i: number): number[] {
  return words.flatMap((w, k) => (w.head === i ? [k] : []));
}
