// The ordering helpers: code-unit order, whatever the locale says.
import { describe, expect, it } from 'vitest';
import { byString, newestFirst } from './order.ts';

describe('byString', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    // A collator puts "a" before "B" and "é" before "f"; code units do not.
    ['B', 'a', -1],
    ['f', 'é', -1],
    ['Zürich', 'Zurich', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(byString(a, b)).toBe(expected);
  });
});

describe('newestFirst', () => {
  it('puts the newest first, undated last, ties by key', () => {
    const items = [{ s: 'b' }, { s: 'a', p: '3019' }, { s: 'c', p: '3019-03-15' }, { s: 'a2' }, { s: 'B' }];
    expect(newestFirst(items, (i) => ({ published: i.p, tie: i.s })).map((i) => i.s)).toEqual(['c', 'a', 'B', 'a2', 'b']);
  });
});
