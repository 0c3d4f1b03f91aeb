// Temporary harness (not committed): actors-only briefings for the scorer.
import { readFileSync, mkdirSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import matter from 'gray-matter';
import { loadLexicon } from './src/lexicon/load.ts';
import { ingest } from './src/pipeline/ingest.ts';
import { clean } from './src/pipeline/clean.ts';
import { segment } from './src/pipeline/segment.ts';
import { mentions } from './src/pipeline/mentions.ts';
import { actors } from './src/pipeline/actors.ts';
const lex = loadLexicon();
const out = '/tmp/eval/out/briefings';
rmSync('/tmp/eval/out', { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const gold = readdirSync('../shared/eval/dev').map((f) => JSON.parse(readFileSync('../shared/eval/dev/' + f, 'utf8')).article);
for (const a of gold) {
  const p = ['../shared/seeds/' + a, '../shared/corpus/world/' + a].find((x) => { try { readFileSync(x); return true; } catch { return false; } })!;
  const c = clean(ingest({ name: a, bytes: readFileSync(p) }), lex);
  const d = actors(mentions(segment(c), lex), lex);
  writeFileSync(`${out}/${a}.md`, matter.stringify('', JSON.parse(JSON.stringify({ title: c.headline?.text ?? 'x', seed: a, actors: d.actors, relations: [], quotes: [] }))));
}
