import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './marks.ts';

/** The quoted stretches of a text, `…` marking one left open. */
function spans(text: string): string[] {
  return findQuoteSpans(text).map((s) => text.slice(s.open + 1, s.close) + (s.closed ? '' : '…'));
}

describe('findQuoteSpans', () => {
  const cases: [string, string[]][] = [
    ['“Curly,” he said.', ['Curly,']],
    ['"Straight," he said.', ['Straight,']],
    ['"Mixed marks,” he said.', ['Mixed marks,']],
    ['He said "one" and "two".', ['one', 'two']],
    ['A “first” and a “second”.', ['first', 'second']],
    ['“Never closed', ['Never closed…']],
    ['“Open “reopened” here.', ['Open …', 'reopened']],
    ['A stray ” mark, then “a quote”.', ['a quote']],
    ["Don't touch 'single' quotes.", []],
    ['"halfway", Chinese state media said', ['halfway']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
