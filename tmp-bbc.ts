import { readFileSync, readdirSync } from 'node:fs';
import { loadLexicon } from './src/lexicon/load.ts';
import { ingest } from './src/pipeline/ingest.ts';
import { clean } from './src/pipeline/clean.ts';
import { segment } from './src/pipeline/segment.ts';
import { mentions } from './src/pipeline/mentions.ts';
import { actors } from './src/pipeline/actors.ts';
const lex = loadLexicon();
const base = '../shared/corpus/bbc/';
const files = readdirSync(base, { withFileTypes: true }).filter(d => d.isDirectory()).flatMap(d => readdirSync(base + d.name).map(f => d.name + '/' + f));
const t0 = performance.now();
const counts = new Map<string, number>(); const unres = new Map<string, number>();
for (const f of files.filter(f => !process.argv[2] || f.startsWith(process.argv[2]))) {
  const d = actors(mentions(segment(clean(ingest({ name: f, bytes: readFileSync(base + f) }), lex)), lex), lex);
  for (const a of d.actors) counts.set(a.type + ':' + a.name, (counts.get(a.type + ':' + a.name) ?? 0) + 1);
  for (const u of d.unresolved) unres.set(u, (unres.get(u) ?? 0) + 1);
}
console.log('ms', (performance.now() - t0).toFixed(0), 'files', files.length);
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 150).map(([k, v]) => `${k} ${v}`).join(' | '));
console.log('UNRESOLVED', [...unres].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${k} ${v}`).join(' | '));
