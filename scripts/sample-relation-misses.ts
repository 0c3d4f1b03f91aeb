// node_modules/.bin/node scripts/sample-relation-misses.ts [--seed N] [--n 60] [--every 1] [--only politics,business] [--corpus ../shared/corpus/bbc] [--relations]
// What the relations stage misses on unseen prose (#11): runs the pipeline up to the relations stage
// on every `every`-th BBC article and prints a seeded random sample of `n` sentences that pin two or
// more distinct non-media actors (mentions and short names) but state no relation, with the frame
// heads of src/lexicon/verbs.tsv among their words, to judge by hand against eval/GUIDE.md.
// `--only` keeps those categories (BBC folders). With --relations, every relation found instead, one
// a line (file, pair, CAMEO, modality, sentence), to diff two versions of the stage.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../src/lexicon/load.ts';
import { prepareTools, processSeed } from '../src/pipeline/index.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { clean } from '../src/pipeline/clean.ts';
import { segment } from '../src/pipeline/segment.ts';
import { syntax } from '../src/pipeline/syntax.ts';
import { mentions } from '../src/pipeline/mentions.ts';
import { actors } from '../src/pipeline/actors.ts';
import { references } from '../src/pipeline/references.ts';
import { relations } from '../src/pipeline/relations.ts';
import { parseArgs } from './lib/args.ts';
import { seededOrder } from './lib/seeded-order.ts';

const args = parseArgs(process.argv.slice(2), { seed: 'string', n: 'string', every: 'string', only: 'string', corpus: 'string', relations: 'boolean' });
const corpus = String(args.corpus ?? '../shared/corpus/bbc');
if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);
const every = Number(args.every ?? 1);
const only = args.only ? new Set(String(args.only).split(',')) : undefined;
const files = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (!only || only.has(d.name)))
  .flatMap((d) => readdirSync(join(corpus, d.name)).filter((f) => f.endsWith('.txt')).map((f) => `${d.name}/${f}`))
  .sort()
  .filter((_, i) => i % every === 0);

const lexicon = loadLexicon();
const tools = prepareTools(lexicon);
// The words that head a frame other than a statement (01): what a missed sentence may hinge on.
const heads = new Set(
  lexicon.verbs.filter((r) => r.kind === 'frame' && r.cameo !== '01').flatMap((r) => {
    const words = r.pattern.split(/\s+/);
    const head = words.find((w) => w.startsWith('~')) ?? words.find((w) => !/^(A|B|AB|\*|\*\*|-)$/.test(w)) ?? '';
    return head.replace(/~/g, '').split('|');
  }),
);
const rows: string[] = [];
for (const file of files) {
  const seed = { name: file.replace('/', '-'), bytes: readFileSync(join(corpus, file)) };
  if (args.relations) {
    // The briefing's relations: the stance stage adds the quoted ones (step 8).
    for (const r of processSeed(seed, tools).data.relations) rows.push(`${file}\t${r.source} ${r.symmetric ? '<>' : '>'} ${r.target}\t${r.cameo}\t${r.modality}\t${r.evidence.text}`);
    continue;
  }
  const doc = relations(references(actors(mentions(syntax(segment(clean(ingest(seed, tools.ingest), tools.clean), tools.segment)), tools.mentions), tools.actors), tools.references), tools.relations);
  const media = new Set(doc.actors.filter((a) => a.type === 'media').map((a) => a.id as string));
  const stated = new Set(doc.relations.map((r) => r.evidence.text));
  doc.sentences.forEach((s, i) => {
    const ids = new Set<string>();
    for (const m of doc.mentions) if (m.sentence === s.index && m.actor !== undefined && !media.has(m.actor)) ids.add(m.actor);
    for (const r of doc.references) if (r.sentence === s.index && r.kind === 'short-name') for (const a of r.actors) if (!media.has(a)) ids.add(a);
    if (ids.size < 2 || stated.has(s.text)) return;
    const words = (doc.parses[i] ?? []).filter((w) => heads.has(w.lemma.toLowerCase()) || heads.has(w.text.toLowerCase())).map((w) => w.text);
    rows.push(`${file}\t${[...ids].join(' ')}\t${[...new Set(words)].join(',')}\t${s.text}`);
  });
}
if (args.relations) for (const r of rows) console.log(r);
else {
  seededOrder(rows.length, Number(args.seed ?? 1)).slice(0, Number(args.n ?? 60)).forEach((k, n) => console.log(`#${n + 1}\t${rows[k]}`));
  console.log(`total: ${files.length} articles, ${rows.length} sentences with two actors and no relation`);
}
