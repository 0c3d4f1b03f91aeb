import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp } from './regex.ts';

describe('alternation', () => {
  it.each([
    [['said', 'told'], '(?:said|told)'],
    [['according to', 'so-called'], '(?:according to|so-called)'],
    [['a.m', 'c++'], '(?:a\\.m|c\\+\\+)'],
  ])('%j → %s', (words, source) => expect(alternation(words)).toBe(source));

  it('matches the words literally', () => {
    const re = new RegExp(`^${alternation(['a.m', 'x'])}$`);
    expect(re.test('a.m')).toBe(true);
    expect(re.test('abm')).toBe(false);
  });

  it('refuses an empty list, which would match everywhere', () => expect(() => alternation([])).toThrow(/no words/));
  it('escapes every syntax character', () => expect(escapeRegExp('(a|b)[c]{1}^$*+?.\\')).toBe('\\(a\\|b\\)\\[c\\]\\{1\\}\\^\\$\\*\\+\\?\\.\\\\'));
});
