// Writing content/ so that a run killed at any moment leaves it either as it
// was or as it should be, as a whole, never a mix of old and new pages.
// The complete new tree of each generated folder is built in
// `<out>/.staging-<pid>/` (unchanged files hard-linked, so they keep their
// dates), a `COMMIT` marker is written, and then each live folder is
// swapped for its new version by two renames. A run killed before the marker
// leaves content/ untouched and its staging folder is deleted by the next
// run; a run killed after it is completed (rolled forward) by the next run,
// in `recoverContent`, before anything else is read or written.
// Note: this survives a killed process, not a power cut (no fsync).
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The generated folders inside the content folder; nothing else there is touched. */
export const generatedDirs = ['briefings', 'actors'] as const;

export interface WriteStats {
  written: string[];
  removed: string[];
  unchanged: number;
}

const stagingPrefix = '.staging-';
const commitMarker = 'COMMIT';
const oldDir = '.old';

/** Writes `files` (relative paths) under `out` as one swap; does nothing when every file is unchanged. */
export function writeContent(out: string, files: Map<string, string>): WriteStats {
  recoverContent(out);
  const stats = plan(out, files);
  if (!stats.written.length && !stats.removed.length) return stats;
  const stage = path.join(out, `${stagingPrefix}${process.pid}`);
  rmSync(stage, { recursive: true, force: true });
  const dirs = [...new Set([...generatedDirs, ...[...files.keys()].filter((f) => f.includes('/')).map((f) => f.split('/')[0]!)])].sort();
  for (const dir of dirs) stageDir(out, stage, dir, files);
  writeFileAtomic(path.join(stage, commitMarker), dirs.join('\n') + '\n');
  swap(out, stage, dirs);
  rmSync(stage, { recursive: true, force: true });
  // Top-level files (none today) cannot join the folder swap; each is still replaced atomically.
  for (const [rel, text] of files) if (!rel.includes('/') && stats.written.includes(rel)) writeFileAtomic(path.join(out, rel), text);
  return stats;
}

/** Finishes or undoes what a killed run left: committed staging folders are swapped in, uncommitted ones deleted. */
export function recoverContent(out: string): void {
  if (!existsSync(out)) return;
  for (const name of readdirSync(out).sort()) {
    if (!name.startsWith(stagingPrefix)) continue;
    const pid = Number(name.slice(stagingPrefix.length));
    if (pid !== process.pid && isAlive(pid)) continue;
    const stage = path.join(out, name);
    const marker = path.join(stage, commitMarker);
    if (existsSync(marker)) swap(out, stage, readFileSync(marker, 'utf8').split('\n').filter(Boolean));
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Writes a file by writing a temporary beside it and renaming it into place. */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** What a write would change: new or changed files, stale files, and how many stay as they are. */
function plan(out: string, files: Map<string, string>): WriteStats {
  const stats: WriteStats = { written: [], removed: staleFiles(out, files), unchanged: 0 };
  for (const rel of [...files.keys()].sort()) {
    if (sameBytes(path.join(out, rel), files.get(rel)!)) stats.unchanged++;
    else stats.written.push(rel);
  }
  return stats;
}

/** Builds `<stage>/<dir>`: the new files, unchanged ones linked, and whatever non-generated files the live folder holds. */
function stageDir(out: string, stage: string, dir: string, files: Map<string, string>): void {
  const live = path.join(out, dir);
  const next = path.join(stage, dir);
  mkdirSync(next, { recursive: true });
  if (existsSync(live)) {
    for (const name of readdirSync(live)) {
      if (!name.endsWith('.md') && !name.endsWith('.tmp')) cpSync(path.join(live, name), path.join(next, name), { recursive: true });
    }
  }
  for (const [rel, text] of files) {
    if (!rel.startsWith(`${dir}/`)) continue;
    const target = path.join(stage, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    if (sameBytes(path.join(out, rel), text)) linkOrCopy(path.join(out, rel), target);
    else writeFileSync(target, text);
  }
}

/** Swaps each staged folder in for the live one; safe to repeat after a kill at any step. */
function swap(out: string, stage: string, dirs: string[]): void {
  for (const dir of dirs) {
    const next = path.join(stage, dir);
    if (!existsSync(next)) continue; // already swapped in
    const live = path.join(out, dir);
    const old = path.join(stage, oldDir, dir);
    if (existsSync(live)) {
      rmSync(old, { recursive: true, force: true });
      mkdirSync(path.dirname(old), { recursive: true });
      renameSync(live, old);
    }
    renameSync(next, live);
  }
}

function linkOrCopy(from: string, to: string): void {
  try { linkSync(from, to); } catch { copyFileSync(from, to); }
}

function sameBytes(file: string, text: string): boolean {
  return existsSync(file) && readFileSync(file, 'utf8') === text;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
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
  for (const [rel, text] of files) if (!sameBytes(path.join(out, rel), text)) diff.push(rel);
  return [...diff, ...staleFiles(out, files)].sort();
}
