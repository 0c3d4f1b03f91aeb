import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fictionalLexicon } from '../../test/fictional-lexicon.ts';
import { NetworkData } from '../model/index.ts';
import type { SeedFile } from '../pipeline/types.ts';
import { memoryStore } from './cache/memo-store.ts';
import { generate } from './index.ts';
import { outputTexts } from './output.ts';

const seed = (name: string, text: string): SeedFile => ({ name, bytes: new TextEncoder().encode(text) });
const seeds = [
  seed('a.txt', 'Gondor accuses Mordor\n\nGondor accused Mordor of raids on Tuesday, officials said. Rohan praised Gondor.\n'),
  seed('b.txt', 'Gondor and Mordor clash\n\nGondor accused Mordor of lying on Friday, the council said.\n'),
  seed('c.txt', 'Gondor and Mordor clash\n\nGondor accused Mordor of lying on Friday, the council said.\n'),
  seed('empty.txt', ''),
];
const frontMatter = (text: string) => yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

describe('generate', () => {
  it('writes the network and the report beside the briefings and actor pages', async () => {
    const unread = [{ seed: 'binary.txt', reason: 'binary file' }];
    const result = await generate(seeds, fictionalLexicon(), { unread });
    const files = outputTexts(result.outputs);
    expect(result.duplicates).toEqual([['c.txt', 'b.txt']]);
    expect(result.refused.map((r) => r.seed)).toEqual(['binary.txt', 'empty.txt']);
    const network = NetworkData.parse(frontMatter(files.get('network.md')!));
    // Note: the articles say who acted: Gondor accused Mordor, Rohan praised Gondor.
    expect(network.ties.map((t) => [t.source, t.event, t.target, t.symmetric, t.count])).toEqual([['gondor', 'disapprove', 'mordor', false, 2], ['rohan', 'engage in diplomatic cooperation', 'gondor', false, 1]]);
    expect(network.ties[0]?.briefings).toEqual(['gondor-accuses-mordor', 'gondor-and-mordor-clash']); // undated, so by slug
    expect(files.get('network.md')).toMatch(/```mermaid\n/);
    expect(files.get('report.md')).toMatch(/^refused binary\.txt: binary file\nrefused empty\.txt: empty seed: /m);
    expect([...files.keys()].filter((f) => !/^(?:briefings|actors)\//.test(f))).toEqual(['network.md', 'timeline.md', 'report.md']);
  });

  it('reuses seed outcomes and renderings through memos passed to a second run, with the same bytes', async () => {
    const lex = fictionalLexicon();
    const seedMemo = { code: 'test', ...memoryStore({ entries: {} }) };
    const renderMemo = { version: 'test', ...memoryStore({ briefings: {}, actors: {} }) };
    const first = await generate(seeds, lex, { seedMemo, renderMemo });
    const second = await generate(seeds, lex, { seedMemo, renderMemo });
    expect([first.stats.processed, second.stats.processed, second.stats.cached]).toEqual([3, 0, 3]);
    expect(second.stats.rendered).toBe(0);
    expect(outputTexts(second.outputs)).toEqual(outputTexts(first.outputs));
  });
});
