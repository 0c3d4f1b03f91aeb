// The memos on disk and the worker threads never change the bytes: a cached
// run, a run on worker threads and generate() with its in-memory defaults agree. Editing the lexicon
// (a curated alias, in a temporary copy) misses the cache and changes the
// briefing it affects; an unchanged rerun processes nothing.
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskMemos } from '../../scripts/lib/disk-memos.ts';
import { workerRun, type WorkerRunOptions } from '../../scripts/lib/worker-run.ts';
import { generate, type GenerateResult } from '../../src/generate/index.ts';
import { outputTexts } from '../../src/generate/output.ts';
import type { Lexicon } from '../../src/lexicon/load.ts';
import { loadLexicon } from '../../src/lexicon/load.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';
import { tempDir } from '../robustness/helpers.ts';
import { articles } from './fixtures.ts';

const seeds: SeedFile[] = Object.entries(articles).map(([name, text]) => ({ name, bytes: Buffer.from(text) }));
const world = new URL('../../../shared/corpus/world/', import.meta.url);
const worldSeeds: SeedFile[] = readdirSync(world).filter((f) => f.endsWith('.txt')).map((name) => ({ name, bytes: readFileSync(new URL(name, world)) }));

/** The texts of a run's output files; a reused page is rendered here, on demand. */
const texts = (r: GenerateResult) => outputTexts(r.outputs);

/** generate() as the CLI runs it: memos in `cacheDir` when given, worker threads as `run` says. */
const cachedBuild = (seeds: SeedFile[], lex: Lexicon, opts: { cacheDir?: string } & WorkerRunOptions = {}) =>
  generate(seeds, lex, { ...(opts.cacheDir ? diskMemos(opts.cacheDir) : {}), run: workerRun(opts) });

/** The texts of generate() with its defaults: memos in memory, everything on this thread. */
const plainTexts = async (seeds: SeedFile[], lex: Lexicon) => texts(await generate(seeds, lex));

/** A copy of src/lexicon in a temporary folder, to edit without touching the real one. */
function lexiconCopy(): string {
  const dir = path.join(tempDir('lexicon'), 'lexicon');
  cpSync(new URL('../../src/lexicon/', import.meta.url), dir, { recursive: true });
  return dir;
}

describe('seed cache', () => {
  it('reuses every outcome on an unchanged rerun, with the same bytes as without memos', async () => {
    const cacheDir = tempDir('cache');
    const lex = loadLexicon();
    const first = await cachedBuild(seeds, lex, { cacheDir });
    const second = await cachedBuild(seeds, lex, { cacheDir });
    expect([first.stats.processed, second.stats.processed, second.stats.cached]).toEqual([3, 0, 3]);
    expect(second.stats.rendered).toBe(0);
    const plain = await plainTexts(seeds, lex);
    expect(texts(first)).toEqual(plain);
    expect(texts(second)).toEqual(plain);
  });

  it('misses when a curated alias changes, and the affected briefing changes', async () => {
    const dir = lexiconCopy();
    const cacheDir = tempDir('cache');
    const before = await cachedBuild(seeds, loadLexicon(dir), { cacheDir });
    appendFileSync(path.join(dir, 'curated.tsv'), 'alias\tNorway\tkingdom-of-norway\n');
    const lex = loadLexicon(dir);
    const after = await cachedBuild(seeds, lex, { cacheDir });
    expect(after.stats.processed).toBe(3);
    const pact = 'briefings/iceland-and-norway-sign-a-fishing-pact.md';
    expect(texts(before).get(pact)).not.toContain('kingdom-of-norway');
    expect(texts(after).get(pact)).toContain('id: kingdom-of-norway');
    expect(texts(after).has('actors/kingdom-of-norway.md')).toBe(true);
    expect(texts(after).has('actors/norway.md')).toBe(false);
    expect(texts(after)).toEqual(await plainTexts(seeds, lex));
  });

  it('renders cached briefings, whose sentences are stored packed, with their sentences, on worker threads too', async () => {
    const cacheDir = tempDir('cache');
    const lex = loadLexicon();
    await cachedBuild(seeds, lex, { cacheDir });
    for (const dir of readdirSync(cacheDir)) if (dir.startsWith('render-')) rmSync(path.join(cacheDir, dir), { recursive: true });
    const rerendered = await cachedBuild(seeds, lex, { cacheDir, threads: 2, minRendersForThreads: 1 });
    expect([rerendered.stats.cached, rerendered.stats.renderThreads]).toEqual([3, 2]);
    expect(texts(rerendered)).toEqual(await plainTexts(seeds, lex));
  });

  it('gives the same bytes with the pipeline and the rendering on worker threads as on one thread, whatever the seed order', async () => {
    const lex = loadLexicon();
    const all = [...worldSeeds, ...seeds];
    const threaded = await cachedBuild([...all].reverse(), lex, { threads: 2, minSeedsForThreads: 1, minRendersForThreads: 1 });
    expect([threaded.stats.threads, threaded.stats.renderThreads]).toEqual([2, 2]);
    // Note: every page but report.md, which is rendered each run outside the render memo.
    expect(threaded.stats.rendered).toBe(threaded.outputs.size - 1);
    expect(texts(threaded)).toEqual(await plainTexts(all, lex));
  });
});
