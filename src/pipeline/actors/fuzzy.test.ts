import { describe, expect, it } from 'vitest';
import { editDistance, sameWord } from './fuzzy.ts';

describe('sameWord', () => {
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
    expect(sameWord(a, b)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['abc', 'abc', 0],
    ['abc', 'acb', 1], // transposition
    ['kitten', 'sitting', 3],
  ])('%s → %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
