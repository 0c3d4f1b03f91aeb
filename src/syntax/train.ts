// Training: tagger, then parser and labeller on the tagger's own tags over
// the training set (so they learn from tags like the ones they will see),
// then the lemma rules. Every pass shuffles with a fixed seed: the same
// treebank and code give the same model, byte for byte.
import type { ConlluSentence } from './conllu.ts';
import { prng, shuffle } from '../util/seeded.ts';
import { labelSets, trainLabeller } from './labeller.ts';
import { learnLemmas, vocabularyOf } from './lemmatizer.ts';
import type { SyntaxModel } from './model.ts';
import { trainParser } from './parser.ts';
import { tag, trainTagger } from './tagger.ts';
import { uposIndex, uposTags } from './tags.ts';
import { words } from './words.ts';

/** Passes and table sizes (log2 of rows); the defaults were tuned on EWT dev. */
export interface TrainOptions {
  tagEpochs: number;
  parseEpochs: number;
  labelEpochs: number;
  tagBits: number;
  parseBits: number;
  labelBits: number;
  seed: number;
  /** Folds for jackknifed training tags (below 2: the final tagger tags its own training set). */
  folds?: number;
  /** Parser passes that follow the oracle only, and the chance of following the model's own move after them. */
  staticEpochs?: number;
  explore?: number;
  /** Parser beam width (1: greedy) and, for a wider beam, where a sentence's update falls. */
  beam?: number;
  update?: 'max' | 'early';
  /** For a wider beam: greedy passes first, counted in `parseEpochs`. */
  warmEpochs?: number;
  log?: (line: string) => void;
}

export const defaultTrainOptions: TrainOptions = {
  tagEpochs: 6, parseEpochs: 12, labelEpochs: 8, tagBits: 18, parseBits: 21, labelBits: 16, seed: 1,
};

/** The sentences each of `folds` held-out parts holds: sentence i goes to part i mod folds, so parts are disjoint, cover every sentence and never depend on the shuffle. */
export function jackknife(sentences: number, folds: number): Set<number>[] {
  if (folds < 2) return [];
  const parts = Array.from({ length: folds }, () => new Set<number>());
  for (let i = 0; i < sentences; i++) parts[i % folds]!.add(i);
  return parts;
}

/** Trains a model from treebank sentences (multiword-token lines and empty nodes are ignored). */
export function trainModel(treebank: readonly ConlluSentence[], o: TrainOptions = defaultTrainOptions): SyntaxModel {
  const log = o.log ?? (() => {});
  const random = prng(o.seed);
  const order = <T>(s: T[]) => void shuffle(s, random);
  const gold = treebank.filter((s) => s.tokens.length > 0).map((s) => ({
    words: words(s.tokens.map((t) => t.form)),
    tags: Uint8Array.from(s.tokens.map((t) => uposIndex(t.upos))),
    heads: Int32Array.from(s.tokens.map((t) => (t.head === 0 ? s.tokens.length : t.head - 1))),
    deprels: s.tokens.map((t) => t.deprel),
  }));
  const tagger = trainTagger(gold.map((s) => ({ words: s.words, tags: s.tags })), o.tagEpochs, o.tagBits, order);
  log('tagger trained');
  // Note: the parser learns from tags of held-out taggers (jackknifing): the final tagger's own tags on its training set are nearly all right, unlike on new text.
  const folds = o.folds ?? 4;
  const predicted = gold.map((s) => ({ ...s, tags: folds < 2 ? tag(tagger, s.words) : s.tags }));
  for (const [f, held] of jackknife(gold.length, folds).entries()) {
    const others = trainTagger(gold.filter((_, i) => !held.has(i)).map((s) => ({ words: s.words, tags: s.tags })), o.tagEpochs, o.tagBits, order);
    for (const i of held) predicted[i]!.tags = tag(others, gold[i]!.words);
    log(`fold ${f + 1} of ${folds} tagged`);
  }
  const beam = o.beam ?? 1;
  const training = { epochs: o.parseEpochs, rowBits: o.parseBits, staticEpochs: o.staticEpochs ?? 1, explore: o.explore ?? 1, beam, update: o.update ?? 'max', warmEpochs: o.warmEpochs ?? 0 };
  const parser = trainParser(predicted.map((s) => ({ ...s })), training, order, random);
  log('parser trained');
  const labels = [...new Set(gold.flatMap((s) => s.deprels))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const labelled = predicted.map((s) => ({ ...s, labels: Uint8Array.from(s.deprels.map((d) => labelIndex.get(d)!)) }));
  const labeller = trainLabeller(labelled, labels.length, o.labelEpochs, o.labelBits, order);
  log('labeller trained');
  const labelSetsOf = labelSets(labelled, labelIndex.get('root') ?? -1);
  // The verbs the tagger knows check the verb lemmas, as when the model is loaded (model.ts).
  const learned = learnLemmas(treebank.flatMap((s) => s.tokens.map((t) => [t.form, t.upos, t.lemma] as [string, string, string])));
  const lemmas = { ...learned, vocabulary: vocabularyOf(tagger.dictionary, tagger.ambiguity, { verb: uposTags.indexOf('VERB'), name: uposTags.indexOf('PROPN') }) };
  return { tagger, parser, beam, labeller, labelSets: labelSetsOf, labels, lemmas };
}
