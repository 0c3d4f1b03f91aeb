// The list filters of the home, archive and timeline pages, as table tests.
import { describe, expect, it } from 'vitest';
import { briefingPasses, inRange, isOpen, type BriefingRow, type ListFilter } from './list-filter.ts';

const any: ListFilter = { from: '', to: '', outlet: '', actor: '', quad: '' };
const row: BriefingRow = ['siege', 'The siege', '3019-03-15', 'Minas Tirith Herald', ['Gondor', 'Witch-king of Angmar'], ['material-conflict']];

describe('inRange', () => {
  it.each([
    ['3019-03-15', '', '', true],
    ['', '', '', true],
    ['', '3019-01-01', '', false],
    ['3019-03-15', '3019-03-15', '3019-03-15', true],
    ['3019-03-15', '3019-03-16', '', false],
    ['3019-03', '3019-03-15', '3019-04-01', true],
    ['3019', '3018-12-01', '3019-01-01', true],
    ['3019-04-02', '', '3019-04-01', false],
  ])('%j in %j..%j → %j', (date, from, to, expected) => expect(inRange(date, from, to)).toBe(expected));
});

describe('briefingPasses', () => {
  it.each([
    [{}, true],
    [{ outlet: 'Minas Tirith Herald' }, true],
    [{ outlet: 'Shire Post' }, false],
    [{ actor: 'witch king' }, true],
    [{ actor: 'mordor' }, false],
    [{ actor: 'witch-king angmar' }, true],
    [{ actor: 'GONDOR' }, true],
    [{ quad: 'material-conflict' }, true],
    [{ quad: 'verbal-cooperation' }, false],
    [{ from: '3019-03-01', to: '3019-03-31', actor: 'gondor' }, true],
    [{ from: '3019-04-01' }, false],
  ])('%j → %j', (f, expected) => expect(briefingPasses(row, { ...any, ...f })).toBe(expected));

  it('dates an event by its own date when given', () => {
    expect(briefingPasses(row, { ...any, from: '3018-01-01', to: '3018-12-31' }, '3018-06-01')).toBe(true);
  });
});

describe('isOpen', () => {
  it('is open only with every field empty (blank actor text counts as empty)', () => {
    expect(isOpen(any)).toBe(true);
    expect(isOpen({ ...any, actor: '  ' })).toBe(true);
    expect(isOpen({ ...any, quad: 'verbal-conflict' })).toBe(false);
  });
});
