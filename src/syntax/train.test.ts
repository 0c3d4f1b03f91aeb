// The jackknife split that gives the parser tags from taggers that did not see its sentences.
import { describe, expect, it } from 'vitest';
import { jackknife } from './train.ts';

describe('jackknife split', () => {
  it('puts every sentence in exactly one part, the same way every time', () => {
    const parts = jackknife(23, 4);
    expect(parts).toHaveLength(4);
    const all = parts.flatMap((p) => [...p]).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 23 }, (_, i) => i));
    expect(jackknife(23, 4)).toEqual(parts);
    expect(parts.map((p) => p.size)).toEqual([6, 6, 6, 5]);
  });

  it('has no parts below two folds', () => {
    expect(jackknife(10, 1)).toEqual([]);
  });
});
