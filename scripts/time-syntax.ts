// npm run time:syntax [-- --seeds DIR]: time of the syntax stage alone, on one
// thread, over every .txt article under DIR (default: the 2,225 BBC articles
// in ../shared): ingest, clean and segment first, untimed; then tokenizing,
// tagging, parsing and labelling every sentence, timed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clean } from '../src/pipeline/clean.ts';
import { prepareTools } from '../src/pipeline/index.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { segment } from '../src/pipeline/segment.ts';
import { syntax } from '../src/pipeline/syntax.ts';
import { loadLexicon } from '../src/lexicon/load.ts';
import { syntaxModel } from '../src/syntax/model-file.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { seeds: { type: 'string', default: path.resolve(root, '../shared/corpus/bbc') } } });
const files = readdirSync(values.seeds, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort();
const tools = prepareTools(loadLexicon(path.join(root, 'src/lexicon')));
const docs = files.map((f) => segment(clean(ingest({ name: f, bytes: readFileSync(path.join(values.seeds, f)) }, tools.ingest), tools.clean), tools.segment));
let t = performance.now();
syntaxModel();
const loadMs = performance.now() - t;
t = performance.now();
const cpu = process.cpuUsage();
let words = 0;
let sentences = 0;
for (const d of docs) {
  const p = syntax(d);
  sentences += p.parses.length;
  for (const s of p.parses) words += s.length;
}
const seconds = (performance.now() - t) / 1000;
const { user, system } = process.cpuUsage(cpu);
process.stdout.write(
  `${docs.length} articles, ${sentences} sentences, ${words} words: syntax stage ${seconds.toFixed(2)} s wall, ${((user + system) / 1e6).toFixed(2)} s CPU, ` +
  `${Math.round(words / seconds)} words/s (one thread); model load ${loadMs.toFixed(0)} ms\n`,
);
