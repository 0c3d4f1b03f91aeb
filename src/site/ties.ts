// Directed ties across briefings for the home page: who did what to whom, how often.
import { type BriefingData, type CameoCode, cameoNames, type Quad } from '../model/index.ts';

/** Relations of the corpus summed by source, target, CAMEO root code and symmetry. */
export interface Tie {
  source: string;
  target: string;
  cameo: CameoCode;
  /** The CAMEO event name, e.g. `provide aid`. */
  event: string;
  quad: Quad;
  symmetric: boolean;
  count: number;
  /** Slugs, in the order the briefings were given (newest first on the site). */
  briefings: string[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every tie, strongest first: by count, then briefings, then which was stated first (newest briefing, article order); ids only as a last resort. */
export function directedTies(briefings: readonly Pick<BriefingData, 'slug' | 'relations'>[]): Tie[] {
  const ties = new Map<string, Tie & { first: number }>();
  let seen = 0;
  for (const b of briefings) {
    for (const r of b.relations) {
      const i = seen++;
      if (r.source === r.target) continue;
      // Note: a symmetric tie is one tie whichever actor the sentence named first.
      const [source, target] = r.symmetric && byString(r.target, r.source) < 0 ? [r.target, r.source] : [r.source, r.target];
      const key = [source, target, r.cameo, r.symmetric].join('\0');
      const tie = ties.get(key) ?? { source, target, cameo: r.cameo, event: cameoNames[r.cameo], quad: r.quad, symmetric: r.symmetric, count: 0, briefings: [], first: i };
      tie.count += 1;
      if (!tie.briefings.includes(b.slug)) tie.briefings.push(b.slug);
      ties.set(key, tie);
    }
  }
  return [...ties.values()]
    .sort((a, b) => b.count - a.count || b.briefings.length - a.briefings.length || a.first - b.first || byString(a.source, b.source) || byString(a.target, b.target) || byString(a.cameo, b.cameo))
    .map(({ first: _, ...tie }) => tie);
}
