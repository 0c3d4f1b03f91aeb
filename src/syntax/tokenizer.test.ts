import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.ts';

describe('tokenize', () => {
  it.each([
    ["Iran's foreign minister didn't come.", ['Iran', "'s", 'foreign', 'minister', 'did', "n't", 'come', '.']],
    ['He said: "We can’t wait."', ['He', 'said', ':', '"', 'We', 'ca', 'n’t', 'wait', '.', '"']],
    ['a well-known U.S. firm and/or its $5.5 deal', ['a', 'well', '-', 'known', 'U.S.', 'firm', 'and', '/', 'or', 'its', '$', '5.5', 'deal']],
    ['Mr. Smith cannot pay 2,000 (5%) to the parents\' fund.', ['Mr.', 'Smith', 'can', 'not', 'pay', '2,000', '(', '5', '%', ')', 'to', 'the', 'parents', "'", 'fund', '.']],
    ["They're in the U.S.", ['They', "'re", 'in', 'the', 'U.S.']],
    ['See www.bbc.co.uk/news, then wait...', ['See', 'www.bbc.co.uk/news', ',', 'then', 'wait', '...']],
    ['A knot — not a cannon.', ['A', 'knot', '—', 'not', 'a', 'cannon', '.']],
    ['the Union,dismissed the Party(BNP).', ['the', 'Union', ',', 'dismissed', 'the', 'Party', '(', 'BNP', ')', '.']],
    ['Natalie Appleton,31, said "The chancellor...no".', ['Natalie', 'Appleton', ',', '31', ',', 'said', '"', 'The', 'chancellor', '...', 'no', '"', '.']],
    ['US$25,000 for Windows- and Mac-based -- PCs', ['US', '$', '25,000', 'for', 'Windows', '-', 'and', 'Mac', '-', 'based', '--', 'PCs']],
  ])('%s', (sentence, expected) => {
    expect(tokenize(sentence).map((t) => t.text)).toEqual(expected);
  });

  it('gives offsets into the sentence', () => {
    const s = '  "Iran’s move," he said.';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
});
