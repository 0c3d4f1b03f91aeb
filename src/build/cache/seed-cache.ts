// The per-seed cache's keys and data. A seed's briefing depends on its bytes,
// its name (the briefing records it, and the slug may come from it), the
// pipeline's code and the lexicon; the key hashes all four, so any change to
// one misses the cache and nothing stale is ever reused.
import { createHash } from 'node:crypto';
import type { SeedOutcome } from '../index.ts';

/** The cache as stored between runs: outcomes by seed key. */
export interface SeedCacheData {
  entries: Record<string, SeedOutcome>;
}

/** What a seed's cache key is made of. */
export interface SeedKeyParts {
  /** Hash of the pipeline's code (see scripts/lib/code-version.ts). */
  code: string;
  /** Lexicon.hash. */
  lexicon: string;
  name: string;
  /** sha256 of the seed's bytes (seedHash). */
  bytes: string;
}

/** The cache key of one seed's outcome. */
export function seedKey(p: SeedKeyParts): string {
  return createHash('sha256').update(`dossier-seed-cache-1\0${p.code}\0${p.lexicon}\0${p.name}\0${p.bytes}`).digest('hex');
}
