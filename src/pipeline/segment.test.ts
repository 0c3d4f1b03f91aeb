import { describe, expect, it } from 'vitest';
import { fictionalLexicon } from '../../test/fictional-lexicon.ts';
import { prepareSegment, splitSentences } from './segment.ts';

const tools = prepareSegment(fictionalLexicon());

describe('splitSentences', () => {
  it.each([
    ['Gondor met Rohan. Arnor stayed away.', ['Gondor met Rohan.', 'Arnor stayed away.']],
    ['The U.S. and the U.K. met. They agreed.', ['The U.S. and the U.K. met.', 'They agreed.']],
    ['Mr. Elessar said no. “It is over.” He left.', ['Mr. Elessar said no.', '“It is over.”', 'He left.']],
    ['Gondor’s S. Denethor will go. Is it? Yes!', ['Gondor’s S. Denethor will go.', 'Is it?', 'Yes!']],
    ['He said “the talks are futile.” Rohan agreed.', ['He said “the talks are futile.”', 'Rohan agreed.']],
    ['They met at 5 p.m. on Tuesday.', ['They met at 5 p.m. on Tuesday.']],
    ['No period at the end', ['No period at the end']],
  ])('%s', (input, expected) => {
    expect(splitSentences(input, tools)).toEqual(expected);
  });
});
