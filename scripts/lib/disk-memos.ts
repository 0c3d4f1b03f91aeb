// The generator's memos on disk, under the cache folder (.cache/generate):
//   seeds/                   per-seed outcomes, keyed by seed, lexicon and pipeline code
//   render-<version>/        the hash of each page's text, for renderer code <version>
// Each is a sharded store (cache-store.ts): a run rewrites only the shards that changed.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { RenderMemoStore } from '../../src/generate/cache/render-memo.ts';
import type { SeedCacheData } from '../../src/generate/cache/seed-cache.ts';
import { type SeedMemoStore, seedVersionFiles } from '../../src/generate/cache/seed-memo.ts';
import { renderVersionFiles } from '../../src/generate/index.ts';
import { readSharded, writeSharded } from './cache-store.ts';
import { codeVersion } from './code-version.ts';

const root = path.resolve(import.meta.dirname, '../..');
const src = (file: string) => path.join(root, 'src', file);

/** generate()'s seed and render memos, kept in `cacheDir`. */
export function diskMemos(cacheDir: string): { seedMemo: SeedMemoStore; renderMemo: RenderMemoStore } {
  const seeds = path.join(cacheDir, 'seeds');
  const version = codeVersion(renderVersionFiles.map(src), root);
  const render = path.join(cacheDir, `render-${version.slice(0, 16)}`);
  return {
    seedMemo: {
      code: codeVersion(seedVersionFiles.map(src), root),
      load: () => readSharded<{ entries: SeedCacheData['entries'] }>(seeds, ['entries']),
      save: (next, previous) => void writeSharded(seeds, { entries: next().entries }, { entries: previous.entries }),
    },
    renderMemo: {
      version,
      load: () => readSharded(render, ['briefings', 'actors']),
      save: (next, previous) => {
        writeSharded(render, next(), previous);
        // Note: renderings of another renderer version can never be reused.
        for (const other of readdirSync(cacheDir)) if (other.startsWith('render-') && path.join(cacheDir, other) !== render) rmSync(path.join(cacheDir, other), { recursive: true, force: true });
      },
    },
  };
}
