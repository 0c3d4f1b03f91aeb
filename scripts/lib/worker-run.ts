// generate()'s runner on worker threads: uncached seeds (seed-workers.ts) and
// the pages the render memo lacks (render-worker.ts), when there are enough
// of them to pay for starting the workers; below that, this thread.
import { availableParallelism } from 'node:os';
import type { Rendered } from '../../src/generate/cache/render-memo.ts';
import { seedOutcome, type SeedOutcome } from '../../src/generate/index.ts';
import type { Runner } from '../../src/generate/run.ts';
import { prepareTools } from '../../src/pipeline/index.ts';
import { processInWorkers } from './seed-workers.ts';
import { chunked, workerPool } from './worker-pool.ts';

export interface WorkerRunOptions {
  /** Worker threads; 1 runs everything on this thread. Default: available cores. */
  threads?: number;
  /** Uncached seeds below which threads are not worth starting (default 50: a worker costs about 0.4 s to start). */
  minSeedsForThreads?: number;
  /** Pages to render (not in the render memo) below which threads are not worth starting (default 500). */
  minRendersForThreads?: number;
  /** Called as uncached seeds are processed: how many are done, of how many. */
  progress?: (done: number, total: number) => void;
}

/** Pages per message to a render worker. */
const renderChunk = 64;

/** A runner that uses worker threads for large batches. */
export function workerRun(opts: WorkerRunOptions = {}): Runner {
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  return {
    async seeds(todo, lex, stages) {
      const progress = (done: number) => opts.progress?.(done, todo.length);
      if (threads > 1 && todo.length >= (opts.minSeedsForThreads ?? 50)) return { outcomes: await processInWorkers(todo, lex, threads, stages, progress), threads };
      const outcomes = new Map<string, SeedOutcome>();
      const tools = prepareTools(lex);
      todo.forEach((s, i) => {
        outcomes.set(s.name, seedOutcome(s, tools, (k, t) => (stages[k] = (stages[k] ?? 0) + t)));
        progress(i + 1);
      });
      return { outcomes, threads: 1 };
    },
    async render(work, absorb) {
      const count = work.briefings.length + work.pages.length;
      if (threads < 2 || count < (opts.minRendersForThreads ?? 500)) return { threads: 1 };
      const chunks = [
        ...chunked(work.briefings, renderChunk).map((briefings) => ({ briefings: briefings.map(([key, b]) => [key, work.full(b)] as const), pages: [] })),
        ...chunked(work.pages, renderChunk).map((pages) => ({ briefings: [], pages })),
      ];
      await workerPool<(typeof chunks)[number], Rendered>(new URL('./render-worker.ts', import.meta.url), { version: work.version, lookups: work.lookups }, chunks, threads, absorb);
      return { threads };
    },
  };
}
