// Property tests: real articles (read from ../shared at test time) mutated
// with quotes, brackets, control characters, very long tokens, Mermaid
// keywords and HTML, and random bytes, never crash generate(); everything
// it writes passes checkOutput; a second run gives the same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateFiles } from '../generate-files.ts';
import { loadLexicon } from '../../src/lexicon/load.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';
import { articles, controls, markup, mermaid, mutatedArticle, names, punctuation } from './arbitraries.ts';
import { checkOutput } from './check-output.ts';

const lex = loadLexicon();
// Bounded so the file stays near a minute on a quiet machine; PROPERTY_RUNS=500 for a longer hunt.
const runs = Number(process.env.PROPERTY_RUNS ?? 40);
const timeout = 180_000;

const asSeeds = (texts: string[]): SeedFile[] => texts.map((t, i) => ({ name: `seed-${i}.txt`, bytes: new TextEncoder().encode(t) }));

describe.skipIf(!articles.length)('mutated corpus articles', () => {
  it('are published, not refused, with valid front matter, safe Markdown and parseable diagrams', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedArticle, { minLength: 1, maxLength: 2 }), async (texts) => {
        const result = await generateFiles(asSeeds(texts), lex);
        expect(result.refused).toEqual([]);
        expect(await checkOutput(result.files)).toEqual([]);
      }),
      { numRuns: runs, seed: Number(process.env.PROPERTY_SEED ?? 20261127) },
    );
  }, timeout);

  it('give the same bytes on a second run, in any seed order, after any history', async () => {
    let shared = loadLexicon();
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedArticle, { minLength: 2, maxLength: 3 }), async (texts) => {
        const fresh = loadLexicon();
        // Note: other work may edit src/lexicon while this runs; a changed lexicon is a new start, not a failure.
        if (fresh.hash !== shared.hash) shared = fresh;
        const first = await generateFiles(asSeeds(texts), shared);
        const second = await generateFiles(asSeeds(texts).reverse(), fresh);
        expect([...second.files]).toEqual([...first.files]);
      }),
      { numRuns: Math.ceil(runs / 4), seed: Number(process.env.PROPERTY_SEED ?? 20261127) },
    );
  }, timeout);
});

describe('random bytes and text', () => {
  it('never crash generate(): each seed is published or refused with a reason', async () => {
    const seed = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.string({ unit: 'binary', maxLength: 3000 }).map((s) => new TextEncoder().encode(s)),
      fc.array(fc.oneof(fc.constantFrom(...punctuation, ...controls, ...mermaid, ...markup, ...names, ' ', '. ', 'Iran ', 'Qatar ', 'said ')), { maxLength: 300 })
        .map((parts) => new TextEncoder().encode(parts.join(''))),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(seed, { minLength: 1, maxLength: 3 }), async (bytes) => {
        const seeds = bytes.map((b, i) => ({ name: `random-${i}.txt`, bytes: b }));
        const result = await generateFiles(seeds, lex);
        const briefings = [...result.files.keys()].filter((f) => f.startsWith('briefings/')).length;
        expect(briefings + result.refused.length + result.duplicates.length).toBe(seeds.length);
        for (const r of result.refused) expect(r.reason).toMatch(/^(?:empty seed|binary file)/);
        expect(await checkOutput(result.files)).toEqual([]);
      }),
      { numRuns: runs, seed: Number(process.env.PROPERTY_SEED ?? 20261127) },
    );
  }, timeout);
});
