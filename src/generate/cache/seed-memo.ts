// The per-seed memo: a seed's outcome is reused when its key (seed bytes and
// name, lexicon, pipeline code; see seed-cache.ts) is unchanged.
import type { Lexicon } from '../../lexicon/load.ts';
import type { Briefing, SeedFile } from '../../pipeline/types.ts';
import { seedHash, type SeedOutcome } from '../seed-outcomes.ts';
import type { MemoStore } from './memo-store.ts';
import { packOutcome, seedKey, type SeedCacheData, unpackSentences } from './seed-cache.ts';

/** Where seed outcomes are kept, and the version of the pipeline code they were computed by. */
export interface SeedMemoStore extends MemoStore<SeedCacheData> {
  /** Hash of the pipeline's code; an outcome stored under another is never reused. */
  code: string;
}

/** The memo's outcomes for `unique` (by seed name), each seed's key, and a save() that stores this run's outcomes and drops the rest. */
export function recallSeeds(unique: readonly SeedFile[], lex: Lexicon, store: SeedMemoStore) {
  const keys = new Map(unique.map((s) => [s.name, seedKey({ code: store.code, lexicon: lex.hash, name: s.name, bytes: seedHash(s.bytes) })]));
  const old = store.load().entries;
  const outcomes = new Map<string, SeedOutcome>();
  const packed = new Map<string, Uint8Array>();
  for (const s of unique) {
    const stored = old[keys.get(s.name)!];
    if (!stored) continue;
    outcomes.set(s.name, stored.outcome);
    if (stored.sentences) packed.set(s.name, stored.sentences);
  }
  const cached = new Set(outcomes.keys());
  /** A briefing with its sentences, which a stored outcome holds packed. */
  const full = (b: Briefing): Briefing => (packed.has(b.data.seed) ? { ...b, sentences: unpackSentences(packed.get(b.data.seed)!) } : b);
  const save = () => {
    // Note: an outcome from the memo is stored as the same object, so a store on disk does not rewrite its shard.
    const stored = (s: SeedFile) => old[keys.get(s.name)!] ?? packOutcome(outcomes.get(s.name)!);
    store.save(() => ({ entries: Object.fromEntries(unique.map((s) => [keys.get(s.name)!, stored(s)])) }), { entries: old });
  };
  return { outcomes, cached, keys, full, save };
}

/** The files, under src/, whose import graphs the seed memo's code version hashes: the pipeline, and how outcomes are stored, so a change to the format never reads an old one. */
export const seedVersionFiles = ['pipeline/index.ts', 'generate/cache/seed-cache.ts'];
