// The parser's beam: width 1 is the plain greedy parse, a wider beam trained on
// whole move sequences learns a small treebank (model.test.ts: the width in the file).
import { describe, expect, it } from 'vitest';
import { syntaxModel } from './model-file.ts';
import { padded, parse, parseFeatures, trainParser, type TreeSentence } from './parser.ts';
import { score } from './perceptron.ts';
import { tag } from './tagger.ts';
import { uposIndex } from './tags.ts';
import { Configs, MOVES } from './transition.ts';
import { words } from './words.ts';
import { prng, shuffle } from '../util/seeded.ts';

/** Greedy decoding written out move by move: the best valid move, ties to the lower move. */
function greedy(m: Parameters<typeof parse>[0], x: Parameters<typeof parse>[1]): number[] {
  const cf = new Configs();
  const p = padded(x);
  const feats = new Uint32Array(128);
  const scores = new Int32Array(MOVES);
  let c = cf.start(x.words.n);
  while (!cf.done(c)) {
    score(m, feats, parseFeatures(cf, c, p, feats), scores);
    let best = -1;
    for (let move = 0; move < MOVES; move++) if (cf.valid(c, move) && (best < 0 || scores[move]! > scores[best]!)) best = move;
    c = cf.apply(c, best);
  }
  return [...cf.heads(c, new Int32Array(x.words.n + 1)).subarray(0, x.words.n)];
}

const sentences = [
  'The minister said the talks with Gondor would resume on Monday .',
  'Police arrested two men after the attack , officials said .',
  'Arnor , which borders Gondor , rejected the offer made by Rohan last week .',
  'He told reporters that the deal was signed in the capital .',
];

describe('beam of one', () => {
  it('is the greedy parse of the project model', () => {
    const model = syntaxModel();
    for (const s of sentences) {
      const w = words(s.split(' '));
      const x = { words: w, tags: tag(model.tagger, w) };
      expect([...parse(model.parser, x, 1)]).toEqual(greedy(model.parser, x));
    }
  });
});

// Six short sentences, tagged with gold tags: heads are 0-based, n for the root.
const treebank: [string, string, number[]][] = [
  ['Police arrested men', 'NOUN VERB NOUN', [1, 3, 1]],
  ['They freed the men', 'PRON VERB DET NOUN', [1, 4, 3, 1]],
  ['The men were freed', 'DET NOUN AUX VERB', [1, 3, 3, 4]],
  ['Rohan met Gondor in Arnor', 'PROPN VERB PROPN ADP PROPN', [1, 5, 1, 4, 1]],
  ['Gondor said Rohan lied', 'PROPN VERB PROPN VERB', [1, 4, 3, 1]],
  ['The king of Arnor left', 'DET NOUN ADP PROPN VERB', [1, 4, 3, 1, 5]],
];
const trees = (): TreeSentence[] => treebank.map(([text, tags, heads]) => ({
  words: words(text.split(' ')),
  tags: Uint8Array.from(tags.split(' ').map(uposIndex)),
  heads: Int32Array.from(heads),
}));

describe('beam trained on whole sequences', () => {
  for (const [update, warmEpochs] of [['max', 0], ['early', 0], ['max', 3]] as const) {
    it(`learns a tiny treebank (${update} update, ${warmEpochs} greedy passes first)`, () => {
      const random = prng(3);
      const model = trainParser(trees(), { epochs: 10, rowBits: 12, staticEpochs: 1, explore: 1, beam: 4, update, warmEpochs }, (s) => void shuffle(s, random), random);
      for (const x of trees()) expect([...parse(model, x, 4)]).toEqual([...x.heads]);
    });
  }

  it('gives every word one head and builds no cycle, whatever the weights', () => {
    const random = prng(5);
    const model = trainParser(trees().slice(0, 2), { epochs: 1, rowBits: 8, staticEpochs: 1, explore: 1, beam: 3, update: 'max', warmEpochs: 0 }, (s) => void shuffle(s, random), random);
    const x = trees()[5]!;
    const heads = parse(model, x, 3);
    for (let d = 0; d < heads.length; d++) {
      const seen = new Set<number>();
      for (let h = d; h !== heads.length; h = heads[h]!) {
        expect(seen.has(h)).toBe(false);
        seen.add(h);
        expect(heads[h]).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
