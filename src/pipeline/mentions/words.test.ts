import { describe, expect, it } from 'vitest';
import { tokenize } from '../../syntax/tokenizer.ts';
import { mentionWords } from './words.ts';

const words = (s: string) => mentionWords(tokenize(s), /-(?:backed|era)$/u);

describe('mentionWords', () => {
  it.each([
    ['Bashar al-Assad met pro-Russian Kim Jong-un.', ['Bashar', 'al-Assad', 'met', 'pro-Russian', 'Kim', 'Jong-un', '.']],
    ['Iran’s Foreign Minister and the Ukrainians’ envoy', ['Iran', '’s', 'Foreign', 'Minister', 'and', 'the', 'Ukrainians', '’', 'envoy']],
    ["Mr. O'Neil said they're in the U.S. now.", ['Mr', '.', "O'Neil", 'said', "they're", 'in', 'the', 'U.S.', 'now', '.']],
    ['AT&T cannot pay 2,000 to the Kremlin-backed Gondor-Rohan pact.', ['AT&T', 'cannot', 'pay', '2,000', 'to', 'the', 'Kremlin-backed', 'Gondor-Rohan', 'pact', '.']],
  ])('%s', (sentence, expected) => {
    expect(words(sentence).map((t) => t.text)).toEqual(expected);
  });

  it('keeps offsets into the sentence and marks capitalised words', () => {
    const s = 'Gen. Faramir Hurin’s pro-Gondor, Kremlin-backed army';
    const tokens = words(s);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.cap).map((t) => t.text)).toEqual(['Gen', 'Faramir', 'Hurin']);
  });
});
