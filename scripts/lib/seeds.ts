// Reading the seeds folder: `.txt` and `.md` files, recursively, in a stable order.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Refusal } from '../../src/build/index.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';

export interface SeedRead {
  seeds: SeedFile[];
  refused: Refusal[];
}

/** Reads every seed under `dir`; files too large or linking outside `dir` are refused, not read. */
export function readSeeds(dir: string, maxBytes: number): SeedRead {
  const root = realpathSync(dir);
  const seeds: SeedFile[] = [];
  const refused: Refusal[] = [];
  for (const rel of listFiles(root, '')) {
    const full = path.join(root, rel);
    if (lstatSync(full).isSymbolicLink()) {
      const target = realpathSync(full);
      if (!target.startsWith(root + path.sep)) { refused.push({ seed: rel, reason: `symbolic link to ${target}, outside the seeds folder` }); continue; }
    }
    const size = statSync(full).size;
    if (size > maxBytes) { refused.push({ seed: rel, reason: `${size} bytes, more than the limit of ${maxBytes} (raise it with --max-bytes)` }); continue; }
    seeds.push({ name: rel, bytes: readFileSync(full) });
  }
  return { seeds, refused };
}

function listFiles(root: string, rel: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(root, child));
    else if (/\.(?:txt|md)$/i.test(e.name)) out.push(child);
  }
  return out;
}
