import { describe, expect, it } from 'vitest';
import { consonantSkeleton, damerauLevenshtein, sameSurname } from '../names/variants.ts';
import { givenNameTable } from '../names/given-names.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { nameWords, personName, sameGiven } from './person-name.ts';

const words = nameWords(loadLexicon().words);

describe('personName', () => {
  it.each([
    ['Aragorn son of Arathorn', { given: ['aragorn', 'son', 'of'], surname: 'arathorn' }],
    ['Denethor Ecthelion II', { given: ['denethor'], surname: 'ecthelion' }],
    ['Éowyn Éomundsdóttir', { given: ['eowyn'], surname: 'eomundsdottir' }],
    ['Elessar', { given: [], surname: 'elessar' }],
    ['von der Dúnadan', { given: [], surname: 'dunadan' }],
    ['Imrahil bin Adrahil', { given: ['imrahil'], surname: 'adrahil' }],
    ["Forlong O'Fat", { given: ['forlong'], surname: 'ofat' }],
    ['Ben Gamgee', { given: ['ben'], surname: 'gamgee' }], //          Ben first is a given name
    ['Imrahil Ben Adrahil', { given: ['imrahil'], surname: 'adrahil' }], // elsewhere a particle
    ['', undefined],
  ])('%j', (name, expected) => expect(personName(name, words)).toEqual(expected));
});

describe('damerauLevenshtein', () => {
  it.each([
    ['gondor', 'gondor', 0],
    ['gondor', 'gondro', 1],
    ['gondor', 'condor', 1],
    ['arnor', 'arnorr', 1],
    ['araghchi', 'araqchi', 2],
    ['', 'abc', 3],
  ])('%s ~ %s = %i', (a, b, d) => expect(damerauLevenshtein(a, b)).toBe(d));
});

describe('consonantSkeleton', () => {
  it.each([
    ['araghchi', 'rk'],
    ['araqchi', 'rk'],
    ['rohirghan', 'rhrkn'],
    ['rohirqan', 'rhrkn'],
    ['zelenskyy', 'slnsk'],
  ])('%s -> %s', (w, s) => expect(consonantSkeleton(w)).toBe(s));
});

describe('sameSurname', () => {
  it.each([
    ['elessar', 'elessar', true],
    ['hurinion', 'hurinyon', true], //    one letter, long enough
    ['rohirghan', 'rohirqan', true], //   transliteration: gh/q
    ['blake', 'black', false], //         too short to guess
    ['thengel', 'theoden', false],
    ['ecthelion', 'ecthelions', true],
  ])('%s ~ %s: %s', (a, b, same) => expect(sameSurname(a, b)).toBe(same));
});

describe('sameGiven', () => {
  it.each([
    [[], ['aragorn'], true],
    [['aragorn'], ['aragorn'], true],
    [['kingly', 'aragorn'], ['aragorn'], true],
    [['bilbo'], ['frodo'], false],
    [['faramir'], ['faramyr'], true], //  spelling variant, long enough
    [['eomer'], ['eomar'], false], //     too short to guess
  ])('%j ~ %j: %s', (a, b, same) => expect(sameGiven(a, b)).toBe(same));

  const short = givenNameTable([['Peregrin', ['Pippin']], ['Meriadoc', ['Merry']]]);
  it.each([
    [['pippin'], ['peregrin'], true],
    [['merry'], ['pippin'], false],
    [['merry'], ['meriadoc'], true],
    [['pippin'], ['peregrin', 'fool'], false], // a short form beside a middle name is too weak
  ])('with short forms: %j ~ %j: %s', (a, b, same) => expect(sameGiven(a, b, short)).toBe(same));
});
