// The per-seed cache's keys and data. A seed's briefing depends on its bytes,
// its name (the briefing records it, and the slug may come from it), the
// pipeline's code and the lexicon; the key hashes all four, so any change to
// one misses the cache and nothing stale is ever reused.
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import { BriefingData } from '../../model/index.ts';
import type { Sentence } from '../../pipeline/types.ts';
import type { SeedOutcome } from '../seed-outcomes.ts';

/**
 * One seed's outcome as stored. A briefing's sentences (half the cache) are
 * needed only to render its own page, so they are kept as V8-serialised
 * bytes, which load as one copy and are decoded only for a page that
 * changed; the stored briefing's `sentences` is empty.
 */
export interface StoredOutcome {
  outcome: SeedOutcome;
  sentences?: Uint8Array;
}

/** The cache as stored between runs: outcomes by seed key. */
export interface SeedCacheData {
  entries: Record<string, StoredOutcome>;
}

/** An outcome as stored: its briefing's sentences packed apart. */
export function packOutcome(outcome: SeedOutcome): StoredOutcome {
  if (!('briefing' in outcome)) return { outcome };
  return { outcome: { briefing: { ...outcome.briefing, sentences: [] } }, sentences: serialize(outcome.briefing.sentences) };
}

/** The sentences packed by packOutcome. */
export function unpackSentences(bytes: Uint8Array): Sentence[] {
  return deserialize(bytes) as Sentence[];
}

/** A stored outcome's schema: the briefing's front matter is the site's own schema; its sentences are packed apart. */
const StoredOutcomeSchema = z.union([
  z.object({ outcome: z.object({ refused: z.string() }) }),
  z.object({ outcome: z.object({ briefing: z.object({ data: BriefingData, sentences: z.array(z.never()) }) }), sentences: z.instanceof(Uint8Array) }),
]);

/** The name of the stored format: a cache written in another is dropped. */
export const seedCacheFormat = 'seeds/1';

/** True when a value read from the cache is a well-formed stored outcome: anything else is recomputed, never trusted. */
export function isStoredOutcome(value: unknown): value is StoredOutcome {
  return StoredOutcomeSchema.safeParse(value).success;
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
  return createHash('sha256').update(`dossier-seed-cache-2\0${p.code}\0${p.lexicon}\0${p.name}\0${p.bytes}`).digest('hex');
}
