// The per-seed half of a run: duplicates set aside, then each seed's
// pipeline result, or why it was refused.
import { createHash } from 'node:crypto';
import { byString } from '../util/order.ts';
import { processSeed, type StageName, type Tools } from '../pipeline/index.ts';
import type { Briefing, SeedFile } from '../pipeline/types.ts';

/** A seed the run would not publish, and why. */
export interface Refusal {
  seed: string;
  reason: string;
}

/** What the per-seed half gives for one seed: its briefing, or why it was refused. */
export type SeedOutcome = { briefing: Briefing } | { refused: string };

/** The per-seed half for one seed: processSeed, with a throw turned into a refusal. `tools`: prepareTools(lexicon), once per run. */
export function seedOutcome(seed: SeedFile, tools: Tools, onStage?: (stage: StageName, ms: number) => void): SeedOutcome {
  try {
    return { briefing: processSeed(seed, tools, onStage) };
  } catch (e) {
    return { refused: (e as Error).message };
  }
}

/** Sorts seeds by name and keeps the first of each set of byte-identical seeds; the rest are reported as duplicates. */
export function dropDuplicates(seeds: readonly SeedFile[]): { unique: SeedFile[]; duplicates: [string, string][] } {
  const seen = new Map<string, string>();
  const unique: SeedFile[] = [];
  const duplicates: [string, string][] = [];
  for (const seed of [...seeds].sort((a, b) => byString(a.name, b.name))) {
    const hash = seedHash(seed.bytes);
    const first = seen.get(hash);
    if (first) duplicates.push([seed.name, first]);
    else {
      seen.set(hash, seed.name);
      unique.push(seed);
    }
  }
  return { unique, duplicates };
}

/** sha256 of a seed's bytes, hex: how duplicates and the seed memo recognise content. */
export function seedHash(bytes: Uint8Array): string {
  // Note: remembered per buffer, since a run asks twice (duplicates, then the memo key); seed bytes are never mutated.
  let hash = seedHashes.get(bytes);
  if (hash === undefined) seedHashes.set(bytes, (hash = createHash('sha256').update(bytes).digest('hex')));
  return hash;
}
const seedHashes = new WeakMap<Uint8Array, string>();
