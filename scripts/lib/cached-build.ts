// The generation with its two speed-ups: per-seed outcomes come from the
// cache (.cache/generate/seeds.v8) when seed, pipeline code and lexicon are
// unchanged, the rest run on worker threads when there are enough of them;
// renderings of unchanged pages come from render.v8. The corpus stages
// (identity, actor pages) always rerun over every briefing. The bytes are
// those of buildContent, cache or not (test/scale/cache.test.ts).
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { assembleContent, type BuildResult, dropDuplicates, seedHash, seedOutcome, type SeedOutcome } from '../../src/build/index.ts';
import { createRenderMemo, type RenderMemoData } from '../../src/build/cache/render-memo.ts';
import { seedKey, type SeedCacheData } from '../../src/build/cache/seed-cache.ts';
import type { Lexicon } from '../../src/lexicon/load.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';
import { readCache, writeCache } from './cache-store.ts';
import { codeVersion } from './code-version.ts';
import { processInWorkers } from './seed-workers.ts';

export interface CachedBuildOptions {
  /** Folder of the cache files; no cache when absent. */
  cacheDir?: string;
  /** Worker threads for uncached seeds; 1 runs them on this thread. Default: available cores. */
  threads?: number;
  /** Uncached seeds below which threads are not worth starting. */
  minSeedsForThreads?: number;
}

export interface CachedBuildStats {
  seeds: number;
  cached: number;
  processed: number;
  threads: number;
  rendersReused: number;
  rendered: number;
  /** Milliseconds by phase (read-cache, seeds, corpus, write-cache) and, for processed seeds, by pipeline stage (`stage:<name>`). */
  ms: Record<string, number>;
}

const root = path.resolve(import.meta.dirname, '../..');
const src = (file: string) => path.join(root, 'src', file);

/** buildContent's result for `seeds`, reusing and refreshing the cache in `opts.cacheDir`. */
export async function cachedBuild(seeds: readonly SeedFile[], lex: Lexicon, opts: CachedBuildOptions = {}): Promise<BuildResult & { stats: CachedBuildStats }> {
  const ms: Record<string, number> = {};
  const lap = clock(ms);
  const { unique, duplicates } = dropDuplicates(seeds);
  // Note: the outcome is processSeed's, so the pipeline's import graph is the code it depends on.
  const code = codeVersion([src('pipeline/index.ts')], root);
  const keys = new Map(unique.map((s) => [s.name, seedKey({ code, lexicon: lex.hash, name: s.name, bytes: seedHash(s.bytes) })]));
  const seedFile = opts.cacheDir && path.join(opts.cacheDir, 'seeds.v8');
  const old = (seedFile && readCache<SeedCacheData>(seedFile)?.entries) || {};
  const outcomes = new Map<string, SeedOutcome>();
  for (const s of unique) if (Object.hasOwn(old, keys.get(s.name)!)) outcomes.set(s.name, old[keys.get(s.name)!]!);
  lap('read-cache');

  const todo = unique.filter((s) => !outcomes.has(s.name));
  const threads = todo.length >= (opts.minSeedsForThreads ?? 50) ? Math.max(1, opts.threads ?? availableParallelism()) : 1;
  const stages: Record<string, number> = {};
  if (threads > 1) for (const [name, o] of await processInWorkers(todo, lex, threads, stages)) outcomes.set(name, o);
  else for (const s of todo) outcomes.set(s.name, seedOutcome(s, lex, (k, t) => (stages[k] = (stages[k] ?? 0) + t)));
  lap('seeds');

  const renderFile = opts.cacheDir && path.join(opts.cacheDir, 'render.v8');
  const previous = renderFile ? readCache<RenderMemoData>(renderFile) : undefined;
  const memo = renderFile ? createRenderMemo(codeVersion([src('render/briefing.ts'), src('render/actor-page.ts')], root), previous) : undefined;
  lap('read-render-cache');
  const result = assembleContent(unique.map((s) => s.name), outcomes, duplicates, lex, memo);
  lap('corpus');

  if (seedFile && (todo.length || Object.keys(old).length !== unique.length)) {
    writeCache(seedFile, { entries: Object.fromEntries(unique.map((s) => [keys.get(s.name)!, outcomes.get(s.name)!])) } satisfies SeedCacheData);
  }
  // Rewritten when something was rendered or old entries are to be dropped.
  if (renderFile && memo && (memo.stats.rendered > 0 || countEntries(previous) !== memo.stats.reused)) writeCache(renderFile, memo.dump());
  lap('write-cache');
  for (const [k, t] of Object.entries(stages)) ms[`stage:${k}`] = t;
  const stats = { seeds: unique.length, cached: unique.length - todo.length, processed: todo.length, threads, rendersReused: memo?.stats.reused ?? 0, rendered: memo?.stats.rendered ?? 0, ms };
  return { ...result, stats };
}

function countEntries(data: RenderMemoData | undefined): number {
  return data ? Object.keys(data.briefings).length + Object.keys(data.actors).length : 0;
}

/** Records into `ms` the time since the previous lap, under the given phase name. */
function clock(ms: Record<string, number>) {
  let last = performance.now();
  return (phase: string) => {
    const now = performance.now();
    ms[phase] = now - last;
    last = now;
  };
}
