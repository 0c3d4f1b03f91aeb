import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, letterSet, letterSetsClose, sameNameWord } from './variants.ts';

describe('sameNameWord', () => {
  it.each([
    ['Araghchi', 'Araqchi', true], // transliteration
    ['Araghchi', 'Araghchib', true], // typo
    ['Zelensky', 'Zelenskiy', true],
    ['Haniyeh', 'Haniyah', true],
    ['Türkiye', 'Turkiye', true], // accent
    ['Blair', 'Blain', false], // short words must match exactly
    ['Wang', 'Wong', false],
    ['Elessar', 'Elrond', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(sameNameWord(a, b)).toBe(expected);
  });
});

describe('damerauLevenshtein with a bound', () => {
  it('agrees with the unbounded distance up to the bound, and reports anything above it as bound + 1', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[abcz]{0,9}$/), fc.stringMatching(/^[abcz]{0,9}$/), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(damerauLevenshtein(a, b, max)).toBe(Math.min(damerauLevenshtein(a, b), max + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('letterSetsClose never rejects a word and the same word after two edits', () => {
    const edit = fc.tuple(fc.constantFrom('substitute', 'insert', 'delete', 'swap'), fc.nat(), fc.constantFrom(...'abxyz'));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,10}$/), fc.array(edit, { maxLength: 2 }), (a, edits) => {
        let b = a;
        for (const [op, n, ch] of edits) {
          const at = b.length ? n % b.length : 0;
          if (op === 'substitute') b = b.slice(0, at) + ch + b.slice(at + 1);
          else if (op === 'insert') b = b.slice(0, at) + ch + b.slice(at);
          else if (op === 'delete') b = b.slice(0, at) + b.slice(at + 1);
          else b = b.slice(0, at) + b.slice(at + 1, at + 2) + b.slice(at, at + 1) + b.slice(at + 2);
        }
        expect(letterSetsClose(letterSet(a), letterSet(b))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
