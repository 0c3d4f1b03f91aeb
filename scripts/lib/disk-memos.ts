// The generator's memos on disk, under the cache folder (.cache/generate):
//   seeds/                   per-seed outcomes, keyed by seed, lexicon and pipeline code
//   render-<version>/        the hash of each page's text, for renderer code <version>
// Each is a sharded store (cache-store.ts): a run rewrites only the shards that changed.
// Every shard carries its format and a checksum, and every entry is checked
// against its schema when read: what fails is dropped with a warning and
// recomputed, never trusted and never fatal.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isMemoEntry, renderMemoFormat, type RenderMemoStore } from '../../src/generate/cache/render-memo.ts';
import { isStoredOutcome, seedCacheFormat, type SeedCacheData } from '../../src/generate/cache/seed-cache.ts';
import { type SeedMemoStore, seedVersionFiles } from '../../src/generate/cache/seed-memo.ts';
import { renderVersionFiles } from '../../src/generate/index.ts';
import { readSharded, type ShardFormat, writeSharded } from './cache-store.ts';
import { codeVersion } from './code-version.ts';

const root = path.resolve(import.meta.dirname, '../..');
const src = (file: string) => path.join(root, 'src', file);

export interface DiskMemoOptions {
  /** Hears one line for each damaged or foreign shard or entry dropped. */
  warn?: (line: string) => void;
  /** false: start from an empty render memo (its save still refreshes the cache); --check renders every page. */
  reuseRenders?: boolean;
}

/** generate()'s seed and render memos, kept in `cacheDir`. */
export function diskMemos(cacheDir: string, opts: DiskMemoOptions = {}): { seedMemo: SeedMemoStore; renderMemo: RenderMemoStore } {
  const warn = opts.warn ?? (() => {});
  const seedFormat: ShardFormat = { name: seedCacheFormat, valid: (_map, _key, value) => isStoredOutcome(value), warn };
  const renderFormat: ShardFormat = { name: renderMemoFormat, valid: (map, _key, value) => isMemoEntry(map, value), warn };
  const seeds = path.join(cacheDir, 'seeds');
  const version = codeVersion(renderVersionFiles.map(src), root);
  const render = path.join(cacheDir, `render-${version.slice(0, 16)}`);
  return {
    seedMemo: {
      code: codeVersion(seedVersionFiles.map(src), root),
      load: () => readSharded<{ entries: SeedCacheData['entries'] }>(seeds, ['entries'], seedFormat),
      save: (next, previous) => void writeSharded(seeds, { entries: next().entries }, { entries: previous.entries }, seedFormat),
    },
    renderMemo: {
      version,
      load: () => (opts.reuseRenders === false ? { briefings: {}, actors: {} } : readSharded(render, ['briefings', 'actors'], renderFormat)),
      save: (next, previous) => {
        writeSharded(render, next(), previous, renderFormat);
        // Note: renderings of another renderer version can never be reused.
        for (const other of readdirSync(cacheDir)) if (other.startsWith('render-') && path.join(cacheDir, other) !== render) rmSync(path.join(cacheDir, other), { recursive: true, force: true });
      },
    },
  };
}
