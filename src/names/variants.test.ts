import { describe, expect, it } from 'vitest';
import { sameNameWord } from './variants.ts';

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
