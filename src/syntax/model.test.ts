import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConllu } from './conllu.ts';
import { loadModel, saveModel } from './model.ts';
import { modelFile } from './model-file.ts';
import { modelSha256 } from './model/version.ts';
import { defaultTrainOptions, trainModel } from './train.ts';

// Two tiny sentences: enough to exercise every part of training and the format.
const treebank = readConllu([
  '1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_',
  '2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tmen\tman\tNOUN\tNNS\t_\t2\tobj\t_\t_',
  '',
  '1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj:pass\t_\t_',
  '2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_',
  '3\tfreed\tfree\tVERB\tVBN\t_\t0\troot\t_\t_',
  '',
].join('\n'));
const tiny = { ...defaultTrainOptions, tagEpochs: 2, parseEpochs: 2, labelEpochs: 2, tagBits: 8, parseBits: 8, labelBits: 8 };

describe('syntax model file', () => {
  it('trains to the same bytes twice, and writes back the bytes it read', () => {
    const bytes = saveModel(trainModel(treebank, tiny));
    expect(Buffer.from(saveModel(trainModel(treebank, tiny))).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(saveModel(loadModel(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps labels, lemma rules and weights through a round trip', () => {
    const m = trainModel(treebank, tiny);
    const back = loadModel(saveModel(m));
    expect(back.labels).toEqual(['aux:pass', 'nsubj', 'nsubj:pass', 'obj', 'root']);
    expect([...back.parser.weights]).toEqual([...m.parser.weights]);
    expect(back.lemmas.exceptions).toEqual(m.lemmas.exceptions);
  });

  it('round-trips the project model byte for byte', () => {
    const bytes = readFileSync(modelFile());
    expect(Buffer.from(saveModel(loadModel(bytes))).equals(bytes)).toBe(true);
  });

  it('matches the hash in version.ts, which the pipeline imports so that the seed cache sees a retrained model', () => {
    expect(createHash('sha256').update(readFileSync(modelFile())).digest('hex')).toBe(modelSha256);
  });

  it('refuses bytes that are not a model', () => {
    expect(() => loadModel(new TextEncoder().encode('hello'))).toThrow('Not a syntax model');
  });
});

describe('beam width in the model file', () => {
  it('trains a beam model to the same bytes twice and keeps its width through a round trip', () => {
    const bytes = saveModel(trainModel(treebank, { ...tiny, beam: 4 }));
    expect(Buffer.from(saveModel(trainModel(treebank, { ...tiny, beam: 4 }))).equals(Buffer.from(bytes))).toBe(true);
    expect(loadModel(bytes).beam).toBe(4);
    expect(Buffer.from(saveModel(loadModel(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes no width for a greedy model, so greedy models keep their bytes', () => {
    const greedyModel = trainModel(treebank, tiny);
    expect(greedyModel.beam).toBe(1);
    const bytes = saveModel(greedyModel);
    expect(loadModel(bytes).beam).toBe(1);
    expect(Buffer.from(saveModel({ ...greedyModel, beam: 4 })).equals(Buffer.from(bytes))).toBe(false);
  });
});
