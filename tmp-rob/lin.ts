import { buildContent } from '/work/main/src/build/index.ts';
import { loadLexicon } from '/work/main/src/lexicon/load.ts';
const lex = loadLexicon();
const words = ['Iran', 'met', 'the', 'Qatari', 'foreign', 'minister', 'Abbas', 'Araghchi', 'and', 'Russia', 'said', 'talks', 'would', 'go', 'on', 'in', 'Doha', 'with', 'China'];
const para = (n: number) => { const out: string[] = []; let i = 0; let len = 0; while (len < n) { const w = words[(i * 7 + (i >> 3)) % words.length]!; out.push(w); len += w.length + 1; i++; } return out.join(' '); };
for (const n of [125_000, 250_000, 500_000, 1_000_000]) {
  const t = para(n);
  const t0 = performance.now();
  const r = buildContent([{ name: 'p.txt', bytes: new TextEncoder().encode('Headline here\n\n' + t) }], lex);
  console.log('paragraph', n, (performance.now() - t0).toFixed(0), 'ms', r.refused.map((x) => x.reason.slice(0, 100)));
}
for (const n of [50_000, 100_000, 200_000]) {
  const t0 = performance.now();
  const r = buildContent([{ name: 't.txt', bytes: new TextEncoder().encode('Iran met Qatar on Tuesday. ' + 'Gondor'.repeat(n / 6) + ' said.') }], lex);
  console.log('token', n, (performance.now() - t0).toFixed(0), 'ms', r.refused);
}
