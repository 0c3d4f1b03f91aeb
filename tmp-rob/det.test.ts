import fc from 'fast-check';
import { expect, it } from 'vitest';
import { buildContent } from '../src/build/index.ts';
import { loadLexicon } from '../src/lexicon/load.ts';
import { mutatedArticle } from '../test/property/arbitraries.ts';
const asSeeds = (texts: string[]) => texts.map((t, i) => ({ name: `seed-${i}.txt`, bytes: new TextEncoder().encode(t) }));
const lex = loadLexicon();
it('det', () => {
  fc.assert(fc.property(fc.array(mutatedArticle, { minLength: 2, maxLength: 3 }), (texts) => {
    const first = buildContent(asSeeds(texts), lex);
    const again = buildContent(asSeeds(texts), loadLexicon());
    const second = buildContent(asSeeds(texts).reverse(), loadLexicon());
    const d1 = [...first.files].filter(([k, v]) => again.files.get(k) !== v).map(([k]) => k);
    const d2 = [...again.files].filter(([k, v]) => second.files.get(k) !== v).map(([k]) => k);
    expect({ d1, d2 }).toEqual({ d1: [], d2: [] });
  }), { numRuns: 20, seed: 20261127 });
});
