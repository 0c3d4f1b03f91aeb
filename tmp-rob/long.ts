import { readFileSync } from 'node:fs';
import { buildContent } from '/work/main/src/build/index.ts';
import { loadLexicon } from '/work/main/src/lexicon/load.ts';
import { stageNames } from '/work/main/src/pipeline/index.ts';
const lex = loadLexicon();
const a = readFileSync('/work/shared/seeds/000_57039be82140cf9d.txt', 'utf8');
const enc = (t: string) => [{ name: 's.txt', bytes: new TextEncoder().encode(t) }];
for (const [label, t] of [
  ['article', a],
  ['article + 20k x token', a.slice(0, 2000) + 'x'.repeat(20000) + a.slice(2000)],
  ['article + 20k Gondor token', a.slice(0, 2000) + 'Gondor'.repeat(3400) + a.slice(2000)],
  ['article + 20k é', a.slice(0, 2000) + 'é'.repeat(20000) + a.slice(2000)],
  ['200k token', 'Iran met Qatar. ' + 'x'.repeat(200_000)],
  ['50k words no punct', 'Iran met Qatar ' + 'and the minister said '.repeat(2500)],
] as const) {
  const t0 = performance.now();
  const r = buildContent(enc(t), lex);
  console.log(label, (performance.now() - t0).toFixed(0), 'ms', r.refused.map(x => x.reason));
}
