// Writing content/ so that a run killed at any moment leaves it either as it
// was or as it should be: every file is written to a temporary name in its
// own folder and renamed into place (rename is atomic on one file system);
// files no longer produced are removed last.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The generated folders inside the content folder; nothing else there is touched. */
export const generatedDirs = ['briefings', 'actors'] as const;

export interface WriteStats {
  written: string[];
  removed: string[];
  unchanged: number;
}

/** Writes `files` (relative paths) under `out`; skips files whose bytes are unchanged. */
export function writeContent(out: string, files: Map<string, string>): WriteStats {
  const stats: WriteStats = { written: [], removed: [], unchanged: 0 };
  for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const full = path.join(out, rel);
    if (existsSync(full) && readFileSync(full, 'utf8') === text) { stats.unchanged++; continue; }
    mkdirSync(path.dirname(full), { recursive: true });
    const tmp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, full);
    stats.written.push(rel);
  }
  for (const rel of staleFiles(out, files)) {
    rmSync(path.join(out, rel));
    stats.removed.push(rel);
  }
  return stats;
}

/** Generated files on disk that `files` no longer holds (and stray temporaries of killed runs). */
export function staleFiles(out: string, files: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const dir of generatedDirs) {
    const full = path.join(out, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).sort()) {
      const rel = `${dir}/${name}`;
      if ((name.endsWith('.md') && !files.has(rel)) || name.endsWith('.tmp')) stale.push(rel);
    }
  }
  return stale;
}

/** Generated files whose bytes differ from `files`, or that are missing or stale: for `--check`. */
export function differences(out: string, files: Map<string, string>): string[] {
  const diff: string[] = [];
  for (const [rel, text] of files) {
    const full = path.join(out, rel);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== text) diff.push(rel);
  }
  return [...diff, ...staleFiles(out, files)].sort();
}
