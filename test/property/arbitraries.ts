// Arbitraries for the property tests: real articles (read from ../shared at
// test time, never copied) mutated with quotes, brackets, control characters,
// very long tokens, Mermaid keywords, HTML and prototype names.
import fc from 'fast-check';
import { corpusSeeds } from './check-output.ts';

/** The corpus articles as text; empty when ../shared is absent. */
export const articles = corpusSeeds().map((s) => new TextDecoder().decode(s.bytes));

export const punctuation = ['"', '“', '”', "'", '‘', '’', '«', '»', '[', ']', '(', ')', '{', '}', '<', '>', '|', '`', '*', '_', '#', '\\', '&', '%%', ';', ':', '—', '...', '\n', '\n\n'];
export const controls = ['\u0007', '\u001b[31m', '\u200b', '\u202e', '\u2028', '\r', '\t', '\f', '\u00ad', '\ufeff', '\ud800', '\u0085', '\u000b'];
export const mermaid = ['end', 'subgraph S', 'click A call alert()', '%%{init: {"securityLevel":"loose"}}%%', 'classDef x fill:#f00', 'style n0 fill:#f00', 'A --> B', '-->|x|', 'graph TD', ':::x', '#quot;', '"];'];
export const markup = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '<p>', '</div>', '&amp;', '&#0;', '<!--', '-->', '---\n', '```', '<span id="s-1"></span>'];
export const names = ['__proto__', 'Constructor', 'toString', 'HasOwnProperty', 'ValueOf', 'prototype', 'President __proto__', 'Minister Constructor'];

/** Something to insert into an article. */
export const insertion = fc.oneof(
  fc.constantFrom(...punctuation),
  fc.constantFrom(...controls),
  fc.constantFrom(...mermaid),
  fc.constantFrom(...markup),
  fc.constantFrom(...names),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.tuple(fc.constantFrom('x', 'é', '😀', 'Gondor', 'ب'), fc.integer({ min: 200, max: 20_000 })).map(([t, n]) => t.repeat(Math.ceil(n / t.length))),
);

/** An article from the corpus with a few insertions and cuts at random places. */
export const mutatedArticle = fc.record({
  article: fc.nat({ max: Math.max(0, articles.length - 1) }),
  edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: insertion, cut: fc.nat({ max: 30 }) }), { minLength: 1, maxLength: 8 }),
}).map(({ article, edits }) => {
  let text = articles[article] ?? 'Gondor met Arnor on Tuesday.';
  for (const { at, insert, cut } of edits) {
    const i = Math.floor(at * text.length);
    text = text.slice(0, i) + insert + text.slice(i + cut);
  }
  return text;
});
