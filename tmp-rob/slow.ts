import fc from 'fast-check';
import { buildContent } from '/work/main/src/build/index.ts';
import { loadLexicon } from '/work/main/src/lexicon/load.ts';
import { mutatedArticle } from '/work/main/test/property/arbitraries.ts';
const lex = loadLexicon();
const samples = fc.sample(mutatedArticle, { numRuns: 60, seed: 20261127 });
for (const t of samples) {
  const t0 = performance.now();
  buildContent([{ name: 's.txt', bytes: new TextEncoder().encode(t) }], lex);
  const ms = performance.now() - t0;
  if (ms > 300) console.log(ms.toFixed(0), 'ms', t.length, JSON.stringify(t.slice(0, 80)));
}
