// Label sets: the labeller scores only the labels an arc's tag pair took in training.
import { describe, expect, it } from 'vitest';
import { label, labelSets, type LabelledSentence } from './labeller.ts';
import type { Linear } from './perceptron.ts';
import { uposIndex } from './tags.ts';
import { words } from './words.ts';

// "the cat": det (label 0) under NOUN, 'cat' the root (label 2); label 1 is never seen for DET before NOUN.
const sentence = (): LabelledSentence => ({
  words: words(['the', 'cat']),
  tags: Uint8Array.from([uposIndex('DET'), uposIndex('NOUN')]),
  heads: Int32Array.from([1, 2]),
  labels: Uint8Array.from([0, 2]),
});

describe('label sets', () => {
  it('keeps the labels of pairs seen often enough, never the root label', () => {
    const sets = labelSets(Array.from({ length: 3 }, sentence), 2, 3);
    expect([...sets.values()]).toEqual([[0]]);
    expect(labelSets(Array.from({ length: 2 }, sentence), 2, 3).size).toBe(0);
  });

  it('restricts the choice to the set even when another label scores higher', () => {
    // Weights favour label 1 on every feature; the set allows only label 0.
    const rows = 1 << 8;
    const weights = new Int16Array(rows * 3);
    for (let r = 0; r < rows; r++) weights[r * 3 + 1] = 100;
    const m: Linear = { classes: 3, rows, weights };
    const x = sentence();
    expect([...label(m, new Map(), x, x.heads, 2)]).toEqual([1, 2]);
    expect([...label(m, labelSets([x, x, x], 2, 3), x, x.heads, 2)]).toEqual([0, 2]);
  });
});
