import fc from 'fast-check';
import { buildContent } from '/work/main/src/build/index.ts';
import { loadLexicon } from '/work/main/src/lexicon/load.ts';
import { mutatedArticle } from '/work/main/test/property/arbitraries.ts';
const enc = (ts: string[]) => ts.map((t, i) => ({ name: `seed-${i}.txt`, bytes: new TextEncoder().encode(t) }));
const lex = loadLexicon();
const samples = fc.sample(fc.array(mutatedArticle, { minLength: 1, maxLength: 2 }), { numRuns: 80, seed: 7 });
let n = 0;
for (const texts of samples) {
  const a = buildContent(enc(texts), lex);
  const b = buildContent(enc(texts), loadLexicon());
  const d = [...a.files].filter(([k, v]) => b.files.get(k) !== v).map(([k]) => k);
  if (d.length) { console.log('history-dependent after', n, 'builds:', d); break; }
  n++;
}
console.log('done', n);
