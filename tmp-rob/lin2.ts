import { loadLexicon } from '/work/main/src/lexicon/load.ts';
import { processSeed } from '/work/main/src/pipeline/index.ts';
const lex = loadLexicon();
const words = ['Iran', 'met', 'the', 'Qatari', 'foreign', 'minister', 'Abbas', 'Araghchi', 'and', 'Russia', 'said', 'talks', 'would', 'go', 'on', 'in', 'Doha', 'with', 'China'];
const para = (n: number) => { const out: string[] = []; let i = 0; let len = 0; while (len < n) { const w = words[(i * 7 + (i >> 3)) % words.length]!; out.push(w); len += w.length + 1; i++; } return out.join(' '); };
for (const n of [100_000, 200_000, 400_000]) {
  const times: string[] = [];
  try {
    processSeed({ name: 'p.txt', bytes: new TextEncoder().encode('Headline here\n\n' + para(n)) }, lex, (s: string, ms: number) => times.push(`${s} ${ms.toFixed(0)}`));
  } catch (e) { times.push(String(e)); }
  console.log(n, times.join(', '));
}
