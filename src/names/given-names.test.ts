import { describe, expect, it } from 'vitest';
import { givenNameTable, noGivenNames, sameGivenName } from './given-names.ts';

// Fictional rows: the real table can grow without breaking these.
const table = givenNameTable([
  ['Peregrin', ['Pippin', 'Pip']],
  ['Meriadoc', ['Merry']],
  ['Samwise', ['Sam']],
  ['Samantha', ['Sam']],
]);

describe('sameGivenName', () => {
  it.each([
    ['peregrin', 'peregrin', true],
    ['pippin', 'peregrin', true], //    short form and full name
    ['peregrin', 'pip', true],
    ['pippin', 'pip', true], //         two short forms of one name
    ['sam', 'samantha', true], //       a short form of two names matches both
    ['samwise', 'samantha', false], //  ... but the two full names stay apart
    ['merry', 'pippin', false],
    ['faramir', 'faramyr', true], //    spelling variants still count
    ['frodo', 'bilbo', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(sameGivenName(a, b, table)).toBe(same));

  it('without a table, short forms are different names', () => {
    expect(sameGivenName('pippin', 'peregrin', noGivenNames)).toBe(false);
  });

  it('folds forms as written', () => {
    expect(givenNameTable([['Éomer', ['Éo']]]).get('eo')).toEqual(['eomer']);
  });
});
