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
  /** A quotation closes before the point in its sentence ("Aragorn has “…”, he said"): the names before are the quote's topic, not the antecedent. */
  afterQuote: boolean;
}

export function pointOf(ctx: RefContext, sentence: number, at: number): Point {
  const ranges = ctx.quoted[sentence] ?? [];
  return { sentence, at, quoted: inside(ranges, at), afterQuote: ranges.some(([, b]) => b < at) };
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
  const own = p.afterQuote && !p.quoted ? [] : (ctx.sites[p.sentence] ?? []).filter((s) => s.end <= p.at && ok(s)).reverse();
  const here = preferSubject ? ranked(ctx, own)[0] : own[0];
  if (here) return here;
  for (let k = p.sentence - 1; k >= Math.max(0, p.sentence - back); k--) {
    const all = (ctx.sites[k] ?? []).filter(ok);
    const hit = preferSubject ? ranked(ctx, all)[0] : all.at(-1);
    if (hit) return hit;
  }
  return undefined;
}

/** Deprels of a word that only modifies a noun ("Sudanese civil wars", "Iran's ministry"): the weakest antecedents. */
const modifier = /^(?:nmod:poss|amod)$/;

/**
 * Sites in order of preference, stable within a rank: the subject of the
 * main verb (the one nearest the verb first: "while speaking to X, Mr Wang
 * said" when the parse makes both subjects), other subjects, other
 * arguments, then modifiers.
 */
function ranked(ctx: RefContext, sites: Site[]): Site[] {
  const rank = (s: Site) => {
    const words = ctx.doc.parses[s.sentence] ?? [];
    if (isSubject(s.deprel)) return mainSubject(words, s.word) ? 0 : 1;
    return modifier.test(s.deprel) ? 3 : 2;
  };
  const root = (s: Site) => (ctx.doc.parses[s.sentence] ?? []).findIndex((w) => w.head === -1);
  const distance = (s: Site) => (rank(s) === 0 ? Math.abs(root(s) - s.word) : 0);
  return [...sites].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b));
}

/** True when word `i` (through names and coordination) is the subject of the sentence's root. */
function mainSubject(words: readonly SyntaxWord[], i: number): boolean {
  let k = i;
  for (let n = 0; n < 4 && k >= 0 && /^(?:conj|appos|flat|compound)/.test(words[k]!.deprel); n++) k = words[k]!.head;
  return k >= 0 && words[words[k]!.head]?.head === -1;
}

/** True when a site names exactly one actor of one of `types`. */
export function oneOf(ctx: RefContext, ...types: string[]): (s: Site) => boolean {
  return (s) => s.actors.length === 1 && types.includes(ctx.typeOf(s.actors[0]!) ?? '');
}

/** The children of word `i`. */
export function children(words: readonly SyntaxWord[], i: number): number[] {
  return words.flatMap((w, k) => (w.head === i ? [k] : []));
}
