// Runs the per-seed pipeline on worker threads (seed-worker.ts). Results are
// keyed by seed name, so the caller sees exactly what a single thread would
// give, in whatever order the workers finish.
import type { SeedOutcome } from '../../src/generate/seed-outcomes.ts';
import type { Lexicon } from '../../src/lexicon/load.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';
import { chunked, workerPool } from './worker-pool.ts';

/** Seeds per message: small enough to balance two workers, large enough that messaging costs nothing. */
const chunkSize = 16;

/** Outcomes of `seeds` by name, computed on `threads` workers that each get a copy of `lex` and prepare its tools once; stage times are summed into `stages`. */
export async function processInWorkers(
  seeds: readonly SeedFile[], lex: Lexicon, threads: number, stages: Record<string, number>, progress?: (done: number) => void,
): Promise<Map<string, SeedOutcome>> {
  const out = new Map<string, SeedOutcome>();
  await workerPool<SeedFile[], { outcomes: [string, SeedOutcome][]; stages: Record<string, number> }>(
    new URL('./seed-worker.ts', import.meta.url), { lexicon: lex }, chunked(seeds, chunkSize), threads,
    (msg) => {
      for (const [name, o] of msg.outcomes) out.set(name, o);
      for (const [k, ms] of Object.entries(msg.stages)) stages[k] = (stages[k] ?? 0) + ms;
      progress?.(out.size);
    },
  );
  return out;
}
