// Publication dates against the truth: ../shared/corpus/world/manifest.json
// gives each article's real date and URL. Every briefing's date must equal the
// manifest's or be empty, as written (no front matter) and with the URL given.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.ts';
import { prepareTools, processSeed } from '../../src/pipeline/index.ts';

const dir = new URL('../../../shared/corpus/world/', import.meta.url);
const manifestUrl = new URL('manifest.json', dir);
interface Entry { file: string; date: string; url?: string | null }
const entries: Entry[] = existsSync(manifestUrl) ? (JSON.parse(readFileSync(manifestUrl, 'utf8')) as { articles: Entry[] }).articles : [];

describe.skipIf(entries.length === 0)('publication dates on the world corpus', () => {
  const tools = prepareTools(loadLexicon());
  const run = (entry: Entry, front: string) => {
    const bytes = new TextEncoder().encode(front + readFileSync(new URL(entry.file, dir), 'utf8'));
    return processSeed({ name: entry.file, bytes }, tools).data;
  };

  it('gives no date when the article states none, and never a wrong one', () => {
    const wrong = entries.map((e) => [e.file, run(e, '').published] as const).filter(([, d]) => d !== undefined);
    expect(wrong).toEqual([]);
  });

  it('takes the date from the URL when the URL has one, and it is the true date', () => {
    const withUrl = entries.filter((e) => e.url);
    const got = withUrl.map((e) => {
      const d = run(e, `---\nurl: ${e.url}\n---\n`);
      return { file: e.file, published: d.published, from: d.publishedFrom };
    });
    for (const g of got) {
      if (g.published !== undefined) expect(g.published).toBe(entries.find((e) => e.file === g.file)!.date);
    }
    // Note: CNN's URLs carry the date (/2024/09/10/); the BBC's and TRT's do not.
    const dated = got.filter((g) => g.published);
    expect(dated.every((g) => g.from === 'url')).toBe(true);
    expect(dated.length).toBe(withUrl.filter((e) => /\/(?:19|20)\d{2}\/\d{2}\/\d{2}\//.test(e.url!)).length);
  });
});
