import { loadLexicon } from '/work/main/src/lexicon/load.ts';
import { processSeed } from '/work/main/src/pipeline/index.ts';
const lex = loadLexicon();
for (const n of [125_000, 250_000, 500_000]) {
  const times: string[] = [];
  processSeed({ name: 'p.txt', bytes: new TextEncoder().encode(`Iran met Qatar. ${'(["“'.repeat(n / 4)}\n`) }, lex, (s: string, ms: number) => { if (ms > 50) times.push(`${s} ${ms.toFixed(0)}`); });
  console.log(n, times.join(', '));
}
