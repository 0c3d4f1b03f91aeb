// A worker thread of the per-seed pipeline: parses the lexicon once, then
// answers each chunk of seeds with their outcomes and the time per stage.
import { parentPort, workerData } from 'node:worker_threads';
import { seedOutcome } from '../../src/generate/seed-outcomes.ts';
import { parseLexicon } from '../../src/lexicon/load.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';

const lex = parseLexicon((workerData as { files: Record<string, string> }).files);

parentPort!.on('message', (chunk: SeedFile[]) => {
  const stages: Record<string, number> = {};
  const onStage = (name: string, ms: number) => (stages[name] = (stages[name] ?? 0) + ms);
  parentPort!.postMessage({ outcomes: chunk.map((seed) => [seed.name, seedOutcome(seed, lex, onStage)]), stages });
});
