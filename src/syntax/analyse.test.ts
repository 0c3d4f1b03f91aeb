// The project's model on hand-made news sentences: who is subject and object.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { syntaxModel } from './model-file.ts';
import { tokenize } from './tokenizer.ts';

/** `word>relation>head` for each word of the sentence. */
function arcs(sentence: string): string[] {
  const words = tokenize(sentence).map((t) => t.text);
  return analyse(syntaxModel(), words).map((a, i) => `${words[i]}>${a.deprel}>${a.head < 0 ? 'ROOT' : words[a.head]}`);
}

describe('analyse with the project model', () => {
  it.each([
    ['Russia attacked Ukraine.', ['Russia>nsubj>attacked', 'attacked>root>ROOT', 'Ukraine>obj>attacked']],
    ['The minister was arrested by the police.', ['minister>nsubj:pass>arrested', 'was>aux:pass>arrested', 'police>obl:agent>arrested']],
    ['The United States imposed sanctions on China.', ['States>nsubj>imposed', 'sanctions>obj>imposed', 'China>obl>imposed']],
    ['The talks were held in Geneva.', ['talks>nsubj:pass>held', 'Geneva>obl>held']],
    ['Iran accused Israel of violating the ceasefire.', ['Iran>nsubj>accused', 'Israel>obj>accused']],
  ])('%s', (sentence, expected) => {
    expect(arcs(sentence)).toEqual(expect.arrayContaining(expected));
  });

  it('gives one root, lemmas and tags', () => {
    const a = analyse(syntaxModel(), ['Protesters', 'were', 'killed', '.']);
    expect(a.filter((w) => w.head < 0)).toHaveLength(1);
    expect(a.map((w) => w.lemma)).toEqual(['protester', 'be', 'kill', '.']);
    expect(a.map((w) => w.upos)).toEqual(['NOUN', 'AUX', 'VERB', 'PUNCT']);
  });

  it('returns nothing for no words', () => {
    expect(analyse(syntaxModel(), [])).toEqual([]);
  });
});
