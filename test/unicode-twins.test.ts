// The same article in NFC and in NFD (combining accents) is one article: the
// same actors, quotes and relations, whichever form the seed was saved in and
// whichever form the lexicon was typed in (issue 14.5).
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../src/lexicon/load.ts';
import { prepareTools, processSeed } from '../src/pipeline/index.ts';

const article = [
  'Chelsea appoint José Mourinho as manager',
  '',
  'Chelsea named José Mourinho as their new manager on Monday, the club said in a statement.',
  '',
  '"I am very happy to be here," Mourinho told reporters in London. Mourinho met Roman Abramovich on Sunday.',
  '',
].join('\n');

const tools = prepareTools(loadLexicon());
const briefing = (text: string) => processSeed({ name: 'a.txt', bytes: Buffer.from(text) }, tools).data;

describe('an article saved in NFD', () => {
  it('gives the briefing of the same article in NFC', () => {
    const nfc = briefing(article.normalize('NFC'));
    expect(nfc.actors.map((a) => a.name)).toContain('José Mourinho');
    expect(nfc.quotes[0]?.speaker).toBe('jose-mourinho');
    expect(briefing(article.normalize('NFD'))).toEqual(nfc);
  });
});
