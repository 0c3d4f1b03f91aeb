// npm run train:parser [-- --ud DIR] [--out FILE] [--bits tag,parse,label] [--beam K]:
// trains the tagger, parser, labeller and lemmatizer on UD English EWT's
// train file and writes the model with its hash (src/syntax/model/version.ts)
// into the repository; with --out, only the model, to FILE (for experiments).
// --beam K trains the parser for a beam of K (default 1: greedy).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConllu } from '../src/syntax/conllu.ts';
import { saveModel } from '../src/syntax/model.ts';
import { MODEL_PATH } from '../src/syntax/model-file.ts';
import { defaultTrainOptions, trainModel } from '../src/syntax/train.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { ud: { type: 'string', default: path.resolve(root, '../shared/ud') }, out: { type: 'string' }, bits: { type: 'string' }, beam: { type: 'string' } } });
const [tagBits, parseBits, labelBits] = values.bits ? values.bits.split(',').map(Number) : [];
const experiment = process.env.SYNTAX_TRAIN ? JSON.parse(process.env.SYNTAX_TRAIN) as object : {};
const options = { ...defaultTrainOptions, ...experiment, ...(values.bits ? { tagBits: tagBits!, parseBits: parseBits!, labelBits: labelBits! } : {}), ...(values.beam ? { beam: Number(values.beam) } : {}) };
const started = performance.now();
const train = readConllu(readFileSync(path.join(values.ud, 'en_ewt-ud-train.conllu'), 'utf8'));
const model = trainModel(train, { ...options, log: (l) => process.stderr.write(`${l} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`) });
const bytes = saveModel(model);
const sha = createHash('sha256').update(bytes).digest('hex');
writeFileSync(values.out ?? path.join(root, MODEL_PATH), bytes);
if (!values.out) writeFileSync(path.join(root, 'src/syntax/model/version.ts'), [
  '// Written by npm run train:parser: the sha256 of en-ewt.model, checked when the model loads.',
  '// Being code, it puts the model into the hash that keys the cache of pipeline results.',
  `export const modelSha256 = '${sha}';`, '',
].join('\n'));
process.stdout.write(`${train.length} sentences, ${(bytes.length / 1e6).toFixed(2)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s, sha256 ${sha}\n`);
