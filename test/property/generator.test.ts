// Property tests: real articles (read from ../shared at test time) mutated
// with quotes, brackets, control characters, very long tokens, Mermaid
// keywords and HTML, and random bytes, never crash buildContent; everything
// it writes passes checkOutput; a second run gives the same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/build/index.ts';
import { loadLexicon } from '../../src/lexicon/load.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';
import { checkOutput, corpusSeeds } from './check-output.ts';

const lex = loadLexicon();
const articles = corpusSeeds().map((s) => new TextDecoder().decode(s.bytes));
const runs = Number(process.env.PROPERTY_RUNS ?? 60);

const punctuation = ['"', '“', '”', "'", '‘', '’', '«', '»', '[', ']', '(', ')', '{', '}', '<', '>', '|', '`', '*', '_', '#', '\\', '&', '%%', ';', ':', '—', '...', '\n', '\n\n'];
const controls = ['\u0007', '\u001b[31m', '\u200b', '\u202e', '\u2028', '\r', '\t', '\f', '\u00ad', '\ufeff', '\ud800', '\u0085', '\u000b'];
const mermaid = ['end', 'subgraph S', 'click A call alert()', '%%{init: {"securityLevel":"loose"}}%%', 'classDef x fill:#f00', 'style n0 fill:#f00', 'A --> B', '-->|x|', 'graph TD', ':::x', '#quot;', '"];'];
const markup = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '<p>', '</div>', '&amp;', '&#0;', '<!--', '-->', '---\n', '```', '<span id="s-1"></span>'];
const names = ['__proto__', 'Constructor', 'toString', 'HasOwnProperty', 'ValueOf', 'prototype', 'President __proto__', 'Minister Constructor'];

/** Something to insert into an article. */
const insertion = fc.oneof(
  fc.constantFrom(...punctuation),
  fc.constantFrom(...controls),
  fc.constantFrom(...mermaid),
  fc.constantFrom(...markup),
  fc.constantFrom(...names),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.tuple(fc.constantFrom('x', 'é', '😀', 'Gondor', 'ب'), fc.integer({ min: 200, max: 20_000 })).map(([t, n]) => t.repeat(Math.ceil(n / t.length))),
);

/** An article from the corpus with a few insertions and cuts at random places. */
const mutatedArticle = fc.record({
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

const asSeeds = (texts: string[]): SeedFile[] => texts.map((t, i) => ({ name: `seed-${i}.txt`, bytes: new TextEncoder().encode(t) }));

describe.skipIf(!articles.length)('mutated corpus articles', () => {
  it('are published, not refused, with valid front matter, safe Markdown and parseable diagrams', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedArticle, { minLength: 1, maxLength: 2 }), async (texts) => {
        const result = buildContent(asSeeds(texts), lex);
        expect(result.refused).toEqual([]);
        expect(await checkOutput(result.files)).toEqual([]);
      }),
      { numRuns: runs, seed: Number(process.env.PROPERTY_SEED ?? 20261127) },
    );
  });

  it('give the same bytes on a second run, in any seed order', () => {
    fc.assert(
      fc.property(fc.array(mutatedArticle, { minLength: 2, maxLength: 3 }), (texts) => {
        const first = buildContent(asSeeds(texts), lex);
        const second = buildContent(asSeeds(texts).reverse(), loadLexicon());
        expect([...second.files]).toEqual([...first.files]);
      }),
      { numRuns: Math.ceil(runs / 3), seed: Number(process.env.PROPERTY_SEED ?? 20261127) },
    );
  });
});

describe('random bytes and text', () => {
  it('never crash buildContent: each seed is published or refused with a reason', async () => {
    const seed = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.string({ unit: 'binary', maxLength: 3000 }).map((s) => new TextEncoder().encode(s)),
      fc.array(fc.oneof(fc.constantFrom(...punctuation, ...controls, ...mermaid, ...markup, ...names, ' ', '. ', 'Iran ', 'Qatar ', 'said ')), { maxLength: 300 })
        .map((parts) => new TextEncoder().encode(parts.join(''))),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(seed, { minLength: 1, maxLength: 3 }), async (bytes) => {
        const seeds = bytes.map((b, i) => ({ name: `random-${i}.txt`, bytes: b }));
        const result = buildContent(seeds, lex);
        const briefings = [...result.files.keys()].filter((f) => f.startsWith('briefings/')).length;
        expect(briefings + result.refused.length + result.duplicates.length).toBe(seeds.length);
        for (const r of result.refused) expect(r.reason).toMatch(/^(?:empty seed|binary file)/);
        expect(await checkOutput(result.files)).toEqual([]);
      }),
      { numRuns: runs, seed: Number(process.env.PROPERTY_SEED ?? 20261127) },
    );
  });
});
