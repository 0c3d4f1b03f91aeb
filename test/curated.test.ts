// The curated lexicon wins over the extractor and survives regeneration:
// every kind of correction, end to end through buildContent.
import { describe, expect, it } from 'vitest';
import { generateFiles } from './generate-files.ts';
import type { SeedFile } from '../src/pipeline/types.ts';
import { fictionalLexicon } from './fictional-lexicon.ts';

const seed = (name: string, text: string): SeedFile => ({ name, bytes: new TextEncoder().encode(text) });
const seeds = [
  seed('a.txt', 'Gondor’s Foreign Minister Faramir Hurin met Rohan in Edoras on Tuesday. Hurin praised Rohan.'),
  seed('b.txt', 'Steward Faramir of Gondor met the White Council. Grey Pilgrim Company officials watched.'),
];
const actorPages = async (curated: string[]) => {
  const out = await generateFiles(seeds, fictionalLexicon(curated));
  return [...out.files.keys()].filter((f) => f.startsWith('actors/')).sort();
};

describe('curated corrections', () => {
  it('without corrections, the extractor keeps its guesses', async () => {
    expect(await actorPages([])).toEqual(expect.arrayContaining(['actors/faramir-hurin.md', 'actors/grey-pilgrim-company.md']));
  });

  it('not-actor removes a name everywhere', async () => {
    expect(await actorPages(['not-actor\tGrey Pilgrim Company'])).not.toContain('actors/grey-pilgrim-company.md');
  });

  it('merge joins two actors into one page', async () => {
    const pages = await actorPages(['merge\tfaramir\tfaramir-hurin']);
    expect(pages).toContain('actors/faramir-hurin.md');
    expect(pages).not.toContain('actors/faramir.md');
  });

  it('alias and type make a form a known actor of the given type', async () => {
    const out = await generateFiles(seeds, fictionalLexicon(['alias\tGrey Pilgrim Company\twhite-council']));
    const b = out.briefings.find((x) => x.seed === 'b.txt')!;
    expect(b.actors.find((a) => a.id === 'white-council')?.aliases).toContain('Grey Pilgrim Company');
    const typed = await generateFiles(seeds, fictionalLexicon(['type\tGrey Pilgrim Company\tgroup']));
    expect(typed.briefings.find((x) => x.seed === 'b.txt')!.actors.find((a) => a.name === 'Grey Pilgrim Company')?.type).toBe('group');
  });

  it('name sets an actor page’s display name', async () => {
    const out = await generateFiles(seeds, fictionalLexicon(['name\tfaramir-hurin\tFaramir son of Denethor']));
    expect(out.files.get('actors/faramir-hurin.md')).toMatch(/^name: Faramir son of Denethor$/m);
  });
});
