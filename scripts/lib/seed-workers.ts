// Runs the per-seed pipeline on worker threads. Seeds go out in small chunks
// to whichever worker is free; results are keyed by seed name, so the caller
// sees exactly what a single thread would give, in whatever order they finish.
import { Worker } from 'node:worker_threads';
import type { SeedOutcome } from '../../src/build/index.ts';
import type { Lexicon } from '../../src/lexicon/load.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';

/** Seeds per message: small enough to balance two workers, large enough that messaging costs nothing. */
const chunkSize = 16;

/** Outcomes of `seeds` by name, computed on `threads` workers that each parse `lex.files` once; stage times are summed into `stages`. */
export async function processInWorkers(seeds: readonly SeedFile[], lex: Lexicon, threads: number, stages: Record<string, number>): Promise<Map<string, SeedOutcome>> {
  const chunks: SeedFile[][] = [];
  for (let i = 0; i < seeds.length; i += chunkSize) chunks.push(seeds.slice(i, i + chunkSize));
  const out = new Map<string, SeedOutcome>();
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const chunk = chunks.shift();
        if (chunk) worker.postMessage(chunk);
        else resolve();
      };
      worker.on('message', (msg: { outcomes: [string, SeedOutcome][]; stages: Record<string, number> }) => {
        for (const [name, o] of msg.outcomes) out.set(name, o);
        for (const [k, ms] of Object.entries(msg.stages)) stages[k] = (stages[k] ?? 0) + ms;
        next();
      });
      worker.on('error', reject);
      next();
    });
  const workers = Array.from({ length: Math.max(1, Math.min(threads, chunks.length)) }, () => new Worker(new URL('./seed-worker.ts', import.meta.url), { workerData: { files: lex.files } }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
