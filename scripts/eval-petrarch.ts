// npm run eval:petrarch [-- --verbose]
// Runs PETRARCH2's hand-coded unit-test sentences (../shared/petrarch2/unit-tests)
// through the pipeline, with the validation actors added to the real lexicon as
// names, and prints how many coded source-target pairs come out as relations
// (pair recall), with the coded CAMEO root, and the precision of what is emitted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { actorRows, parseRecords, parseValidateActors, primary, score, type Emitted } from '../src/eval/petrarch.ts';
import { lexiconFiles, parseLexicon } from '../src/lexicon/load.ts';
import { prepareTools, processSeed } from '../src/pipeline/index.ts';
import { parseArgs } from './lib/args.ts';

const args = parseArgs(process.argv.slice(2), { verbose: 'boolean', dir: 'string' });
const root = path.resolve(import.meta.dirname, '..');
const dir = path.resolve(root, String(args.dir ?? '../shared/petrarch2/unit-tests'));
const sentences = parseRecords(readFileSync(path.join(dir, 'PETR.UnitTest.records.xml'), 'utf8'));
const actors = parseValidateActors(readFileSync(path.join(dir, 'PETR.Validate.actors.txt'), 'utf8'));

const files: Record<string, string> = {};
for (const name of lexiconFiles) files[name] = readFileSync(path.join(root, 'src/lexicon', name), 'utf8');
const { rows, forms } = actorRows(actors, sentences.map((s) => s.text));
files['actors.tsv'] = `${files['actors.tsv']!.trimEnd()}\n${rows.join('\n')}\n`;
const lex = parseLexicon(files);
const tools = prepareTools(lex);

// Each actor id the pipeline may emit, to the primary codes of the forms that name it.
const codesOf = new Map<string, Set<string>>();
for (const [form, codes] of forms) {
  const id = lex.forms.get(form)?.id;
  if (id) for (const c of codes) (codesOf.get(id) ?? codesOf.set(id, new Set()).get(id)!).add(c);
}

let refused = 0;
const emitted: Emitted[][] = sentences.map((s) => {
  let relations;
  try {
    relations = processSeed({ name: `${s.id}.txt`, bytes: Buffer.from(s.text) }, tools).data.relations;
  } catch {
    refused++;
    return [];
  }
  const out = relations.map((r) => ({ sources: codesOf.get(r.source) ?? new Set<string>(), targets: codesOf.get(r.target) ?? new Set<string>(), root: r.cameo, symmetric: r.symmetric, r }));
  if (args.verbose) {
    const coded = s.events.map((e) => `${e.source}>${e.target} ${e.code}`).join(', ') || 'no event';
    const got = relations.map((r) => `${r.source}>${r.target} ${r.cameo} "${r.verb}"`).join(', ') || '-';
    const hit = s.events.some((e) => out.some((o) => o.sources.has(primary(e.source) ?? '') && o.targets.has(primary(e.target) ?? '')));
    console.log(`${hit ? '+' : ' '} ${s.id}\t${coded}\t| ${got}\n    ${s.text}`);
  }
  return out;
});

const sc = score(sentences, emitted);
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(`sentences: ${sentences.length} (${sc.noEvent} coded with no event, ${refused} refused by the pipeline)`);
console.log(`with a coded event between two known actors: ${sc.withEvent}`);
console.log(`pair recall: ${sc.pairFound}/${sc.withEvent} = ${pct(sc.pairFound, sc.withEvent)}%`);
console.log(`pair + CAMEO root: ${sc.rootFound}/${sc.withEvent} = ${pct(sc.rootFound, sc.withEvent)}%`);
console.log(`precision: ${sc.emittedRight}/${sc.emitted} relations emitted match a coded pair = ${pct(sc.emittedRight, sc.emitted)}%`);
for (const [cat, c] of [...sc.byCategory].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) console.log(`  ${cat}: ${c.pairFound}/${c.withEvent}`);
