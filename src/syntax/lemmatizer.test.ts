import { describe, expect, it } from 'vitest';
import { learnLemmas, lemmatize } from './lemmatizer.ts';

const triples: [string, string, string][] = [
  ['talks', 'NOUN', 'talk'], ['forces', 'NOUN', 'force'], ['troops', 'NOUN', 'troop'], ['cities', 'NOUN', 'city'],
  ['parties', 'NOUN', 'party'], ['armies', 'NOUN', 'army'], ['men', 'NOUN', 'man'], ['attacked', 'VERB', 'attack'],
  ['killed', 'VERB', 'kill'], ['opened', 'VERB', 'open'], ['The', 'DET', 'the'], ['Iran', 'PROPN', 'Iran'],
];

describe('lemmatize', () => {
  const m = learnLemmas(triples);
  it.each([
    ['allies', 'NOUN', 'ally'], // a learned suffix rule
    ['ships', 'NOUN', 'ship'],
    ['bombed', 'VERB', 'bomb'],
    ['men', 'NOUN', 'man'], // an exception kept from training
    ['The', 'DET', 'the'],
    ['Gondor', 'PROPN', 'Gondor'], // unknown: the form itself
  ])('%s/%s → %s', (form, upos, lemma) => {
    expect(lemmatize(m, form, upos)).toBe(lemma);
  });
});
