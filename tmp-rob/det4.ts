import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
await import('mermaid');
import fc from 'fast-check';
import { buildContent } from '/work/main/src/build/index.ts';
import { loadLexicon } from '/work/main/src/lexicon/load.ts';
import { mutatedArticle } from '/work/main/test/property/arbitraries.ts';
const asSeeds = (texts: string[]) => texts.map((t, i) => ({ name: `seed-${i}.txt`, bytes: new TextEncoder().encode(t) }));
const lex = loadLexicon();
// replay the first property's history with the shared lexicon
fc.check(fc.property(fc.array(mutatedArticle, { minLength: 1, maxLength: 2 }), (texts) => { buildContent(asSeeds(texts), lex); return true; }), { numRuns: Number(process.argv[2] ?? 4), seed: 20261127 });
const r = fc.check(fc.property(fc.array(mutatedArticle, { minLength: 2, maxLength: 3 }), (texts) => {
  const first = buildContent(asSeeds(texts), lex);
  const again = buildContent(asSeeds(texts), loadLexicon());
  const second = buildContent(asSeeds(texts).reverse(), loadLexicon());
  const d1 = [...first.files].filter(([k, v]) => again.files.get(k) !== v).map(([k]) => k);
  const d2 = [...again.files].filter(([k, v]) => second.files.get(k) !== v).map(([k]) => k);
  if (d1.length || d2.length) { console.log('shared-vs-fresh', d1, 'order', d2); return false; }
  return true;
}), { numRuns: 20, seed: 20261127 });
console.log(r.failed, r.numRuns);
