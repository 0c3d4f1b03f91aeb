// node scripts/sample-references.ts [--seed N] [--n 40] [--every 11] [--corpus ../shared/corpus/bbc] [--list]
// Runs the pipeline up to the references stage on every `every`-th BBC
// article (sorted paths, all categories: 2,225 / 11 ≈ 202 articles) and
// prints a seeded random sample of `n` references to judge by hand: the
// sentence before, the sentence, the reference text, its actors. The last
// line counts every reference the stage resolved on that subset, by kind,
// so a precision change can be weighed against what it costs in recall.
// With --list, every reference on one line in article order instead, to diff
// two versions of the stage.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../src/lexicon/load.ts';
import { prepareTools } from '../src/pipeline/index.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { clean } from '../src/pipeline/clean.ts';
import { segment } from '../src/pipeline/segment.ts';
import { syntax } from '../src/pipeline/syntax.ts';
import { mentions } from '../src/pipeline/mentions.ts';
import { actors } from '../src/pipeline/actors.ts';
import { references } from '../src/pipeline/references.ts';
import type { Reference } from '../src/pipeline/types.ts';
import { parseArgs } from './lib/args.ts';
import { seededOrder } from './lib/seeded-order.ts';

const args = parseArgs(process.argv.slice(2), { seed: 'string', n: 'string', every: 'string', corpus: 'string', list: 'boolean' });
const corpus = String(args.corpus ?? '../shared/corpus/bbc');
if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);
const every = Number(args.every ?? 11);
const files = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(corpus, d.name)).filter((f) => f.endsWith('.txt')).map((f) => `${d.name}/${f}`))
  .sort()
  .filter((_, i) => i % every === 0);

const tools = prepareTools(loadLexicon());
interface Row { file: string; ref: Reference; before: string; sentence: string; kinds: string }
const rows: Row[] = [];
for (const file of files) {
  const seed = { name: file.replace('/', '-'), bytes: readFileSync(join(corpus, file)) };
  const doc = references(actors(mentions(syntax(segment(clean(ingest(seed, tools.ingest), tools.clean), tools.segment), tools.syntax), tools.mentions), tools.actors), tools.references);
  const types = new Map(doc.actors.map((a) => [a.id as string, a.type]));
  for (const ref of doc.references) {
    const text = doc.sentences[ref.sentence]!.text;
    rows.push({
      file, ref, before: ref.sentence > 0 ? doc.sentences[ref.sentence - 1]!.text : '',
      sentence: `${text.slice(0, ref.start)}[[${text.slice(ref.start, ref.end)}]]${text.slice(ref.end)}`,
      kinds: ref.actors.map((a) => `${a} (${types.get(a) ?? '?'})`).join(' + '),
    });
  }
}

const order = seededOrder(rows.length, Number(args.seed ?? 1));
if (args.list) for (const r of rows) console.log(`${r.file} s${r.ref.sentence} ${r.ref.start} ${r.ref.kind} "${r.ref.text}" -> ${r.kinds} | ${r.sentence}`);
order.slice(0, args.list ? 0 : Number(args.n ?? 40)).forEach((k, n) => {
  const r = rows[k]!;
  console.log(`#${n + 1} ${r.file} s${r.ref.sentence} ${r.ref.kind} "${r.ref.text}" -> ${r.kinds}`);
  if (r.before) console.log(`   before: ${r.before}`);
  console.log(`   here:   ${r.sentence}\n`);
});
const byKind = new Map<string, number>();
for (const r of rows) byKind.set(r.ref.kind, (byKind.get(r.ref.kind) ?? 0) + 1);
console.log(`total: ${files.length} articles, ${rows.length} references (${[...byKind].sort().map(([k, v]) => `${k} ${v}`).join(', ')})`);
