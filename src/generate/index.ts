// The whole generation as one function: seeds in, the files of content/ out.
//   1. duplicates set aside; each seed's outcome from the seed memo, or the
//      pipeline (src/pipeline) run on it;
//   2. the corpus stages, in the order corpus-stages.ts lists;
//   3. every page as an output file, through the render memo: a page known
//      from last time is known by its hash and rendered only if asked.
// The memos default to memory and the work to this thread; scripts/ passes
// memos on disk and a pool of worker threads, which change the speed, never
// the bytes.
import type { Lexicon } from '../lexicon/load.ts';
import type { BriefingData } from '../model/index.ts';
import type { SeedFile } from '../pipeline/types.ts';
import { createRenderMemo, type RenderMemoStore } from './cache/render-memo.ts';
import { memoryStore } from './cache/memo-store.ts';
import { recallSeeds, type SeedMemoStore } from './cache/seed-memo.ts';
import { corpusStages, published } from './corpus-stages.ts';
import type { OutputFile } from './output.ts';
import { corpusOutputs, renderVersionFiles } from './outputs.ts';
import { inProcess, type Runner } from './run.ts';
import { dropDuplicates, type Refusal } from './seed-outcomes.ts';

export type { Refusal, SeedOutcome } from './seed-outcomes.ts';
export { dropDuplicates, seedHash, seedOutcome } from './seed-outcomes.ts';
export { renderVersionFiles };

export interface GenerateOptions {
  /** Where seed outcomes are kept between runs (default: in memory, for this run only). */
  seedMemo?: SeedMemoStore;
  /** Where the hashes of rendered pages are kept between runs (default: in memory, for this run only). */
  renderMemo?: RenderMemoStore;
  /** How seed outcomes and renderings are computed (default: on this thread). */
  run?: Runner;
  /** Seeds the caller could not read, reported with the refused ones. */
  unread?: readonly Refusal[];
}

export interface GenerateStats {
  seeds: number;
  cached: number;
  processed: number;
  threads: number;
  /** Worker threads that rendered pages ahead of the main thread (1: none). */
  renderThreads: number;
  /** Pages whose rendering came from the render memo. */
  rendersReused: number;
  rendered: number;
  /** Why a memo could not be saved (the run's output is unaffected). */
  cacheError?: string;
  /** Milliseconds by phase (read-cache, seeds, corpus, read-render-cache, render, write-cache), by pipeline stage (`stage:<name>`) and by corpus stage (`corpus:<name>`). */
  ms: Record<string, number>;
}

export interface GenerateResult {
  /** Output files by path relative to the content folder (`briefings/x.md`, `actors/y.md`, `network.md`, `timeline.md`, `report.md`). */
  outputs: Map<string, OutputFile>;
  briefings: BriefingData[];
  /** Unread and refused seeds, in that order. */
  refused: Refusal[];
  /** Exact duplicates: [duplicate seed, the seed it repeats]. */
  duplicates: [string, string][];
  /** Per-briefing warnings, prefixed with the seed. */
  warnings: string[];
  stats: GenerateStats;
}

/** Turns seeds into content files. Seeds that fail are refused, never half-written. */
export async function generate(seeds: readonly SeedFile[], lex: Lexicon, opts: GenerateOptions = {}): Promise<GenerateResult> {
  const ms: Record<string, number> = {};
  const lap = clock(ms);
  const run = opts.run ?? inProcess;
  const { unique, duplicates } = dropDuplicates(seeds);
  const memo = recallSeeds(unique, lex, opts.seedMemo ?? { code: 'memory', ...memoryStore({ entries: {} }) });
  lap('read-cache');
  const todo = unique.filter((s) => !memo.cached.has(s.name));
  const stages: Record<string, number> = {};
  const fresh = await run.seeds(todo, lex, stages);
  for (const [name, o] of fresh.outcomes) memo.outcomes.set(name, o);
  lap('seeds');
  const corpus = corpusStages(published(unique.map((s) => s.name), memo.outcomes, duplicates, opts.unread), lex, (k, t) => (ms[`corpus:${k}`] = t));
  lap('corpus');
  const renderStore = opts.renderMemo ?? { version: 'memory', ...memoryStore({ briefings: {}, actors: {} }) };
  const previous = renderStore.load();
  const render = createRenderMemo(renderStore.version, { version: renderStore.version, ...previous });
  lap('read-render-cache');
  const outputs = await corpusOutputs(corpus, render, memo, run);
  lap('render');
  const cacheError = saveQuietly(() => {
    memo.save();
    renderStore.save(() => {
      const { briefings, actors } = render.dump();
      return { briefings, actors };
    }, previous);
  });
  lap('write-cache');
  for (const [k, t] of Object.entries(stages)) ms[`stage:${k}`] = t;
  const stats: GenerateStats = {
    seeds: unique.length, cached: memo.cached.size, processed: todo.length, threads: fresh.threads, renderThreads: outputs.threads,
    rendersReused: render.stats.reused, rendered: render.stats.rendered, ms, ...(cacheError ? { cacheError } : {}),
  };
  const { refused, notes } = corpus.report;
  const warnings = notes.map((n) => `${n.seed}: ${n.text}`);
  return { outputs: outputs.files, briefings: corpus.briefings.map((b) => b.data), refused, duplicates, warnings, stats };
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
