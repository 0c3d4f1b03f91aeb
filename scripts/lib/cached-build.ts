// The generation with its two speed-ups: per-seed outcomes come from the
// cache (.cache/generate/seeds/) when seed, pipeline code and lexicon are
// unchanged, the rest run on worker threads when there are enough of them;
// the hashes of unchanged pages come from render-<renderer version>/ (their
// text is rendered only if the writer finds the file on disk different),
// the rest are rendered on worker threads when there are enough of them.
// The corpus stages (identity, actor page data) always rerun over every
// briefing. The bytes are those of buildContent, cache or not
// (test/scale/cache.test.ts).
import { readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { type BuildFacts, type Corpus, corpusFacts, corpusOutputs, corpusStage, dropDuplicates, seedHash, seedOutcome, type SeedOutcome } from '../../src/build/index.ts';
import { createRenderMemo, isMemoEntry, type Rendered, type RenderMemoData, renderMemoFormat } from '../../src/build/cache/render-memo.ts';
import { contentHash, type OutputFile } from '../../src/build/output.ts';
import { isStoredOutcome, packOutcome, seedCacheFormat, seedKey, type SeedCacheData, unpackSentences } from '../../src/build/cache/seed-cache.ts';
import type { Lexicon } from '../../src/lexicon/load.ts';
import type { Briefing, SeedFile } from '../../src/pipeline/types.ts';
import { readSharded, type ShardFormat, writeSharded } from './cache-store.ts';
import { codeVersion } from './code-version.ts';
import { processInWorkers } from './seed-workers.ts';
import { chunked, workerPool } from './worker-pool.ts';

export interface CachedBuildOptions {
  /** Folder of the cache files; no cache when absent. */
  cacheDir?: string;
  /** Worker threads for uncached seeds; 1 runs them on this thread. Default: available cores. */
  threads?: number;
  /** Uncached seeds below which threads are not worth starting (default 50: a worker costs about 0.4 s to start). */
  minSeedsForThreads?: number;
  /** Pages to render (not in the render cache) below which threads are not worth starting (default 500). */
  minRendersForThreads?: number;
  /**
   * Render every page instead of trusting the render memo's hashes (the memo
   * is refreshed): `--check` compares the disk with what generation writes,
   * not with what the cache remembers of it.
   */
  renderAll?: boolean;
  /** Called as uncached seeds are processed: how many are done, of how many. */
  progress?: (done: number, total: number) => void;
}

export interface CachedBuildStats {
  seeds: number;
  cached: number;
  processed: number;
  threads: number;
  /** Worker threads that rendered pages ahead of the main thread (1: none). */
  renderThreads: number;
  /** Pages whose rendering came from the render cache. */
  rendersReused: number;
  rendered: number;
  /** Why the cache could not be saved (the run's output is unaffected). */
  cacheError?: string;
  /** Damaged or foreign cache shards and entries that were dropped and recomputed, one line each. */
  cacheWarnings: string[];
  /** Milliseconds by phase (read-cache, seeds, corpus, read-render-cache, render, write-cache) and, for processed seeds, by pipeline stage (`stage:<name>`). */
  ms: Record<string, number>;
}

const root = path.resolve(import.meta.dirname, '../..');
const src = (file: string) => path.join(root, 'src', file);

export interface CachedBuildResult extends BuildFacts {
  /** buildContent's files, as output files: the text of a reused page is rendered only when asked for. */
  outputs: Map<string, OutputFile>;
  stats: CachedBuildStats;
}

/** buildContent's result for `seeds`, reusing and refreshing the cache in `opts.cacheDir`. */
export async function cachedBuild(seeds: readonly SeedFile[], lex: Lexicon, opts: CachedBuildOptions = {}): Promise<CachedBuildResult> {
  const ms: Record<string, number> = {};
  const lap = clock(ms);
  const { unique, duplicates } = dropDuplicates(seeds);
  const cacheWarnings: string[] = [];
  const warn = (line: string) => cacheWarnings.push(line);
  const store = seedStore(unique, lex, opts.cacheDir, warn);
  lap('read-cache');
  const todo = unique.filter((s) => !store.outcomes.has(s.name));
  const threads = todo.length >= (opts.minSeedsForThreads ?? 50) ? Math.max(1, opts.threads ?? availableParallelism()) : 1;
  const stages = await runSeeds(todo, lex, threads, store.outcomes, (done) => opts.progress?.(done, todo.length));
  lap('seeds');
  const corpus = corpusStage(unique.map((s) => s.name), store.outcomes, duplicates, lex);
  lap('corpus');
  const render = renderStore(opts.cacheDir, !opts.renderAll, warn);
  lap('read-render-cache');
  const keys = briefingKeys(corpus, store.keys);
  const ahead = await renderAhead(corpus, keys, store.full, render, opts);
  const outputs = corpusOutputs(corpus, render.memo, { keys, full: store.full });
  lap('render');
  const cacheError = saveQuietly(() => {
    store.save();
    render.save();
  });
  lap('write-cache');
  for (const [k, t] of Object.entries(stages)) ms[`stage:${k}`] = t;
  const stats = {
    seeds: unique.length, cached: unique.length - todo.length, processed: todo.length, threads, renderThreads: ahead.threads,
    rendersReused: render.memo.stats.reused, rendered: render.memo.stats.rendered, ms, cacheWarnings, ...(cacheError ? { cacheError } : {}),
  };
  return { outputs, ...corpusFacts(corpus), stats };
}

/** The cached outcomes of `unique` (by seed name), and a save() that stores this run's outcomes and drops the rest. */
function seedStore(unique: readonly SeedFile[], lex: Lexicon, cacheDir: string | undefined, warn: (line: string) => void) {
  // Note: the outcome is processSeed's, so the pipeline's import graph is the code it depends on;
  // seed-cache.ts is added so that a change to how outcomes are stored never reads an old format.
  const code = codeVersion([src('pipeline/index.ts'), src('build/cache/seed-cache.ts')], root);
  const keys = new Map(unique.map((s) => [s.name, seedKey({ code, lexicon: lex.hash, name: s.name, bytes: seedHash(s.bytes) })]));
  const dir = cacheDir && path.join(cacheDir, 'seeds');
  const format: ShardFormat = { name: seedCacheFormat, valid: (_map, _key, value) => isStoredOutcome(value), warn };
  const old: SeedCacheData['entries'] = dir ? readSharded<{ entries: SeedCacheData['entries'] }>(dir, ['entries'], format).entries : {};
  const outcomes = new Map<string, SeedOutcome>();
  const packed = new Map<string, Uint8Array>();
  for (const s of unique) {
    const stored = old[keys.get(s.name)!];
    if (!stored) continue;
    outcomes.set(s.name, stored.outcome);
    if (stored.sentences) packed.set(s.name, stored.sentences);
  }
  /** A briefing of the corpus with its sentences, which a cached outcome holds packed. */
  const full = (b: Briefing): Briefing => (packed.has(b.data.seed) ? { ...b, sentences: unpackSentences(packed.get(b.data.seed)!) } : b);
  const save = () => {
    if (!dir) return;
    // Note: an outcome from the cache is stored as the same object, so its shard is not rewritten.
    const stored = (s: SeedFile) => old[keys.get(s.name)!] ?? packOutcome(outcomes.get(s.name)!);
    writeSharded(dir, { entries: Object.fromEntries(unique.map((s) => [keys.get(s.name)!, stored(s)])) }, { entries: old }, format);
  };
  return { outcomes, keys, full, save };
}

/**
 * The render memo keys of the corpus's briefings, without hashing them: a
 * canonical briefing is its per-seed briefing (named by the seed's cache
 * key), its slug, and the ids canonicalize looked up (Corpus.identity).
 */
function briefingKeys(corpus: Corpus, seedKeys: ReadonlyMap<string, string>): string[] {
  return corpus.briefings.map((b) => contentHash(`briefing\0${seedKeys.get(b.data.seed)}\0${b.data.slug}\0${corpus.identity.get(b.data.slug)}`));
}

/** Runs the per-seed pipeline on `todo` into `outcomes`, on worker threads when `threads` > 1; returns milliseconds by stage. */
async function runSeeds(
  todo: readonly SeedFile[], lex: Lexicon, threads: number, outcomes: Map<string, SeedOutcome>, progress: (done: number) => void,
): Promise<Record<string, number>> {
  const stages: Record<string, number> = {};
  if (threads > 1) for (const [name, o] of await processInWorkers(todo, lex, threads, stages, progress)) outcomes.set(name, o);
  else {
    todo.forEach((s, i) => {
      outcomes.set(s.name, seedOutcome(s, lex, (k, t) => (stages[k] = (stages[k] ?? 0) + t)));
      progress(i + 1);
    });
  }
  return stages;
}

/** The render memo for the current renderer code, loaded from the cache folder if any (and `reuse`), and a save() that keeps only what this run used. */
function renderStore(cacheDir: string | undefined, reuse: boolean, warn: (line: string) => void) {
  // Note: the memo's own module is part of the version, so a change to what it stores never reads an old format;
  // so is canonicalize, which briefingKeys name by what it looked up rather than by its result.
  const version = codeVersion([src('render/briefing.ts'), src('render/actor-page.ts'), src('build/cache/render-memo.ts'), src('build/canonicalize.ts')], root);
  const dir = cacheDir && path.join(cacheDir, `render-${version.slice(0, 16)}`);
  const format: ShardFormat = { name: renderMemoFormat, valid: (map, _key, value) => isMemoEntry(map, value), warn };
  const stored = dir && reuse ? readSharded<Omit<RenderMemoData, 'version'>>(dir, ['briefings', 'actors'], format) : { briefings: {}, actors: {} };
  const previous: RenderMemoData = { version, ...stored };
  const memo = createRenderMemo(version, previous);
  const save = () => {
    if (!dir) return;
    const { briefings, actors } = memo.dump();
    writeSharded(dir, { briefings, actors }, { briefings: previous.briefings, actors: previous.actors }, format);
    // Note: renderings of another renderer version can never be reused.
    for (const other of readdirSync(cacheDir!)) if (other.startsWith('render-') && path.join(cacheDir!, other) !== dir) rmSync(path.join(cacheDir!, other), { recursive: true, force: true });
  };
  return { version, previous, memo, save };
}

/** Pages per message to a render worker. */
const renderChunk = 64;

/**
 * Renders the pages the memo lacks on worker threads, when there are enough
 * of them (a cold run, a renderer change), and gives them to the memo, so
 * the main thread finds them all rendered; returns the threads used.
 */
async function renderAhead(
  corpus: Corpus, keys: readonly string[], full: (b: Briefing) => Briefing, render: ReturnType<typeof renderStore>, opts: CachedBuildOptions,
): Promise<{ threads: number }> {
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  const { names, titles, types } = corpus.lookups;
  const todo = render.memo.unrendered(corpus.briefings.map((b, i) => [keys[i]!, b] as const), corpus.pages, [names, titles, types]);
  const count = todo.briefings.length + todo.pages.length;
  if (threads < 2 || count < (opts.minRendersForThreads ?? 500)) return { threads: 1 };
  const chunks = [...chunked(todo.briefings, renderChunk).map((briefings) => ({ briefings: briefings.map(([key, b]) => [key, full(b)] as const), pages: [] })), ...chunked(todo.pages, renderChunk).map((pages) => ({ briefings: [], pages }))];
  await workerPool<(typeof chunks)[number], Rendered>(
    new URL('./render-worker.ts', import.meta.url), { version: render.version, lookups: corpus.lookups }, chunks, threads, (r) => render.memo.absorb(r),
  );
  return { threads };
}

/** Runs `save`; a failure (a full disk, a concurrent run removing an old render cache) is returned, not thrown: the content is right either way. */
function saveQuietly(save: () => void): string | undefined {
  try {
    save();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
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
