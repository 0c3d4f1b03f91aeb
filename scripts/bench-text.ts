// npm run bench:text -- [--fuzz N]
// Times the per-article pipeline, in process, on text shapes that used to be
// superlinear (scripts/lib/text-shapes.ts) at doubling sizes, the 5,000-name
// seed among them, and on N articles of ../shared mutated as the property
// tests mutate them (default 1,500, the issue's count); prints one
// `key: value` line per number and the slowest mutated articles.
import fc from 'fast-check';
import { loadLexicon } from '../src/lexicon/load.ts';
import { prepareTools, processSeed } from '../src/pipeline/index.ts';
import { mutatedArticle } from '../test/property/arbitraries.ts';
import { parseArgs } from './lib/args.ts';
import { textShapes } from './lib/text-shapes.ts';

const args = parseArgs(process.argv.slice(2), { fuzz: 'string' });
const tools = prepareTools(loadLexicon());

/** Milliseconds to process `text` (a refusal counts: it is the pipeline's answer). */
function time(text: string): number {
  const started = performance.now();
  try {
    processSeed({ name: 'bench.txt', bytes: Buffer.from(text) }, tools);
  } catch {
    /* refused */
  }
  return performance.now() - started;
}

for (const [name, shape] of Object.entries(textShapes)) {
  const key = name.replace(/\W+/g, '_');
  let previous = 0;
  for (const factor of [1, 2, 4]) {
    const text = shape.make(shape.size * factor);
    const ms = time(text);
    console.log(`${key}.${shape.size * factor}: ${ms.toFixed(0)} ms (${(text.length / 1024).toFixed(0)} KB)${previous ? `, ×${(ms / previous).toFixed(2)}` : ''}`);
    previous = ms;
  }
}

const fuzz = Number(args.fuzz ?? 1500);
const samples = fc.sample(mutatedArticle, { numRuns: fuzz, seed: 14 });
const times = samples.map((text, i) => ({ i, ms: time(text), kb: text.length / 1024 })).sort((a, b) => b.ms - a.ms);
console.log(`fuzz.articles: ${fuzz}`);
console.log(`fuzz.over_3s: ${times.filter((t) => t.ms > 3000).length}`);
console.log(`fuzz.worst_ms: ${times[0]?.ms.toFixed(0)}`);
for (const t of times.slice(0, 5)) console.log(`fuzz.slow: sample ${t.i}, ${t.ms.toFixed(0)} ms, ${t.kb.toFixed(0)} KB`);
