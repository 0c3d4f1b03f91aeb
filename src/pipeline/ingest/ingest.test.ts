// The ingest stage as a whole: the pieces in order, and what it refuses.
import { loadLexicon } from '../../lexicon/load.ts';
import { describe, expect, it } from 'vitest';
import { ingest, prepareIngest } from '../ingest.ts';

const tools = prepareIngest(loadLexicon());

const seed = (text: string | Uint8Array, name = 'a.txt') => ({ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

describe('ingest', () => {
  it('decodes, normalises line ends, reads front matter and strips HTML, in that order', () => {
    const doc = ingest(seed('\uFEFF---\r\ntitle: Envoys\r\n---\r\n<p>Gondor &amp; Arnor met on Tuesday.</p>\r\n<p>They talked.</p>\u2028'), tools);
    expect(doc).toEqual({
      seed: 'a.txt',
      text: 'Gondor & Arnor met on Tuesday.\n\nThey talked.',
      meta: { title: 'Envoys' },
      language: 'en',
      warnings: ['HTML markup stripped from the text'],
    });
  });

  it('puts the text and front matter in NFC', () => {
    const doc = ingest(seed('---\ntitle: Jose\u0301 in Me\u0301xico\n---\nJose\u0301 Mourinho said on Tuesday.'), tools);
    expect(doc.text).toBe('Jos\u00e9 Mourinho said on Tuesday.');
    expect(doc.meta.title).toBe('Jos\u00e9 in M\u00e9xico');
  });

  it('sets the language and warns when the text is not English', () => {
    const doc = ingest(seed('Le roi du Gondor a déclaré mardi que ses envoyés se rendront en Arnor, où ils doivent rencontrer le conseil, qui a demandé des discussions avec les chefs des deux pays.'), tools);
    expect(doc.language).toBe('fr');
    expect(doc.warnings).toEqual([expect.stringMatching(/^note: .*extraction covers English only/)]);
  });

  it.each([
    ['an empty file', '', /^empty seed/],
    ['front matter and nothing else', '---\ntitle: T\n---\n \n', /^empty seed: no article text after the front matter and markup/],
    ['only a script', '<script>alert(1)</script>', /^empty seed/],
    ['a NUL byte', 'a\u0000b', /^binary file/],
    ['a YAML error', '---\ntitle: a: b\n---\nText.', /^front matter YAML error at line 2/],
  ])('refuses %s', (_, text, message) => {
    expect(() => ingest(seed(text), tools)).toThrow(message);
  });
});
