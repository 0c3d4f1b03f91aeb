import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

describe('tokenize', () => {
  const cases: [string, string[]][] = [
    ["Iran's envoy didn't meet Gondor.", ['Iran', "'s", 'envoy', 'did', "n't", 'meet', 'Gondor', '.']],
    ['It hasn’t sent 30,000 troops.', ['It', 'has', 'n’t', 'sent', '30,000', 'troops', '.']],
    ['The US-backed government', ['The', 'US', '-', 'backed', 'government']],
  ];
  it.each(cases)('%s', (text, expected) => expect(tokenize(text).map((t) => t.text)).toEqual(expected));

  it('keeps offsets into the sentence', () => {
    const text = "Arnor didn't agree.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
