import fc from 'fast-check';
import { buildContent } from '/work/main/src/build/index.ts';
import { loadLexicon } from '/work/main/src/lexicon/load.ts';
import { mutatedArticle } from '/work/main/test/property/arbitraries.ts';
const asSeeds = (texts: string[]) => texts.map((t, i) => ({ name: `seed-${i}.txt`, bytes: new TextEncoder().encode(t) }));
const lex = loadLexicon();
const mode = process.argv[2];
const r = fc.check(fc.property(fc.array(mutatedArticle, { minLength: 2, maxLength: 3 }), (texts) => {
  const first = buildContent(asSeeds(texts), mode === 'fresh' ? loadLexicon() : lex);
  const second = buildContent(asSeeds(texts).reverse(), loadLexicon());
  const diff = [...first.files].filter(([k, v]) => second.files.get(k) !== v).map(([k]) => k);
  if (diff.length) { console.log('diff', diff); return false; }
  return true;
}), { numRuns: 20, seed: 20261127 });
console.log(mode, r.failed, r.numRuns, r.counterexamplePath);
