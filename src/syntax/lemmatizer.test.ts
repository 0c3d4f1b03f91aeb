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

describe('lemmatize: verb lemmas checked against the training vocabulary', () => {
  // "chosen -> choose" teaches -sen -> -ose; "given", "taken", "driven" teach -n -> (cut); "found -> find", -und -> -ind.
  const verbs: [string, string, string][] = [
    ['chosen', 'VERB', 'choose'], ['chosen', 'VERB', 'choose'], ['chosen', 'VERB', 'choose'],
    ['given', 'VERB', 'give'], ['taken', 'VERB', 'take'], ['driven', 'VERB', 'drive'], ['proven', 'VERB', 'prove'],
    ['found', 'VERB', 'find'], ['found', 'VERB', 'find'], ['found', 'VERB', 'find'],
  ];
  const learned = learnLemmas(verbs);
  const vocabulary = { words: new Set(['rise', 'range', 'fund']), verbs: new Set(['rise']) };
  const m = { ...learned, vocabulary };
  it('without a vocabulary, the longest ending decides', () => {
    expect(lemmatize(learned, 'risen', 'VERB')).toBe('riose');
    expect(lemmatize(learned, 'fund', 'VERB')).toBe('ind');
  });
  it.each([
    ['risen', 'rise'], // -sen -> -ose gives no word; -n -> (cut) gives a verb of training
    ['fund', 'fund'], // -und -> -ind gives "ind"; the form itself is a word of training
    ['ranged', 'range'], // no verb of training fits; a word of it (a noun there) does
    ['chosen', 'choose'], // an exception stays
  ])('%s → %s', (form, lemma) => {
    expect(lemmatize(m, form, 'VERB')).toBe(lemma);
  });
  it('only verbs', () => {
    expect(lemmatize(m, 'risen', 'NOUN')).toBe(lemmatize(learned, 'risen', 'NOUN'));
  });
});

describe('lemmatize: verb lemmas a lexicon knows', () => {
  // "committed -> commit" teaches -tted -> -t; "raised", "closed" teach -ed -> -e.
  const m = learnLemmas([
    ['committed', 'VERB', 'commit'], ['admitted', 'VERB', 'admit'], ['submitted', 'VERB', 'submit'],
    ['raised', 'VERB', 'raise'], ['closed', 'VERB', 'close'], ['caused', 'VERB', 'cause'],
  ]);
  const verbs = new Set(['boycott', 'ban']);
  it('without the lexicon, the rules decide', () => {
    expect(lemmatize(m, 'boycotted', 'VERB')).toBe('boycot');
  });
  it.each([
    ['boycotted', 'boycott'], // the form less -ed is a verb of the lexicon
    ['banned', 'ban'], // less -ed, undoubled
    ['committed', 'commit'], // an exception or a rule's lemma the lexicon does not contradict stays
  ])('%s → %s', (form, lemma) => {
    expect(lemmatize(m, form, 'VERB', verbs)).toBe(lemma);
  });
});
