import { describe, expect, it } from 'vitest';
import { syntax } from './syntax.ts';
import type { Segmented } from './types.ts';

function doc(language: string, ...texts: string[]): Segmented {
  return {
    seed: 'x.txt', text: texts.join(' '), meta: {}, language, warnings: [], paragraphs: [texts.join(' ')], removed: [],
    sentences: texts.map((text, index) => ({ index, paragraph: 0, text })),
  };
}

describe('syntax stage', () => {
  it('gives each sentence its words with offsets, lemma, tag and tree', () => {
    const out = syntax(doc('en', 'Gondor’s army was defeated by Rohan.', 'Rohan won.'));
    expect(out.parses).toHaveLength(2);
    const [first] = out.parses;
    for (const w of first!) expect(out.sentences[0]!.text.slice(w.start, w.end)).toBe(w.text);
    expect(first!.map((w) => w.text)).toEqual(['Gondor', '’s', 'army', 'was', 'defeated', 'by', 'Rohan', '.']);
    const byText = Object.fromEntries(first!.map((w) => [w.text, w]));
    expect(byText.army).toMatchObject({ deprel: 'nsubj:pass', head: 4 });
    expect(byText.Rohan).toMatchObject({ deprel: 'obl:agent', head: 4 });
    expect(byText.defeated).toMatchObject({ deprel: 'root', head: -1, lemma: 'defeat', upos: 'VERB' });
  });

  it('leaves sentences in other languages without words', () => {
    expect(syntax(doc('de', 'Rohan gewann.')).parses).toEqual([[]]);
  });
});
