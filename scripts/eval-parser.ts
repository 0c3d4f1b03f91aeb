// npm run eval:parser [-- --file dev|test] [--model FILE]: the model on EWT with gold tokens:
// UPOS, UAS, LAS, lemma accuracy, tokens per second on one thread (tagger,
// parser, labeller, lemmatizer), model load time and size.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyse } from '../src/syntax/analyse.ts';
import { readConllu } from '../src/syntax/conllu.ts';
import { evaluate } from '../src/syntax/evaluate.ts';
import { loadModel } from '../src/syntax/model.ts';
import { modelFile, syntaxModel } from '../src/syntax/model-file.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { ud: { type: 'string', default: path.resolve(root, '../shared/ud') }, file: { type: 'string', default: 'test' }, model: { type: 'string' } } });
const gold = readConllu(readFileSync(path.join(values.ud, `en_ewt-ud-${values.file}.conllu`), 'utf8'));
const forms = gold.map((s) => s.tokens.map((t) => t.form));

let t = performance.now();
const model = values.model ? loadModel(readFileSync(values.model)) : syntaxModel();
const loadMs = performance.now() - t;
// Note: one warm-up pass lets the JIT compile before the timed pass.
forms.slice(0, 300).forEach((f) => analyse(model, f));
t = performance.now();
const cpu = process.cpuUsage();
const predicted = forms.map((f) => analyse(model, f));
const seconds = (performance.now() - t) / 1000;
// Note: CPU time as well as wall time, since on a shared machine the wall clock also counts other processes' turns.
const { user, system } = process.cpuUsage(cpu);
const cpuSeconds = (user + system) / 1e6;
const s = evaluate(gold, predicted);
const mb = statSync(values.model ?? modelFile()).size / 1e6;
const f1 = (x: number) => x.toFixed(2);
process.stdout.write(
  `EWT ${values.file}, gold tokens, ${s.words} words: UPOS ${f1(s.upos)} | UAS ${f1(s.uas)} | LAS ${f1(s.las)} (with subtypes ${f1(s.lasFull)}) | lemma ${f1(s.lemma)}\n` +
  `speed ${Math.round(s.words / seconds)} tokens/s wall, ${Math.round(s.words / cpuSeconds)} per CPU second (one thread) | model load ${loadMs.toFixed(0)} ms | model ${mb.toFixed(2)} MB\n`,
);
